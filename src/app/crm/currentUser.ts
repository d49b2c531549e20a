import { create } from 'zustand';

const STORAGE_KEY = 'cleanplan-crm-current-user';

/**
 * The user working in the CRM. There is no sign-in: the user picks their name, and the choice is
 * kept in this browser. Managers see bulk owner reassignment; the follow-up list starts on the
 * current user's own follow-ups.
 */
interface CurrentUserState {
  /** Id of the chosen user, or null before one is chosen. */
  readonly userId: string | null;
  setUserId(userId: string): void;
}

function readStoredUserId(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be disabled by the browser's privacy settings; the choice then lasts the session.
    return null;
  }
}

export const useCurrentUserStore = create<CurrentUserState>()((set) => ({
  userId: readStoredUserId(),
  setUserId(userId) {
    try {
      window.localStorage.setItem(STORAGE_KEY, userId);
    } catch {
      // See readStoredUserId.
    }
    set({ userId });
  },
}));
