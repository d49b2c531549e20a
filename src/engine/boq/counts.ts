import { OUTSIDE, type Project, type Room } from '../../domain/project';
import { polygonAreaM2 } from '../geometry';
import { minimumSamplingLocations } from '../iso14644';
import { addTo, buildQuantity } from './quantity';
import type { BoqParameters, BoqQuantity, DoorGroup, RoomTerminalCounts } from './types';

const DEFAULT_DOOR_TYPE = 'door';

/** Groups the project's doors by type and size (width × door height), in order of first appearance. */
export function doorGroups(project: Project, parameters: BoqParameters): DoorGroup[] {
  const groups = new Map<string, { type: string; widthMm: number; doorIds: string[]; byRoom: Map<string, number> }>();
  for (const door of project.doors) {
    const type = parameters.doorTypes?.[door.id] ?? DEFAULT_DOOR_TYPE;
    const key = `${type}|${door.widthMm}`;
    const group = groups.get(key) ?? { type, widthMm: door.widthMm, doorIds: [], byRoom: new Map<string, number>() };
    group.doorIds.push(door.id);
    addTo(group.byRoom, door.roomA, door.roomB === OUTSIDE ? 1 : 0.5);
    if (door.roomB !== OUTSIDE) addTo(group.byRoom, door.roomB, 0.5);
    groups.set(key, group);
  }

  return [...groups.values()].map((group) => ({
    type: group.type,
    widthMm: group.widthMm,
    heightMm: parameters.doorHeightMm,
    doorIds: group.doorIds,
    quantity: buildQuantity({ kind: 'doors', unit: 'piece', byRoom: group.byRoom, total: group.doorIds.length, incompleteRoomIds: new Set() }),
  }));
}

function isCleanroom(room: Room): boolean {
  return room.cleanliness !== null && room.cleanliness.kind !== 'unclassified';
}

type TerminalKind = 'hepa-terminals' | 'ffus' | 'return-grilles';

const TERMINAL_FIELDS: Readonly<Record<TerminalKind, keyof RoomTerminalCounts>> = {
  'hepa-terminals': 'hepaTerminals',
  ffus: 'ffus',
  'return-grilles': 'returnGrilles',
};

/**
 * Adds up one kind of airflow terminal over the rooms whose counts were given. A cleanroom with no
 * count for this kind is listed as incomplete, because it will need terminals of some kind.
 * Returns null when no counts were given at all.
 */
export function terminalQuantity(kind: TerminalKind, rooms: readonly Room[], parameters: BoqParameters): BoqQuantity | null {
  const terminals = parameters.terminals;
  if (!terminals) return null;

  const field = TERMINAL_FIELDS[kind];
  const byRoom = new Map<string, number>();
  const incomplete = new Set<string>();
  for (const room of rooms) {
    const count = terminals[room.id]?.[field];
    if (count === undefined) {
      if (isCleanroom(room)) incomplete.add(room.id);
      continue;
    }
    if (!Number.isInteger(count) || count < 0) {
      throw new RangeError(`Terminal count ${field} of room ${room.id} is ${count}: expected a whole number of 0 or more`);
    }
    byRoom.set(room.id, count);
  }
  const total = [...byRoom.values()].reduce((sum, count) => sum + count, 0);
  return buildQuantity({ kind, unit: 'piece', byRoom, total, incompleteRoomIds: incomplete });
}

/**
 * Counts ISO 14644-1:2015 certification sampling locations: for each classified room (ISO class or
 * GMP grade) with a known area, the minimum number from Annex A (Table A.1, formula A.1 above
 * 1000 m²). Unclassified rooms are not certified. Classified rooms of unknown area are incomplete.
 */
export function samplingQuantity(rooms: readonly Room[], undrawn: readonly Room[]): BoqQuantity {
  const byRoom = new Map<string, number>();
  for (const room of rooms) {
    if (!isCleanroom(room)) continue;
    byRoom.set(room.id, minimumSamplingLocations(polygonAreaM2(room.polygon)));
  }
  const incomplete = new Set(undrawn.filter(isCleanroom).map((room) => room.id));
  const total = [...byRoom.values()].reduce((sum, count) => sum + count, 0);
  return buildQuantity({ kind: 'certification-sampling', unit: 'location', byRoom, total, incompleteRoomIds: incomplete });
}
