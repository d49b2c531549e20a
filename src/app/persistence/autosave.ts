import type { Project } from '../../domain/project';
import { useProjectStore } from '../store/projectStore';
import type { ProjectStorage } from './projectStorage';
import { toStorageError, type ProjectStorageError } from './storageErrors';

/** Delay between the last edit and the write, so that a burst of edits is stored once. */
export const AUTOSAVE_DELAY_MS = 400;

export interface AutosaveOptions {
  readonly delayMs?: number;
  /** Called after each failed save; the previous stored copy is still intact. */
  onError(error: ProjectStorageError): void;
  /** Called after each successful save. */
  onSaved?(project: Project): void;
  /** Clock for `savedAt`; tests pass a fixed one. */
  now?(): Date;
}

export interface Autosave {
  /** Write the pending change now (if any) and wait for it. Failures go to `onError`, so this never rejects. */
  flush(): Promise<void>;
  /** Stop listening to the store and to page events. Pending changes are dropped; flush first. */
  stop(): void;
}

/**
 * Save the open project whenever it changes, debounced. Start it only after the store contains the
 * hydrated project, otherwise the blank start-up project would overwrite the stored one. In a
 * browser it also flushes on `pagehide` and when the page becomes hidden, because a page may be
 * discarded after either without running timers.
 */
export function startAutosave(storage: ProjectStorage, options: AutosaveOptions): Autosave {
  const delayMs = options.delayMs ?? AUTOSAVE_DELAY_MS;
  const now = options.now ?? (() => new Date());
  let pending: Project | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> = Promise.resolve();

  const write = (project: Project): Promise<void> =>
    storage.saveProject(project, now()).then(
      () => options.onSaved?.(project),
      (error: unknown) => options.onError(toStorageError(error)),
    );

  const flush = (): Promise<void> => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const project = pending;
    pending = null;
    // Chain writes so that an older copy never lands after a newer one.
    if (project !== null) writing = writing.then(() => write(project));
    return writing;
  };

  const unsubscribe = useProjectStore.subscribe((state, previous) => {
    if (state.project === previous.project) return;
    pending = state.project;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => void flush(), delayMs);
  });

  const flushWhenHidden = () => {
    if (document.visibilityState === 'hidden') void flush();
  };
  const flushOnPageHide = () => void flush();
  const inBrowser = typeof window !== 'undefined' && typeof document !== 'undefined';
  if (inBrowser) {
    window.addEventListener('pagehide', flushOnPageHide);
    document.addEventListener('visibilitychange', flushWhenHidden);
  }

  return {
    flush,
    stop() {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
      timer = null;
      pending = null;
      if (inBrowser) {
        window.removeEventListener('pagehide', flushOnPageHide);
        document.removeEventListener('visibilitychange', flushWhenHidden);
      }
    },
  };
}
