import Papa from 'papaparse';
import type { Biosafety } from '../../domain/biosafety';
import type { Cleanliness } from '../../domain/cleanliness';
import { EMPTY_DESIGN, type RoomDesign } from '../../domain/project';
import { parseCleanliness } from '../classes/parseCleanliness';
import { parseBiosafetyCell, parseYesNoCell } from './biosafetyCells';
import { findColumn, type ColumnDefinition, type NumberRange, type ScheduleField } from './columns';
import type { NumberProblem, ScheduleIssue } from './issues';

/** One room row of a schedule, with its cells parsed. */
export interface ScheduleRow {
  /** Spreadsheet row number (header = 1). */
  readonly row: number;
  readonly name: string;
  readonly use: string | null;
  readonly areaM2: number | null;
  readonly widthM: number | null;
  readonly lengthM: number | null;
  readonly heightM: number | null;
  readonly cleanliness: Cleanliness | null;
  readonly classLabel: string | null;
  readonly design: RoomDesign;
  /** Names listed in `connects_to`, trimmed, in the order written. */
  readonly connectsTo: readonly string[];
  /** From `biosafety_level`; null when the column is absent or the cell empty. */
  readonly biosafety: Biosafety | null;
  /** From `containment`; false when the column is absent or the cell empty. */
  readonly containment: boolean;
}

export interface ReadScheduleResult {
  readonly rows: readonly ScheduleRow[];
  /** Header of the `connects_to` column as written, for messages; null without one. */
  readonly connectsToHeader: string | null;
  /** Header of the `use` column as written, for messages; null without one. */
  readonly useHeader?: string | null;
  readonly issues: readonly ScheduleIssue[];
}

/** Separators accepted between room names in `connects_to`: ASCII and full-width semicolons, and the enumeration comma. */
export const CONNECTS_TO_SEPARATORS = /[;；、]/;

const CANDIDATE_DELIMITERS = [',', ';', '\t'] as const;

/**
 * Pick the delimiter from the header line: the candidate that occurs most often in it. Headers
 * rarely contain semicolons or tabs, while data rows may (a `connects_to` list is `;`-separated).
 */
export function detectDelimiter(text: string): string {
  const headerLine = text.split(/\r?\n/, 1)[0] ?? '';
  let best: string = ',';
  let bestCount = 0;
  for (const delimiter of CANDIDATE_DELIMITERS) {
    const count = headerLine.split(delimiter).length - 1;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

interface BoundColumn {
  readonly index: number;
  readonly header: string;
  readonly definition: ColumnDefinition;
}

/** Parse schedule text into rows, collecting every problem instead of stopping at the first. */
export function readSchedule(text: string, file: string): ReadScheduleResult {
  const parsed = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), skipEmptyLines: false });
  const issues: ScheduleIssue[] = [];

  for (const error of parsed.errors) {
    const row = error.row === undefined ? null : error.row + 1;
    issues.push({ code: 'csv-syntax', file, row, column: null, found: null, params: { detail: error.message } });
  }

  const [headerCells, ...dataCells] = parsed.data;
  if (!headerCells || headerCells.every((cell) => cell.trim() === '')) {
    return { rows: [], connectsToHeader: null, issues: [...issues, { code: 'empty-file', file, row: 1, column: null, found: null }] };
  }

  const columns = bindColumns(headerCells, file, issues);
  const nameColumn = columns.find((column) => column.definition.field === 'name');
  if (!nameColumn) {
    const found = headerCells.map((cell) => cell.trim()).join(', ');
    issues.push({ code: 'missing-name-column', file, row: 1, column: null, found });
    return { rows: [], connectsToHeader: null, issues };
  }

  const rows: ScheduleRow[] = [];
  dataCells.forEach((cells, index) => {
    const rowNumber = index + 2;
    if (cells.every((cell) => cell.trim() === '')) return;
    checkExtraCells(cells, headerCells.length, rowNumber, file, issues);
    const row = readRow(cells, rowNumber, columns, file, issues);
    if (row) rows.push(row);
  });

  const connectsToHeader = columns.find((column) => column.definition.field === 'connectsTo')?.header ?? null;
  const hasRowErrors = issues.some((issue) => issue.row !== null && issue.row > 1);
  if (rows.length === 0 && !hasRowErrors) issues.push({ code: 'no-rooms', file, row: null, column: null, found: null });
  const useHeader = columns.find((column) => column.definition.field === 'use')?.header ?? null;
  return { rows, connectsToHeader, useHeader, issues };
}

function bindColumns(headerCells: readonly string[], file: string, issues: ScheduleIssue[]): BoundColumn[] {
  const columns: BoundColumn[] = [];
  headerCells.forEach((rawHeader, index) => {
    const header = rawHeader.trim();
    if (header === '') return;
    const definition = findColumn(header);
    if (!definition) {
      issues.push({ code: 'unknown-column', file, row: 1, column: header, found: null });
      return;
    }
    const earlier = columns.find((column) => column.definition.field === definition.field);
    if (earlier) {
      issues.push({ code: 'duplicate-column', file, row: 1, column: header, found: null, params: { otherColumn: earlier.header } });
      return;
    }
    columns.push({ index, header, definition });
  });
  return columns;
}

