import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { createStore } from 'idb-keyval';
import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_DESIGN, type Project } from '../../../src/domain/project';
import { serializeProjectFile } from '../../../src/domain/projectFile';
import type { Notice } from '../../../src/app/persistence/hydrate';
import { createProjectStorage, type ProjectStorage } from '../../../src/app/persistence/projectStorage';
import { startProjectSession, type ProjectSession } from '../../../src/app/persistence/projectSession';
import { useProjectStore } from '../../../src/app/store/projectStore';

const SAMPLE_URL = new URL('../../../public/examples/sample-gmp-cascade.cleanplan.json', import.meta.url);
const encoder = new TextEncoder();

let databaseCounter = 0;
let session: ProjectSession | null = null;

afterEach(() => {
  session?.dispose();
  session = null;
});

function freshStorage(): ProjectStorage {
  databaseCounter += 1;
  return createProjectStorage(createStore(`cleanplan-session-test-${databaseCounter}`, 'projects'));
}

function makeProject(id: string, name: string): Project {
  return {
    id,
    name,
    customerName: 'Customer',
    referenceDate: '2026-12-01',
    ruleSetIds: ['gb-50073-2013'],
    rooms: [
      {
        id: `${id}-room`,
        name: '缓冲间',
        use: 'buffer',
        polygon: [
          { x: 0, y: 0 },
          { x: 3000, y: 0 },
          { x: 3000, y: 2000 },
        ],
        clearHeightM: 2.6,
        cleanliness: { kind: 'gmp', grade: 'C' },
        classLabel: 'C级',
        airflowPattern: null,
        containment: false,
        design: { ...EMPTY_DESIGN, pressurePa: 10 },
      },
    ],
    doors: [],
  };
}

async function start(storage: ProjectStorage, notices: Notice[] = []): Promise<ProjectSession> {
  session = await startProjectSession({
    storage,
    fetchSampleText: async () => readFileSync(SAMPLE_URL, 'utf8'),
    report: (notice) => notices.push(notice),
    today: () => '2026-12-04',
    autosaveDelayMs: 10_000,
  });
  return session;
}

