import { DEFAULT_RULE_SET_IDS, type Project } from '../../domain/project';
import { buildRooms } from './buildProject';
import { decodeScheduleBytes, type ScheduleEncoding } from './decode';
import { WARNING_CODES, type ScheduleIssue } from './issues';
import { readSchedule } from './readSchedule';

export { describeScheduleIssue, WARNING_CODES } from './issues';
export type { NumberProblem, ScheduleIssue, ScheduleIssueCode, ScheduleIssueParams } from './issues';
export { SCHEDULE_COLUMNS, findColumn, normaliseHeader } from './columns';
export type { ColumnDefinition, ScheduleField } from './columns';
export { decodeScheduleBytes } from './decode';
export type { ScheduleEncoding } from './decode';
export { IMPORTED_DOOR_WIDTH_MM, roomIdForRow } from './buildProject';
export { PLACEHOLDER_SIDE_MM } from './layout';
export { importDoorSchedule, DOOR_COLUMNS, type DoorScheduleRow, type ImportDoorsResult } from './doorsCsv';
export { describeDoorScheduleIssue, DOOR_WARNING_CODES, type DoorScheduleIssue, type DoorScheduleIssueCode } from './doorsCsvIssues';

export interface ImportScheduleOptions {
  /** Rule sets chosen for the new project; defaults to ISO 14644-1 and GB 50073. */
  readonly ruleSetIds?: readonly string[];
  /** Reference date (`YYYY-MM-DD`); defaults to today's UTC date. */
  readonly referenceDate?: string;
}

export type ImportScheduleResult =
  | {
      readonly ok: true;
      readonly project: Project;
      readonly warnings: readonly ScheduleIssue[];
      readonly encoding: ScheduleEncoding;
    }
  | { readonly ok: false; readonly errors: readonly ScheduleIssue[]; readonly encoding: ScheduleEncoding };

/**
 * Import a CSV room schedule (UTF-8 with or without BOM, or GBK) as a new project. Every error in
 * the file is collected; on any error no project is returned. Rooms without an area get a
 * placeholder square and `areaKnown: false`.
 */
export function importRoomSchedule(bytes: Uint8Array, fileName: string, options: ImportScheduleOptions = {}): ImportScheduleResult {
  const { text, encoding } = decodeScheduleBytes(bytes);
  const read = readSchedule(text, fileName);
  const built = buildRooms(read.rows, read.connectsToHeader, fileName, read.useHeader ?? null);

  const issues = [...read.issues, ...built.issues];
  const errors = issues.filter((issue) => !WARNING_CODES.has(issue.code));
  const warnings = issues.filter((issue) => WARNING_CODES.has(issue.code));
  if (errors.length > 0) return { ok: false, errors: sortByRow(errors), encoding };

  const baseName = fileName.replace(/^.*[\\/]/, '').replace(/\.csv$/i, '');
  const project: Project = {
    id: `schedule-${baseName}`,
    name: baseName,
    customerName: '',
    referenceDate: options.referenceDate ?? new Date().toISOString().slice(0, 10),
    ruleSetIds: [...(options.ruleSetIds ?? DEFAULT_RULE_SET_IDS)],
    rooms: built.rooms,
    doors: built.doors,
  };
  return { ok: true, project, warnings: sortByRow(warnings), encoding };
}

function sortByRow(issues: readonly ScheduleIssue[]): ScheduleIssue[] {
  return [...issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}