/** Non-empty cells beyond the header usually mean an unquoted comma (a decimal comma or a comma in a name) shifted the row. */
function checkExtraCells(cells: readonly string[], headerLength: number, row: number, file: string, issues: ScheduleIssue[]): void {
  const extra = cells.slice(headerLength).filter((cell) => cell.trim() !== '');
  if (extra.length === 0) return;
  const params = { cellCount: cells.length, headerCount: headerLength };
  issues.push({ code: 'extra-cells', file, row, column: null, found: cells.join(','), params });
}

type CellValues = Partial<Record<ScheduleField, number | string | null>>;

function readRow(cells: readonly string[], row: number, columns: readonly BoundColumn[], file: string, issues: ScheduleIssue[]): ScheduleRow | null {
  const values: CellValues = {};
  let cleanliness: Cleanliness | null = null;
  let biosafety: Biosafety | null = null;
  let containment = false;

  for (const column of columns) {
    const cell = (cells[column.index] ?? '').trim();
    const issueAt = { file, row, column: column.header } as const;
    const field = column.definition.field;

    if (column.definition.number) {
      const result = readNumberCell(cell, column.definition.number.range);
      if (result.ok) {
        values[field] = result.value;
        continue;
      }
      const { unit, range } = column.definition.number;
      if (result.problem === 'out-of-range') issues.push({ ...issueAt, code: 'out-of-range', found: cell, params: { unit, range } });
      else issues.push({ ...issueAt, code: 'invalid-number', found: cell, params: { unit, range, problem: result.problem } });
      continue;
    }

    if (field === 'biosafetyLevel') {
      const parsed = parseBiosafetyCell(cell);
      if (parsed.ok) biosafety = parsed.value;
      else issues.push({ ...issueAt, code: 'invalid-biosafety-level', found: cell });
      continue;
    }
    if (field === 'containment') {
      const parsed = parseYesNoCell(cell);
      if (parsed.ok) containment = parsed.value ?? false;
      else issues.push({ ...issueAt, code: 'invalid-yes-no', found: cell });
      continue;
    }

    if (field === 'class' && cell !== '') {
      const parsed = parseCleanliness(cell);
      if (parsed.ok) cleanliness = parsed.value;
      else {
          issues.push({ ...issueAt, code: 'unknown-class', found: cell, params: { classError: parsed.error.code } });
      }
    }
    values[field] = cell === '' ? null : cell;
  }

  const name = values.name;
  if (typeof name !== 'string') {
    const nameHeader = columns.find((column) => column.definition.field === 'name')?.header ?? null;
    issues.push({ code: 'empty-name', file, row, column: nameHeader, found: null });
    return null;
  }
  // A row with invalid cells is still returned, so that `connects_to` names pointing at it resolve
  // and report no spurious unknown-room error. The import fails on its errors anyway.

  return {
    row,
    name,
    use: textValue(values.use),
    areaM2: numberValue(values.areaM2),
    widthM: numberValue(values.widthM),
    lengthM: numberValue(values.lengthM),
    heightM: numberValue(values.heightM),
    cleanliness,
    classLabel: textValue(values.class),
    design: designFrom(values),
    connectsTo: splitNames(textValue(values.connectsTo)),
    biosafety,
    containment,
  };
}

function designFrom(values: CellValues): RoomDesign {
  const design: { -readonly [K in keyof RoomDesign]: RoomDesign[K] } = { ...EMPTY_DESIGN };
  for (const key of Object.keys(EMPTY_DESIGN) as (keyof RoomDesign)[]) {
    design[key] = numberValue(values[key]);
  }
  // Optional in RoomDesign: set only when the schedule has the column, so older schedules give the same rooms.
  if ('filterCoveragePct' in values) design.filterCoveragePct = numberValue(values.filterCoveragePct);
  return design;
}

function splitNames(text: string | null): string[] {
  if (text === null) return [];
  return text
    .split(CONNECTS_TO_SEPARATORS)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

function textValue(value: number | string | null | undefined): string | null {
  return typeof value === 'string' ? value : null;
}

function numberValue(value: number | string | null | undefined): number | null {
  return typeof value === 'number' ? value : null;
}

type NumberCell = { readonly ok: true; readonly value: number | null } | { readonly ok: false; readonly problem: NumberProblem | 'out-of-range' };

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const GROUPED_THOUSANDS = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d*,\d+$/;
const NUMBER_WITH_UNIT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)\s*[^\d\s.,+-].*$/;

/** Parse a number cell: empty is null (not given); full-width digits and the minus sign U+2212 are accepted. */
export function readNumberCell(cell: string, range: NumberRange): NumberCell {
  if (cell === '') return { ok: true, value: null };
  const text = cell.normalize('NFKC').replace(/\u2212/g, '-').trim();

  if (!PLAIN_NUMBER.test(text)) return { ok: false, problem: classifyBadNumber(text) };
  const value = Number(text);
  if (!Number.isFinite(value) || !inRange(value, range)) return { ok: false, problem: 'out-of-range' };
  return { ok: true, value };
}

function classifyBadNumber(text: string): NumberProblem {
  if (GROUPED_THOUSANDS.test(text)) return 'thousands-separator';
  if (DECIMAL_COMMA.test(text)) return 'comma-decimal';
  if (NUMBER_WITH_UNIT.test(text)) return 'unit-in-cell';
  return 'not-a-number';
}

function inRange(value: number, range: NumberRange): boolean {
  switch (range) {
    case 'any':
      return true;
    case 'non-negative':
      return value >= 0;
    case 'positive':
      return value > 0;
    case 'percent':
      return value >= 0 && value <= 100;
  }
}
