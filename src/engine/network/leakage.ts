import type { DoorGapsMm } from './data';

/** Door types of the plan, as the door schedule spells them. */
export type DoorType = 'single' | 'double' | 'sliding' | 'pass_box' | 'opening';

export const DOOR_TYPES: readonly DoorType[] = ['single', 'double', 'sliding', 'pass_box', 'opening'];

/**
 * A closed door or a fixed opening, sized in metres.
 * - `single`, `sliding`, `pass_box`: one leaf of `widthM` × `heightM`. A pass box counts the crack
 *   of one hatch door, which overstates the leakage of two interlocked doors in series.
 * - `double`: two leaves, each `leafWidthM` wide, so the opening is 2 × `leafWidthM` wide.
 * - `opening`: a fixed opening whose whole `widthM` × `heightM` area leaks.
 */
export type DoorOpening =
  | { readonly type: 'single' | 'sliding' | 'pass_box'; readonly widthM: number; readonly heightM: number; readonly gaps: DoorGapsMm }
  | { readonly type: 'double'; readonly leafWidthM: number; readonly heightM: number; readonly gaps: DoorGapsMm }
  | { readonly type: 'opening'; readonly widthM: number; readonly heightM: number };

/** Error for a door size or gap that cannot give a leakage area. The message names the field, value and fix. */
export class LeakageInputError extends Error {
  readonly field: string;
  readonly found: number;

  constructor(field: string, expected: string, found: number) {
    super(`Door ${field}: expected ${expected}, found ${found}.`);
    this.name = 'LeakageInputError';
    this.field = field;
    this.found = found;
  }
}

const MM_PER_M = 1000;

function requirePositive(field: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0) throw new LeakageInputError(field, 'a positive size in metres', value);
}

function requireGap(field: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) throw new LeakageInputError(field, 'a gap of 0 mm or more', value);
}

function checkGaps(gaps: DoorGapsMm, withMeetingEdge: boolean): void {
  requireGap('gaps.headMm', gaps.headMm);
  requireGap('gaps.thresholdMm', gaps.thresholdMm);
  requireGap('gaps.jambMm', gaps.jambMm);
  if (withMeetingEdge) requireGap('gaps.meetingMm', gaps.meetingMm);
}

/** Crack area of one leaf W × H: head and threshold along W, two jambs along H (m²). */
function singleLeafAreaM2(widthM: number, heightM: number, gaps: DoorGapsMm): number {
  const horizontalM2 = widthM * (gaps.headMm + gaps.thresholdMm) / MM_PER_M;
  const jambsM2 = 2 * heightM * gaps.jambMm / MM_PER_M;
  return horizontalM2 + jambsM2;
}

/**
 * Crack area of a pair of leaves, each W × H (m²): head and threshold along the full 2W, the two
 * outer jambs, and the meeting edge once. With one gap g on every edge this is (4W + 3H) · g,
 * which gives the door-leakage sheet's 0.070 m² for 2.0 × 2.0 m leaves at 5 mm.
 */
function doubleLeafAreaM2(leafWidthM: number, heightM: number, gaps: DoorGapsMm): number {
  const horizontalM2 = 2 * leafWidthM * (gaps.headMm + gaps.thresholdMm) / MM_PER_M;
  const outerJambsM2 = 2 * heightM * gaps.jambMm / MM_PER_M;
  const meetingEdgeM2 = heightM * gaps.meetingMm / MM_PER_M;
  return horizontalM2 + outerJambsM2 + meetingEdgeM2;
}

/** Computes the leakage area (m²) of a closed door from its size and gaps, or of a fixed opening. */
export function leakageAreaM2(door: DoorOpening): number {
  requirePositive('heightM', door.heightM);
  switch (door.type) {
    case 'opening':
      requirePositive('widthM', door.widthM);
      return door.widthM * door.heightM;
    case 'double':
      requirePositive('leafWidthM', door.leafWidthM);
      checkGaps(door.gaps, true);
      return doubleLeafAreaM2(door.leafWidthM, door.heightM, door.gaps);
    case 'single':
    case 'sliding':
    case 'pass_box':
      requirePositive('widthM', door.widthM);
      checkGaps(door.gaps, false);
      return singleLeafAreaM2(door.widthM, door.heightM, door.gaps);
  }
}

/** Computes the crack length (m) of a closed door: the edges whose gaps `leakageAreaM2` counts. An opening has none. */
export function crackLengthM(door: DoorOpening): number {
  switch (door.type) {
    case 'opening':
      return 0;
    case 'double':
      return 4 * door.leafWidthM + 3 * door.heightM;
    default:
      return 2 * (door.widthM + door.heightM);
  }
}
