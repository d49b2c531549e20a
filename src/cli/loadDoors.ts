import { readFile } from 'node:fs/promises';
import type { Project } from '../domain/project';
import { OUTSIDE } from '../domain/project';
import type { CheckResult } from '../engine';
import { describeDoorScheduleIssue, importDoorSchedule, type DoorScheduleRow } from '../engine/import';
import type { Locale } from '../i18n/locale';
import { CliError } from './cliError';
import { cliText } from './messages';

export interface LoadedDoors {
  readonly project: Project;
  readonly rows: readonly DoorScheduleRow[];
  /** Warnings about the door schedule, already rendered in the user's language. */
  readonly warnings: readonly string[];
}

/**
 * Reads the door schedule given with --doors and puts its doors in place of the project's, so the
 * pressure network uses the doors' real construction. Raises a CliError (exit 2) listing every
 * problem in the file.
 */
export async function loadDoors(file: string, project: Project, locale: Locale): Promise<LoadedDoors> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new CliError(cliText(locale, 'fileNotFound', { file }));
    const detail = error instanceof Error ? error.message : String(error);
    throw new CliError(cliText(locale, 'fileUnreadable', { file, detail }));
  }

  const imported = importDoorSchedule(bytes, file, project.rooms);
  const warnings = imported.warnings.map((issue) => describeDoorScheduleIssue(issue, locale));
  if (!imported.ok) {
    const details = [...warnings, ...imported.errors.map((issue) => describeDoorScheduleIssue(issue, locale))];
    throw new CliError(cliText(locale, 'inputErrorSummary', { file, count: imported.errors.length }), { details });
  }
  return { project: { ...project, doors: imported.doors }, rows: imported.rows, warnings };
}

/** One door as the reports print it, with flow and ΔP positive from `from` to `to`. */
export interface ReportedDoor {
  readonly from: string;
  readonly to: string;
  readonly leakageAreaM2: number | null;
  readonly dpPa: number | null;
  readonly flowM3h: number | null;
}

function negate(value: number | null): number | null {
  return value === null ? null : -value;
}

/**
 * Lists the door flows of the check result in project order. Doors from a door schedule keep its
 * names and its from/to order; other doors are named by their rooms, `outside` for the outdoors.
 */
export function reportedDoors(project: Project, result: CheckResult, rows: readonly DoorScheduleRow[], roomName: (id: string) => string): ReportedDoor[] {
  const rowsById = new Map(rows.map((row) => [row.door.id, row]));
  return (result.airside?.doors ?? []).map((flow) => {
    const row = rowsById.get(flow.doorId);
    const base = { leakageAreaM2: flow.leakageAreaM2 };
    if (row === undefined) {
      const name = (id: string) => (id === OUTSIDE ? OUTSIDE : roomName(id));
      return { ...base, from: name(flow.from), to: name(flow.to), dpPa: flow.dpPa, flowM3h: flow.flowM3h };
    }
    if (row.reversed) return { ...base, from: row.fromName, to: row.toName, dpPa: negate(flow.dpPa), flowM3h: negate(flow.flowM3h) };
    return { ...base, from: row.fromName, to: row.toName, dpPa: flow.dpPa, flowM3h: flow.flowM3h };
  });
}
