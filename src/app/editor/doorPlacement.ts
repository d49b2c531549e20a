import { OUTSIDE, type Outside, type PointMm, type Room } from '../../domain/project';
import { exteriorWallSegments, sharedWallSegments } from '../../engine/geometry';
import {
  boundsIntersect,
  distanceToSegment,
  pointAlongSegment,
  polygonEdges,
  projectOntoSegment,
  segmentLength,
  type BoundsMm,
  type SegmentMm,
} from './geometry';
import { roomBounds } from './roomIndex';

/** Clear leaf width of a new door (mm): a common single-leaf cleanroom door. */
export const DEFAULT_DOOR_WIDTH_MM = 900;
/** Two walls count as one shared wall when both ends of one lie within this distance of the other's line (mm). */
export const SHARED_WALL_TOLERANCE_MM = 5;

/** A stretch of one room's wall: shared with one other room, or external (against `outside`). */
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

function grow(bounds: BoundsMm, marginMm: number): BoundsMm {
  return { minX: bounds.minX - marginMm, minY: bounds.minY - marginMm, maxX: bounds.maxX + marginMm, maxY: bounds.maxY + marginMm };
}

/** Lists the wall pieces of `owner`: one per stretch shared with another room, and one per external stretch. */
export function wallPiecesOf(owner: Room, rooms: readonly Room[]): WallPiece[] {
  // Only rooms whose bounds touch the owner's can share a wall with it.
  const reach = grow(roomBounds(owner), SHARED_WALL_TOLERANCE_MM);
  const others = rooms.filter((room) => room.id !== owner.id && boundsIntersect(roomBounds(room), reach));
  const shared = others.flatMap((other) =>
    sharedWallSegments(owner, other, SHARED_WALL_TOLERANCE_MM).map((wall) => ({ roomA: owner.id, roomB: other.id, segment: { a: wall.start, b: wall.end } })),
  );
  const exterior = exteriorWallSegments(owner.polygon, others.map((other) => other.polygon), SHARED_WALL_TOLERANCE_MM).map((wall) => ({
    roomA: owner.id,
    roomB: OUTSIDE,
    segment: { a: wall.start, b: wall.end },
  }));
  return [...shared, ...exterior];
}

function nearestPiece(point: PointMm, rooms: readonly Room[], toleranceMm: number): WallPiece | null {
  const pointerBox = { minX: point.x, minY: point.y, maxX: point.x, maxY: point.y };
  const nearWall = (room: Room) =>
    boundsIntersect(grow(roomBounds(room), toleranceMm), pointerBox) &&
    polygonEdges(room.polygon).some((edge) => distanceToSegment(point, edge) <= toleranceMm);
  let best: WallPiece | null = null;
  let bestGap = toleranceMm;
  for (const owner of rooms.filter(nearWall)) {
    for (const piece of wallPiecesOf(owner, rooms)) {
      const gap = distanceToSegment(point, piece.segment);
      if (gap <= bestGap) {
        best = piece;
        bestGap = gap;
      }
    }
  }
  return best;
}

/**
 * Finds where a door would go for a pointer at `point`. The door goes on the wall piece nearest
 * the pointer (within `toleranceMm`). Its centre is the pointer's projection onto that piece, moved
 * away from the piece's ends so that the whole leaf stays on it. Returns null when no wall is near.
 */
export function findDoorPlacement(point: PointMm, rooms: readonly Room[], toleranceMm: number, widthMm = DEFAULT_DOOR_WIDTH_MM): DoorPlacement | null {
  const piece = nearestPiece(point, rooms, toleranceMm);
  if (!piece) return null;

  const pieceLength = segmentLength(piece.segment);
  const fits = pieceLength >= widthMm;
  const halfWidth = widthMm / 2;
  const along = projectOntoSegment(point, piece.segment);
  const centreOffset = fits ? Math.min(Math.max(along, halfWidth), pieceLength - halfWidth) : pieceLength / 2;
  return { piece, position: pointAlongSegment(piece.segment, centreOffset), widthMm, fits };
}
