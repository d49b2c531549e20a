import { translate, useLocaleStore } from '../i18n/index';
import { shellText } from '../i18n/shell';
import { createEmptyProject, useProjectStore } from '../store/projectStore';
import { startAutosave, type Autosave } from './autosave';
import { describeStorageError, hydrateProject, type HydrationResult, type Notice } from './hydrate';
import { readOpenedFile, type OpenFileResult } from './openFile';
import type { ProjectStorage } from './projectStorage';
import type { StorageFailureKind } from './storageErrors';

export interface ProjectSessionOptions {
  readonly storage: ProjectStorage;
  fetchSampleText(): Promise<string>;
  /** Receives every message for the user: storage failures, unreadable stored copies. */
  report(notice: Notice): void;
  /** Today's date (`YYYY-MM-DD`) for new projects. */
  today(): string;
  readonly autosaveDelayMs?: number;
}

export interface ProjectSession {
  readonly hydration: HydrationResult;
  /**
   * Open a picked file. On success the project replaces the open one, the undo history is cleared
   * and the project is saved at once. On failure nothing changes and the errors are returned.
   */
  openFile(fileName: string, bytes: Uint8Array): Promise<OpenFileResult>;
  /** Replace the open project with an empty one, saved under a new id. */
  newProject(): Promise<void>;
  /** Write pending changes now. */
  flush(): Promise<void>;
  dispose(): void;
}

/**
 * Load the project to open into the store, then keep it saved. The store receives the hydrated
 * project before autosave starts, so the blank start-up project is never written.
 */
export async function startProjectSession(options: ProjectSessionOptions): Promise<ProjectSession> {
  const { storage, report } = options;
  const hydration = await hydrateProject(storage, options.fetchSampleText, options.today());
  hydration.notices.forEach(report);
  useProjectStore.getState().loadProject(hydration.project);

  // Report a failure once per kind until a save succeeds again, not on every keystroke.
  let reportedKind: StorageFailureKind | null = null;
  const autosave: Autosave = startAutosave(storage, {
    delayMs: options.autosaveDelayMs,
    onError(error) {
      if (error.kind === reportedKind) return;
      reportedKind = error.kind;
      report({ tone: 'error', text: describeStorageError(error) });
    },
    onSaved() {
      reportedKind = null;
    },
  });
  requestPersistentStorage();

  return {
    hydration,
    async openFile(fileName, bytes) {
      const result = await readOpenedFile(fileName, bytes);
      if (!result.ok) return result;
      useProjectStore.getState().loadProject(result.project);
      await autosave.flush();
      return result;
    },
    async newProject() {
      const project = createEmptyProject(crypto.randomUUID(), options.today());
      const name = translate(shellText, useLocaleStore.getState().locale, 'newProjectName');
      useProjectStore.getState().loadProject({ ...project, name });
      await autosave.flush();
    },
    flush: () => autosave.flush(),
    dispose: () => autosave.stop(),
  };
}

/** Ask the browser once not to evict this origin's storage. Autosave works the same if it declines. */
function requestPersistentStorage(): void {
  const storageManager = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (typeof storageManager?.persist !== 'function') return;
  storageManager.persist().catch(() => {
    // Some browsers reject in private windows; autosave still reports its own failures.
  });
}
