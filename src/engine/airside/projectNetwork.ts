import { DEFAULT_PROJECT_AIRSIDE } from '../../domain/airside';
import { OUTSIDE, type Door, type Project, type Room } from '../../domain/project';
import type { RoomMetrics } from '../findings';
import { recogniseAirlocks } from '../network/airlocks';
import { solveNetwork } from '../network/solve';
import type { NetworkPath, NetworkRoom, NetworkSolution, RequiredFlow, RoomSolution } from '../network/types';
import { useHasRole } from '../suite/roomUses';
import { doorLeakage, type DoorLeakage } from './doorLeakage';
import { networkPractice } from './networkData';
import type { AirlockRecognition, DoorFlow } from './types';

/** A door whose size or entered area gives no leakage, so it is left out of the network. */
export interface InvalidDoor {
  readonly doorId: string;
  readonly roomId: string;
  readonly otherRoomId: string;
  readonly field: string;
  readonly found: number;
  readonly expected: string;
}

/** Pressure and balance of one room after the solve. */
export interface RoomPressure {
  readonly pressurePa: number | null;
  /** `fixed` for a design pressure, `solved` for one found from the room's airflows. */
  readonly pressureSource: RoomSolution['pressureSource'];
  /** Supply − return − exhaust (m³/h) that balances the room's door flows. */
  readonly offsetM3h: number | null;
  /** Supply − return − exhaust (m³/h) of the design airflows, or null when one of them is missing. */
  readonly givenOffsetM3h: number | null;
}

export interface ProjectNetwork {
  /** One entry per door joining rooms of the project (or outdoors), in project order, flow positive from `roomA` to `roomB`. */
  readonly doors: readonly DoorFlow[];
  readonly rooms: ReadonlyMap<string, RoomPressure>;
  readonly airlocks: readonly AirlockRecognition[];
  /** The network the solver saw: one path per door that passes air, with the door's id. */
  readonly paths: readonly NetworkPath[];
  readonly solution: NetworkSolution;
  readonly invalidDoors: readonly InvalidDoor[];
}

function finiteOrNull(value: number | null | undefined): number | null {
  return value !== null && value !== undefined && Number.isFinite(value) ? value : null;
}

/** Supply − return − exhaust from the design airflows; null unless all three are known. */
export function designOffsetM3h(room: Room, metrics: RoomMetrics | undefined): number | null {
  const supply = finiteOrNull(metrics?.supplyM3h);
  const returned = finiteOrNull(room.design.returnM3h);
  const exhaust = finiteOrNull(room.design.exhaustM3h);
  if (supply === null || returned === null || exhaust === null) return null;
  return supply - returned - exhaust;
}

/** Cleanliness rank for flow direction: the ISO class number, Infinity for non-clean space, null when unknown. */
function cleanlinessRank(room: Room | null, metrics: RoomMetrics | undefined): number | null {
  if (room === null || room.cleanliness?.kind === 'unclassified') return Number.POSITIVE_INFINITY;
  return metrics?.isoClass ?? null;
}

/**
 * Direction air must take through a door: into a containment room from a room that is not one,
 * else from the cleaner class to the less clean one (the outdoors and unclassified rooms being
 * least clean). Undefined when the sides do not set a direction.
 */
function requiredFlow(roomA: Room, roomB: Room | null, metricsById: ReadonlyMap<string, RoomMetrics>): RequiredFlow | undefined {
  const containmentA = roomA.containment;
  const containmentB = roomB?.containment ?? false;
  if (containmentA !== containmentB) return containmentA ? 'to-from' : 'from-to';
  if (containmentA) return undefined;

  const rankA = cleanlinessRank(roomA, metricsById.get(roomA.id));
  const rankB = cleanlinessRank(roomB, roomB === null ? undefined : metricsById.get(roomB.id));
  if (rankA === null || rankB === null || rankA === rankB) return undefined;
  return rankA < rankB ? 'from-to' : 'to-from';
}

interface DoorSides {
  readonly door: Door;
  readonly roomA: Room;
  readonly roomB: Room | null;
  readonly leakage: DoorLeakage;
}

/** Doors whose two sides are distinct rooms of the project (or outdoors), each used once by id. */
function connectedDoors(project: Project, roomsById: ReadonlyMap<string, Room>): DoorSides[] {
  const airside = project.airside ?? DEFAULT_PROJECT_AIRSIDE;
  const seen = new Set<string>();
  const doors: DoorSides[] = [];
  for (const door of project.doors) {
    const roomA = roomsById.get(door.roomA);
    const roomB = door.roomB === OUTSIDE ? null : roomsById.get(door.roomB);
    // NOTE: doors to unknown rooms and repeated door ids are left out, as the rule check does.
    if (roomA === undefined || roomB === undefined || door.roomA === door.roomB || seen.has(door.id)) continue;
    seen.add(door.id);
    doors.push({ door, roomA, roomB, leakage: doorLeakage(door, airside) });
  }
  return doors;
}

function networkRooms(rooms: readonly Room[], metricsById: ReadonlyMap<string, RoomMetrics>): NetworkRoom[] {
  return rooms.map((room) => ({
    id: room.id,
    fixedPressurePa: finiteOrNull(room.design.pressurePa),
    offsetM3h: designOffsetM3h(room, metricsById.get(room.id)),
  }));
}

