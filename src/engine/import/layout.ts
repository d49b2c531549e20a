import type { PointMm } from '../../domain/project';
import { MM_PER_M, MM2_PER_M2 } from '../../domain/units';

/**
 * A room outline to be placed on the plan, in whole millimetres: a rectangle, plus a 1 mm deep strip
 * of `stripWidthMm` under its left end when the area has no exact rectangle (see `rectangleFromArea`).
 */
export interface RectangleMm {
  readonly widthMm: number;
  readonly lengthMm: number;
  readonly stripWidthMm?: number;
}

/** Side of the square drawn for a room whose area is unknown; the room is flagged `areaKnown: false`. */
export const PLACEHOLDER_SIDE_MM = 2000;
/** Gap between imported rooms, so that no two rectangles share a wall the schedule did not state. */
const GAP_MM = 1000;
/** Rows wrap after this width, which keeps a long schedule readable on screen and in the PDF. */
const MAX_ROW_WIDTH_MM = 30_000;

/** Rectangle from width and length in metres, rounded to whole millimetres. */
export function rectangleFromSides(widthM: number, lengthM: number): RectangleMm {
  return { widthMm: Math.round(widthM * MM_PER_M), lengthMm: Math.round(lengthM * MM_PER_M) };
}

/**
 * Outline whose area equals `areaM2` rounded to 1 mm², as near square as possible. With one side
 * given, the other is rounded to the millimetre. Otherwise widths that divide the area exactly are
 * tried, multiples of 100 mm first and then of 10 mm and 1 mm, up to an aspect ratio of 4:1
 * (32.4 m² gives 5.4 × 6.0 m). Failing that, a near square gets a 1 mm strip for the remainder.
 */
export function rectangleFromArea(areaM2: number, widthM: number | null = null): RectangleMm {
  const areaMm2 = Math.round(areaM2 * MM2_PER_M2);
  if (widthM !== null) {
    const widthMm = Math.round(widthM * MM_PER_M);
    return { widthMm, lengthMm: Math.round(areaMm2 / widthMm) };
  }

  const side = Math.sqrt(areaMm2);
  for (const step of [100, 10, 1]) {
    for (let widthMm = Math.floor(side / step) * step; widthMm >= side / 2; widthMm -= step) {
      if (widthMm > 0 && areaMm2 % widthMm === 0) return { widthMm, lengthMm: areaMm2 / widthMm };
    }
  }

  const widthMm = Math.max(1, Math.round(side));
  const lengthMm = Math.floor(areaMm2 / widthMm);
  return { widthMm, lengthMm, stripWidthMm: areaMm2 - widthMm * lengthMm };
}

/** Place rectangles left to right in rows, wrapping at `MAX_ROW_WIDTH_MM`, and return their polygons. */
export function layOutInRows(rectangles: readonly RectangleMm[]): PointMm[][] {
  const polygons: PointMm[][] = [];
  let x = 0;
  let y = 0;
  let rowDepth = 0;

  for (const { widthMm, lengthMm, stripWidthMm } of rectangles) {
    if (x > 0 && x + widthMm > MAX_ROW_WIDTH_MM) {
      x = 0;
      y += rowDepth + GAP_MM;
      rowDepth = 0;
    }
    polygons.push(outlinePolygon({ widthMm, lengthMm, stripWidthMm }, x, y));
    x += widthMm + GAP_MM;
    rowDepth = Math.max(rowDepth, lengthMm + (stripWidthMm ? 1 : 0));
  }
  return polygons;
}

function outlinePolygon({ widthMm, lengthMm, stripWidthMm }: RectangleMm, x: number, y: number): PointMm[] {
  const bottom = y + lengthMm;
  if (!stripWidthMm) {
    return [
      { x, y },
      { x: x + widthMm, y },
      { x: x + widthMm, y: bottom },
      { x, y: bottom },
    ];
  }
  return [
    { x, y },
    { x: x + widthMm, y },
    { x: x + widthMm, y: bottom },
    { x: x + stripWidthMm, y: bottom },
    { x: x + stripWidthMm, y: bottom + 1 },
    { x, y: bottom + 1 },
  ];
}
