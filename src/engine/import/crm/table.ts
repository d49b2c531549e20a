import Papa from 'papaparse';
import { decodeScheduleBytes, type ScheduleEncoding } from '../decode';
import { detectDelimiter } from '../readSchedule';

/**
 * A sheet read as text cells: the header row and the data rows with their row numbers as the
 * spreadsheet shows them (the header is row 1 unless blank rows precede it).
 */
export interface ImportTable {
  readonly headers: readonly string[];
  readonly rows: readonly { readonly rowNumber: number; readonly cells: readonly string[] }[];
  /** Encoding of a CSV file; null for xlsx. */
  readonly encoding: ScheduleEncoding | null;
}

export type ImportFileErrorCode = 'unsupported-type' | 'unreadable' | 'empty';

function importFileMessage(code: ImportFileErrorCode, fileName: string, detail: string, locale: 'en' | 'zh-CN'): string {
  const zh = locale === 'zh-CN';
  if (code === 'unsupported-type') {
    return zh
      ? `${fileName} 不是 .csv 或 .xlsx 文件：请将表格另存为 CSV（UTF-8）或 Excel 工作簿（.xlsx）。`
      : `${fileName} is not a .csv or .xlsx file; save the sheet as CSV (UTF-8) or Excel workbook (.xlsx).`;
  }
  if (code === 'unreadable') {
    return zh
      ? `无法读取 xlsx 工作簿 ${fileName}（${detail}）：请在 Excel 中重新另存为 .xlsx 或 CSV。`
      : `${fileName} could not be read as an xlsx workbook (${detail}); save it again from Excel as .xlsx or CSV.`;
  }
  return zh ? `${fileName} 没有表头行：请在第一行填写列名。` : `${fileName} contains no header row; put the column names in the first row.`;
}

/** The file could not be read as a table at all (not CSV/xlsx, corrupt, no header row). */
export class ImportFileError extends Error {
  readonly code: ImportFileErrorCode;
  readonly fileName: string;
  readonly detail: string;

  constructor(code: ImportFileErrorCode, fileName: string, detail = '') {
    super(importFileMessage(code, fileName, detail, 'en'));
    this.name = 'ImportFileError';
    this.code = code;
    this.fileName = fileName;
    this.detail = detail;
  }

  /** Describes the error in `locale`, with the fix. */
  describe(locale: 'en' | 'zh-CN'): string {
    return importFileMessage(this.code, this.fileName, this.detail, locale);
  }
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

function tableFromCells(cells: readonly (readonly string[])[], encoding: ScheduleEncoding | null, fileName: string): ImportTable {
  const headerIndex = cells.findIndex((row) => !isBlank(row));
  if (headerIndex < 0) throw new ImportFileError('empty', fileName);
  const headers = cells[headerIndex]!.map((cell) => cell.trim());
  const rows = cells.flatMap((row, index) => (index > headerIndex && !isBlank(row) ? [{ rowNumber: index + 1, cells: row.map((cell) => cell.trim()) }] : []));
  return { headers, rows, encoding };
}

/** Reads CSV bytes (UTF-8 with or without BOM, or GBK as Chinese Excel saves it) into a table. */
export function readCsvTable(bytes: Uint8Array, fileName: string): ImportTable {
  const { text, encoding } = decodeScheduleBytes(bytes);
  const parsed = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), skipEmptyLines: false });
  return tableFromCells(parsed.data, encoding, fileName);
}

/** Writes a cell of read-excel-file as text: dates as `YYYY-MM-DD`, numbers in plain decimal notation. */
function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell.toFixed(0) : String(cell);
  return String(cell);
}

/**
 * Reads the first sheet of an xlsx file into a table. read-excel-file is loaded on first use, so
 * it stays out of the initial bundle.
 */
export async function readXlsxTable(bytes: Uint8Array, fileName: string): Promise<ImportTable> {
  const { readSheet } = await import('read-excel-file/universal');
  let sheet: unknown[][];
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    sheet = (await readSheet(buffer)) as unknown[][];
  } catch (error) {
    throw new ImportFileError('unreadable', fileName, (error as Error).message);
  }
  return tableFromCells(sheet.map((row) => row.map(cellText)), null, fileName);
}

/** Reads a `.csv` or `.xlsx` file by its extension. */
export async function readImportTable(bytes: Uint8Array, fileName: string): Promise<ImportTable> {
  const extension = fileName.toLowerCase().split('.').pop();
  if (extension === 'csv' || extension === 'txt') return readCsvTable(bytes, fileName);
  if (extension === 'xlsx') return readXlsxTable(bytes, fileName);
  throw new ImportFileError('unsupported-type', fileName);
}
