import Papa from 'papaparse';
import { DOOR_TYPES, type DoorType } from '../../domain/airside';
import { OUTSIDE, type Door, type Room } from '../../domain/project';
import { IMPORTED_DOOR_WIDTH_MM } from './buildProject';
import { normaliseHeader, type NumberRange } from './columns';
import { decodeScheduleBytes } from './decode';
import { DOOR_WARNING_CODES, type DoorScheduleIssue } from './doorsCsvIssues';
import { detectDelimiter, readNumberCell } from './readSchedule';

/**
 * Reader of a door schedule CSV: one row per door between two rooms of the room schedule (or the
 * outdoors), with its construction and size, so the pressure network can be solved without a plan.
 */

type DoorField = 'id' | 'from' | 'to' | 'type' | 'widthM' | 'heightM' | 'gapMm' | 'leakageAreaM2';

interface DoorColumn {
  readonly field: DoorField;
  readonly header: string;
  readonly headerZh: string;
  readonly aliases: readonly string[];
  readonly number?: { readonly unit: 'm' | 'mm' | 'm2'; readonly range: NumberRange };
}

/** Columns a door schedule may have; `from` and `to` are required. */
export const DOOR_COLUMNS: readonly DoorColumn[] = [
  { field: 'id', header: 'id', headerZh: '门编号', aliases: ['door', 'door_id', '编号'] },
  { field: 'from', header: 'from', headerZh: '从', aliases: ['from_room', '起始房间', '房间'] },
  { field: 'to', header: 'to', headerZh: '至', aliases: ['to_room', '到', '相邻房间'] },
  { field: 'type', header: 'type', headerZh: '门类型', aliases: ['door_type', '类型'] },
  { field: 'widthM', header: 'width_m', headerZh: '门宽', aliases: ['width', '宽'], number: { unit: 'm', range: 'positive' } },
  { field: 'heightM', header: 'height_m', headerZh: '门高', aliases: ['height', '高'], number: { unit: 'm', range: 'positive' } },
  { field: 'gapMm', header: 'gap_mm', headerZh: '门缝', aliases: ['gap', '缝隙'], number: { unit: 'mm', range: 'non-negative' } },
  { field: 'leakageAreaM2', header: 'leakage_area_m2', headerZh: '漏风面积', aliases: ['leakage_area'], number: { unit: 'm2', range: 'non-negative' } },
];

/** Door-type spellings accepted in the `type` column, compared after folding, to the type they name. */
const TYPE_NAMES: ReadonlyMap<string, DoorType> = new Map<string, DoorType>([
  ...DOOR_TYPES.map((type) => [type, type] as const),
  ['pass box', 'pass_box'],
  ['pass-box', 'pass_box'],
  ['passbox', 'pass_box'],
  ['单开门', 'single'],
  ['单扇门', 'single'],
  ['双开门', 'double'],
  ['双扇门', 'double'],
  ['推拉门', 'sliding'],
  ['传递窗', 'pass_box'],
  ['开口', 'opening'],
  ['洞口', 'opening'],
]);

/** Words that mean the outdoors in `from` and `to`, compared after folding. */
const OUTSIDE_WORDS = new Set(['outside', 'outdoors', '室外']);

const MM_PER_M = 1000;

/** A door read from one row, with the room names as the row wrote them. */
export interface DoorScheduleRow {
  /** Spreadsheet row number (header = 1). */
  readonly row: number;
  readonly fromName: string;
  readonly toName: string;
  /**
   * True when `from` was the outdoors: the Door then has the room as `roomA`, so its flows are
   * positive from `to` to `from`.
   */
  readonly reversed: boolean;
  readonly door: Door;
}

export type ImportDoorsResult =
  | { readonly ok: true; readonly rows: readonly DoorScheduleRow[]; readonly doors: readonly Door[]; readonly warnings: readonly DoorScheduleIssue[] }
  | { readonly ok: false; readonly errors: readonly DoorScheduleIssue[]; readonly warnings: readonly DoorScheduleIssue[] };

interface BoundColumn {
  readonly index: number;
  readonly header: string;
  readonly column: DoorColumn;
}

const columnsByHeader = new Map<string, DoorColumn>();
for (const column of DOOR_COLUMNS) {
  for (const header of [column.header, column.headerZh, ...column.aliases]) columnsByHeader.set(normaliseHeader(header), column);
}

function foldName(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
}

