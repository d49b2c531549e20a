import { OUTSIDE, type Project, type Room } from '../../domain/project';
import type { OpeningDeduction } from '../../domain/quote';
import { MM2_PER_M2, MM_PER_M } from '../../domain/units';
import { exteriorWallSegments, sharedWallSegments } from '../geometry';
import { addTo, buildQuantity } from './quantity';
import type { BoqOpening, BoqParameters, BoqQuantity, WallPiece } from './types';

/** Returns the clear height in whole mm, or null when it is missing or not a positive number. */
export function clearHeightMm(room: Room): number | null {
  const height = room.clearHeightM;
  if (height === null || !Number.isFinite(height) || height <= 0) return null;
  return Math.round(height * MM_PER_M);
}

function piece(roomIds: readonly string[], lengthMm: number, heightMm: number): WallPiece {
  return { roomIds, lengthMm, heightMm, areaM2: (lengthMm * heightMm) / MM2_PER_M2 };
}

/**
 * Finds every wall piece once: each partition between two rooms (measured on the first room's
 * edge) and each exterior stretch of a room. A partition is as high as the higher of its two
 * rooms, because the panel must reach the higher ceiling. Rooms without a clear height go into
 * `missingHeight`. Their exterior walls are left out, and a partition with them takes the other
 * room's height, so the total is a lower bound.
 */
export function findWallPieces(rooms: readonly Room[], toleranceMm: number, missingHeight: Set<string>): WallPiece[] {
  const pieces: WallPiece[] = [];
  for (const room of rooms) {
    if (clearHeightMm(room) === null) missingHeight.add(room.id);
  }

  rooms.forEach((roomA, indexA) => {
    for (const roomB of rooms.slice(indexA + 1)) {
      const heights = [clearHeightMm(roomA), clearHeightMm(roomB)].filter((height): height is number => height !== null);
      if (heights.length === 0) continue;
      for (const segment of sharedWallSegments(roomA, roomB, toleranceMm)) {
        pieces.push(piece([roomA.id, roomB.id], segment.lengthMm, Math.max(...heights)));
      }
    }
  });

  for (const room of rooms) {
    const heightMm = clearHeightMm(room);
    if (heightMm === null) continue;
    for (const segment of exteriorWallSegments(room, rooms, toleranceMm)) {
      pieces.push(piece([room.id], segment.lengthMm, heightMm));
    }
  }
  return pieces;
}

interface WallOpening {
  readonly id: string;
  readonly kind: OpeningDeduction['kind'];
  readonly roomIds: readonly string[];
  readonly widthMm: number;
  readonly heightMm: number;
}

function openingsOf(project: Project, parameters: BoqParameters): WallOpening[] {
  const sides = (roomA: string, roomB: string) => (roomB === OUTSIDE ? [roomA] : [roomA, roomB]);
  const doors = project.doors.map((door) => ({ id: door.id, kind: 'door' as const, roomIds: sides(door.roomA, door.roomB), widthMm: door.widthMm, heightMm: parameters.doorHeightMm }));
  const others = (parameters.openings ?? []).map((opening: BoqOpening) => ({ ...opening, roomIds: sides(opening.roomA, opening.roomB) }));
  return [...doors, ...others];
}

/**
 * Returns true when the opening's wall was counted, so its area is deducted: every room it touches
 * is drawn, and at least one of them has a clear height (an exterior opening needs its own room's).
 */
function isOnCountedWall(opening: WallOpening, drawnIds: ReadonlySet<string>, missingHeight: ReadonlySet<string>): boolean {
  if (!opening.roomIds.every((roomId) => drawnIds.has(roomId))) return false;
  return opening.roomIds.some((roomId) => !missingHeight.has(roomId));
}

/**
 * Computes the wall panel area (m²): every wall piece once, shared partitions not doubled, minus
 * door openings (door width × `doorHeightMm`) and the windows and pass boxes given in `parameters`.
 * A partition's area and openings are credited half to each room in `byRoom`.
 */
export function wallPanelQuantity(project: Project, rooms: readonly Room[], parameters: BoqParameters, incomplete: ReadonlySet<string>): { quantity: BoqQuantity; walls: WallPiece[] } {
  const missingHeight = new Set<string>();
  const walls = findWallPieces(rooms, parameters.wallToleranceMm ?? 1, missingHeight);
  const byRoomMm2 = new Map<string, number>();
  let totalMm2 = 0;

  for (const wall of walls) {
    const areaMm2 = wall.lengthMm * wall.heightMm;
    totalMm2 += areaMm2;
    for (const roomId of wall.roomIds) addTo(byRoomMm2, roomId, areaMm2 / wall.roomIds.length);
  }

  const drawnIds = new Set(rooms.map((room) => room.id));
  const deductions: OpeningDeduction[] = [];
  for (const opening of openingsOf(project, parameters)) {
    if (!isOnCountedWall(opening, drawnIds, missingHeight)) continue;
    const areaMm2 = opening.widthMm * opening.heightMm;
    totalMm2 -= areaMm2;
    for (const roomId of opening.roomIds) addTo(byRoomMm2, roomId, -areaMm2 / opening.roomIds.length);
    deductions.push({ openingId: opening.id, kind: opening.kind, widthMm: opening.widthMm, heightMm: opening.heightMm, areaM2: areaMm2 / MM2_PER_M2 });
  }

  const incompleteRoomIds = new Set([...incomplete, ...missingHeight]);
  const quantity = buildQuantity({ kind: 'wall-panels', unit: 'm2', byRoom: byRoomMm2, total: totalMm2, wallCount: walls.length, deductions, incompleteRoomIds });
  return { quantity, walls };
}
