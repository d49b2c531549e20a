import type { PointMm, Room } from '../../domain/project';
import { distance, distanceToSegment, pointAlongSegment, polygonEdges, projectOntoSegment, segmentLength, type SegmentMm } from './geometry';

/** Snap distance to a vertex or edge of another room, in screen pixels. */
export const SNAP_TOLERANCE_PX = 8;

export interface SnapOptions {
  readonly gridStepMm: number;
  /** Current zoom, screen pixels per millimetre; converts the pixel tolerance into mm. */
  readonly pxPerMm: number;
  readonly rooms: readonly Room[];
  /** Rooms whose own vertices and edges are not snap targets (the room being moved or edited). */
  readonly excludeRoomIds?: ReadonlySet<string>;
  /** True while Alt is held: the point is used as it is. */
  readonly disabled?: boolean;
}

/** A visible hint of what a point snapped to, in model coordinates. */
export type SnapGuide =
  | { readonly kind: 'vertex'; readonly point: PointMm }
  | { readonly kind: 'edge'; readonly segment: SegmentMm };

export interface SnapResult {
  readonly point: PointMm;
  readonly guides: readonly SnapGuide[];
}

/** Rounds to the nearest grid line. Adding 0 turns -0 into 0, which JSON and deep equality treat apart. */
export function snapToGrid(point: PointMm, stepMm: number): PointMm {
  return { x: Math.round(point.x / stepMm) * stepMm + 0, y: Math.round(point.y / stepMm) * stepMm + 0 };
}

function targetRooms(options: SnapOptions): Room[] {
  return options.rooms.filter((room) => !options.excludeRoomIds?.has(room.id));
}

function nearestVertex(point: PointMm, rooms: readonly Room[], toleranceMm: number): PointMm | null {
  let best: PointMm | null = null;
  let bestDistance = toleranceMm;
  for (const room of rooms) {
    for (const vertex of room.polygon) {
      const gap = distance(point, vertex);
      if (gap <= bestDistance) {
        best = vertex;
        bestDistance = gap;
      }
    }
  }
  return best;
}

function nearestEdge(point: PointMm, rooms: readonly Room[], toleranceMm: number): SegmentMm | null {
  let best: SegmentMm | null = null;
  let bestDistance = toleranceMm;
  for (const room of rooms) {
    for (const edge of polygonEdges(room.polygon)) {
      const gap = distanceToSegment(point, edge);
      if (gap <= bestDistance) {
        best = edge;
        bestDistance = gap;
      }
    }
  }
  return best;
}

/**
 * Returns the point on `edge` nearest to `point`. Along an axis-parallel edge the coordinate is
 * rounded to the grid, so that a wall drawn against a neighbour still lands on whole steps.
 */
function snapOntoEdge(point: PointMm, edge: SegmentMm, gridStepMm: number): PointMm {
  const length = segmentLength(edge);
  const offset = Math.min(Math.max(projectOntoSegment(point, edge), 0), length);
  const onEdge = pointAlongSegment(edge, offset);
  const gridPoint = snapToGrid(onEdge, gridStepMm);
  const clampX = (x: number) => Math.min(Math.max(x, Math.min(edge.a.x, edge.b.x)), Math.max(edge.a.x, edge.b.x));
  const clampY = (y: number) => Math.min(Math.max(y, Math.min(edge.a.y, edge.b.y)), Math.max(edge.a.y, edge.b.y));
  if (edge.a.y === edge.b.y) return { x: clampX(gridPoint.x), y: edge.a.y };
  if (edge.a.x === edge.b.x) return { x: edge.a.x, y: clampY(gridPoint.y) };
  return onEdge;
}

/**
 * Snaps a model point, in order of preference: to a vertex of another room, to an edge of
 * another room, then to the grid. Targets count only within `SNAP_TOLERANCE_PX` on screen.
 */
export function snapPoint(point: PointMm, options: SnapOptions): SnapResult {
  if (options.disabled) return { point, guides: [] };

  const toleranceMm = SNAP_TOLERANCE_PX / options.pxPerMm;
  const rooms = targetRooms(options);
  const vertex = nearestVertex(point, rooms, toleranceMm);
  if (vertex) return { point: vertex, guides: [{ kind: 'vertex', point: vertex }] };

  const edge = nearestEdge(point, rooms, toleranceMm);
  if (edge) return { point: snapOntoEdge(point, edge, options.gridStepMm), guides: [{ kind: 'edge', segment: edge }] };

  return { point: snapToGrid(point, options.gridStepMm), guides: [] };
}

export interface TranslationSnap {
  readonly dx: number;
  readonly dy: number;
  readonly guides: readonly SnapGuide[];
}

/**
 * Snaps the translation of a polygon being dragged. A vertex of the moved outline that comes
 * within tolerance of another room's vertex or edge pulls the whole outline onto it. Otherwise
 * the first vertex lands on the grid.
 */
export function snapTranslation(polygon: readonly PointMm[], dx: number, dy: number, options: SnapOptions): TranslationSnap {
  if (options.disabled || polygon.length === 0) return { dx, dy, guides: [] };

  const toleranceMm = SNAP_TOLERANCE_PX / options.pxPerMm;
  const rooms = targetRooms(options);
  let best: TranslationSnap | null = null;
  let bestGap = Infinity;
  for (const vertex of polygon) {
    const moved = { x: vertex.x + dx, y: vertex.y + dy };
    const target = nearestVertex(moved, rooms, toleranceMm);
    const edge = target ? null : nearestEdge(moved, rooms, toleranceMm);
    const snapped = target ?? (edge ? snapOntoEdge(moved, edge, options.gridStepMm) : null);
    if (!snapped) continue;
    const gap = distance(moved, snapped);
    if (gap < bestGap) {
      bestGap = gap;
      const guide: SnapGuide = target ? { kind: 'vertex', point: target } : { kind: 'edge', segment: edge as SegmentMm };
      best = { dx: dx + snapped.x - moved.x, dy: dy + snapped.y - moved.y, guides: [guide] };
    }
  }
  if (best) return best;

  const first = polygon[0] as PointMm;
  const gridCorner = snapToGrid({ x: first.x + dx, y: first.y + dy }, options.gridStepMm);
  return { dx: gridCorner.x - first.x, dy: gridCorner.y - first.y, guides: [] };
}
