import type { Cleanliness } from '../../../src/domain/cleanliness';
import { EMPTY_DESIGN, type Door, type Project, type Room, type RoomDesign } from '../../../src/domain/project';

/** Returns a 4 × 4 m room, 2.7 m high, placed at column `index` so rooms do not overlap. */
export function room(id: string, index: number, design: Partial<RoomDesign>, extra: Partial<Room> = {}): Room {
  const cleanliness: Cleanliness = { kind: 'iso', isoClass: 8 };
  return {
    id,
    name: id,
    use: null,
    polygon: [
      { x: index * 4_000, y: 0 },
      { x: (index + 1) * 4_000, y: 0 },
      { x: (index + 1) * 4_000, y: 4_000 },
      { x: index * 4_000, y: 4_000 },
    ],
    clearHeightM: 2.7,
    cleanliness,
    classLabel: 'ISO 8',
    airflowPattern: null,
    containment: false,
    design: { ...EMPTY_DESIGN, ...design },
    ...extra,
  };
}

/** Returns a door with an entered leakage area, so tests do not depend on the default gap preset. */
export function door(id: string, roomA: string, roomB: string, leakageAreaM2: number, extra: Partial<Door> = {}): Door {
  return { id, roomA, roomB, position: null, widthMm: 900, leakageAreaM2, ...extra };
}

export function project(rooms: Room[], doors: Door[], ruleSetIds: string[] = ['gb-50073-2013']): Project {
  return { id: 'network-test', name: 'Network test', customerName: '', referenceDate: '2026-01-01', ruleSetIds, rooms, doors };
}
