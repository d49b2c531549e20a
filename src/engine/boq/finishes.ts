import type { Project, Room } from '../../domain/project';
import { OUTSIDE } from '../../domain/project';
import { MM2_PER_M2 } from '../../domain/units';
import { polygonAreaM2 } from '../geometry';
import { addTo, buildQuantity } from './quantity';
import type { BoqQuantity } from './types';

function perimeterMm(room: Room): number {
  let total = 0;
  const points = room.polygon;
  for (let i = 0; i < points.length; i++) {
    const start = points[i]!;
    const end = points[(i + 1) % points.length]!;
    total += Math.hypot(end.x - start.x, end.y - start.y);
  }
  return total;
}

/**
 * Computes the floor area (m²) of the drawn rooms, room by room. Ceiling panels and floor
 * finish both use it, because a clean ceiling covers the whole room below it.
 */
export function floorAreaQuantity(kind: 'ceiling-panels' | 'floor-finish', rooms: readonly Room[], incomplete: ReadonlySet<string>): BoqQuantity {
  const byRoom = new Map<string, number>();
  for (const room of rooms) byRoom.set(room.id, polygonAreaM2(room.polygon) * MM2_PER_M2);
  const total = [...byRoom.values()].reduce((sum, area) => sum + area, 0);
  return buildQuantity({ kind, unit: 'm2', byRoom, total, incompleteRoomIds: incomplete });
}

/**
 * Computes coving lengths (m) along each room's own junctions, so a partition has coving on both
 * faces and counts twice here, unlike wall panels.
 * - `coving-ceiling`: the wall–ceiling junction, the full room perimeter.
 * - `coving-floor`: the floor–wall junction, the perimeter minus the width of every door of the
 *   room (a door to a neighbour interrupts the coving on both sides). Windows and pass boxes sit
 *   above the floor and interrupt nothing.
 * NOTE: vertical coving in wall corners is not counted.
 */
export function covingQuantities(project: Project, rooms: readonly Room[], incomplete: ReadonlySet<string>): { floor: BoqQuantity; ceiling: BoqQuantity } {
  const ceilingByRoom = new Map<string, number>();
  const floorByRoom = new Map<string, number>();
  for (const room of rooms) {
    const perimeter = perimeterMm(room);
    ceilingByRoom.set(room.id, perimeter);
    floorByRoom.set(room.id, perimeter);
  }

  for (const door of project.doors) {
    const sides = door.roomB === OUTSIDE ? [door.roomA] : [door.roomA, door.roomB];
    for (const roomId of sides) {
      if (floorByRoom.has(roomId)) addTo(floorByRoom, roomId, -door.widthMm);
    }
  }

  const sum = (map: ReadonlyMap<string, number>) => [...map.values()].reduce((total, length) => total + length, 0);
  return {
    floor: buildQuantity({ kind: 'coving-floor', unit: 'm', byRoom: floorByRoom, total: sum(floorByRoom), incompleteRoomIds: incomplete }),
    ceiling: buildQuantity({ kind: 'coving-ceiling', unit: 'm', byRoom: ceilingByRoom, total: sum(ceilingByRoom), incompleteRoomIds: incomplete }),
  };
}
