import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OUTSIDE, type Project } from '../../../src/domain/project';
import { describeScheduleIssue, importRoomSchedule, type ImportScheduleResult } from '../../../src/engine/import';
import { polygonAreaM2 } from '../../../src/engine/geometry';

const FILE = 'rooms.csv';

function importText(text: string): ImportScheduleResult {
  return importRoomSchedule(new TextEncoder().encode(text), FILE, { referenceDate: '2026-01-15' });
}

function importFixture(name: string): ImportScheduleResult {
  const bytes = readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)));
  return importRoomSchedule(new Uint8Array(bytes), name, { referenceDate: '2026-01-15' });
}

function projectOf(result: ImportScheduleResult): Project {
  if (!result.ok) throw new Error(`expected the import to succeed: ${result.errors.map((error) => describeScheduleIssue(error, 'en')).join('\n')}`);
  return result.project;
}

function errorsOf(result: ImportScheduleResult) {
  if (result.ok) throw new Error('expected the import to fail');
  expect(result).not.toHaveProperty('project');
  return result.errors;
}

function roomNamed(project: Project, name: string) {
  const room = project.rooms.find((candidate) => candidate.name === name);
  if (!room) throw new Error(`no room named ${name}`);
  return room;
}

describe('importRoomSchedule encodings', () => {
  it.each([
    ['gbk-two-rooms.csv', 'gbk'],
    ['bom-two-rooms.csv', 'utf-8-bom'],
  ])('reads %s with Chinese headers', (fixture, encoding) => {
    const result = importFixture(fixture);
    const project = projectOf(result);
    expect(result.encoding).toBe(encoding);
    expect(project.rooms.map((room) => room.name)).toEqual(['一更', '二更']);

    const firstRoom = roomNamed(project, '一更');
    expect(firstRoom.cleanliness).toEqual({ kind: 'iso', isoClass: 8 });
    expect(firstRoom.classLabel).toBe('十万级');
    expect(firstRoom.clearHeightM).toBe(2.6);
    expect(firstRoom.design.pressurePa).toBe(10);
    expect(polygonAreaM2(firstRoom.polygon)).toBeCloseTo(6, 9);
    expect(roomNamed(project, '二更').cleanliness).toEqual({ kind: 'iso', isoClass: 7 });
  });

  it('reads plain UTF-8', () => {
    const result = importText('name,area_m2\nAirlock,4\n');
    expect(result.encoding).toBe('utf-8');
    expect(projectOf(result).rooms).toHaveLength(1);
  });
});

