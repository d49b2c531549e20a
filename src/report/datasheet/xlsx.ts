import writeXlsxFile, { type Cell, type Row, type Sheet } from 'write-excel-file/universal';
import { DATASHEET_TEXT } from './strings';
import { MISSING_MARK, type DataSheet, type DataSheetColumn, type DataSheetTable } from './types';

/** Excel column widths are in characters; CJK characters count about double. */
const MIN_COLUMN_WIDTH = 6;
const MAX_COLUMN_WIDTH = 40;

/**
 * Writes the data sheet as an xlsx workbook with the sheets Rooms, AHUs, Doors, Test plan and Notes
 * (named in the sheet's language). Header cells name the column and its SI unit. Numbers are
 * numeric cells with the full value, shown with the column's decimals, and missing values are the
 * text `MISSING_MARK`. Uses the `write-excel-file/universal` entry, which works in Node 20 and in
 * browsers because it only builds a Blob.
 */
export async function roomDataSheetXlsx(sheet: DataSheet): Promise<Uint8Array> {
  const notesName = DATASHEET_TEXT[sheet.locale].notesSheet;
  const sheets: Sheet<Blob>[] = [
    tableSheet(sheet.rooms),
    tableSheet(sheet.ahus),
    tableSheet(sheet.doors),
    tableSheet(sheet.testPlan),
    { sheet: notesName, data: notesRows(sheet), columns: [{ width: 120 }] },
  ];
  const blob = await writeXlsxFile(sheets).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

function tableSheet(table: DataSheetTable): Sheet<Blob> {
  const header: Row = table.columns.map((column) => ({ value: column.header, fontWeight: 'bold', wrap: true }));
  const body: Row[] = table.rows.map((row) => row.map((cell, index) => bodyCell(cell, table.columns[index]!)));
  return {
    sheet: table.name,
    data: [header, ...body],
    columns: table.columns.map((column, index) => ({ width: columnWidth(table, column, index) })),
    stickyRowsCount: 1,
  };
}

function bodyCell(cell: string | number | null, column: DataSheetColumn): Cell {
  if (cell === null) return { value: MISSING_MARK, align: 'center' };
  if (typeof cell === 'number') return { value: cell, type: Number, format: numberFormat(column.decimals) };
  return { value: cell, type: String };
}

/** Excel number format with grouping and exactly `decimals` decimals, e.g. `#,##0.0`. */
function numberFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

/** Widest of the header and the body texts, counting CJK characters twice, within fixed bounds. */
function columnWidth(table: DataSheetTable, column: DataSheetColumn, index: number): number {
  const texts = [column.header, ...table.rows.map((row) => String(row[index] ?? MISSING_MARK))];
  const widest = Math.max(...texts.map(displayWidth));
  return Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, widest + 2));
}

function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += character.codePointAt(0)! >= 0x2e80 ? 2 : 1;
  return width;
}

function notesRows(sheet: DataSheet): Row[] {
  const text = DATASHEET_TEXT[sheet.locale];
  return [
    [{ value: sheet.title, fontWeight: 'bold' }],
    [`${text.projectLabel}: ${sheet.projectName}`],
    [`${text.customerLabel}: ${sheet.customerName.trim() || MISSING_MARK}`],
    [null],
    ...sheet.notes.map((note): Row => [{ value: note, wrap: true }]),
  ];
}
