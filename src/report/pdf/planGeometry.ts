import type { PointMm } from '../../domain/project';

/**
 * Plan scales the report may print, as denominators. 1:20 to 1:1000 are the usual architectural
 * scales; 1:2000 to 1:10000 (ISO 5455 reduction scales) only serve plans too large for 1:1000.
 */
export const STANDARD_SCALE_DENOMINATORS: readonly number[] = [20, 50, 100, 200, 500, 1000, 2000, 5000, 10000];

export interface BoundsMm {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

export interface PlanScale {
  readonly denominator: number;
  /** False when even the smallest scale does not fit, so the drawing is clipped. */
  readonly fits: boolean;
}

/** Returns the bounds of all points, or null for none. */
export function boundsOf(points: Iterable<PointMm>): BoundsMm | null {
  let bounds: BoundsMm | null = null;
  for (const { x, y } of points) {
    bounds = bounds
      ? { minX: Math.min(bounds.minX, x), minY: Math.min(bounds.minY, y), maxX: Math.max(bounds.maxX, x), maxY: Math.max(bounds.maxY, y) }
      : { minX: x, minY: y, maxX: x, maxY: y };
  }
  return bounds;
}

/**
 * Picks the largest standard scale (smallest denominator) at which a plan of `planWidthMm` ×
 * `planHeightMm` (model millimetres) fits a paper area of `paperWidthMm` × `paperHeightMm`.
 */
export function choosePlanScale(
  planWidthMm: number,
  planHeightMm: number,
  paperWidthMm: number,
  paperHeightMm: number,
): PlanScale {
  for (const denominator of STANDARD_SCALE_DENOMINATORS) {
    if (planWidthMm / denominator <= paperWidthMm && planHeightMm / denominator <= paperHeightMm) {
      return { denominator, fits: true };
    }
  }
  return { denominator: STANDARD_SCALE_DENOMINATORS.at(-1)!, fits: false };
}

const SCALE_BAR_LENGTHS_M = [0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];

/** Returns a round scale-bar length in metres that is 25–60 mm long on paper at the scale. */
export function chooseScaleBarMetres(denominator: number): number {
  const paperMmPerMetre = 1000 / denominator;
  const fitting = SCALE_BAR_LENGTHS_M.find((metres) => metres * paperMmPerMetre >= 25);
  return fitting ?? SCALE_BAR_LENGTHS_M.at(-1)!;
}

/** Area-weighted centroid of a simple polygon; the vertex mean for degenerate outlines. */
export function polygonCentroid(polygon: readonly PointMm[]): PointMm {
  let twiceArea = 0;
  let sumX = 0;
  let sumY = 0;
  polygon.forEach((current, index) => {
    const next = polygon[(index + 1) % polygon.length]!;
    const cross = current.x * next.y - next.x * current.y;
    twiceArea += cross;
    sumX += (current.x + next.x) * cross;
    sumY += (current.y + next.y) * cross;
  });
  if (Math.abs(twiceArea) < 1e-9) {
    const count = Math.max(polygon.length, 1);
    return {
      x: polygon.reduce((sum, point) => sum + point.x, 0) / count,
      y: polygon.reduce((sum, point) => sum + point.y, 0) / count,
    };
  }
  return { x: sumX / (3 * twiceArea), y: sumY / (3 * twiceArea) };
}

/** Unit vector along the polygon edge nearest to `point`; (1, 0) for a polygon without edges. */
export function nearestEdgeDirection(polygon: readonly PointMm[], point: PointMm): PointMm {
  let best = { distance: Infinity, direction: { x: 1, y: 0 } };
  polygon.forEach((start, index) => {
    const end = polygon[(index + 1) % polygon.length]!;
    const dx = end.x - start.x;
    const dy = end.y - start.y;
    const length = Math.hypot(dx, dy);
    if (length === 0) return;
    const along = Math.max(0, Math.min(1, ((point.x - start.x) * dx + (point.y - start.y) * dy) / (length * length)));
    const distance = Math.hypot(start.x + along * dx - point.x, start.y + along * dy - point.y);
    if (distance < best.distance) best = { distance, direction: { x: dx / length, y: dy / length } };
  });
  return best.direction;
}
