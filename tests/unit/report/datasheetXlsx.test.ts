import readXlsxFile from 'read-excel-file/node';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Locale } from '../../../src/i18n/locale';
import { roomDataSheetRows } from '../../../src/report/datasheet/rows';
import { MISSING_MARK, type DataSheet, type DataSheetTable } from '../../../src/report/datasheet/types';
import { roomDataSheetXlsx } from '../../../src/report/datasheet/xlsx';
import { buildDataSheetFixture } from './datasheetFixture';

type ReadSheets = Awaited<ReturnType<typeof readXlsxFile>>;

/** The cells a table should read back as: its header row, then its rows with null as the missing mark. */
function expectedCells(table: DataSheetTable): unknown[][] {
  const body = table.rows.map((row) => row.map((cell) => cell ?? MISSING_MARK));
  return [table.columns.map((column) => column.header), ...body];
}

describe.each<Locale>(['zh-CN', 'en'])('room data sheet xlsx (%s)', (locale) => {
  let sheet: DataSheet;
  let workbook: ReadSheets;
  beforeAll(async () => {
    const { project, result } = buildDataSheetFixture();
    sheet = roomDataSheetRows(project, result, locale);
    workbook = await readXlsxFile(Buffer.from(await roomDataSheetXlsx(sheet)));
  });

  test('sheets are rooms, AHUs, doors, test plan, notes', () => {
    const expected = locale === 'zh-CN' ? ['房间', '空调机组', '门', '检测方案', '说明'] : ['Rooms', 'AHUs', 'Doors', 'Test plan', 'Notes'];
    expect(workbook.map((entry) => entry.sheet)).toEqual(expected);
  });

  test('every table reads back equal to the rows', () => {
    const tables = [sheet.rooms, sheet.ahus, sheet.doors, sheet.testPlan];
    tables.forEach((table, index) => {
      expect(workbook[index]!.data, table.name).toEqual(expectedCells(table));
    });
  });

  test('numbers are numeric cells with full precision', () => {
    const rooms = workbook[0]!.data;
    const marginColumn = sheet.rooms.columns.findIndex((column) => column.key === 'marginM3h');
    const fillingRow = rooms.find((row) => row[1] === '灌装间')!;
    expect(fillingRow[marginColumn]).toBe(310.25);
    expect(typeof fillingRow[0]).toBe('number');
  });

  test('notes sheet states the missing mark', () => {
    const notes = workbook[4]!.data.map((row) => row[0]);
    expect(notes).toContain(sheet.notes[0]);
    expect(notes[0]).toBe(sheet.title);
  });
});
