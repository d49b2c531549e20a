import type { Requirement } from '../findings';
import { judgeBounds, type RuleHeader, type SuiteRule } from '../checks/types';
import type { RoomContext } from '../rooms';
import type { SuiteMicroLabRule } from '../rules/schema';
import type { SuiteGraph } from './graph';
import { resolveRoomUse, useHasRole, type RoomUseRole } from './roomUses';
import { SuiteVerdicts } from './suiteFinding';

/** The four zones of a microbiology QC lab, by the role their room use carries. */
const ZONES: readonly RoomUseRole[] = ['micro-washing', 'micro-media', 'micro-work', 'micro-aseptic'];

/** Use id whose rooms the minimum washing-room area applies to (sterilisation rooms share the zone but not the figure). */
const WASHING_USE = 'washing';

const PASS_BOX_USE = 'pass-box';

function hasRole(context: RoomContext, role: RoomUseRole): boolean {
  return useHasRole(context.room.use, role);
}

interface BufferSearch {
  /** Minimum number of airlock-role rooms between the aseptic room and a work room; null when no work room is reached through buffers only. */
  readonly buffersToWorkRoom: number | null;
  /** Minimum number of airlock-role rooms between the aseptic room and any other room or the outdoors. */
  readonly buffersToAnyRoom: number;
  /** Rooms without a use met on the way; they might be buffer rooms. */
  readonly roomsWithoutUse: readonly string[];
}

/**
 * Searches outward from an aseptic room through rooms whose use has the `airlock` role (buffer
 * rooms, airlocks, gowning rooms), breadth first, so each count is the fewest buffer rooms on any
 * path. The search stops at every other room: that is where a path leaves the buffer chain.
 */
function searchBuffers(graph: SuiteGraph, aseptic: RoomContext): BufferSearch {
  const depth = new Map<string, number>([[aseptic.room.id, 0]]);
  const queue: RoomContext[] = [aseptic];
  let buffersToWorkRoom: number | null = null;
  let buffersToAnyRoom = Number.POSITIVE_INFINITY;
  const roomsWithoutUse: string[] = [];

  for (let head = 0; head < queue.length; head++) {
    const current = queue[head]!;
    const buffersSoFar = depth.get(current.room.id)!;
    for (const { other } of graph.edgesOf(current.room.id)) {
      if (other === null) {
        buffersToAnyRoom = Math.min(buffersToAnyRoom, buffersSoFar);
        continue;
      }
      if (depth.has(other.room.id) || hasRole(other, 'micro-aseptic')) continue;
      // A pass box passes materials, not people, so it is neither a buffer room nor a way in.
      if (resolveRoomUse(other.room.use)?.id === PASS_BOX_USE) continue;
      if (other.useKey === null) roomsWithoutUse.push(other.room.id);
      if (hasRole(other, 'airlock')) {
        depth.set(other.room.id, buffersSoFar + 1);
        queue.push(other);
        continue;
      }
      buffersToAnyRoom = Math.min(buffersToAnyRoom, buffersSoFar);
      if (hasRole(other, 'micro-work') && buffersToWorkRoom === null) buffersToWorkRoom = buffersSoFar;
    }
  }
  return { buffersToWorkRoom, buffersToAnyRoom, roomsWithoutUse };
}

/**
 * Compiles the microbiology QC lab layout rule (contractor practice), which applies when any room
 * has a micro-lab use. All four zones must be present (`zone-missing`). Each aseptic room must be
 * entered from a work room through at least `minBufferRooms` buffer rooms, and from nowhere
 * through fewer (`aseptic-not-from-work-room`, `too-few-buffers`). Each washing room must be
 * larger than `minWashingAreaM2` (`washing-room-small`).
 */
export function compileSuiteMicroLab(header: RuleHeader, rule: SuiteMicroLabRule): SuiteRule {
  const areaRequirement: Requirement = { min: rule.minWashingAreaM2, minExclusive: true, max: null, unit: 'm2' };

  function judgeAseptic(verdicts: SuiteVerdicts, graph: SuiteGraph, aseptic: RoomContext): void {
    const search = searchBuffers(graph, aseptic);
    const fewest = Math.min(search.buffersToAnyRoom, search.buffersToWorkRoom ?? Number.POSITIVE_INFINITY);
    const uncertain = search.roomsWithoutUse.length > 0;
    if (fewest < rule.minBufferRooms) {
      if (uncertain) verdicts.cannotEvaluate(search.roomsWithoutUse[0]!, 'use-missing');
      else verdicts.fail({ roomIds: [aseptic.room.id], actual: fewest, reason: { code: 'too-few-buffers', params: { buffers: fewest, minBuffers: rule.minBufferRooms } } });
      return;
    }
    if (search.buffersToWorkRoom === null) {
      if (uncertain) verdicts.cannotEvaluate(search.roomsWithoutUse[0]!, 'use-missing');
      else verdicts.fail({ roomIds: [aseptic.room.id], reason: { code: 'aseptic-not-from-work-room' } });
      return;
    }
    verdicts.pass();
  }

  function judgeWashingRoom(verdicts: SuiteVerdicts, washing: RoomContext): void {
    const area = washing.metrics.areaM2;
    if (area === null) {
      verdicts.cannotEvaluate(washing.room.id, 'area-missing');
      return;
    }
    // judgeBounds reads an area that lands on the limit through floating point as on it, so 10 m² fails.
    if (judgeBounds(area, areaRequirement).outcome === 'pass') verdicts.pass();
    else verdicts.fail({ roomIds: [washing.room.id], required: areaRequirement, actual: area, reason: { code: 'washing-room-small' } });
  }

  return {
    scope: 'suite',
    header,
    reads: ['use', 'area', 'class'],
    evaluate(graph) {
      const verdicts = new SuiteVerdicts(header);
      const labRooms = graph.rooms.filter((context) => ZONES.some((zone) => hasRole(context, zone)));
      if (labRooms.length === 0) return verdicts.findings({ code: 'micro-lab-layout-holds' }, { code: 'no-micro-lab' });

      const labRoomIds = labRooms.map((context) => context.room.id);
      for (const zone of ZONES) {
        if (labRooms.some((context) => hasRole(context, zone))) verdicts.pass();
        else verdicts.fail({ roomIds: labRoomIds, reason: { code: 'zone-missing', params: { zone } } });
      }
      for (const room of labRooms) {
        if (hasRole(room, 'micro-aseptic')) judgeAseptic(verdicts, graph, room);
        if (resolveRoomUse(room.room.use)?.id === WASHING_USE) judgeWashingRoom(verdicts, room);
      }
      return verdicts.findings({ code: 'micro-lab-layout-holds' }, { code: 'no-micro-lab' });
    },
  };
}
