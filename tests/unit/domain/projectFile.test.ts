import { describe, expect, it } from 'vitest';
import { EMPTY_DESIGN, type Project } from '../../../src/domain/project';
import {
  describeProjectFileIssue,
  parseProjectFile,
  PROJECT_FILE_SCHEMA_VERSION,
  serializeProjectFile,
  type MigrationTable,
  type ProjectFileParseResult,
} from '../../../src/domain/projectFile';

const FILE = 'suite.cleanplan.json';

function sampleProject(): Project {
  return {
    id: 'p1',
    name: 'Fill suite',
    customerName: 'Acme Pharma',
    referenceDate: '2026-01-15',
    ruleSetIds: ['gb-50073-2013', 'china-gmp-2010'],
    rooms: [
      {
        id: 'r1',
        name: 'Airlock',
        use: 'airlock',
        polygon: [
          { x: 0, y: 0 },
          { x: 3000, y: 0 },
          { x: 3000, y: 2000 },
          { x: 0, y: 2000 },
        ],
        clearHeightM: 2.7,
        cleanliness: { kind: 'gmp', grade: 'C' },
        classLabel: 'C级',
        airflowPattern: null,
        containment: false,
        design: { ...EMPTY_DESIGN, ach: 25, pressurePa: -15 },
      },
    ],
    doors: [{ id: 'd1', roomA: 'r1', roomB: 'outside', position: { x: 0, y: 1000 }, widthMm: 900 }],
  };
}

/** Serialise and re-read a project, giving the envelope as a plain object a test can edit. */
function envelopeOf(project: Project): Record<string, any> {
  return JSON.parse(serializeProjectFile(project, new Date('2026-02-01T08:00:00Z')));
}

function expectErrors(result: ProjectFileParseResult) {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('expected the parse to fail');
  expect(result).not.toHaveProperty('project');
  return result.errors;
}

function expectProject(result: ProjectFileParseResult) {
  if (!result.ok) throw new Error(`expected the parse to succeed: ${JSON.stringify(result.errors)}`);
  return result;
}

