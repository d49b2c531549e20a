import type { RuleHeader, SuiteRule } from '../checks/types';
import type { RoomContext } from '../rooms';
import type { SuiteOperatingDepartmentRule } from '../rules/schema';
import type { SuiteGraph } from './graph';
import { useHasRole } from './roomUses';
import { SuiteVerdicts } from './suiteFinding';

/**
 * Returns the rooms reached from the clean corridors without passing a dirty corridor. The search
 * does not continue past an operating room, so an operating room counts as reached from the clean
 * side only through clean-side rooms (scrub room, pre-anaesthesia room, sterile store), never
 * through another operating room.
 */
function searchCleanSide(graph: SuiteGraph, cleanCorridors: readonly RoomContext[]): ReadonlySet<string> {
  const reached = new Set(cleanCorridors.map((context) => context.room.id));
  const queue = [...cleanCorridors];
  for (let head = 0; head < queue.length; head++) {
    const current = queue[head]!;
    for (const { other } of graph.edgesOf(current.room.id)) {
      if (other === null || reached.has(other.room.id)) continue;
      if (useHasRole(other.room.use, 'non-clean-circulation')) continue;
      reached.add(other.room.id);
      if (!useHasRole(other.room.use, 'operating-room')) queue.push(other);
    }
  }
  return reached;
}

/**
 * Compiles the operating-department circulation rule (contractor practice on GB 50333 layouts),
 * which applies when any room is an operating room. No door may join a clean corridor and a dirty
 * corridor directly (`corridors-joined`). The department must have a clean corridor
 * (`no-clean-corridor`), and each operating room must be reached from it through clean-side rooms
 * (`or-not-from-clean-side`).
 */
export function compileSuiteOperatingDepartment(header: RuleHeader, _rule: SuiteOperatingDepartmentRule): SuiteRule {
  return {
    scope: 'suite',
    header,
    reads: ['use', 'class'],
    evaluate(graph) {
      const verdicts = new SuiteVerdicts(header);
      const operatingRooms = graph.rooms.filter((context) => useHasRole(context.room.use, 'operating-room'));
      if (operatingRooms.length === 0) return verdicts.findings({ code: 'circulation-separated' }, { code: 'no-operating-room' });

      for (const { door, sideA, sideB } of graph.doors) {
        if (sideB === null) continue;
        const cleanA = useHasRole(sideA.room.use, 'clean-circulation');
        const cleanB = useHasRole(sideB.room.use, 'clean-circulation');
        const dirtyA = useHasRole(sideA.room.use, 'non-clean-circulation');
        const dirtyB = useHasRole(sideB.room.use, 'non-clean-circulation');
        if ((cleanA && dirtyB) || (dirtyA && cleanB)) {
          verdicts.fail({ roomIds: [sideA.room.id, sideB.room.id], doorId: door.id, otherRoomId: sideB.room.id, reason: { code: 'corridors-joined' } });
        }
      }

      // A room without a use might be a corridor of either kind, so no verdict of this rule can pass.
      const roomsWithoutUse = graph.rooms.filter((context) => context.useKey === null);
      for (const context of roomsWithoutUse) verdicts.cannotEvaluate(context.room.id, 'use-missing');

      const cleanCorridors = graph.rooms.filter((context) => useHasRole(context.room.use, 'clean-circulation'));
      if (cleanCorridors.length === 0) {
        if (roomsWithoutUse.length === 0) verdicts.fail({ roomIds: operatingRooms.map((context) => context.room.id), reason: { code: 'no-clean-corridor' } });
        return verdicts.findings({ code: 'circulation-separated' }, { code: 'no-operating-room' });
      }

      const reached = searchCleanSide(graph, cleanCorridors);
      for (const operatingRoom of operatingRooms) {
        if (reached.has(operatingRoom.room.id)) verdicts.pass();
        else if (roomsWithoutUse.length === 0) verdicts.fail({ roomIds: [operatingRoom.room.id], reason: { code: 'or-not-from-clean-side' } });
      }
      return verdicts.findings({ code: 'circulation-separated' }, { code: 'no-operating-room' });
    },
  };
}
