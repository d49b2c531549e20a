import type { Project, Room } from '../../domain/project';
import { computeRoomMetrics } from '../rooms';
import type { AhuSummary, RoomAirside } from './types';

/** The four airflows an AHU total adds up. */
type TotalKey = 'supplyM3h' | 'returnM3h' | 'freshAirM3h' | 'exhaustM3h';

const TOTAL_KEYS: readonly TotalKey[] = ['supplyM3h', 'returnM3h', 'freshAirM3h', 'exhaustM3h'];

type RoomFlows = Record<TotalKey, number | null>;

function finiteOrNull(value: number | null | undefined): number | null {
  return value !== null && value !== undefined && Number.isFinite(value) ? value : null;
}

/** Returns the largest fresh-air requirement of the room's standards, or null when none has a figure. */
function requiredFreshAir(airside: RoomAirside | undefined): number | null {
  const figures = (airside?.freshAir ?? []).map((requirement) => requirement.requiredM3h).filter((m3h): m3h is number => m3h !== null);
  return figures.length === 0 ? null : Math.max(...figures);
}

/**
 * Reads the airflows one room puts on its AHU: each design value where the room has one, else the
 * engine's figure (governing supply requirement, the return the grilles were counted from, the
 * largest fresh-air requirement). Exhaust comes from the design only.
 */
function roomFlows(room: Room, airside: RoomAirside | undefined): RoomFlows {
  const designSupply = finiteOrNull(computeRoomMetrics(room).supplyM3h);
  return {
    supplyM3h: designSupply ?? finiteOrNull(airside?.supply.requiredM3h),
    returnM3h: finiteOrNull(room.design.returnM3h) ?? finiteOrNull(airside?.returnGrilles?.returnM3h),
    freshAirM3h: finiteOrNull(room.design.freshAirM3h) ?? requiredFreshAir(airside),
    exhaustM3h: finiteOrNull(room.design.exhaustM3h),
  };
}

function summarise(ahuId: string, name: string, known: boolean, members: readonly { room: Room; flows: RoomFlows }[]): AhuSummary {
  const totals = {} as Record<TotalKey, number | null>;
  const missingRoomIds = {} as Record<TotalKey, string[]>;
  for (const key of TOTAL_KEYS) {
    const withValue = members.filter((member) => member.flows[key] !== null);
    missingRoomIds[key] = members.filter((member) => member.flows[key] === null).map((member) => member.room.id);
    totals[key] = members.length > 0 && withValue.length === 0 ? null : withValue.reduce((sum, member) => sum + member.flows[key]!, 0);
  }

  const complete = missingRoomIds.supplyM3h.length === 0 && missingRoomIds.freshAirM3h.length === 0;
  const supply = totals.supplyM3h;
  const freshAirRatioPct = complete && supply !== null && supply > 0 ? (totals.freshAirM3h! / supply) * 100 : null;

  return {
    ahuId,
    name,
    roomIds: members.map((member) => member.room.id),
    ...totals,
    freshAirRatioPct,
    missingRoomIds,
    known,
  };
}

/**
 * Totals the airflows of each air-handling unit over the rooms assigned to it (`Room.ahuId`), in
 * the order of `ProjectAirside.ahus`, then one entry per AHU id that rooms name but the project no
 * longer lists (`known: false`, named by its id).
 *
 * Each room adds its design value, or the engine's figure when the design has none (see
 * `roomFlows`). A room with neither is left out of that total and listed in `missingRoomIds`, so a
 * total is a lower bound until that list is empty. A total is null only when no member has the
 * value. An AHU serving no room has totals of 0. The fresh-air ratio needs complete supply and
 * fresh-air totals.
 */
export function summariseAhus(project: Project, rooms: readonly RoomAirside[]): AhuSummary[] {
  const airsideByRoom = new Map(rooms.map((entry) => [entry.roomId, entry]));
  const assigned = project.rooms
    .filter((room) => (room.ahuId ?? null) !== null)
    .map((room) => ({ room, ahuId: room.ahuId!, flows: roomFlows(room, airsideByRoom.get(room.id)) }));
  const membersOf = (ahuId: string) => assigned.filter((member) => member.ahuId === ahuId);

  const listed = project.airside?.ahus ?? [];
  const listedIds = new Set(listed.map((ahu) => ahu.id));
  const summaries = listed.map((ahu) => summarise(ahu.id, ahu.name, true, membersOf(ahu.id)));

  const unlistedIds = [...new Set(assigned.map((member) => member.ahuId).filter((ahuId) => !listedIds.has(ahuId)))];
  for (const ahuId of unlistedIds) summaries.push(summarise(ahuId, ahuId, false, membersOf(ahuId)));
  return summaries;
}