describe('importRoomSchedule headers', () => {
  it('accepts units in brackets and mixed case', () => {
    const project = projectOf(importText('Name , AREA_M2 (m²),压差（Pa）,送风量(m³/h)\nGowning,6.5,-12,400\n'));
    const room = roomNamed(project, 'Gowning');
    expect(polygonAreaM2(room.polygon)).toBeCloseTo(6.5, 9);
    expect(room.design.pressurePa).toBe(-12);
    expect(room.design.supplyM3h).toBe(400);
  });

  it('warns about an unknown column', () => {
    const result = importText('name,finish\nAirlock,epoxy\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'unknown-column', row: 1, column: 'finish' })]);
  });

  it('rejects a missing name column', () => {
    const errors = errorsOf(importText('area_m2,class\n12,ISO 7\n'));
    expect(errors).toEqual([expect.objectContaining({ code: 'missing-name-column', row: 1, found: 'area_m2, class' })]);
    expect(describeScheduleIssue(errors[0]!, 'en')).toBe(
      'rooms.csv, row 1: expected a column named name or 房间名称, found "area_m2, class"; add a name column with one room name per row.',
    );
    expect(describeScheduleIssue(errors[0]!, 'zh-CN')).toBe(
      'rooms.csv，第 1 行：应为名为 房间名称 或 name 的列，实为“area_m2, class”；请添加房间名称列，每行填写一个房间名称。',
    );
  });

  it('detects a semicolon delimiter', () => {
    const project = projectOf(importText('name;area_m2;connects_to\nA;10;B\nB;12;A\n'));
    expect(project.rooms).toHaveLength(2);
    expect(project.doors).toHaveLength(1);
  });

  it('detects a tab delimiter', () => {
    const project = projectOf(importText('name\tarea_m2\nA\t10\n'));
    expect(polygonAreaM2(project.rooms[0]!.polygon)).toBeCloseTo(10, 9);
  });
});

describe('importRoomSchedule cell errors', () => {
  it('explains a decimal comma', () => {
    const errors = errorsOf(importText('name;面积\nAirlock;12,5\n'));
    expect(errors).toEqual([expect.objectContaining({ code: 'invalid-number', row: 2, column: '面积', found: '12,5' })]);
    expect(describeScheduleIssue(errors[0]!, 'en')).toBe(
      'rooms.csv, row 2, column 面积: expected a number greater than 0 (m²), found "12,5"; use a decimal point (12.5, not 12,5).',
    );
    expect(describeScheduleIssue(errors[0]!, 'zh-CN')).toBe(
      'rooms.csv，第 2 行，列“面积”：应为大于 0 的数值（m²），实为“12,5”；请使用小数点（12.5，而非 12,5）。',
    );
  });

  it('explains a unit typed in the cell', () => {
    const errors = errorsOf(importText('name,pressure_pa\nAirlock,15 Pa\n'));
    expect(errors[0]).toMatchObject({ code: 'invalid-number', params: { problem: 'unit-in-cell' } });
    expect(describeScheduleIssue(errors[0]!, 'en')).toContain('write the number alone; the column is in Pa');
  });

  it('rejects a negative area', () => {
    const errors = errorsOf(importText('name,area_m2\nAirlock,-4\n'));
    expect(errors).toEqual([expect.objectContaining({ code: 'out-of-range', row: 2, column: 'area_m2', found: '-4' })]);
    expect(describeScheduleIssue(errors[0]!, 'en')).toBe(
      'rooms.csv, row 2, column area_m2: expected a number greater than 0 (m²), found "-4"; correct the value, or leave the cell empty if it is not known.',
    );
  });

  it('keeps a negative pressure', () => {
    const project = projectOf(importText('name,pressure_pa\nIsolation,−15\n'));
    expect(roomNamed(project, 'Isolation').design.pressurePa).toBe(-15);
  });

  it('rejects an unknown class and lists accepted forms', () => {
    const errors = errorsOf(importText('name,洁净级别\nFill room,ISO 12\n'));
    expect(errors).toEqual([expect.objectContaining({ code: 'unknown-class', row: 2, column: '洁净级别', found: 'ISO 12' })]);
    const english = describeScheduleIssue(errors[0]!, 'en');
    expect(english).toContain('expected a cleanliness class, found "ISO 12"; ISO classes run from 1 to 9, so write one of');
    expect(english).toContain('GMP grade A to D');
    expect(english).toContain('NC for a room that is not classified');
    expect(describeScheduleIssue(errors[0]!, 'zh-CN')).toContain('非洁净房间填 NC');
  });

  it('rejects an empty name', () => {
    const errors = errorsOf(importText('房间名称,面积\n,12\n'));
    expect(errors).toEqual([expect.objectContaining({ code: 'empty-name', row: 2, column: '房间名称' })]);
  });

  it('reports a row shifted by an unquoted comma', () => {
    const errors = errorsOf(importText('name,area_m2,class\nAirlock,12,5,ISO 8\n'));
    expect(errors).toEqual([expect.objectContaining({ code: 'extra-cells', row: 2, found: 'Airlock,12,5,ISO 8' })]);
    expect(describeScheduleIssue(errors[0]!, 'en')).toBe(
      'rooms.csv, row 2: expected at most 3 cells, as in the header, found "Airlock,12,5,ISO 8"; the row has 4 cells, so a value contains the delimiter: write decimals with a point (12.5) and put names containing the delimiter in double quotes.',
    );
  });

  it('accepts trailing empty cells', () => {
    const project = projectOf(importText('name,area_m2\nAirlock,12,,\n'));
    expect(project.rooms).toHaveLength(1);
  });

  it('rejects a header without rows', () => {
    const errors = errorsOf(importText('name,area_m2\n\n'));
    expect(errors).toEqual([expect.objectContaining({ code: 'no-rooms', row: null })]);
  });

  it('reports an unclosed quote', () => {
    const errors = errorsOf(importText('name,area_m2\n"Airlock,12\n'));
    expect(errors[0]).toMatchObject({ code: 'csv-syntax', row: 2 });
  });

  it('collects every error with spreadsheet rows', () => {
    const text = 'name,area_m2,class\nA,abc,ISO 7\n\nB,5,Grade Q\n,3,\n';
    const errors = errorsOf(importText(text));
    expect(errors.map((error) => [error.code, error.row])).toEqual([
      ['invalid-number', 2],
      ['unknown-class', 4],
      ['empty-name', 5],
    ]);
  });
});

describe('importRoomSchedule classes and names', () => {
  it('loads 100K, NC and repeated names', () => {
    const text = 'name,area_m2,class\nWarehouse,200,100K\nWarehouse,150,100K\nOffice,30,NC\n';
    const project = projectOf(importText(text));
    expect(project.rooms.map((room) => room.id)).toEqual(['row-2', 'row-3', 'row-4']);
    expect(project.rooms.map((room) => room.name)).toEqual(['Warehouse', 'Warehouse', 'Office']);
    expect(project.rooms[0]!.cleanliness).toEqual({ kind: 'iso', isoClass: 8 });
    expect(project.rooms[2]!.cleanliness).toEqual({ kind: 'unclassified' });
    expect(project.rooms[2]!.classLabel).toBe('NC');
  });
});

describe('importRoomSchedule doors', () => {
  it('makes one door for a pair listed twice', () => {
    const project = projectOf(importText('name,connects_to\nA,B\nB,A\n'));
    expect(project.doors).toEqual([{ id: 'door-1', roomA: 'row-2', roomB: 'row-3', position: null, widthMm: 900 }]);
  });

  it('counts a door listed on one side', () => {
    const project = projectOf(importText('name,connects_to\nA,B\nB,\n'));
    expect(project.doors).toHaveLength(1);
  });

  it('accepts Chinese separators and outdoors', () => {
    const project = projectOf(importText('房间名称,相邻房间\n一更,室外；二更\n二更,一更、洁净走廊\n洁净走廊,Outside\n'));
    const pairs = project.doors.map((door) => [door.roomA, door.roomB]);
    expect(pairs).toEqual([
      ['row-2', OUTSIDE],
      ['row-2', 'row-3'],
      ['row-3', 'row-4'],
      ['row-4', OUTSIDE],
    ]);
  });

  it('rejects a name that matches no room', () => {
    const errors = errorsOf(importText('name,connects_to\nA,Corridor\n'));
    expect(errors).toEqual([expect.objectContaining({ code: 'unknown-room', row: 2, column: 'connects_to', found: 'Corridor' })]);
    expect(describeScheduleIssue(errors[0]!, 'en')).toBe(
      'rooms.csv, row 2, column connects_to: expected names of rooms in this file, or outside, found "Corridor"; correct the name or add a row for that room.',
    );
  });

  it('rejects an ambiguous repeated name', () => {
    const errors = errorsOf(importText('name,connects_to\nCorridor,\nCorridor,\nLab,Corridor\n'));
    expect(errors).toEqual([expect.objectContaining({ code: 'ambiguous-room', row: 4, found: 'Corridor', params: { name: 'Corridor', rows: '2, 3' } })]);
    expect(describeScheduleIssue(errors[0]!, 'en')).toContain('rows 2, 3 are all named "Corridor"');
    expect(describeScheduleIssue(errors[0]!, 'zh-CN')).toContain('第 2, 3 行都名为“Corridor”');
  });

  it('resolves a repeated name listed back', () => {
    const project = projectOf(importText('name,connects_to\nCorridor,Lab\nCorridor,\nLab,Corridor\n'));
    expect(project.doors.map((door) => [door.roomA, door.roomB])).toEqual([['row-2', 'row-4']]);
  });

  it('links two parts of one area', () => {
    const project = projectOf(importText('name,connects_to\nWarehouse,Warehouse\nWarehouse,\n'));
    expect(project.doors.map((door) => [door.roomA, door.roomB])).toEqual([['row-2', 'row-3']]);
  });

  it('rejects a room listing itself', () => {
    const errors = errorsOf(importText('name,connects_to\nA,A\n'));
    expect(errors[0]).toMatchObject({ code: 'self-connection', row: 2 });
  });

  it('reports no unknown room for a row with errors', () => {
    const errors = errorsOf(importText('name,area_m2,connects_to\nA,x,B\nB,4,\n'));
    expect(errors.map((error) => error.code)).toEqual(['invalid-number']);
  });
});

describe('importRoomSchedule geometry', () => {
  it('draws width by length', () => {
    const project = projectOf(importText('name,width_m,length_m\nOR 1,6.0,5.4\n'));
    const room = roomNamed(project, 'OR 1');
    expect(room.polygon[2]).toEqual({ x: 6000, y: 5400 });
    expect(room.areaKnown).toBeUndefined();
  });

  it('draws an area as an exact rectangle', () => {
    const project = projectOf(importText('name,area_m2\nOR 1,32.4\nStore,7.35\n'));
    expect(polygonAreaM2(roomNamed(project, 'OR 1').polygon)).toBe(32.4);
    expect(polygonAreaM2(roomNamed(project, 'Store').polygon)).toBeCloseTo(7.35, 12);
  });

  it('flags a room without area', () => {
    const project = projectOf(importText('name,pressure_pa\nCorridor,0\n'));
    const room = roomNamed(project, 'Corridor');
    expect(room.areaKnown).toBe(false);
    expect(room.polygon).toHaveLength(4);
  });

  it('warns when area and sides disagree', () => {
    const result = importText('name,area_m2,width_m,length_m\nLab,30,5,5\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'dimensions-disagree', row: 2, params: { areaM2: 30, computedAreaM2: 25 } })]);
    expect(polygonAreaM2(result.project.rooms[0]!.polygon)).toBe(25);
  });

  it('keeps rooms from overlapping', () => {
    const rows = Array.from({ length: 12 }, (_, index) => `R${index},${20 + index}`).join('\n');
    const project = projectOf(importText(`name,area_m2\n${rows}\n`));
    const boxes = project.rooms.map((room) => {
      const xs = room.polygon.map((point) => point.x);
      const ys = room.polygon.map((point) => point.y);
      return { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
    });
    for (const [index, box] of boxes.entries()) {
      for (const other of boxes.slice(index + 1)) {
        const apart = box.maxX < other.minX || other.maxX < box.minX || box.maxY < other.minY || other.maxY < box.minY;
        expect(apart).toBe(true);
      }
    }
  });
});

describe('rectangleFromArea', () => {
  it.each([32.4, 7.35, 23.7, 1000, 0.5, 17.000001, 12345.678901])('keeps %f m² exact', (areaM2) => {
    const project = projectOf(importText(`name,area_m2\nRoom,${areaM2}\n`));
    const drawnMm2 = polygonAreaM2(project.rooms[0]!.polygon) * 1_000_000;
    expect(Math.round(drawnMm2)).toBe(Math.round(areaM2 * 1_000_000));
  });
});

describe('shipped examples', () => {
  const examplesDir = new URL('../../../public/examples/', import.meta.url);

  it('OR project file matches its CSV', async () => {
    const { parseProjectFile } = await import('../../../src/domain/projectFile');
    const csv = importRoomSchedule(readFileSync(new URL('or-suite-gb50333.csv', examplesDir)), 'or-suite-gb50333.csv');
    const saved = parseProjectFile(readFileSync(new URL('or-suite-gb50333.cleanplan.json', examplesDir), 'utf-8'), 'or-suite-gb50333.cleanplan.json');
    if (!csv.ok || !saved.ok) throw new Error('an example failed to load');
    expect(saved.project.rooms).toEqual(csv.project.rooms);
    expect(saved.project.doors).toEqual(csv.project.doors);
    expect(saved.project.ruleSetIds).toEqual(csv.project.ruleSetIds);
  });

  it.each(['lab-suite-zh.csv', 'or-suite-gb50333.csv', 'five-room-cascade.csv'])('%s loads without warnings', (name) => {
    const result = importRoomSchedule(readFileSync(new URL(name, examplesDir)), name);
    if (!result.ok) throw new Error(result.errors.map((error) => describeScheduleIssue(error, 'en')).join('\n'));
    expect(result.warnings).toEqual([]);
  });

  it('five-room cascade keeps the published pressures', () => {
    // Siemens Building Technologies, Lab Controls Basic Documentation, "Clean Rooms", Figure 15:
    // steps of +0.05 in. w.c. (12.45 Pa) from the personnel corridor.
    const project = projectOf(importRoomSchedule(readFileSync(new URL('five-room-cascade.csv', examplesDir)), 'five-room-cascade.csv'));
    expect(project.rooms.map((room) => room.design.pressurePa)).toEqual([0, 12.5, 24.9, 37.4, 49.8]);
    expect(project.doors).toHaveLength(4);
  });
});
