import { OUTSIDE, type Door, type Room } from '../../domain/project';
import { MM2_PER_M2 } from '../../domain/units';
import { resolveRoomUse } from '../suite/roomUses';
import type { ScheduleIssue } from './issues';
import { layOutInRows, PLACEHOLDER_SIDE_MM, rectangleFromArea, rectangleFromSides, type RectangleMm } from './layout';
import type { ScheduleRow } from './readSchedule';

/**
 * Clear width given to doors created from `connects_to`, which states only that a door exists.
 * NOTE: 900 mm is a common single-leaf width, not a value from the schedule.
 */
export const IMPORTED_DOOR_WIDTH_MM = 900;

/** Words in `connects_to` that mean a door to outdoors, compared after folding case. */
const OUTSIDE_WORDS = new Set(['outside', 'outdoors', '室外']);

/** Relative difference above which an area and width × length are reported as disagreeing. */
const AREA_TOLERANCE = 0.01;

export interface BuiltRooms {
  readonly rooms: readonly Room[];
  readonly doors: readonly Door[];
  readonly issues: readonly ScheduleIssue[];
}

export function roomIdForRow(row: number): string {
  return `row-${row}`;
}

/** Turn schedule rows into rooms laid out on the plan and doors from `connects_to`. */
export function buildRooms(rows: readonly ScheduleRow[], connectsToHeader: string | null, file: string, useHeader: string | null = null): BuiltRooms {
  const issues: ScheduleIssue[] = [];
  const outlines = rows.map((row) => outlineFor(row, file, issues));
  const polygons = layOutInRows(outlines.map((outline) => outline.rectangle));

  const rooms = rows.map((row, index): Room => {
    const room: Room = {
      id: roomIdForRow(row.row),
      name: row.name,
      use: vocabularyUse(row, file, useHeader, issues),
      polygon: polygons[index]!,
      clearHeightM: row.heightM,
      cleanliness: row.cleanliness,
      classLabel: row.classLabel,
      airflowPattern: null,
      containment: row.containment,
      // Set only for laboratories, so that other rooms match project files written without the field.
      ...(row.biosafety === null ? {} : { biosafety: row.biosafety }),
      design: row.design,
    };
    return outlines[index]!.areaKnown ? room : { ...room, areaKnown: false };
  });

  const doors = buildDoors(rows, connectsToHeader, file, issues);
  return { rooms, doors, issues };
}

/**
 * Maps the use cell through the room-use vocabulary (`rules/room-uses.json`) to its id, so the suite
 * rules know an airlock from a corridor. Text that names no use is kept as written, with an
 * `unknown-use` warning.
 */
function vocabularyUse(row: ScheduleRow, file: string, useHeader: string | null, issues: ScheduleIssue[]): string | null {
  if (row.use === null) return null;
  const use = resolveRoomUse(row.use);
  if (use !== null) return use.id;
  issues.push({ code: 'unknown-use', file, row: row.row, column: useHeader, found: row.use });
  return row.use;
}

function outlineFor(row: ScheduleRow, file: string, issues: ScheduleIssue[]): { rectangle: RectangleMm; areaKnown: boolean } {
  const { areaM2, widthM, lengthM } = row;

  if (widthM !== null && lengthM !== null) {
    const rectangle = rectangleFromSides(widthM, lengthM);
    const computedAreaM2 = (rectangle.widthMm * rectangle.lengthMm) / MM2_PER_M2;
    if (areaM2 !== null && Math.abs(computedAreaM2 - areaM2) > AREA_TOLERANCE * areaM2) {
      issues.push({ code: 'dimensions-disagree', file, row: row.row, column: null, found: null, params: { areaM2, computedAreaM2 } });
    }
    return { rectangle, areaKnown: true };
  }
  if (areaM2 !== null) return { rectangle: rectangleFromArea(areaM2, widthM ?? lengthM), areaKnown: true };

  if (widthM !== null || lengthM !== null) {
    issues.push({ code: 'incomplete-dimensions', file, row: row.row, column: null, found: null });
  }
  return { rectangle: { widthMm: PLACEHOLDER_SIDE_MM, lengthMm: PLACEHOLDER_SIDE_MM }, areaKnown: false };
}

function foldName(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Create one door per pair of rooms named in `connects_to`, whichever side lists it.
 *
 * Schedules may repeat a name for parts of one area. A name that several rows share resolves as
 * follows: the listing row itself is never a candidate, and if more than one row remains, only
 * those that list the referring room back count. Exactly one candidate gives the door; more is an
 * `ambiguous-room` error naming the rows.
 */
function buildDoors(rows: readonly ScheduleRow[], connectsToHeader: string | null, file: string, issues: ScheduleIssue[]): Door[] {
  const rowsByName = new Map<string, ScheduleRow[]>();
  for (const row of rows) {
    const key = foldName(row.name);
    rowsByName.set(key, [...(rowsByName.get(key) ?? []), row]);
  }

  const doorKeys = new Set<string>();
  const doors: Door[] = [];
  const addDoor = (roomA: string, roomB: string) => {
    const key = roomB === OUTSIDE ? `${roomA}|${OUTSIDE}` : [roomA, roomB].sort().join('|');
    if (doorKeys.has(key)) return;
    doorKeys.add(key);
    doors.push({ id: `door-${doors.length + 1}`, roomA, roomB, position: null, widthMm: IMPORTED_DOOR_WIDTH_MM });
  };

  for (const row of rows) {
    for (const name of row.connectsTo) {
      const issueAt = { file, row: row.row, column: connectsToHeader, found: name } as const;
      const key = foldName(name);
      if (OUTSIDE_WORDS.has(key)) {
        addDoor(roomIdForRow(row.row), OUTSIDE);
        continue;
      }

      const named = rowsByName.get(key) ?? [];
      if (named.length === 0) {
        issues.push({ ...issueAt, code: 'unknown-room', params: { name } });
        continue;
      }
      const others = named.filter((candidate) => candidate !== row);
      if (others.length === 0) {
        issues.push({ ...issueAt, code: 'self-connection', params: { name } });
        continue;
      }

      const target = resolveTarget(row, others);
      if (target === null) {
        const rowsText = others.map((candidate) => candidate.row).join(', ');
        issues.push({ ...issueAt, code: 'ambiguous-room', params: { name, rows: rowsText } });
        continue;
      }
      addDoor(roomIdForRow(row.row), roomIdForRow(target.row));
    }
  }
  return doors;
}

function resolveTarget(row: ScheduleRow, candidates: readonly ScheduleRow[]): ScheduleRow | null {
  if (candidates.length === 1) return candidates[0]!;
  const ownName = foldName(row.name);
  const listingBack = candidates.filter((candidate) => candidate.connectsTo.some((name) => foldName(name) === ownName));
  return listingBack.length === 1 ? listingBack[0]! : null;
}
