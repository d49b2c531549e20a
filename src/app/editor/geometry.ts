import type { PointMm } from '../../domain/project';
import { isSimplePolygon, polygonAreaM2, polygonBounds as enginePolygonBounds, type BoundsMm } from '../../engine/geometry';

/**
 * Plan geometry in millimetres for the editor: hit tests, segment projection and rectangle
 * helpers. Area, bounds and the simple-polygon test come from the engine, so the editor accepts
 * exactly the outlines the checks accept.
 */

export type { BoundsMm };
export { polygonAreaM2, isSimplePolygon };

export interface SegmentMm {
  readonly a: PointMm;
  readonly b: PointMm;
}

const EMPTY_BOUNDS: BoundsMm = { minX: 0, minY: 0, maxX: 0, maxY: 0 };

/** Bounding box (mm); a polygon without vertices gets an empty box at the origin so that it can still be laid out. */
export function polygonBounds(polygon: readonly PointMm[]): BoundsMm {
  return enginePolygonBounds(polygon) ?? EMPTY_BOUNDS;
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
 * True when two non-adjacent edges cross or touch; the closing edge (last → first) is included.
 * Used to word the rejection of an outline that `isSimplePolygon` refused.
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
 * Returns the bounds of a polygon that is an axis-aligned rectangle, or null. Rooms drawn with the
 * rectangle tool are stored as four corners, and only those get the transformer and the width ×
 * length box.
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
