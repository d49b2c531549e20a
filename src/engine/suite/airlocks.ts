import type { RuleHeader, SuiteRule } from '../checks/types';
import type { RoomContext } from '../rooms';
import type { SuiteAirlockRule, SuiteEntryPathRule } from '../rules/schema';
import { rankSide, sideId, type SuiteDoor } from './graph';
import { useHasRole, type RoomUseRole } from './roomUses';
import { SuiteVerdicts } from './suiteFinding';

/** Grade rank given to non-clean space (unclassified rooms, the outdoors): one step below grade D. */
const NON_CLEAN_GRADE_RANK = 4;

type RoleAnswer = 'yes' | 'no' | 'unknown';

/** Returns whether a side has `role`; a room without a use is unknown, the outdoors never has one. */
function sideHasRole(context: RoomContext | null, role: RoomUseRole): RoleAnswer {
  if (context === null) return 'no';
  if (context.useKey === null) return 'unknown';
  return useHasRole(context.room.use, role) ? 'yes' : 'no';
}

/** Combines two sides: yes if either side has the role, unknown if neither has it but one has no use. */
function eitherSideHasRole(a: RoomContext | null, b: RoomContext | null, role: RoomUseRole): RoleAnswer {
  const answerA = sideHasRole(a, role);
  const answerB = sideHasRole(b, role);
  if (answerA === 'yes' || answerB === 'yes') return 'yes';
  if (answerA === 'unknown' || answerB === 'unknown') return 'unknown';
  return 'no';
}

function roomWithoutUse(a: RoomContext | null, b: RoomContext | null): string {
  return a !== null && a.useKey === null ? a.room.id : sideId(b);
}

/**
 * Compiles the rule that every change of GMP grade through a door happens at an airlock. A door
 * joining rooms more than `maxGradeStep` grades apart fails (`grade-jump`). A door joining rooms
 * of different grades fails unless one side's use has the `airlock` role (airlock, buffer,
 * gowning room, air shower, pass box). Non-clean space counts as the grade below D.
 */
export function compileSuiteAirlock(header: RuleHeader, rule: SuiteAirlockRule): SuiteRule {
  function judgeDoor(verdicts: SuiteVerdicts, { door, sideA, sideB }: SuiteDoor): void {
    const rankA = rankSide(sideA, 'grade');
    const rankB = rankSide(sideB, 'grade');
    if (rankA.state === 'unknown' || rankB.state === 'unknown') {
      verdicts.cannotEvaluate(rankA.state === 'unknown' ? sideA.room.id : sideId(sideB), 'grade-missing');
      return;
    }
    const gradeA = rankA.state === 'clean' ? rankA.rank : NON_CLEAN_GRADE_RANK;
    const gradeB = rankB.state === 'clean' ? rankB.rank : NON_CLEAN_GRADE_RANK;
    const step = Math.abs(gradeA - gradeB);
    if (step === 0) return;

    const roomIds = [sideA.room.id, sideId(sideB)];
    const params = { gradeA: sideA.grade, gradeB: sideB?.grade ?? null, step, maxStep: rule.maxGradeStep };
    if (step > rule.maxGradeStep) {
      verdicts.fail({ roomIds, doorId: door.id, otherRoomId: sideId(sideB), reason: { code: 'grade-jump', params } });
      return;
    }
    const airlock = eitherSideHasRole(sideA, sideB, 'airlock');
    if (airlock === 'yes') verdicts.pass();
    else if (airlock === 'unknown') verdicts.cannotEvaluate(roomWithoutUse(sideA, sideB), 'use-missing');
    else verdicts.fail({ roomIds, doorId: door.id, otherRoomId: sideId(sideB), reason: { code: 'no-airlock', params } });
  }

  return {
    scope: 'suite',
    header,
    reads: ['class', 'use'],
    evaluate(graph) {
      const verdicts = new SuiteVerdicts(header);
      for (const suiteDoor of graph.doors) judgeDoor(verdicts, suiteDoor);
      return verdicts.findings({ code: 'airlocks-at-grade-changes' }, { code: 'no-grade-change' });
    },
  };
}

