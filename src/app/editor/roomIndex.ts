import type { Door, Room } from '../../domain/project';
import { polygonBounds, type BoundsMm } from './geometry';

const roomIndexes = new WeakMap<readonly Room[], ReadonlyMap<string, Room>>();
const doorIndexes = new WeakMap<readonly Door[], ReadonlyMap<string, Door>>();

/** Map from room id to room, built once per rooms array so that each room component looks itself up in O(1). */
export function roomsById(rooms: readonly Room[]): ReadonlyMap<string, Room> {
  let index = roomIndexes.get(rooms);
  if (!index) {
    index = new Map(rooms.map((room) => [room.id, room]));
    roomIndexes.set(rooms, index);
  }
  return index;
}

export function doorsById(doors: readonly Door[]): ReadonlyMap<string, Door> {
  let index = doorIndexes.get(doors);
  if (!index) {
    index = new Map(doors.map((door) => [door.id, door]));
    doorIndexes.set(doors, index);
  }
  return index;
}

const boundsCache = new WeakMap<Room, BoundsMm>();

/** Bounding box of a room's outline, computed once per room record (records are immutable). */
export function roomBounds(room: Room): BoundsMm {
  let bounds = boundsCache.get(room);
  if (!bounds) {
    bounds = polygonBounds(room.polygon);
    boundsCache.set(room, bounds);
  }
  return bounds;
}
