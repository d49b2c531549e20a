import type { PointMm } from '../../domain/project';

/** A straight piece of wall (mm), from `start` to `end`. */
export interface WallSegment {
  readonly start: PointMm;
  readonly end: PointMm;
  readonly lengthMm: number;
}

/** A room outline: either the points themselves or anything with a `polygon` (such as a Room). */
export type Outline = readonly PointMm[] | { readonly polygon: readonly PointMm[] };

function pointsOf(outline: Outline): readonly PointMm[] {
  return 'polygon' in outline ? outline.polygon : outline;
}

interface Edge {
  readonly start: PointMm;
  readonly dx: number;
  readonly dy: number;
  readonly length: number;
}

function edgesOf(points: readonly PointMm[]): Edge[] {
  const edges: Edge[] = [];
  for (let i = 0; i < points.length; i++) {
    const start = points[i]!;
    const end = points[(i + 1) % points.length]!;
    const dx = end.x - start.x;
    const dy = end.y - start.y;
    const length = Math.hypot(dx, dy);
    if (length > 0) edges.push({ start, dx, dy, length });
  }
  return edges;
}

/** Returns the position of `point` along `edge`, in mm from its start. */
function alongMm(edge: Edge, point: PointMm): number {
  return ((point.x - edge.start.x) * edge.dx + (point.y - edge.start.y) * edge.dy) / edge.length;
}

/** Returns the perpendicular distance (mm) of `point` from the line through `edge`. */
function offsetMm(edge: Edge, point: PointMm): number {
  return Math.abs((point.x - edge.start.x) * edge.dy - (point.y - edge.start.y) * edge.dx) / edge.length;
}

function pointAlong(edge: Edge, distanceMm: number): PointMm {
  const t = distanceMm / edge.length;
  return { x: edge.start.x + edge.dx * t, y: edge.start.y + edge.dy * t };
}

/** Returns the stretch of `edge` (as [from, to] mm along it) that `other` lies on, or null if they are not collinear. */
function overlapAlong(edge: Edge, other: Edge, toleranceMm: number): readonly [number, number] | null {
  const otherEnd = { x: other.start.x + other.dx, y: other.start.y + other.dy };
  if (offsetMm(edge, other.start) > toleranceMm || offsetMm(edge, otherEnd) > toleranceMm) return null;

  const a = alongMm(edge, other.start);
  const b = alongMm(edge, otherEnd);
  const from = Math.max(0, Math.min(a, b));
  const to = Math.min(edge.length, Math.max(a, b));
  return to - from > toleranceMm ? [from, to] : null;
}

function segmentOf(edge: Edge, from: number, to: number): WallSegment {
  return { start: pointAlong(edge, from), end: pointAlong(edge, to), lengthMm: to - from };
}

/**
 * Finds the wall pieces that two room outlines share: the overlapping parts of collinear edges, measured on
 * room A's edges. `toleranceMm` is how far apart two wall lines may be and still count as one
 * (drawings snapped to a grid need about 1 mm). Overlaps no longer than the tolerance are dropped.
 */
export function sharedWallSegments(roomA: Outline, roomB: Outline, toleranceMm = 1): WallSegment[] {
  const edgesA = edgesOf(pointsOf(roomA));
  const edgesB = edgesOf(pointsOf(roomB));
  const shared: WallSegment[] = [];
  for (const edge of edgesA) {
    for (const other of edgesB) {
      const overlap = overlapAlong(edge, other, toleranceMm);
      if (overlap) shared.push(segmentOf(edge, overlap[0], overlap[1]));
    }
  }
  return shared;
}

/** Returns the parts of [0, length] not covered by any of `covered` (each [from, to]). */
function uncoveredIntervals(length: number, covered: (readonly [number, number])[], toleranceMm: number): [number, number][] {
  covered.sort((p, q) => p[0] - q[0]);
  const free: [number, number][] = [];
  let cursor = 0;
  for (const [from, to] of covered) {
    if (from - cursor > toleranceMm) free.push([cursor, from]);
    cursor = Math.max(cursor, to);
  }
  if (length - cursor > toleranceMm) free.push([cursor, length]);
  return free;
}

/**
 * Finds the wall pieces of `room` that no other room in `allRooms` shares: the outside walls, where doors to
 * `outside` go. `room` itself may be in `allRooms` (it is skipped by identity).
 */
export function exteriorWallSegments(room: Outline, allRooms: readonly Outline[], toleranceMm = 1): WallSegment[] {
  const exterior: WallSegment[] = [];
  const others = allRooms.filter((other) => other !== room).map((other) => edgesOf(pointsOf(other)));
  for (const edge of edgesOf(pointsOf(room))) {
    const covered: (readonly [number, number])[] = [];
    for (const otherEdges of others) {
      for (const other of otherEdges) {
        const overlap = overlapAlong(edge, other, toleranceMm);
        if (overlap) covered.push(overlap);
      }
    }
    for (const [from, to] of uncoveredIntervals(edge.length, covered, toleranceMm)) {
      exterior.push(segmentOf(edge, from, to));
    }
  }
  return exterior;
}
