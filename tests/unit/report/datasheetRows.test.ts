import { describe, expect, test } from 'vitest';
import type { DataSheet, DataSheetTable } from '../../../src/report/datasheet/types';
import { MISSING_MARK } from '../../../src/report/datasheet/types';
import { listSamplingLocations, roomDataSheetRows } from '../../../src/report/datasheet/rows';
import { checkProject } from '../../../src/engine/index';
import { buildDataSheetFixture } from './datasheetFixture';
import { buildFixtureProject } from './fixtureProject';

/** Returns the cell of `table` in the row whose room column is `roomName`. */
function cell(table: DataSheetTable, roomName: string, key: string): unknown {
  const roomIndex = table.columns.findIndex((column) => column.key === 'room');
  const columnIndex = table.columns.findIndex((column) => column.key === key);
  expect(columnIndex, `column ${key}`).toBeGreaterThanOrEqual(0);
  const row = table.rows.find((candidate) => candidate[roomIndex] === roomName);
  expect(row, `row ${roomName}`).toBeDefined();
  return row![columnIndex];
}

function headers(table: DataSheetTable): string[] {
  return table.columns.map((column) => column.header);
}

describe('room data sheet rows', () => {
  const { project, result } = buildDataSheetFixture();
  const zh: DataSheet = roomDataSheetRows(project, result, 'zh-CN');
  const en: DataSheet = roomDataSheetRows(project, result, 'en');

  test('headers carry SI units in both languages', () => {
    expect(headers(zh.rooms)).toContain('面积 (m²)');
    expect(headers(zh.rooms)).toContain('对室外压差 (Pa)');
    expect(headers(zh.rooms)).toContain('压差风量（送−回−排） (m³/h)');
    expect(headers(en.rooms)).toContain('Area (m²)');
    expect(headers(en.rooms)).toContain('Temperature (°C)');
    expect(headers(en.rooms)).toContain('Sample volume (L)');
    expect(headers(en.testPlan)).toEqual([
      'No.',
      'Room',
      'Class',
      'Location count per',
      'Location',
      'x (m)',
      'y (m)',
      'Particle size ≥ (µm)',
      'Class limit (particles/m³)',
      'Sample volume (L)',
      'Sampling time at least (min)',
    ]);
    expect(headers(zh.testPlan)).toContain('级别限值 (粒/m³)');
  });

  test('both languages share column keys and values', () => {
    expect(zh.rooms.columns.map((column) => column.key)).toEqual(en.rooms.columns.map((column) => column.key));
    const numericIndexes = en.rooms.columns.flatMap((column, index) => (column.type === 'number' ? [index] : []));
    for (const [rowIndex, row] of en.rooms.rows.entries()) {
      for (const index of numericIndexes) expect(zh.rooms.rows[rowIndex]![index]).toBe(row[index]);
    }
  });

  test('one room row per room in project order', () => {
    expect(en.rooms.rows.map((row) => row[1])).toEqual(project.rooms.map((room) => room.name));
    expect(en.rooms.rows.map((row) => row[0])).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  test('derived room values come from the check result', () => {
    const metrics = result.rooms.find((room) => room.roomId === 'r-fill')!;
    expect(cell(en.rooms, '灌装间', 'areaM2')).toBe(metrics.areaM2);
    expect(cell(en.rooms, '灌装间', 'volumeM3')).toBe(metrics.volumeM3);
    expect(cell(en.rooms, '灌装间', 'supplyDesignM3h')).toBe(metrics.supplyM3h);
    expect(cell(en.rooms, '灌装间', 'class')).toBe('万级 (ISO 7)');
  });

  test('air-side values come from result.airside', () => {
    expect(cell(en.rooms, '灌装间', 'supplyRequiredM3h')).toBe(1215.5);
    expect(cell(en.rooms, '灌装间', 'marginM3h')).toBe(310.25);
    expect(cell(en.rooms, '灌装间', 'governing')).toBe('Cleanliness');
    expect(cell(zh.rooms, '灌装间', 'governing')).toBe('洁净度');
    expect(cell(en.rooms, '灌装间', 'offsetM3h')).toBe(420.4);
    expect(cell(en.rooms, '灌装间', 'returnM3h')).toBe(795.1);
    expect(cell(en.rooms, '灌装间', 'returnGrilles')).toBe(3);
    expect(cell(en.rooms, '灌装间', 'terminals')).toBe('HEPA 484×484 × 4 (count set by engineer)');
    expect(cell(zh.rooms, '灌装间', 'terminals')).toBe('HEPA 484×484 × 4（数量由设计人员指定）');
    expect(cell(en.rooms, '灌装间', 'terminalCoveragePct')).toBe(6.25);
    expect(cell(en.rooms, '灌装间', 'samplingCount')).toBe(3);
    expect(cell(en.rooms, '灌装间', 'sampleVolumeL')).toBe(2.83);
    expect(cell(en.rooms, '灌装间', 'freshAirRequired')).toBe('GB 50073-2013: 420 (make-up)');
    expect(cell(zh.rooms, '灌装间', 'freshAirRequired')).toBe('GB 50073-2013: 420 (补风)');
  });

  test('negative room keeps its sign', () => {
    expect(cell(en.rooms, '负压隔离间', 'pressurePa')).toBe(-15);
    expect(cell(en.rooms, '负压隔离间', 'offsetM3h')).toBe(-260);
    expect(cell(en.rooms, '负压隔离间', 'exhaustM3h')).toBe(900);
  });

  test('incomplete governing term says so', () => {
    expect(cell(en.rooms, '负压隔离间', 'governing')).toBe('Make-up (exhaust + offset) (inputs missing)');
    expect(cell(zh.rooms, '负压隔离间', 'governing')).toBe('补风（排风 + 压差风量）（部分输入缺失）');
    expect(cell(en.rooms, '负压隔离间', 'marginM3h')).toBeNull();
  });

  test('missing values are null', () => {
    expect(cell(en.rooms, '物料气闸', 'pressurePa')).toBeNull();
    expect(cell(en.rooms, '物料气闸', 'supplyRequiredM3h')).toBeNull();
    expect(cell(en.rooms, '物料气闸', 'governing')).toBeNull();
    expect(cell(en.rooms, '物料气闸', 'terminals')).toBeNull();
    expect(cell(en.rooms, '一更', 'freshAirDesignM3h')).toBeNull();
  });

  test('design inputs print as entered', () => {
    expect(cell(en.rooms, '一更', 'temperatureC')).toBe(22);
    expect(cell(en.rooms, '一更', 'rhPct')).toBe(50);
    expect(cell(en.rooms, '一更', 'pressurePa')).toBe(10);
    expect(cell(en.rooms, '一更', 'ahu')).toBe('AHU-1');
    expect(cell(en.rooms, '负压隔离间', 'ahu')).toBe('AHU-2');
  });

  test('AHU rows list totals and rooms served', () => {
    expect(headers(en.ahus)).toEqual([
      'AHU',
      'Rooms served',
      'Rooms',
      'Supply (m³/h)',
      'Return (m³/h)',
      'Fresh air (m³/h)',
      'Exhaust (m³/h)',
      'Fresh-air ratio (%)',
      'Rooms left out of totals (value unknown)',
    ]);
    expect(en.ahus.rows[0]).toEqual([
      'AHU-1',
      '一更, 二更, 灌装间, 洁净走廊, 称量间, 物料气闸',
      6,
      12000,
      10200,
      1800,
      null,
      15,
      'supply: 物料气闸; exhaust: 一更, 二更',
    ]);
    expect(zh.ahus.rows[0]![8]).toBe('送风：物料气闸；排风：一更、二更');
  });

  test('AHU missing from the list says so', () => {
    expect(zh.ahus.rows[1]).toEqual(['AHU-2（不在项目的空调机组列表中）', '负压隔离间', 1, null, null, null, 900, null, null]);
    expect(en.ahus.rows[1]![0]).toBe("AHU-2 (not in the project's AHU list)");
  });

  test('door rows follow the airflow', () => {
    expect(headers(en.doors)).toEqual(['Air from', 'Air to', 'Door type', 'Leakage area (m²)', 'ΔP (Pa)', 'Flow (m³/h)']);
    expect(en.doors.rows[0]).toEqual(['一更', 'outdoors', 'single', 0.0213, 10, 301.6]);
    expect(zh.doors.rows[0]![1]).toBe('室外');
  });

  test('negative door flow is turned round', () => {
    expect(en.doors.rows[1]).toEqual(['灌装间', '洁净走廊', 'single', 0.0185, 10, 262.2]);
  });

  test('unknown door flow keeps drawn order', () => {
    expect(en.doors.rows[2]).toEqual(['洁净走廊', '物料气闸', 'pass box', null, null, null]);
    expect(zh.doors.rows[2]![2]).toBe('传递窗');
  });

  test('test plan lists each sampling location', () => {
    const filling = en.testPlan.rows.filter((row) => row[1] === '灌装间');
    expect(filling.map((row) => row[4])).toEqual(['L1', 'L2', 'L3']);
    expect(filling[0]).toEqual([3, '灌装间', '万级 (ISO 7)', 'ISO 14644-1:2015 Table A.1', 'L1', 0.833, 1, '5', 2930, 2.83, 1]);
    expect(filling[2]![5]).toBeCloseTo(4.167, 9);
    expect(filling[2]![6]).toBe(2);
  });

  test('classified room without a plan shows a gap', () => {
    const gowning = en.testPlan.rows.filter((row) => row[1] === '一更');
    expect(gowning).toEqual([[1, '一更', 'D级 (Grade D, ISO 8 at rest)', null, null, null, null, null, null, null, null]]);
  });

  test('notes state what the missing mark means', () => {
    expect(en.notes[0]).toContain(MISSING_MARK);
    expect(en.notes[0]).toContain('never means zero and never a pass');
    expect(zh.notes[0]).toContain('“—”表示无此数值');
    expect(en.notes.some((note) => note.includes('not computed'))).toBe(false);
  });
});

describe('room data sheet without air side', () => {
  const project = buildFixtureProject();
  const result = checkProject(project);
  const sheet = roomDataSheetRows(project, { ...result, airside: undefined }, 'en');

  test('notes say the air side was not computed', () => {
    expect(sheet.notes).toContain('The air side was not computed for this check, so the airflow, terminal, AHU and sampling columns are empty.');
  });

  test('air-side columns are missing, not zero', () => {
    for (const key of ['supplyRequiredM3h', 'offsetM3h', 'governing', 'terminals', 'samplingCount', 'sampleVolumeL']) {
      expect(cell(sheet.rooms, '灌装间', key), key).toBeNull();
    }
    expect(sheet.ahus.rows).toEqual([]);
    expect(sheet.doors.rows).toEqual([]);
  });

  test('design pressure still prints', () => {
    expect(cell(sheet.rooms, '负压隔离间', 'pressurePa')).toBe(-15);
  });
});

describe('sampling location coordinates', () => {
  test('measured from the room extent', () => {
    const room = buildFixtureProject().rooms.find((candidate) => candidate.id === 'r-iso')!;
    const locations = listSamplingLocations(room, {
      count: 2,
      edition: 'iso-14644-1-2015',
      positionsMm: [
        { x: 5000, y: 6500 },
        { x: 7000, y: 8500 },
      ],
      sampleVolumeL: 2,
    });
    expect(locations.map((location) => [location.label, location.xM, location.yM])).toEqual([
      ['L1', 1, 1],
      ['L2', 3, 3],
    ]);
  });
});