function bindColumns(headerCells: readonly string[], file: string, issues: DoorScheduleIssue[]): BoundColumn[] {
  const bound: BoundColumn[] = [];
  headerCells.forEach((raw, index) => {
    const header = raw.trim();
    if (header === '') return;
    const column = columnsByHeader.get(normaliseHeader(header));
    if (column === undefined) {
      issues.push({ code: 'unknown-column', file, row: 1, column: header, found: null });
      return;
    }
    const earlier = bound.find((entry) => entry.column.field === column.field);
    if (earlier !== undefined) {
      issues.push({ code: 'duplicate-column', file, row: 1, column: header, found: null, params: { otherColumn: earlier.header } });
      return;
    }
    bound.push({ index, header, column });
  });
  return bound;
}

/** Rooms by folded name; a name several rooms share maps to all of them. */
function roomsByName(rooms: readonly Room[]): Map<string, Room[]> {
  const byName = new Map<string, Room[]>();
  for (const room of rooms) {
    const key = foldName(room.name);
    byName.set(key, [...(byName.get(key) ?? []), room]);
  }
  return byName;
}

type Cells = Partial<Record<DoorField, { readonly text: string; readonly header: string }>>;
type Numbers = Partial<Record<DoorField, number | null>>;

class RowReader {
  readonly issues: DoorScheduleIssue[] = [];

  constructor(
    private readonly file: string,
    private readonly row: number,
    private readonly cells: Cells,
    private readonly rooms: ReadonlyMap<string, Room[]>,
  ) {}

  /** Records a problem with this row's cell of `field`, or with the whole row when `field` is null. */
  report(code: DoorScheduleIssue['code'], field: DoorField | null, params?: DoorScheduleIssue['params']): void {
    const cell = field === null ? undefined : this.cells[field];
    const found = cell === undefined || cell.text === '' ? null : cell.text;
    this.issues.push({ code, file: this.file, row: this.row, column: cell?.header ?? null, found, ...(params ? { params } : {}) });
  }

  /** Resolves a `from` or `to` cell to a room id, `outside`, or null after recording the problem. */
  side(field: 'from' | 'to'): string | null {
    const text = this.cells[field]?.text ?? '';
    if (text === '') {
      this.report('missing-room', field);
      return null;
    }
    const key = foldName(text);
    if (OUTSIDE_WORDS.has(key)) return OUTSIDE;
    const named = this.rooms.get(key) ?? [];
    if (named.length === 1) return named[0]!.id;
    if (named.length === 0) this.report('unknown-room', field);
    else this.report('ambiguous-room', field, { count: named.length });
    return null;
  }

  type(): DoorType | null {
    const text = this.cells.type?.text ?? '';
    if (text === '') return 'single';
    const type = TYPE_NAMES.get(foldName(text));
    if (type !== undefined) return type;
    this.report('unknown-type', 'type');
    return null;
  }

  numbers(): Numbers | null {
    const values: Numbers = {};
    let valid = true;
    for (const column of DOOR_COLUMNS) {
      if (column.number === undefined) continue;
      const text = this.cells[column.field]?.text ?? '';
      const result = readNumberCell(text, column.number.range);
      if (result.ok) {
        values[column.field] = result.value;
        continue;
      }
      valid = false;
      const { unit, range } = column.number;
      if (result.problem === 'out-of-range') this.report('out-of-range', column.field, { unit, range });
      else this.report('invalid-number', column.field, { unit, range, problem: result.problem });
    }
    return valid ? values : null;
  }

  /** Checks that the leakage is stated once and the size it needs is there. */
  leakageInputs(type: DoorType, values: Numbers): boolean {
    const area = values.leakageAreaM2 ?? null;
    if (area !== null && (values.gapMm ?? null) !== null) {
      this.report('gap-and-area', 'gapMm');
      return false;
    }
    if (area === null && (values.widthM ?? null) === null) {
      this.report('width-missing', 'widthM', { type });
      return false;
    }
    return true;
  }
}

function buildDoor(id: string, roomA: string, roomB: string, type: DoorType, values: Numbers): Door {
  const widthM = values.widthM ?? null;
  const heightM = values.heightM ?? null;
  const gapMm = values.gapMm ?? null;
  const area = values.leakageAreaM2 ?? null;
  return {
    id,
    roomA,
    roomB,
    position: null,
    // NOTE: a door given only by its leakage area gets the importer's usual drawing width.
    widthMm: widthM === null ? IMPORTED_DOOR_WIDTH_MM : widthM * MM_PER_M,
    type,
    heightMm: heightM === null ? null : heightM * MM_PER_M,
    gapsMm: gapMm === null ? null : { headMm: gapMm, thresholdMm: gapMm, jambMm: gapMm, meetingMm: gapMm },
    leakageAreaM2: area,
  };
}