describe('serializeProjectFile', () => {
  it('writes the envelope keys first', () => {
    const text = serializeProjectFile(sampleProject(), new Date('2026-02-01T08:00:00Z'), 'cleanplan test');
    const envelope = JSON.parse(text);
    expect(Object.keys(envelope)).toEqual(['format', 'schemaVersion', 'savedAt', 'generator', 'project']);
    expect(envelope.format).toBe('cleanplan-project');
    expect(envelope.schemaVersion).toBe(PROJECT_FILE_SCHEMA_VERSION);
    expect(envelope.savedAt).toBe('2026-02-01T08:00:00.000Z');
    expect(envelope.generator).toBe('cleanplan test');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('accepts an ISO timestamp string', () => {
    const envelope = JSON.parse(serializeProjectFile(sampleProject(), '2026-03-01T00:00:00.000Z'));
    expect(envelope.savedAt).toBe('2026-03-01T00:00:00.000Z');
  });
});

describe('parseProjectFile', () => {
  it('round-trips a project unchanged', () => {
    const project = sampleProject();
    const result = expectProject(parseProjectFile(serializeProjectFile(project, new Date()), FILE));
    expect(result.project).toEqual(project);
    expect(result.warnings).toEqual([]);
  });

  it('keeps a negative pressure', () => {
    const result = expectProject(parseProjectFile(serializeProjectFile(sampleProject(), new Date()), FILE));
    expect(result.project.rooms[0]?.design.pressurePa).toBe(-15);
  });

  it('fills missing optional values with null', () => {
    const envelope = envelopeOf(sampleProject());
    const room = envelope.project.rooms[0];
    room.design = { pressurePa: 10 };
    delete room.use;
    delete room.clearHeightM;
    delete room.cleanliness;
    delete room.classLabel;
    delete room.airflowPattern;
    delete room.containment;

    const result = expectProject(parseProjectFile(JSON.stringify(envelope), FILE));
    const restored = result.project.rooms[0]!;
    expect(restored.design).toEqual({ ...EMPTY_DESIGN, pressurePa: 10 });
    expect(restored.use).toBeNull();
    expect(restored.clearHeightM).toBeNull();
    expect(restored.cleanliness).toBeNull();
    expect(restored.classLabel).toBeNull();
    expect(restored.airflowPattern).toBeNull();
    expect(restored.containment).toBe(false);
  });

  it('keeps unknown keys', () => {
    const envelope = envelopeOf(sampleProject());
    envelope.project.rooms[0].finish = 'epoxy';
    envelope.project.rooms[0].design.supplyTempC = 18;
    envelope.project.revision = 'B';
    const result = expectProject(parseProjectFile(JSON.stringify(envelope), FILE));
    expect(result.project.rooms[0]).toHaveProperty('finish', 'epoxy');
    expect(result.project.rooms[0]?.design).toHaveProperty('supplyTempC', 18);
    expect(result.project).toHaveProperty('revision', 'B');
  });

  it('rejects text that is not JSON', () => {
    const errors = expectErrors(parseProjectFile('{"format": ', FILE));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.code).toBe('invalid-json');
  });

  it('rejects another format name', () => {
    const envelope = envelopeOf(sampleProject());
    envelope.format = 'excalidraw';
    const errors = expectErrors(parseProjectFile(JSON.stringify(envelope), FILE));
    expect(errors[0]).toMatchObject({ code: 'wrong-format', path: 'format', found: '"excalidraw"' });
    expect(describeProjectFileIssue(errors[0]!, 'en')).toBe(
      `${FILE}: format: expected "cleanplan-project", found "excalidraw". Choose a file exported by Cleanplan (name ending .cleanplan.json).`,
    );
  });

  it('rejects a newer schema version', () => {
    const envelope = envelopeOf(sampleProject());
    envelope.schemaVersion = PROJECT_FILE_SCHEMA_VERSION + 1;
    const errors = expectErrors(parseProjectFile(JSON.stringify(envelope), FILE));
    expect(errors[0]).toMatchObject({ code: 'unsupported-version', path: 'schemaVersion', found: String(PROJECT_FILE_SCHEMA_VERSION + 1) });
    const message = describeProjectFileIssue(errors[0]!, 'zh-CN');
    expect(message).toContain(`${FILE}: schemaVersion：应为1 至 1 之间的整数`);
    expect(message).toContain(`支持架构版本 ${PROJECT_FILE_SCHEMA_VERSION + 1}`);
  });

  it('names the path of a bad design value', () => {
    const envelope = envelopeOf(sampleProject());
    envelope.project.rooms[0].design.pressurePa = '12,5';
    envelope.project.rooms[0].design.ach = -3;
    const errors = expectErrors(parseProjectFile(JSON.stringify(envelope), FILE));
    expect(errors).toContainEqual(
      expect.objectContaining({ code: 'invalid-value', path: 'project.rooms[0].design.pressurePa', expected: 'number-or-null', found: '"12,5"' }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({ path: 'project.rooms[0].design.ach', expected: 'non-negative-number-or-null', found: '-3' }),
    );
    const pressureError = errors.find((error) => error.path.endsWith('pressurePa'))!;
    expect(describeProjectFileIssue(pressureError, 'en')).toBe(
      `${FILE}: project.rooms[0].design.pressurePa: expected a number or null, found "12,5". Correct the value in the file, or re-export the project from Cleanplan.`,
    );
  });

  it('rejects a polygon of two points', () => {
    const envelope = envelopeOf(sampleProject());
    envelope.project.rooms[0].polygon = [{ x: 0, y: 0 }, { x: 1, y: 1 }];
    const errors = expectErrors(parseProjectFile(JSON.stringify(envelope), FILE));
    expect(errors[0]).toMatchObject({ path: 'project.rooms[0].polygon', expected: 'polygon' });
  });

  it('rejects an unknown cleanliness kind', () => {
    const envelope = envelopeOf(sampleProject());
    envelope.project.rooms[0].cleanliness = { kind: 'fs209e', name: '100' };
    const errors = expectErrors(parseProjectFile(JSON.stringify(envelope), FILE));
    expect(errors[0]).toMatchObject({ path: 'project.rooms[0].cleanliness.kind', expected: 'cleanliness', found: '"fs209e"' });
  });

  it('reports a missing key as missing', () => {
    const envelope = envelopeOf(sampleProject());
    delete envelope.project.rooms[0].name;
    const errors = expectErrors(parseProjectFile(JSON.stringify(envelope), FILE));
    expect(errors[0]).toMatchObject({ path: 'project.rooms[0].name', found: null });
    expect(describeProjectFileIssue(errors[0]!, 'en')).toContain('found nothing (the key is missing)');
    expect(describeProjectFileIssue(errors[0]!, 'zh-CN')).toContain('实为 缺失');
  });

  it('collects every error', () => {
    const envelope = envelopeOf(sampleProject());
    envelope.project.referenceDate = '15/01/2026';
    envelope.project.rooms[0].clearHeightM = 'tall';
    envelope.project.doors[0].widthMm = 0;
    const errors = expectErrors(parseProjectFile(JSON.stringify(envelope), FILE));
    expect(errors.map((error) => error.path).sort()).toEqual([
      'project.doors[0].widthMm',
      'project.referenceDate',
      'project.rooms[0].clearHeightM',
    ]);
  });

  it('rejects duplicate room ids', () => {
    const envelope = envelopeOf(sampleProject());
    envelope.project.rooms.push({ ...envelope.project.rooms[0], name: 'Copy' });
    const errors = expectErrors(parseProjectFile(JSON.stringify(envelope), FILE));
    expect(errors).toEqual([expect.objectContaining({ code: 'duplicate-id', path: 'project.rooms[1].id', found: '"r1"' })]);
  });

  it('drops a door to a missing room with a warning', () => {
    const envelope = envelopeOf(sampleProject());
    envelope.project.doors.push({ id: 'd2', roomA: 'r1', roomB: 'r9', position: null, widthMm: 900 });
    const result = expectProject(parseProjectFile(JSON.stringify(envelope), FILE));
    expect(result.project.doors.map((door) => door.id)).toEqual(['d1']);
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'door-dropped', path: 'project.doors[1].roomB', found: '"r9"' })]);
  });

  it('defaults missing rule sets with a warning', () => {
    const envelope = envelopeOf(sampleProject());
    delete envelope.project.ruleSetIds;
    const result = expectProject(parseProjectFile(JSON.stringify(envelope), FILE));
    expect(result.project.ruleSetIds).toEqual(['iso-14644-1-2015', 'gb-50073-2013']);
    expect(result.warnings[0]?.code).toBe('rule-sets-defaulted');
    expect(describeProjectFileIssue(result.warnings[0]!, 'en')).toContain('iso-14644-1-2015, gb-50073-2013');
  });
});

