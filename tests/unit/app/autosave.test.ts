import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { createStore, type UseStore } from 'idb-keyval';
import { afterEach, describe, expect, it } from 'vitest';
import { startAutosave, type Autosave } from '../../../src/app/persistence/autosave';
import type { Notice } from '../../../src/app/persistence/hydrate';
import { createProjectStorage } from '../../../src/app/persistence/projectStorage';
import { startProjectSession, type ProjectSession } from '../../../src/app/persistence/projectSession';
import type { ProjectStorageError } from '../../../src/app/persistence/storageErrors';
import { useProjectStore } from '../../../src/app/store/projectStore';

const SAMPLE_TEXT = readFileSync(new URL('../../../public/examples/sample-gmp-cascade.cleanplan.json', import.meta.url), 'utf8');

let databaseCounter = 0;
const running: { stop(): void }[] = [];

afterEach(() => {
  running.splice(0).forEach((item) => item.stop());
});

function freshStore(): UseStore {
  databaseCounter += 1;
  return createStore(`cleanplan-autosave-test-${databaseCounter}`, 'projects');
}

/** Wrap a real store so that every readwrite transaction fails as a full disk does. */
function quotaExceededStore(base: UseStore): UseStore {
  return (mode, callback) =>
    base(mode, (store) => {
      if (mode === 'readwrite') {
        store.put = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      }
      return callback(store);
    });
}

/** A store whose database cannot be opened, as in a private window that blocks IndexedDB. */
const unavailableStore: UseStore = () => Promise.reject(new DOMException('IndexedDB is disabled.', 'InvalidStateError'));

function firstRoomId(): string {
  return useProjectStore.getState().project.rooms[0]?.id ?? '';
}

async function loadSampleIntoStore(): Promise<void> {
  const session: ProjectSession = await startProjectSession({
    storage: createProjectStorage(freshStore()),
    fetchSampleText: async () => SAMPLE_TEXT,
    report: () => undefined,
    today: () => '2026-12-04',
    autosaveDelayMs: 60_000,
  });
  session.dispose();
}

describe('autosave', () => {
  it('writes a burst of edits once', async () => {
    await loadSampleIntoStore();
    const storage = createProjectStorage(freshStore());
    const savedAch: (number | null)[] = [];
    const autosave: Autosave = startAutosave(storage, {
      delayMs: 60_000,
      onError: (error) => {
        throw error;
      },
      onSaved: (project) => savedAch.push(project.rooms[0]?.design.ach ?? null),
    });
    running.push(autosave);

    const roomId = firstRoomId();
    useProjectStore.getState().updateRoomDesign(roomId, { ach: 11 });
    useProjectStore.getState().updateRoomDesign(roomId, { ach: 12 });
    useProjectStore.getState().updateRoomDesign(roomId, { ach: 13 });
    await autosave.flush();

    expect(savedAch).toEqual([13]);
    const stored = await storage.loadProject('sample-gmp-cascade');
    expect(stored.status).toBe('loaded');
    if (stored.status === 'loaded') expect(stored.project.rooms[0]?.design.ach).toBe(13);
  });

  it('writes nothing without an edit', async () => {
    await loadSampleIntoStore();
    const storage = createProjectStorage(freshStore());
    let saves = 0;
    const autosave = startAutosave(storage, { onError: () => undefined, onSaved: () => (saves += 1) });
    running.push(autosave);

    useProjectStore.getState().select({ kind: 'room', id: firstRoomId() });
    await autosave.flush();

    expect(saves).toBe(0);
    expect(await storage.getLastOpenProjectId()).toBeNull();
  });

  it('reports a quota error and keeps the stored copy', async () => {
    await loadSampleIntoStore();
    const base = freshStore();
    await createProjectStorage(base).saveProject(useProjectStore.getState().project, new Date('2026-12-04T08:00:00Z'));
    const textBefore = await createProjectStorage(base).readProjectText('sample-gmp-cascade');
    const errors: ProjectStorageError[] = [];
    const autosave = startAutosave(createProjectStorage(quotaExceededStore(base)), { delayMs: 60_000, onError: (error) => errors.push(error) });
    running.push(autosave);

    useProjectStore.getState().updateRoomDesign(firstRoomId(), { ach: 99 });
    await autosave.flush();

    expect(errors.map((error) => error.kind)).toEqual(['quota']);
    expect(await createProjectStorage(base).readProjectText('sample-gmp-cascade')).toBe(textBefore);
  });
});

describe('project session storage failures', () => {
  it('opens the sample when storage is unavailable', async () => {
    const notices: Notice[] = [];
    const session = await startProjectSession({
      storage: createProjectStorage(unavailableStore),
      fetchSampleText: async () => SAMPLE_TEXT,
      report: (notice) => notices.push(notice),
      today: () => '2026-12-04',
      autosaveDelayMs: 60_000,
    });
    running.push({ stop: () => session.dispose() });

    expect(session.hydration.source).toBe('sample');
    expect(notices).toHaveLength(1);
    expect(notices[0]?.tone).toBe('error');
    expect(notices[0]?.text.en).toContain('unavailable');
    expect(notices[0]?.text['zh-CN']).toContain('浏览器存储不可用');
  });

  it('reports each failure kind once until a save succeeds', async () => {
    const notices: Notice[] = [];
    const session = await startProjectSession({
      storage: createProjectStorage(quotaExceededStore(freshStore())),
      fetchSampleText: async () => SAMPLE_TEXT,
      report: (notice) => notices.push(notice),
      today: () => '2026-12-04',
      autosaveDelayMs: 60_000,
    });
    running.push({ stop: () => session.dispose() });

    useProjectStore.getState().updateRoomDesign(firstRoomId(), { ach: 21 });
    await session.flush();
    useProjectStore.getState().updateRoomDesign(firstRoomId(), { ach: 22 });
    await session.flush();

    expect(notices).toHaveLength(1);
    expect(notices[0]?.text.en).toContain('storage is full');
    expect(notices[0]?.text['zh-CN']).toContain('存储空间已满');
  });
});
