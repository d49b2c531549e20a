import type { Project } from '../../domain/project';
import { translate, useLocaleStore } from '../i18n/index';
import { shellText } from '../i18n/shell';
import { createEmptyProject, useProjectStore } from '../store/projectStore';
import { startAutosave, type Autosave } from './autosave';
import { describeStorageError, hydrateProject, type HydrationResult, type Notice } from './hydrate';
import { readOpenedFile, type OpenFileResult } from './openFile';
import type { ProjectStorage, StoredProjectEntry, StoredProjectLoad } from './projectStorage';
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
  /**
   * Open a project from browser storage. A stored copy that no longer parses is returned as
   * `invalid` and nothing changes. Throws `ProjectStorageError` when storage fails.
   */
  openStoredProject(id: string): Promise<StoredProjectLoad>;
  /** Projects in browser storage, most recently saved first. */
  listStoredProjects(): Promise<readonly StoredProjectEntry[]>;
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

  // Store the open project's pending edits before another project replaces it in the store,
  // because autosave keeps only the newest pending project and would drop them.
  const replaceOpenProject = async (project: Project) => {
    await autosave.flush();
    useProjectStore.getState().loadProject(project);
    await autosave.flush();
  };

  return {
    hydration,
    async openFile(fileName, bytes) {
      const result = await readOpenedFile(fileName, bytes);
      if (result.ok) await replaceOpenProject(result.project);
      return result;
    },
    async openStoredProject(id) {
      const stored = await storage.loadProject(id);
      if (stored.status === 'loaded') await replaceOpenProject(stored.project);
      return stored;
    },
    listStoredProjects: () => storage.listProjects(),
    async newProject() {
      const project = createEmptyProject(crypto.randomUUID(), options.today());
      const name = translate(shellText, useLocaleStore.getState().locale, 'newProjectName');
      await replaceOpenProject({ ...project, name });
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