describe('project file migrations', () => {
  // A synthetic version 0 that called the clear height `height`.
  const syntheticTable: MigrationTable = {
    oldestVersion: 0,
    currentVersion: 1,
    steps: {
      0: {
        name: 'rename room.height to clearHeightM',
        migrate: (file) => {
          const project = file.project as { rooms: Array<Record<string, unknown>> };
          const rooms = project.rooms.map(({ height, ...room }) => ({ ...room, clearHeightM: height }));
          return { ...file, project: { ...project, rooms } };
        },
      },
    },
  };

  function versionZeroText(): string {
    const envelope = envelopeOf(sampleProject());
    envelope.schemaVersion = 0;
    const room = envelope.project.rooms[0];
    room.height = room.clearHeightM;
    delete room.clearHeightM;
    return JSON.stringify(envelope);
  }

  it('lifts version 0 through its step', () => {
    const result = expectProject(parseProjectFile(versionZeroText(), FILE, { migrations: syntheticTable }));
    expect(result.project.rooms[0]?.clearHeightM).toBe(2.7);
    expect(result.project.rooms[0]).not.toHaveProperty('height');
  });

  it('rejects version 0 without a step', () => {
    const errors = expectErrors(parseProjectFile(versionZeroText(), FILE));
    expect(errors[0]).toMatchObject({ code: 'unsupported-version', found: '0' });
  });

  it('rejects a fractional version', () => {
    const envelope = envelopeOf(sampleProject());
    envelope.schemaVersion = 1.5;
    const errors = expectErrors(parseProjectFile(JSON.stringify(envelope), FILE));
    expect(errors[0]?.code).toBe('unsupported-version');
  });
});