describe('project session', () => {
  it('opens the sample on first start', async () => {
    const opened = await start(freshStorage());

    expect(opened.hydration.source).toBe('sample');
    expect(useProjectStore.getState().project.id).toBe('sample-gmp-cascade');
    expect(useProjectStore.getState().project.rooms).toHaveLength(5);
  });

  it('reopens the last saved project', async () => {
    const storage = freshStorage();
    const project = makeProject('p-last', 'Last opened');
    await storage.saveProject(project, new Date('2026-12-04T09:00:00Z'));

    const opened = await start(storage);

    expect(opened.hydration.source).toBe('stored');
    expect(useProjectStore.getState().project).toEqual(project);
  });

  it('clears undo history after hydrating', async () => {
    await start(freshStorage());

    expect(useProjectStore.temporal.getState().pastStates).toHaveLength(0);
  });

  it('saves an edit on flush', async () => {
    const storage = freshStorage();
    const opened = await start(storage);
    const roomId = useProjectStore.getState().project.rooms[0]?.id ?? '';

    useProjectStore.getState().updateRoomDesign(roomId, { ach: 33 });
    await opened.flush();

    const stored = await storage.loadProject('sample-gmp-cascade');
    expect(stored.status).toBe('loaded');
    if (stored.status === 'loaded') expect(stored.project.rooms[0]?.design.ach).toBe(33);
  });

  it('leaves project and saved copy on failed import', async () => {
    const storage = freshStorage();
    const project = makeProject('p-keep', 'Keep me');
    await storage.saveProject(project, new Date('2026-12-04T09:00:00Z'));
    const opened = await start(storage);
    const projectBefore = useProjectStore.getState().project;
    const textBefore = await storage.readProjectText('p-keep');

    const broken = encoder.encode('{"format":"cleanplan-project","schemaVersion":1,"project":{"id":"x","rooms":"none"}}');
    const result = await opened.openFile('broken.cleanplan.json', broken);
    await opened.flush();

    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.length).toBeGreaterThan(0);
      expect(result.errors[0]?.en).toContain('broken.cleanplan.json');
      expect(result.errors[0]?.['zh-CN']).toContain('broken.cleanplan.json');
    }
    expect(useProjectStore.getState().project).toBe(projectBefore);
    expect(await storage.readProjectText('p-keep')).toBe(textBefore);
    expect(await storage.getLastOpenProjectId()).toBe('p-keep');
  });

  it('opens and saves a valid project file', async () => {
    const storage = freshStorage();
    const opened = await start(storage);
    const incoming = makeProject('p-incoming', 'Imported');

    const text = serializeProjectFile(incoming, new Date('2026-12-04T12:00:00Z'));
    const result = await opened.openFile('incoming.cleanplan.json', encoder.encode(text));

    expect(result.ok).toBe(true);
    expect(useProjectStore.getState().project).toEqual(incoming);
    expect(await storage.getLastOpenProjectId()).toBe('p-incoming');
    expect(useProjectStore.temporal.getState().pastStates).toHaveLength(0);
  });

  it('opens a CSV room schedule', async () => {
    const storage = freshStorage();
    const opened = await start(storage);
    const csv = '房间名称,面积,净高,洁净级别,换气次数,压差,相邻房间\n一更,6,2.6,ISO 8,15,10,二更\n二更,8,2.6,ISO 7,20,15,一更\n';

    const result = await opened.openFile('changing.csv', encoder.encode(csv));

    expect(result.ok).toBe(true);
    const project = useProjectStore.getState().project;
    expect(project.rooms.map((room) => room.name)).toEqual(['一更', '二更']);
    expect(project.doors).toHaveLength(1);
    expect(project.id).toMatch(/^schedule-changing-/);
    expect(await storage.getLastOpenProjectId()).toBe(project.id);
  });

  it('reports CSV errors with row and column', async () => {
    const storage = freshStorage();
    const opened = await start(storage);
    const before = useProjectStore.getState().project;

    const csv = 'name,area_m2,height_m\nFilling,"12,5",2.7\n';
    const result = await opened.openFile('filling.csv', encoder.encode(csv));

    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]?.en).toContain('filling.csv');
      expect(result.errors[0]?.en).toContain('2');
      expect(result.errors[0]?.en).toContain('area_m2');
      expect(result.errors[0]?.['zh-CN']).toContain('area_m2');
    }
    expect(useProjectStore.getState().project).toBe(before);
  });

  it('stores pending edits before opening a file', async () => {
    const storage = freshStorage();
    const opened = await start(storage);
    useProjectStore.getState().updateRoomDesign(useProjectStore.getState().project.rooms[0]?.id ?? '', { ach: 44 });

    const text = serializeProjectFile(makeProject('p-next', 'Next'), new Date('2026-12-04T12:00:00Z'));
    await opened.openFile('next.cleanplan.json', encoder.encode(text));

    const previous = await storage.loadProject('sample-gmp-cascade');
    expect(previous.status).toBe('loaded');
    if (previous.status === 'loaded') expect(previous.project.rooms[0]?.design.ach).toBe(44);
  });

  it('reopens a stored project by id', async () => {
    const storage = freshStorage();
    const first = makeProject('p-first', 'First');
    await storage.saveProject(first, new Date('2026-12-04T09:00:00Z'));
    const opened = await start(storage);
    await opened.newProject();
    const newId = useProjectStore.getState().project.id;

    const entries = await opened.listStoredProjects();
    expect(entries.map((entry) => entry.id)).toEqual([newId, 'p-first']);

    const result = await opened.openStoredProject('p-first');
    expect(result.status).toBe('loaded');
    expect(useProjectStore.getState().project).toEqual(first);
    expect(await storage.getLastOpenProjectId()).toBe('p-first');
    expect(useProjectStore.temporal.getState().pastStates).toHaveLength(0);
  });

  it('rejects an unsupported file type', async () => {
    const opened = await start(freshStorage());
    const before = useProjectStore.getState().project;

    const result = await opened.openFile('plan.dwg', new Uint8Array([1, 2, 3]));

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.en).toContain('plan.dwg');
    expect(useProjectStore.getState().project).toBe(before);
  });

  it('opens the sample when the stored copy is unreadable', async () => {
    const databaseName = `cleanplan-session-broken-${Date.now()}`;
    const base = createStore(databaseName, 'projects');
    await base('readwrite', (store) => {
      store.put('not json', 'project:p-bad');
      store.put('p-bad', 'last-open-project');
      return new Promise<void>((resolve) => {
        store.transaction.oncomplete = () => resolve();
      });
    });
    const notices: Notice[] = [];

    const opened = await start(createProjectStorage(base), notices);

    expect(opened.hydration.source).toBe('sample');
    expect(notices).toHaveLength(1);
    expect(notices[0]?.text.en).toContain('p-bad');
    expect(await createProjectStorage(base).readProjectText('p-bad')).toBe('not json');
  });
});