function readRow(reader: RowReader, row: number, idText: string, usedIds: Set<string>): DoorScheduleRow | null {
  const from = reader.side('from');
  const to = reader.side('to');
  const type = reader.type();
  const values = reader.numbers();
  if (from === null || to === null || type === null || values === null) return null;
  if (from === to) {
    reader.report(from === OUTSIDE ? 'both-outside' : 'same-room', 'to');
    return null;
  }
  if (!reader.leakageInputs(type, values)) return null;

  const id = idText === '' ? `door-row-${row}` : idText;
  if (usedIds.has(id)) {
    reader.report('duplicate-id', 'id');
    return null;
  }
  usedIds.add(id);
  const reversed = from === OUTSIDE;
  const door = reversed ? buildDoor(id, to, OUTSIDE, type, values) : buildDoor(id, from, to, type, values);
  return { row, fromName: '', toName: '', reversed, door };
}

function rowCells(cells: readonly string[], columns: readonly BoundColumn[]): Cells {
  const result: Cells = {};
  for (const { index, header, column } of columns) result[column.field] = { text: (cells[index] ?? '').trim(), header };
  return result;
}

function parseRows(text: string, file: string, rooms: readonly Room[], issues: DoorScheduleIssue[]): DoorScheduleRow[] {
  const parsed = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), skipEmptyLines: false });
  for (const error of parsed.errors) {
    issues.push({ code: 'csv-syntax', file, row: error.row === undefined ? null : error.row + 1, column: null, found: null, params: { detail: error.message } });
  }
  const [headerCells, ...dataCells] = parsed.data;
  if (headerCells === undefined || headerCells.every((cell) => cell.trim() === '')) {
    issues.push({ code: 'empty-file', file, row: 1, column: null, found: null });
    return [];
  }

  const columns = bindColumns(headerCells, file, issues);
  const missing = (['from', 'to'] as const).filter((field) => !columns.some((entry) => entry.column.field === field));
  for (const field of missing) issues.push({ code: 'missing-column', file, row: 1, column: null, found: null, params: { name: field } });
  if (missing.length > 0) return [];

  const byName = roomsByName(rooms);
  const usedIds = new Set<string>();
  const rows: DoorScheduleRow[] = [];
  dataCells.forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((cell) => cell.trim() === '')) return;
    const extra = cells.slice(headerCells.length).filter((cell) => cell.trim() !== '');
    if (extra.length > 0) {
      issues.push({ code: 'extra-cells', file, row, column: null, found: cells.join(','), params: { count: cells.length, headerCount: headerCells.length } });
      return;
    }
    const values = rowCells(cells, columns);
    const reader = new RowReader(file, row, values, byName);
    const read = readRow(reader, row, values.id?.text ?? '', usedIds);
    issues.push(...reader.issues);
    if (read !== null) rows.push({ ...read, fromName: values.from!.text, toName: values.to!.text });
  });
  const hasRowErrors = issues.some((issue) => issue.row !== null && issue.row > 1);
  if (rows.length === 0 && !hasRowErrors) issues.push({ code: 'no-doors', file, row: null, column: null, found: null });
  return rows;
}

/**
 * Imports a door schedule CSV (UTF-8 with or without BOM, or GBK) against the rooms of a project.
 * `from` and `to` name rooms as the room schedule does, or `outside`. Every problem in the file is
 * collected; on any error no doors are returned.
 */
export function importDoorSchedule(bytes: Uint8Array, fileName: string, rooms: readonly Room[]): ImportDoorsResult {
  const { text } = decodeScheduleBytes(bytes);
  const issues: DoorScheduleIssue[] = [];
  const rows = parseRows(text, fileName, rooms, issues);
  const errors = issues.filter((issue) => !DOOR_WARNING_CODES.has(issue.code));
  const warnings = issues.filter((issue) => DOOR_WARNING_CODES.has(issue.code));
  if (errors.length > 0) return { ok: false, errors: [...errors].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)), warnings };
  return { ok: true, rows, doors: rows.map((entry) => entry.door), warnings };
}
