import type { PointMm } from '../../domain/project';
import { MM2_PER_M2 } from '../../domain/units';

export interface BoundsMm {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

/** Twice the signed area in mm² (shoelace formula); positive for counter-clockwise in y-up axes. */
function doubledSignedAreaMm2(points: readonly PointMm[]): number {
  let sum = 0;
  const count = points.length;
  for (let i = 0; i < count; i++) {
    const current = points[i]!;
    const next = points[(i + 1) % count]!;
    sum += current.x * next.y - next.x * current.y;
  }
  return sum;
}

/** Computes the floor area (m²) of a simple polygon given in millimetres. Fewer than three points give 0. */
export function polygonAreaM2(points: readonly PointMm[]): number {
  if (points.length < 3) return 0;
  return Math.abs(doubledSignedAreaMm2(points)) / 2 / MM2_PER_M2;
}

/**
 * Computes the area centroid of a simple polygon (mm). A degenerate polygon (zero area) gives the
 * mean of its vertices, so labels still have a place to go. An empty one gives null.
 */
export function polygonCentroid(points: readonly PointMm[]): PointMm | null {
  if (points.length === 0) return null;

  const doubledArea = doubledSignedAreaMm2(points);
  if (points.length < 3 || doubledArea === 0) return vertexMean(points);

  let sumX = 0;
  let sumY = 0;
  const count = points.length;
  for (let i = 0; i < count; i++) {
    const current = points[i]!;
    const next = points[(i + 1) % count]!;
    const cross = current.x * next.y - next.x * current.y;
    sumX += (current.x + next.x) * cross;
    sumY += (current.y + next.y) * cross;
  }
  const factor = 3 * doubledArea;
  return { x: sumX / factor, y: sumY / factor };
}

function vertexMean(points: readonly PointMm[]): PointMm {
  let sumX = 0;
  let sumY = 0;
  for (const point of points) {
    sumX += point.x;
    sumY += point.y;
  }
  return { x: sumX / points.length, y: sumY / points.length };
}

/** Computes the axis-aligned bounding box (mm), or null for an empty polygon. */
export function polygonBounds(points: readonly PointMm[]): BoundsMm | null {
  if (points.length === 0) return null;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const point of points) {
    minX = Math.min(minX, point.x);
    minY = Math.min(minY, point.y);
    maxX = Math.max(maxX, point.x);
    maxY = Math.max(maxY, point.y);
  }
  return { minX, minY, maxX, maxY };
}

function orientation(a: PointMm, b: PointMm, c: PointMm): number {
  const cross = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
  return Math.sign(cross);
}

function onSegment(a: PointMm, b: PointMm, point: PointMm): boolean {
  return (
    Math.min(a.x, b.x) <= point.x && point.x <= Math.max(a.x, b.x) &&
    Math.min(a.y, b.y) <= point.y && point.y <= Math.max(a.y, b.y)
  );
}

function segmentsIntersect(a: PointMm, b: PointMm, c: PointMm, d: PointMm): boolean {
  const o1 = orientation(a, b, c);
  const o2 = orientation(a, b, d);
  const o3 = orientation(c, d, a);
  const o4 = orientation(c, d, b);
  if (o1 !== o2 && o3 !== o4) return true;
  if (o1 === 0 && onSegment(a, b, c)) return true;
  if (o2 === 0 && onSegment(a, b, d)) return true;
  if (o3 === 0 && onSegment(c, d, a)) return true;
  return o4 === 0 && onSegment(c, d, b);
}

/**
 * Returns true when the polygon has at least three vertices, a non-zero area, no repeated consecutive
 * vertex and no two non-adjacent edges that touch or cross. O(n²), fine for room outlines.
 */
export function isSimplePolygon(points: readonly PointMm[]): boolean {
  const count = points.length;
  if (count < 3 || doubledSignedAreaMm2(points) === 0) return false;

  for (let i = 0; i < count; i++) {
    const a = points[i]!;
    const b = points[(i + 1) % count]!;
    if (a.x === b.x && a.y === b.y) return false;
    for (let j = i + 1; j < count; j++) {
      const adjacent = j === i + 1 || (i === 0 && j === count - 1);
      if (adjacent) continue;
      const c = points[j]!;
      const d = points[(j + 1) % count]!;
      if (segmentsIntersect(a, b, c, d)) return false;
    }
  }
  return true;
}
