import type { PointMm } from '../../domain/project';
import { MM2_PER_M2 } from '../../domain/units';

/**
 * Plan geometry in millimetres for the editor: hit tests, bounds and segment projection.
 * NOTE: the engine is adding polygonAreaM2 / polygonBounds / sharedWallSegments in
 * src/engine; once they land, the duplicates here should be replaced by them.
 */

export interface BoundsMm {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

export interface SegmentMm {
  readonly a: PointMm;
  readonly b: PointMm;
}

/** Shoelace area in m², independent of winding. */
export function polygonAreaM2(polygon: readonly PointMm[]): number {
  let twiceArea = 0;
  polygon.forEach((point, index) => {
    const next = polygon[(index + 1) % polygon.length] as PointMm;
    twiceArea += point.x * next.y - next.x * point.y;
  });
  return Math.abs(twiceArea) / 2 / MM2_PER_M2;
}

export function polygonBounds(polygon: readonly PointMm[]): BoundsMm {
  const xs = polygon.map((point) => point.x);
  const ys = polygon.map((point) => point.y);
  return { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) };
}

export function unionBounds(boxes: readonly BoundsMm[]): BoundsMm | null {
  if (boxes.length === 0) return null;
  return {
    minX: Math.min(...boxes.map((box) => box.minX)),
    minY: Math.min(...boxes.map((box) => box.minY)),
    maxX: Math.max(...boxes.map((box) => box.maxX)),
    maxY: Math.max(...boxes.map((box) => box.maxY)),
  };
}

export function boundsIntersect(first: BoundsMm, second: BoundsMm): boolean {
  return first.minX <= second.maxX && second.minX <= first.maxX && first.minY <= second.maxY && second.minY <= first.maxY;
}

/** Area-weighted centroid; falls back to the vertex mean for degenerate outlines. */
export function polygonCentroid(polygon: readonly PointMm[]): PointMm {
  let twiceArea = 0;
  let sumX = 0;
  let sumY = 0;
  polygon.forEach((point, index) => {
    const next = polygon[(index + 1) % polygon.length] as PointMm;
    const cross = point.x * next.y - next.x * point.y;
    twiceArea += cross;
    sumX += (point.x + next.x) * cross;
    sumY += (point.y + next.y) * cross;
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

/** Even-odd ray cast; points exactly on an edge may fall on either side. */
export function pointInPolygon(point: PointMm, polygon: readonly PointMm[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const pi = polygon[i] as PointMm;
    const pj = polygon[j] as PointMm;
    const crosses = pi.y > point.y !== pj.y > point.y;
    if (crosses && point.x < ((pj.x - pi.x) * (point.y - pi.y)) / (pj.y - pi.y) + pi.x) inside = !inside;
  }
  return inside;
}

export function polygonEdges(polygon: readonly PointMm[]): SegmentMm[] {
  return polygon.map((point, index) => ({ a: point, b: polygon[(index + 1) % polygon.length] as PointMm }));
}

export function distance(first: PointMm, second: PointMm): number {
  return Math.hypot(first.x - second.x, first.y - second.y);
}

export function segmentLength(segment: SegmentMm): number {
  return distance(segment.a, segment.b);
}

/** Position of `point` projected onto the segment's line, as a distance from `a` (mm), not clamped. */
export function projectOntoSegment(point: PointMm, segment: SegmentMm): number {
  const length = segmentLength(segment);
  if (length === 0) return 0;
  const dx = (segment.b.x - segment.a.x) / length;
  const dy = (segment.b.y - segment.a.y) / length;
  return (point.x - segment.a.x) * dx + (point.y - segment.a.y) * dy;
}

export function pointAlongSegment(segment: SegmentMm, offsetMm: number): PointMm {
  const length = segmentLength(segment);
  const t = length === 0 ? 0 : offsetMm / length;
  return { x: segment.a.x + (segment.b.x - segment.a.x) * t, y: segment.a.y + (segment.b.y - segment.a.y) * t };
}

export function distanceToSegment(point: PointMm, segment: SegmentMm): number {
  const offset = Math.min(Math.max(projectOntoSegment(point, segment), 0), segmentLength(segment));
  return distance(point, pointAlongSegment(segment, offset));
}

function orientation(p: PointMm, q: PointMm, r: PointMm): number {
  const cross = (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
  if (Math.abs(cross) < 1e-9) return 0;
  return cross > 0 ? 1 : -1;
}

function onSegment(p: PointMm, q: PointMm, r: PointMm): boolean {
  return Math.min(p.x, r.x) <= q.x && q.x <= Math.max(p.x, r.x) && Math.min(p.y, r.y) <= q.y && q.y <= Math.max(p.y, r.y);
}

export function segmentsIntersect(first: SegmentMm, second: SegmentMm): boolean {
  const o1 = orientation(first.a, first.b, second.a);
  const o2 = orientation(first.a, first.b, second.b);
  const o3 = orientation(second.a, second.b, first.a);
  const o4 = orientation(second.a, second.b, first.b);
  if (o1 !== o2 && o3 !== o4) return true;
  if (o1 === 0 && onSegment(first.a, second.a, first.b)) return true;
  if (o2 === 0 && onSegment(first.a, second.b, first.b)) return true;
  if (o3 === 0 && onSegment(second.a, first.a, second.b)) return true;
  return o4 === 0 && onSegment(second.a, first.b, second.b);
}

/**
 * True when two non-adjacent edges cross or touch, or when the outline repeats a vertex. The
 * closing edge (last → first) is included.
 */
export function isSelfIntersecting(polygon: readonly PointMm[]): boolean {
  const edges = polygonEdges(polygon);
  const count = edges.length;
  for (let i = 0; i < count; i++) {
    for (let j = i + 1; j < count; j++) {
      const adjacent = j === i + 1 || (i === 0 && j === count - 1);
      if (adjacent) continue;
      if (segmentsIntersect(edges[i] as SegmentMm, edges[j] as SegmentMm)) return true;
    }
  }
  return false;
}

/**
 * The axis-aligned rectangle a polygon is, or null. Rooms drawn with the rectangle tool are
 * stored as four corners; the transformer and the width × length box work only on those.
 */
export function asAxisAlignedRectangle(polygon: readonly PointMm[]): BoundsMm | null {
  if (polygon.length !== 4) return null;
  const bounds = polygonBounds(polygon);
  const isCorner = (point: PointMm) =>
    (point.x === bounds.minX || point.x === bounds.maxX) && (point.y === bounds.minY || point.y === bounds.maxY);
  const distinctCorners = new Set(polygon.map((point) => `${point.x},${point.y}`));
  if (!polygon.every(isCorner) || distinctCorners.size !== 4) return null;
  return bounds;
}

/** Four corners clockwise on screen (y down) from the top-left. */
export function rectanglePolygon(bounds: BoundsMm): PointMm[] {
  return [
    { x: bounds.minX, y: bounds.minY },
    { x: bounds.maxX, y: bounds.minY },
    { x: bounds.maxX, y: bounds.maxY },
    { x: bounds.minX, y: bounds.maxY },
  ];
}

export function translatePolygon(polygon: readonly PointMm[], dx: number, dy: number): PointMm[] {
  return polygon.map((point) => ({ x: point.x + dx, y: point.y + dy }));
}
