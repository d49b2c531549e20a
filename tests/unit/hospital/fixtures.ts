import type { Biosafety } from '../../../src/domain/biosafety';
import type { HospitalClass } from '../../../src/domain/cleanliness';
import type { Finding } from '../../../src/engine/findings';
import { checkProject } from '../../../src/engine/check';
import type { Door, Room } from '../../../src/domain/project';
import { makeProject, makeRoom, rectangle, type RoomOptions } from '../engine/fixtures';

export { makeDoor, rectangle } from '../engine/fixtures';

/** Worked operating room of 6.0 × 5.4 m and 3.0 m clear height: 32.4 m², 97.2 m³. */
export const WORKED_OR_POLYGON = rectangle(0, 0, 6_000, 5_400);
export const WORKED_OR_HEIGHT_M = 3.0;

/** Builds an operating room (use `operating-room`) of the worked size and the given GB 50333 class. */
export function operatingRoom(hospitalClass: HospitalClass | null, options: Partial<RoomOptions> = {}): Room {
  return makeRoom({
    id: 'or-1',
    use: 'operating-room',
    polygon: WORKED_OR_POLYGON,
    clearHeightM: WORKED_OR_HEIGHT_M,
    cleanliness: hospitalClass === null ? null : { kind: 'hospital', hospitalClass },
    ...options,
  });
}

/** Builds a room with a biosafety level; other options as for `makeRoom`. */
export function labRoom(id: string, biosafety: Biosafety | null, options: Partial<RoomOptions> = {}): Room {
  return { ...makeRoom({ id, use: 'bsl-lab', ...options }), biosafety };
}

/** Runs one rule set over the rooms and doors and returns the findings of one rule (`<set>/<rule>`). */
export function findingsOf(ruleId: string, rooms: Room[], doors: Door[] = []): Finding[] {
  const setId = ruleId.split('/')[0]!;
  const result = checkProject(makeProject(rooms, doors, [setId]));
  return result.findings.filter((finding) => finding.ruleId === ruleId);
}

/** Returns the only finding of a rule for a room, failing the test when there is not exactly one. */
export function onlyFinding(ruleId: string, rooms: Room[], doors: Door[] = []): Finding {
  const findings = findingsOf(ruleId, rooms, doors);
  if (findings.length !== 1) throw new Error(`expected one finding of ${ruleId}, found ${findings.length}`);
  return findings[0]!;
}
