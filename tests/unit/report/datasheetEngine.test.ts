import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseProjectFile } from '../../../src/domain/projectFile';
import type { Project } from '../../../src/domain/project';
import { checkProject } from '../../../src/engine/index';
import { roomDataSheetRows } from '../../../src/report/datasheet/rows';

const SAMPLE = fileURLToPath(new URL('../../../public/examples/sample-gmp-cascade.cleanplan.json', import.meta.url));

function loadSample(): Project {
  const parsed = parseProjectFile(readFileSync(SAMPLE, 'utf8'), SAMPLE);
  if (!parsed.ok) throw new Error(`${SAMPLE} does not parse: ${JSON.stringify(parsed.errors)}`);
  return parsed.project;
}

/**
 * The shipped five-room GMP cascade checked by the real engine: every air-side cell of the data
 * sheet must equal the engine's own figure for that room, so the sheet neither drops nor
 * recomputes a value.
 */
describe('data sheet of the engine result', () => {
  const project = loadSample();
  const result = checkProject(project);
  const sheet = roomDataSheetRows(project, result, 'en');
  const column = (key: string) => sheet.rooms.columns.findIndex((candidate) => candidate.key === key);

  test('engine computed the air side', () => {
    expect(result.airside).toBeDefined();
    expect(result.airside!.rooms.length).toBe(project.rooms.length);
  });

  test('room cells equal the engine figures', () => {
    for (const [index, room] of project.rooms.entries()) {
      const airside = result.airside!.rooms.find((candidate) => candidate.roomId === room.id)!;
      const row = sheet.rooms.rows[index]!;
      expect(row[column('room')]).toBe(room.name);
      expect(row[column('offsetM3h')], `${room.name} offset`).toBe(airside.offsetM3h);
      expect(row[column('pressurePa')], `${room.name} pressure`).toBe(airside.pressurePa);
      expect(row[column('supplyRequiredM3h')], `${room.name} required supply`).toBe(airside.supply.requiredM3h);
      expect(row[column('marginM3h')], `${room.name} margin`).toBe(airside.supply.marginM3h);
      expect(row[column('samplingCount')], `${room.name} sampling`).toBe(airside.sampling?.count ?? null);
      expect(row[column('terminalCoveragePct')], `${room.name} coverage`).toBe(airside.terminals?.coveragePct ?? null);
    }
  });

  test('negative offsets keep their sign', () => {
    const corridor = project.rooms.findIndex((room) => room.id === 'room-corridor');
    const offset = sheet.rooms.rows[corridor]![column('offsetM3h')];
    expect(typeof offset).toBe('number');
    expect(offset as number).toBeLessThan(0);
  });

  test('door rows carry the engine flows', () => {
    const flows = result.airside!.doors;
    expect(sheet.doors.rows.length).toBe(flows.length);
    const flowColumn = sheet.doors.columns.findIndex((candidate) => candidate.key === 'flowM3h');
    flows.forEach((flow, index) => {
      const expected = flow.flowM3h === null ? null : Math.abs(flow.flowM3h);
      expect(sheet.doors.rows[index]![flowColumn], flow.doorId).toBe(expected);
    });
  });

  test('test plan has one row per placed location', () => {
    const placed = result.airside!.rooms.reduce((sum, room) => sum + (room.sampling?.positionsMm.length ?? 0), 0);
    const locationColumn = sheet.testPlan.columns.findIndex((candidate) => candidate.key === 'location');
    const listed = sheet.testPlan.rows.filter((row) => row[locationColumn] !== null).length;
    expect(listed).toBe(placed);
  });
});
