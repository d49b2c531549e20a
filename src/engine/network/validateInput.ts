import { MAX_EXPONENT, MIN_EXPONENT, type FlowLaw } from './flowLaw';
import { OUTSIDE_NODE, type NetworkPath, type NetworkRoom } from './types';

/** Error for network input that no solve can use. The message names the item and field, the expected form and the value. */
export class NetworkInputError extends Error {
  readonly where: string;

  constructor(where: string, expected: string, found: string) {
    super(`${where}: expected ${expected}, found ${found}.`);
    this.name = 'NetworkInputError';
    this.where = where;
  }
}

function requireFiniteOrNull(where: string, value: number | null | undefined): void {
  if (value !== null && value !== undefined && !Number.isFinite(value)) {
    throw new NetworkInputError(where, 'a finite number or null', String(value));
  }
}

function checkRooms(rooms: readonly NetworkRoom[]): Set<string> {
  const ids = new Set<string>();
  rooms.forEach((room, index) => {
    const where = `rooms[${index}]`;
    if (room.id === '' || room.id === OUTSIDE_NODE) {
      throw new NetworkInputError(`${where}.id`, `a non-empty id other than "${OUTSIDE_NODE}"`, JSON.stringify(room.id));
    }
    if (ids.has(room.id)) throw new NetworkInputError(`${where}.id`, 'an id used by one room only', JSON.stringify(room.id));
    ids.add(room.id);
    requireFiniteOrNull(`${where}.fixedPressurePa`, room.fixedPressurePa);
    requireFiniteOrNull(`${where}.offsetM3h`, room.offsetM3h);
    requireFiniteOrNull(`${where}.targetPressurePa`, room.targetPressurePa);
  });
  return ids;
}

function checkLaw(where: string, law: FlowLaw): void {
  if (law.kind === 'power') {
    if (!(law.coefficient > 0) || !Number.isFinite(law.coefficient)) {
      throw new NetworkInputError(`${where}.coefficient`, 'a positive flow coefficient (leave out a path that carries no air)', String(law.coefficient));
    }
    if (!(law.exponent >= MIN_EXPONENT && law.exponent <= MAX_EXPONENT)) {
      throw new NetworkInputError(`${where}.exponent`, `a number from ${MIN_EXPONENT} to ${MAX_EXPONENT}`, String(law.exponent));
    }
    return;
  }
  if (law.points.length < 2) throw new NetworkInputError(`${where}.points`, 'at least two rows', String(law.points.length));
  law.points.forEach((point, index) => {
    const previous = law.points[index - 1];
    const ascending = previous === undefined || (point.deltaPa > previous.deltaPa && point.flowM3s >= previous.flowM3s);
    if (!(point.deltaPa > 0 && point.flowM3s > 0) || !ascending) {
      throw new NetworkInputError(`${where}.points[${index}]`, 'positive ΔP and flow, ΔP rising and flow not falling', JSON.stringify(point));
    }
  });
}

function checkPaths(paths: readonly NetworkPath[], roomIds: ReadonlySet<string>): void {
  const ids = new Set<string>();
  paths.forEach((path, index) => {
    const where = `paths[${index}]`;
    if (path.id === '' || ids.has(path.id)) throw new NetworkInputError(`${where}.id`, 'a non-empty id used by one path only', JSON.stringify(path.id));
    ids.add(path.id);
    for (const end of ['from', 'to'] as const) {
      const node = path[end];
      if (node !== OUTSIDE_NODE && !roomIds.has(node)) {
        throw new NetworkInputError(`${where}.${end}`, `a room id of the network or "${OUTSIDE_NODE}"`, JSON.stringify(node));
      }
    }
    if (path.from === path.to) throw new NetworkInputError(`${where}.to`, `a node other than "from"`, JSON.stringify(path.to));
    checkLaw(`${where}.law`, path.law);
  });
}

/** Rejects ids, references and numbers that no solve can use by throwing a NetworkInputError. */
export function validateNetworkInput(rooms: readonly NetworkRoom[], paths: readonly NetworkPath[]): void {
  const roomIds = checkRooms(rooms);
  checkPaths(paths, roomIds);
}
