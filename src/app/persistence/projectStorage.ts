import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';
import type { Project } from '../../domain/project';
import { parseProjectFile, serializeProjectFile, type ProjectFileIssue } from '../../domain/projectFile';
import { toStorageError } from './storageErrors';

/**
 * Browser storage of projects in IndexedDB (through idb-keyval). Layout of the object store:
 * - `project:<id>`: the project as project-file text, exactly as "export project" writes it, so
 *   loading goes through the same parser, schema versions and migrations as opening a file;
 * - `project-index`: a list of `StoredProjectEntry` for the project list;
 * - `last-open-project`: the id of the project to reopen on start.
 *
 * A save writes the project text and the index in one readwrite transaction: either both are
 * stored or, on any error (quota, abort), neither is, so the last good copy stays readable.
 */

export const DATABASE_NAME = 'cleanplan';
export const OBJECT_STORE_NAME = 'projects';
const INDEX_KEY = 'project-index';
const LAST_OPEN_KEY = 'last-open-project';

export interface StoredProjectEntry {
  readonly id: string;
  readonly name: string;
  /** Time of the last successful save (ISO 8601). */
  readonly updatedAt: string;
}

export type StoredProjectLoad =
  | { readonly status: 'loaded'; readonly project: Project; readonly warnings: readonly ProjectFileIssue[] }
  | { readonly status: 'missing' }
  | { readonly status: 'invalid'; readonly errors: readonly ProjectFileIssue[] };

export interface ProjectStorage {
  /** Store the project and its index entry atomically; throws `ProjectStorageError`. */
  saveProject(project: Project, savedAt: Date): Promise<void>;
  loadProject(id: string): Promise<StoredProjectLoad>;
  /** Stored text of a project, unparsed; null when none is stored. */
  readProjectText(id: string): Promise<string | null>;
  listProjects(): Promise<readonly StoredProjectEntry[]>;
  getLastOpenProjectId(): Promise<string | null>;
}

export function projectKey(id: string): string {
  return `project:${id}`;
}

/**
 * Open the project storage. `store` lets tests and tools point it at another idb-keyval store;
 * by default it is the `cleanplan` database.
 */
export function createProjectStorage(store?: UseStore): ProjectStorage {
  let resolvedStore = store;
  const useStore: UseStore = (mode, callback) => {
    resolvedStore ??= createStore(DATABASE_NAME, OBJECT_STORE_NAME);
    return resolvedStore(mode, callback);
  };

  return {
    saveProject: (project, savedAt) => guard(() => saveAtomically(useStore, project, savedAt)),
    loadProject: (id) => guard(() => loadStoredProject(useStore, id)),
    readProjectText: (id) => guard(() => readValue<string>(useStore, projectKey(id))),
    listProjects: () => guard(async () => (await readValue<StoredProjectEntry[]>(useStore, INDEX_KEY)) ?? []),
    getLastOpenProjectId: () => guard(() => readValue<string>(useStore, LAST_OPEN_KEY)),
  };
}

async function guard<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStorageError(error);
  }
}

async function readValue<T>(useStore: UseStore, key: string): Promise<T | null> {
  const value = await useStore('readonly', (store) => promisifyRequest<T | undefined>(store.get(key)));
  return value ?? null;
}

async function loadStoredProject(useStore: UseStore, id: string): Promise<StoredProjectLoad> {
  const text = await readValue<string>(useStore, projectKey(id));
  if (text === null) return { status: 'missing' };

  const parsed = parseProjectFile(text, `IndexedDB ${projectKey(id)}`);
  if (!parsed.ok) return { status: 'invalid', errors: parsed.errors };
  return { status: 'loaded', project: parsed.project, warnings: parsed.warnings };
}

function upsertEntry(entries: readonly StoredProjectEntry[], entry: StoredProjectEntry): StoredProjectEntry[] {
  const others = entries.filter((existing) => existing.id !== entry.id);
  return [entry, ...others];
}

/**
 * Write the project text, its index entry and the last-open id in one transaction. The index is
 * read inside the same transaction so that two overlapping saves cannot drop each other's entry.
 * If any request throws, the transaction is aborted explicitly: a transaction whose callback throws
 * would otherwise still commit the requests already queued.
 */
function saveAtomically(useStore: UseStore, project: Project, savedAt: Date): Promise<void> {
  const savedAtIso = savedAt.toISOString();
  const text = serializeProjectFile(project, savedAt);
  const entry: StoredProjectEntry = { id: project.id, name: project.name, updatedAt: savedAtIso };

  return useStore('readwrite', (store) => {
    // A request that throws synchronously aborts the transaction, whose own error is then null:
    // keep the thrown error so the caller sees the cause (e.g. QuotaExceededError).
    let thrown: unknown = null;
    const abortWith = (error: unknown) => {
      thrown = error;
      abortQuietly(store.transaction);
    };

    try {
      store.put(text, projectKey(project.id));
      const indexRequest = store.get(INDEX_KEY);
      indexRequest.onsuccess = () => {
        try {
          const entries = (indexRequest.result as StoredProjectEntry[] | undefined) ?? [];
          store.put(upsertEntry(entries, entry), INDEX_KEY);
          store.put(project.id, LAST_OPEN_KEY);
        } catch (error) {
          abortWith(error);
        }
      };
    } catch (error) {
      abortWith(error);
    }

    return promisifyRequest(store.transaction).catch((transactionError: unknown) => {
      throw thrown ?? transactionError ?? new Error('the save transaction was aborted');
    });
  });
}

function abortQuietly(transaction: IDBTransaction): void {
  try {
    transaction.abort();
  } catch {
    // Already finished or aborted: nothing was committed by this call.
  }
}
