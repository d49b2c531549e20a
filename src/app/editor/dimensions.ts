import { MM_PER_M } from '../../domain/units';

/** Shortest side of a room the editor creates (mm); smaller drags are treated as clicks. */
export const MIN_ROOM_SIDE_MM = 300;

/**
 * Values without a unit at or above this are millimetres, below it metres. No room side is
 * 100 m long or under 100 mm, so `6000x5400` and `6x5.4` both read as 6 m × 5.4 m.
 */
const MILLIMETRE_THRESHOLD = 100;

export type DimensionParse =
  | { readonly ok: true; readonly widthMm: number; readonly lengthMm: number }
  | { readonly ok: false; readonly error: 'invalid' }
  | { readonly ok: false; readonly error: 'too-small'; readonly widthMm: number; readonly lengthMm: number };

const SIDE = String.raw`(\d+(?:\.\d+)?)\s*(mm|m)?`;
const DIMENSION_PATTERN = new RegExp(String.raw`^\s*${SIDE}\s*[x×*]\s*${SIDE}\s*$`, 'i');

function sideToMm(value: number, unit: string | undefined, unitOfPair: 'mm' | 'm'): number {
  const effectiveUnit = unit?.toLowerCase() ?? unitOfPair;
  return Math.round(effectiveUnit === 'm' ? value * MM_PER_M : value);
}

/**
 * Parses typed room dimensions, width (along x) × length (along y). Accepted forms:
 * `6000x5400`, `6x5.4`, `6 × 5.4`, `6000*5400`, and either side with an explicit `mm` or `m`
 * (`6m x 5400mm`). The separator is `x`, `×` or `*`, and decimals take a point. Without a unit
 * both values must be at or above 100 (millimetres) or both below it (metres). A mixed pair such
 * as `6x5400` is rejected as ambiguous. Results are whole millimetres.
 */
export function parseDimensions(text: string): DimensionParse {
  const match = DIMENSION_PATTERN.exec(text);
  if (!match) return { ok: false, error: 'invalid' };

  const [, widthText, widthUnit, lengthText, lengthUnit] = match;
  const width = Number(widthText);
  const length = Number(lengthText);
  const unitlessValues = [widthUnit ? null : width, lengthUnit ? null : length].filter((value): value is number => value !== null);
  const allLarge = unitlessValues.every((value) => value >= MILLIMETRE_THRESHOLD);
  const allSmall = unitlessValues.every((value) => value < MILLIMETRE_THRESHOLD);
  if (!allLarge && !allSmall) return { ok: false, error: 'invalid' };

  const unitOfPair = unitlessValues.length > 0 && allLarge ? 'mm' : 'm';
  const widthMm = sideToMm(width, widthUnit, unitOfPair);
  const lengthMm = sideToMm(length, lengthUnit, unitOfPair);
  if (widthMm < MIN_ROOM_SIDE_MM || lengthMm < MIN_ROOM_SIDE_MM) return { ok: false, error: 'too-small', widthMm, lengthMm };
  return { ok: true, widthMm, lengthMm };
}

/** Parses one side length typed in metres (`6`, `5.4`) into whole mm; null when invalid or under the minimum. */
export function parseSideMetres(text: string): number | null {
  if (!/^\s*\d+(?:\.\d+)?\s*$/.test(text)) return null;
  const sideMm = Math.round(Number(text) * MM_PER_M);
  return sideMm >= MIN_ROOM_SIDE_MM ? sideMm : null;
}
