import { create } from 'zustand';
import type { LocalizedText } from '../../i18n/locale';
import { describeProjectFileIssue } from '../../domain/projectFile';
import { translate, useLocaleStore } from '../i18n/index';
import { shellText } from '../i18n/shell';
import { bothLocales } from '../i18n/localized';
import { createProjectStorage, type StoredProjectEntry } from '../persistence/projectStorage';
import { toStorageError } from '../persistence/storageErrors';
import { describeStorageError, SAMPLE_PROJECT_FILE_NAME } from '../persistence/hydrate';
import { startProjectSession, type ProjectSession } from '../persistence/projectSession';
import { useNoticeStore } from './notices';

/** Result of opening a file, shown in a dialog: errors (nothing opened) or warnings (opened). */
export interface OpenFileReport {
  readonly fileName: string;
  readonly kind: 'errors' | 'warnings';
  readonly messages: readonly LocalizedText[];
}

interface SessionState {
  /** Null until the stored or sample project is in the project store. */
  readonly session: ProjectSession | null;
  readonly openFileReport: OpenFileReport | null;
  openFile(file: File): Promise<void>;
  /** Reopen a project saved in this browser; problems go to the dialog or the notice banner. */
  openStoredProject(entry: StoredProjectEntry): Promise<void>;
  closeOpenFileReport(): void;
}

export const useSessionStore = create<SessionState>()((set, get) => ({
  session: null,
  openFileReport: null,

  async openFile(file) {
    const session = get().session;
    if (session === null) return;
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      const message = bothLocales((locale) => translate(shellText, locale, 'importReadFailed', { file: file.name, detail }));
      set({ openFileReport: { fileName: file.name, kind: 'errors', messages: [message] } });
      return;
    }

    const result = await session.openFile(file.name, bytes);
    if (!result.ok) set({ openFileReport: { fileName: file.name, kind: 'errors', messages: result.errors } });
    else if (result.warnings.length > 0) set({ openFileReport: { fileName: file.name, kind: 'warnings', messages: result.warnings } });
  },

  async openStoredProject(entry) {
    const session = get().session;
    if (session === null) return;
    try {
      const result = await session.openStoredProject(entry.id);
      if (result.status === 'loaded') return;
      const fileName = bothLocales((locale) => translate(shellText, locale, 'storedCopyTitle', { name: entry.name }));
      const messages =
        result.status === 'invalid'
          ? result.errors.map((issue) => bothLocales((locale) => describeProjectFileIssue(issue, locale)))
          : [bothLocales((locale) => translate(shellText, locale, 'storedProjectMissing', { name: entry.name }))];
      set({ openFileReport: { fileName: fileName[useLocaleStore.getState().locale], kind: 'errors', messages } });
    } catch (error) {
      useNoticeStore.getState().show({ tone: 'error', text: describeStorageError(toStorageError(error)) });
    }
  },

  closeOpenFileReport() {
    set({ openFileReport: null });
  },
}));

function todayIsoDate(): string {
  return new Date().toISOString().slice(0, 10);
}

async function fetchSampleText(): Promise<string> {
  const url = `${import.meta.env.BASE_URL}examples/${SAMPLE_PROJECT_FILE_NAME}`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  return response.text();
}

let booted = false;

/** Hydrate the project store and start autosave; called once from main.tsx, outside React. */
export async function bootSession(): Promise<void> {
  if (booted) return;
  booted = true;
  const session = await startProjectSession({
    storage: createProjectStorage(),
    fetchSampleText,
    report: (notice) => useNoticeStore.getState().show(notice),
    today: todayIsoDate,
  });
  useSessionStore.setState({ session });
}
