import { OUTSIDE, type Outside, type PointMm, type Room } from '../../domain/project';
import { distanceToSegment, pointAlongSegment, polygonEdges, projectOntoSegment, segmentLength, type SegmentMm } from './geometry';

/** Clear leaf width of a new door (mm): a common single-leaf cleanroom door. */
export const DEFAULT_DOOR_WIDTH_MM = 900;
/** Two walls count as one shared wall when both ends of one lie within this distance of the other's line (mm). */
export const SHARED_WALL_TOLERANCE_MM = 5;

/** A piece of one room's edge: shared with one other room, or external (against `outside`). */
export interface WallPiece {
  readonly roomA: string;
  readonly roomB: string | Outside;
  readonly segment: SegmentMm;
}

export interface DoorPlacement {
  readonly piece: WallPiece;
  /** Door centre on the wall piece (mm). */
  readonly position: PointMm;
  readonly widthMm: number;
  /** False when the piece is shorter than the door; nothing may be placed then. */
  readonly fits: boolean;
}

interface Interval {
  readonly start: number;
  readonly end: number;
  readonly roomId: string;
}

function distanceToLine(point: PointMm, edge: SegmentMm): number {
  const length = segmentLength(edge);
  if (length === 0) return Infinity;
  const cross = (edge.b.x - edge.a.x) * (point.y - edge.a.y) - (edge.b.y - edge.a.y) * (point.x - edge.a.x);
  return Math.abs(cross) / length;
}

/** Stretches of `edge` (as distances from its start) that lie against an edge of another room. */
function sharedIntervals(edge: SegmentMm, ownerId: string, rooms: readonly Room[]): Interval[] {
  const length = segmentLength(edge);
  const intervals: Interval[] = [];
  for (const room of rooms) {
    if (room.id === ownerId) continue;
    for (const other of polygonEdges(room.polygon)) {
      const collinear = distanceToLine(other.a, edge) <= SHARED_WALL_TOLERANCE_MM && distanceToLine(other.b, edge) <= SHARED_WALL_TOLERANCE_MM;
      if (!collinear) continue;
      const first = projectOntoSegment(other.a, edge);
      const second = projectOntoSegment(other.b, edge);
      const start = Math.max(0, Math.min(first, second));
      const end = Math.min(length, Math.max(first, second));
      if (end - start > SHARED_WALL_TOLERANCE_MM) intervals.push({ start, end, roomId: room.id });
    }
  }
  return intervals.sort((left, right) => left.start - right.start);
}

/**
 * Splits one edge of `owner` into wall pieces: stretches shared with other rooms, and the
 * remaining stretches, which are external walls.
 */
export function wallPiecesOfEdge(edge: SegmentMm, owner: Room, rooms: readonly Room[]): WallPiece[] {
  const length = segmentLength(edge);
  const pieces: WallPiece[] = [];
  const piece = (start: number, end: number, roomB: string | Outside): WallPiece => ({
    roomA: owner.id,
    roomB,
    segment: { a: pointAlongSegment(edge, start), b: pointAlongSegment(edge, end) },
  });

  let cursor = 0;
  for (const interval of sharedIntervals(edge, owner.id, rooms)) {
    if (interval.start - cursor > SHARED_WALL_TOLERANCE_MM) pieces.push(piece(cursor, interval.start, OUTSIDE));
    pieces.push(piece(interval.start, interval.end, interval.roomId));
    cursor = Math.max(cursor, interval.end);
  }
  if (length - cursor > SHARED_WALL_TOLERANCE_MM) pieces.push(piece(cursor, length, OUTSIDE));
  return pieces;
}

function nearestEdge(point: PointMm, rooms: readonly Room[], toleranceMm: number): { owner: Room; edge: SegmentMm } | null {
  let best: { owner: Room; edge: SegmentMm } | null = null;
  let bestGap = toleranceMm;
  for (const owner of rooms) {
    for (const edge of polygonEdges(owner.polygon)) {
      const gap = distanceToSegment(point, edge);
      if (gap <= bestGap) {
        best = { owner, edge };
        bestGap = gap;
      }
    }
  }
  return best;
}

/**
 * Finds where a door would go for a pointer at `point`: the wall piece under the pointer
 * (within `toleranceMm`), and the door centre at the pointer's projection, kept far enough from
 * the piece's ends that the whole leaf stays on it. Returns null when no wall is near.
 */
export function findDoorPlacement(point: PointMm, rooms: readonly Room[], toleranceMm: number, widthMm = DEFAULT_DOOR_WIDTH_MM): DoorPlacement | null {
  const hit = nearestEdge(point, rooms, toleranceMm);
  if (!hit) return null;

  const along = projectOntoSegment(point, hit.edge);
  const pieces = wallPiecesOfEdge(hit.edge, hit.owner, rooms);
  const edgeStart = hit.edge.a;
  const pieceUnderPointer =
    pieces.find((piece) => {
      const start = projectOntoSegment(piece.segment.a, { a: edgeStart, b: hit.edge.b });
      const end = start + segmentLength(piece.segment);
      return along >= start - SHARED_WALL_TOLERANCE_MM && along <= end + SHARED_WALL_TOLERANCE_MM;
    }) ?? null;
  if (!pieceUnderPointer) return null;

  const pieceLength = segmentLength(pieceUnderPointer.segment);
  const fits = pieceLength >= widthMm;
  const alongPiece = projectOntoSegment(point, pieceUnderPointer.segment);
  const halfWidth = widthMm / 2;
  const centreOffset = fits ? Math.min(Math.max(alongPiece, halfWidth), pieceLength - halfWidth) : pieceLength / 2;
  return { piece: pieceUnderPointer, position: pointAlongSegment(pieceUnderPointer.segment, centreOffset), widthMm, fits };
}