function networkPaths(doors: readonly DoorSides[], metricsById: ReadonlyMap<string, RoomMetrics>): NetworkPath[] {
  const paths: NetworkPath[] = [];
  for (const { door, roomA, roomB, leakage } of doors) {
    // NOTE: a door whose size gives no leakage is left out like a sealed one, so its rooms' offsets
    // ignore it. Its door-leakage-input finding is the only sign of that.
    if (!leakage.ok || leakage.law === null) continue;
    const direction = requiredFlow(roomA, roomB, metricsById);
    const path: NetworkPath = { id: door.id, kind: 'door', from: door.roomA, to: door.roomB, law: leakage.law };
    paths.push(direction === undefined ? path : { ...path, requiredFlow: direction });
  }
  return paths;
}

function invalidDoorsOf(doors: readonly DoorSides[]): InvalidDoor[] {
  return doors.flatMap(({ door, leakage }) => {
    if (leakage.ok) return [];
    return [{ doorId: door.id, roomId: door.roomA, otherRoomId: door.roomB, field: leakage.field, found: leakage.found, expected: leakage.expected }];
  });
}

function doorFlows(doors: readonly DoorSides[], solution: NetworkSolution, pressureOf: (id: string) => number | null): DoorFlow[] {
  const solvedById = new Map(solution.paths.map((path) => [path.id, path]));
  return doors.map(({ door, leakage }) => {
    const fromPa = pressureOf(door.roomA);
    const toPa = pressureOf(door.roomB);
    const dpPa = fromPa !== null && toPa !== null ? fromPa - toPa : null;
    const leakageAreaM2 = leakage.ok ? leakage.areaM2 : null;
    let flowM3h = solvedById.get(door.id)?.flowM3h ?? null;
    // A door with no leakage area passes no air whatever the pressures.
    if (leakage.ok && leakage.law === null) flowM3h = 0;
    return { doorId: door.id, from: door.roomA, to: door.roomB, leakageAreaM2, dpPa, flowM3h };
  });
}

function roomPressures(rooms: readonly Room[], networkInput: readonly NetworkRoom[], solution: NetworkSolution): Map<string, RoomPressure> {
  const pressures = new Map<string, RoomPressure>();
  solution.rooms.forEach((solved, index) => {
    const givenOffsetM3h = networkInput[index]!.offsetM3h;
    pressures.set(rooms[index]!.id, { pressurePa: solved.pressurePa, pressureSource: solved.pressureSource, offsetM3h: solved.offsetM3h, givenOffsetM3h });
  });
  return pressures;
}

/** Airlock type of every room whose use has the airlock role and which opens to exactly two others. */
function airlocksOf(rooms: readonly Room[], doors: readonly DoorSides[], pressures: ReadonlyMap<string, RoomPressure>): AirlockRecognition[] {
  const airlockIds = rooms.filter((room) => useHasRole(room.use, 'airlock')).map((room) => room.id);
  if (airlockIds.length === 0) return [];
  const pressureById = new Map([...pressures].map(([id, room]) => [id, room.pressurePa]));
  const connections = doors.map(({ door }) => ({ from: door.roomA, to: door.roomB }));
  return recogniseAirlocks(pressureById, connections, { roomIds: airlockIds }).flatMap((candidate) =>
    candidate.type === null ? [] : [{ roomId: candidate.roomId, type: candidate.type }],
  );
}

/** Keeps the first room of each id, so a malformed project with a repeated id still solves. */
function distinctRooms(rooms: readonly Room[]): Room[] {
  const seen = new Set<string>();
  return rooms.filter((room) => {
    if (seen.has(room.id)) return false;
    seen.add(room.id);
    return true;
  });
}

/**
 * Maps the plan onto the pressure network and solves it. A room with a design pressure is held
 * there and gets the offset its doors need. A room without one, but with supply, return and
 * exhaust, gets the pressure at which its doors pass exactly that offset. The outdoors is 0 Pa.
 * Doors carry the flow law of `doorLeakage` and a required direction from containment and class.
 */
export function solveProjectNetwork(project: Project, metrics: readonly RoomMetrics[]): ProjectNetwork {
  const rooms = distinctRooms(project.rooms);
  const roomsById = new Map(rooms.map((room) => [room.id, room]));
  const metricsById = new Map(metrics.map((entry) => [entry.roomId, entry]));
  const doors = connectedDoors(project, roomsById);

  const input = networkRooms(rooms, metricsById);
  const paths = networkPaths(doors, metricsById);
  const { limits } = networkPractice();
  const checks = { maxRoomPressurePa: limits.maxRoomPressurePa, offsetToleranceM3h: limits.offsetToleranceM3h };
  const solution = solveNetwork(input, paths, { checks });

  const pressures = roomPressures(rooms, input, solution);
  const pressureOf = (id: string) => (id === OUTSIDE ? 0 : (pressures.get(id)?.pressurePa ?? null));
  return {
    doors: doorFlows(doors, solution, pressureOf),
    rooms: pressures,
    airlocks: airlocksOf(rooms, doors, pressures),
    paths,
    solution,
    invalidDoors: invalidDoorsOf(doors),
  };
}
