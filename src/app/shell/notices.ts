import { create } from 'zustand';
import type { Notice } from '../persistence/hydrate';

export interface ShownNotice extends Notice {
  readonly id: number;
}

interface NoticeState {
  readonly notices: readonly ShownNotice[];
  show(notice: Notice): void;
  dismiss(id: number): void;
}

let nextNoticeId = 1;

/** Messages in the banner under the top bar: storage failures and start-up problems. */
export const useNoticeStore = create<NoticeState>()((set) => ({
  notices: [],
  show(notice) {
    const entry: ShownNotice = { ...notice, id: nextNoticeId++ };
    set((state) => ({ notices: [...state.notices, entry] }));
  },
  dismiss(id) {
    set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) }));
  },
}));