/** A door between clean and non-clean space, with its clean side first. */
interface BoundaryDoor {
  readonly suiteDoor: SuiteDoor;
  readonly clean: RoomContext;
  readonly nonClean: RoomContext | null;
}

/** Combines the results of several doors: yes if any door has the role, else unknown if any side had no use. */
function anyDoorHasRole(current: RoleAnswer, next: RoleAnswer): RoleAnswer {
  if (current === 'yes' || next === 'yes') return 'yes';
  if (current === 'unknown' || next === 'unknown') return 'unknown';
  return 'no';
}

/** Returns the doors between a classified room and non-clean space, or records rooms whose class is missing. */
function boundaryDoors(doors: readonly SuiteDoor[], verdicts: SuiteVerdicts): BoundaryDoor[] {
  const boundary: BoundaryDoor[] = [];
  for (const suiteDoor of doors) {
    const rankA = rankSide(suiteDoor.sideA, 'iso-class');
    const rankB = rankSide(suiteDoor.sideB, 'iso-class');
    if (rankA.state === 'unknown' || rankB.state === 'unknown') {
      const unknownRoom = rankA.state === 'unknown' ? suiteDoor.sideA.room.id : sideId(suiteDoor.sideB);
      verdicts.cannotEvaluate(unknownRoom, 'class-missing');
      continue;
    }
    if (rankA.state === 'clean' && rankB.state === 'non-clean') boundary.push({ suiteDoor, clean: suiteDoor.sideA, nonClean: suiteDoor.sideB });
    if (rankA.state === 'non-clean' && rankB.state === 'clean') boundary.push({ suiteDoor, clean: suiteDoor.sideB!, nonClean: suiteDoor.sideA });
  }
  return boundary;
}

/**
 * Compiles the rule on entry paths into the clean area (rooms with an ISO class or a GMP grade).
 * Each door from non-clean space into the clean area must pass an entry room: one of its sides
 * must have the `airlock` role (gowning room, air shower, airlock, buffer, pass box), else the
 * door fails (`entry-without-airlock`). The suite must also have a personnel entry, a gowning
 * room or air shower on such a door (`no-personnel-entry`). When `requireMaterialEntry` is set,
 * it must have a material entry, a pass box or material airlock (`no-material-entry`).
 */
export function compileSuiteEntryPath(header: RuleHeader, rule: SuiteEntryPathRule): SuiteRule {
  return {
    scope: 'suite',
    header,
    reads: ['class', 'use'],
    evaluate(graph) {
      const verdicts = new SuiteVerdicts(header);
      const boundary = boundaryDoors(graph.doors, verdicts);
      let personnelEntry: RoleAnswer = 'no';
      let materialEntry: RoleAnswer = 'no';

      for (const { suiteDoor, clean, nonClean } of boundary) {
        const roomIds = [clean.room.id, sideId(nonClean)];
        const entry = eitherSideHasRole(clean, nonClean, 'airlock');
        if (entry === 'yes') verdicts.pass();
        else if (entry === 'unknown') verdicts.cannotEvaluate(roomWithoutUse(clean, nonClean), 'use-missing');
        else verdicts.fail({ roomIds, doorId: suiteDoor.door.id, otherRoomId: sideId(nonClean), reason: { code: 'entry-without-airlock' } });
        personnelEntry = anyDoorHasRole(personnelEntry, eitherSideHasRole(clean, nonClean, 'personnel-entry'));
        materialEntry = anyDoorHasRole(materialEntry, eitherSideHasRole(clean, nonClean, 'material-entry'));
      }

      if (boundary.length > 0) {
        const cleanRooms = [...new Set(boundary.map((entry) => entry.clean.room.id))];
        if (personnelEntry === 'no') verdicts.fail({ roomIds: cleanRooms, reason: { code: 'no-personnel-entry' } });
        if (rule.requireMaterialEntry && materialEntry === 'no') verdicts.fail({ roomIds: cleanRooms, reason: { code: 'no-material-entry' } });
      }
      return verdicts.findings({ code: 'entries-through-airlocks' }, { code: 'no-clean-boundary' });
    },
  };
}
