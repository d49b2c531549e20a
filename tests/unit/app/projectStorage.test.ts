import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { createStore, type UseStore } from 'idb-keyval';
import { describe, expect, it, vi } from 'vitest';
import { EMPTY_DESIGN, type Project, type Room } from '../../../src/domain/project';
import { createProjectStorage, projectKey } from '../../../src/app/persistence/projectStorage';
import { ProjectStorageError } from '../../../src/app/persistence/storageErrors';

let databaseCounter = 0;

/** Name a fresh database per test, so tests do not see each other's projects. */
function freshDatabaseName(): string {
  databaseCounter += 1;
  return `cleanplan-test-${databaseCounter}`;
}

function makeRoom(id: string, name: string, pressurePa: number): Room {
  return {
    id,
    name,
    use: 'production',
    polygon: [
      { x: 0, y: 0 },
      { x: 4000, y: 0 },
      { x: 4000, y: 3000 },
      { x: 0, y: 3000 },
    ],
    clearHeightM: 2.7,
    cleanliness: { kind: 'iso', isoClass: 7 },
    classLabel: 'ISO 7',
    airflowPattern: null,
    containment: false,
    design: { ...EMPTY_DESIGN, ach: 20, pressurePa },
  };
}

function makeProject(id: string, name: string): Project {
  return {
    id,
    name,
    customerName: '某制药公司',
    referenceDate: '2026-12-01',
    ruleSetIds: ['iso-14644-1-2015', 'gb-50073-2013'],
    rooms: [makeRoom(`${id}-room`, '灌装间 Filling room', 15)],
    doors: [],
  };
}

/**
 * Wrap a real IndexedDB store so that the `failAtPut`-th `put` of a readwrite transaction throws
 * the DOMException a browser raises when the origin's quota is used up.
 */
function storeFailingAtPut(base: UseStore, failAtPut: number): UseStore {
  return (mode, callback) =>
    base(mode, (store) => {
      if (mode !== 'readwrite') return callback(store);
      let putCount = 0;
      const realPut = store.put.bind(store);
      store.put = (value: unknown, key?: IDBValidKey) => {
        putCount += 1;
        if (putCount === failAtPut) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return realPut(value, key);
      };
      return callback(store);
    });
}

describe('project storage', () => {
  it('saves, loads and lists projects', async () => {
    const storage = createProjectStorage(createStore(freshDatabaseName(), 'projects'));
    const first = makeProject('p-1', '一号车间');
    const second = makeProject('p-2', 'Second suite');

    await storage.saveProject(first, new Date('2026-12-04T10:00:00Z'));
    await storage.saveProject(second, new Date('2026-12-04T11:00:00Z'));

    const loaded = await storage.loadProject('p-1');
    expect(loaded.status).toBe('loaded');
    if (loaded.status === 'loaded') expect(loaded.project).toEqual(first);

    const entries = await storage.listProjects();
    expect(entries.map((entry) => entry.id)).toEqual(['p-2', 'p-1']);
    expect(entries[1]).toEqual({ id: 'p-1', name: '一号车间', updatedAt: '2026-12-04T10:00:00.000Z' });
    expect(await storage.getLastOpenProjectId()).toBe('p-2');
    expect(await storage.loadProject('no-such-id')).toEqual({ status: 'missing' });
  });

  it('stores project-file text', async () => {
    const storage = createProjectStorage(createStore(freshDatabaseName(), 'projects'));
    await storage.saveProject(makeProject('p-1', 'Suite'), new Date('2026-12-04T10:00:00Z'));

    const text = await storage.readProjectText('p-1');
    expect(text).not.toBeNull();
    const envelope = JSON.parse(text ?? '{}') as Record<string, unknown>;
    expect(envelope.format).toBe('cleanplan-project');
    expect(envelope.schemaVersion).toBe(1);
    expect(envelope.savedAt).toBe('2026-12-04T10:00:00.000Z');
  });

  it('survives a reload of the module', async () => {
    const databaseName = freshDatabaseName();
    const project = makeProject('p-reload', '重新加载');
    await createProjectStorage(createStore(databaseName, 'projects')).saveProject(project, new Date('2026-12-04T10:00:00Z'));

    vi.resetModules();
    const reloaded = await import('../../../src/app/persistence/projectStorage');
    const idb = await import('idb-keyval');
    const storage = reloaded.createProjectStorage(idb.createStore(databaseName, 'projects'));

    expect(await storage.getLastOpenProjectId()).toBe('p-reload');
    const loaded = await storage.loadProject('p-reload');
    expect(loaded.status).toBe('loaded');
    if (loaded.status === 'loaded') expect(loaded.project).toEqual(project);
  });

  it('reports a quota error and keeps the previous copy', async () => {
    const databaseName = freshDatabaseName();
    const base = createStore(databaseName, 'projects');
    const original = makeProject('p-quota', 'Before');
    await createProjectStorage(base).saveProject(original, new Date('2026-12-04T10:00:00Z'));
    const textBefore = await createProjectStorage(base).readProjectText('p-quota');

    const changed: Project = { ...original, name: 'After', rooms: [makeRoom('p-quota-room', 'Changed', -20)] };
    // The project text (put 1) is queued before the index write (put 2) fails.
    const failing = createProjectStorage(storeFailingAtPut(base, 2));
    const failure = await failing.saveProject(changed, new Date('2026-12-04T11:00:00Z')).then(
      () => null,
      (error: unknown) => error,
    );

    expect(failure).toBeInstanceOf(ProjectStorageError);
    expect((failure as ProjectStorageError).kind).toBe('quota');
    const after = createProjectStorage(base);
    expect(await after.readProjectText('p-quota')).toBe(textBefore);
    expect((await after.listProjects())[0]?.name).toBe('Before');
  });

  it('reports a quota error on the first write', async () => {
    const base = createStore(freshDatabaseName(), 'projects');
    const failing = createProjectStorage(storeFailingAtPut(base, 1));

    await expect(failing.saveProject(makeProject('p-new', 'New'), new Date())).rejects.toMatchObject({ kind: 'quota' });
    expect(await createProjectStorage(base).readProjectText('p-new')).toBeNull();
  });

  it('reports a stored copy that no longer parses', async () => {
    const base = createStore(freshDatabaseName(), 'projects');
    await base('readwrite', (store) => {
      store.put('{"format":"cleanplan-project","schemaVersion":1,"project":{}}', projectKey('p-broken'));
      return new Promise<void>((resolve) => {
        store.transaction.oncomplete = () => resolve();
      });
    });

    const loaded = await createProjectStorage(base).loadProject('p-broken');
    expect(loaded.status).toBe('invalid');
  });
});

describe('sample project file', () => {
  it('parses as a project file', async () => {
    const { parseProjectFile } = await import('../../../src/domain/projectFile');
    const text = readFileSync(new URL('../../../public/examples/sample-gmp-cascade.cleanplan.json', import.meta.url), 'utf8');
    const parsed = parseProjectFile(text, 'sample-gmp-cascade.cleanplan.json');

    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.warnings).toEqual([]);
    expect(parsed.project.rooms).toHaveLength(5);
    expect(parsed.project.doors).toHaveLength(4);
  });
});
