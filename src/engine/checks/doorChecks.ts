import type { Door } from '../../domain/project';
import { OUTSIDE } from '../../domain/project';
import type { Finding, FindingReason, Requirement } from '../findings';
import type { RoomContext } from '../rooms';
import type { DoorPressureStepRule, DoorRelation } from '../rules/schema';
import { judgeBounds, makeFinding, type DoorRule, type RuleHeader } from './types';

/**
 * One side of a door, classified for a pressure rule. `rank` orders cleanliness, lower being
 * cleaner: the ISO class number, or the grade's position A=0 … D=3. `room` is null for the outdoors.
 */
type Side =
  | { readonly state: 'clean'; readonly rank: number; readonly room: RoomContext }
  | { readonly state: 'non-clean'; readonly room: RoomContext | null }
  | { readonly state: 'unknown'; readonly room: RoomContext };

const GRADE_RANK = { A: 0, B: 1, C: 2, D: 3 } as const;

/** Classifies a side by ISO class (GB 50073). A GMP-graded room counts with its at-rest ISO equivalent. */
function isoSide(context: RoomContext): Side {
  if (context.unclassified) return { state: 'non-clean', room: context };
  if (context.isoClass === null) return { state: 'unknown', room: context };
  return { state: 'clean', rank: context.isoClass, room: context };
}

/** Classifies a side by GMP grade (China GMP). A room with only an ISO class, or none, has an unknown grade. */
function gradeSide(context: RoomContext): Side {
  if (context.unclassified) return { state: 'non-clean', room: context };
  if (context.grade === null) return { state: 'unknown', room: context };
  return { state: 'clean', rank: GRADE_RANK[context.grade], room: context };
}

const OUTDOORS: Side = { state: 'non-clean', room: null };

type Applicability =
  | { readonly verdict: 'skip' }
  | { readonly verdict: 'not-applicable'; readonly code: string }
  | { readonly verdict: 'cannot-evaluate'; readonly unknown: RoomContext }
  | { readonly verdict: 'evaluate'; readonly cleaner: Side & { room: RoomContext }; readonly other: Side };

const SKIP: Applicability = { verdict: 'skip' };

function firstUnknown(a: Side, b: Side): RoomContext {
  return a.state === 'unknown' ? a.room : (b.room as RoomContext);
}

function evaluateBetween(cleaner: Side, other: Side): Applicability {
  return { verdict: 'evaluate', cleaner: cleaner as Side & { room: RoomContext }, other };
}

/** Decides whether a door joins two clean rooms of different classes or grades. */
function betweenClean(a: Side, b: Side, outdoors: boolean): Applicability {
  if (outdoors || a.state === 'non-clean' || b.state === 'non-clean') return SKIP;
  if (a.state === 'unknown' || b.state === 'unknown') return { verdict: 'cannot-evaluate', unknown: firstUnknown(a, b) };
  if (a.state !== 'clean' || b.state !== 'clean') return SKIP;
  if (a.rank === b.rank) return { verdict: 'not-applicable', code: 'same-class' };
  return a.rank < b.rank ? evaluateBetween(a, b) : evaluateBetween(b, a);
}

/** Decides whether a door joins a clean and a non-clean side. The outdoors counts as non-clean only when `outdoorsIsNonClean`. */
function cleanVersusNonClean(a: Side, b: Side, outdoors: boolean, outdoorsIsNonClean: boolean): Applicability {
  if (outdoors && !outdoorsIsNonClean) return SKIP;
  if (a.state === 'non-clean' && b.state === 'non-clean') return { verdict: 'not-applicable', code: 'both-non-clean' };
  if (a.state === 'clean' && b.state === 'clean') return SKIP;
  if (a.state === 'unknown' || b.state === 'unknown') return { verdict: 'cannot-evaluate', unknown: firstUnknown(a, b) };
  return a.state === 'clean' ? evaluateBetween(a, b) : evaluateBetween(b, a);
}

/** Decides whether a door joins a clean room and the outdoors. */
function cleanVersusOutdoors(a: Side, outdoors: boolean): Applicability {
  if (!outdoors) return SKIP;
  if (a.state === 'non-clean') return { verdict: 'not-applicable', code: 'unclassified' };
  if (a.state === 'unknown') return { verdict: 'cannot-evaluate', unknown: a.room };
  return evaluateBetween(a, OUTDOORS);
}

function applicability(relation: DoorRelation, sideA: RoomContext, sideB: RoomContext | null): Applicability {
  const outdoors = sideB === null;
  const byGrade = relation === 'different-grades' || relation === 'grade-non-clean';
  const a = byGrade ? gradeSide(sideA) : isoSide(sideA);
  let b = OUTDOORS;
  if (sideB !== null) b = byGrade ? gradeSide(sideB) : isoSide(sideB);

  switch (relation) {
    case 'different-classes':
    case 'different-grades':
      return betweenClean(a, b, outdoors);
    case 'clean-non-clean':
      return cleanVersusNonClean(a, b, outdoors, false);
    case 'grade-non-clean':
      return cleanVersusNonClean(a, b, outdoors, true);
    case 'clean-outdoors':
      return cleanVersusOutdoors(a, outdoors);
  }
}

/** Returns the pressure relative to outdoors, which makes the outdoors itself 0 Pa. */
function pressureOf(side: Side): number | null {
  return side.room === null ? 0 : side.room.design.pressurePa;
}

/** Returns a side's ISO class for reason parameters, or null for the outdoors or an unknown class. */
function isoClassOf(side: Side): number | null {
  return side.room?.isoClass ?? null;
}

/** Returns the grade a side's ISO class was taken from (GB rules on GMP rooms), or null. */
function fromGradeOf(side: Side): string | null {
  const context = side.room;
  return context !== null && context.isoClassFromGrade ? context.grade : null;
}

/**
 * Builds the reason parameters of a judged step. The object always has the same keys, with null
 * where a value does not apply, so V8 keeps one object shape on this hot path.
 */
function stepParams(cleaner: Side, other: Side, byGrade: boolean, containment: boolean, cleanerPa: number | null, otherPa: number | null) {
  return {
    direction: containment ? 'cleaner-lower' : 'cleaner-higher',
    cleanerIsoClass: byGrade ? null : isoClassOf(cleaner),
    otherIsoClass: byGrade ? null : isoClassOf(other),
    cleanerFromGrade: byGrade ? null : fromGradeOf(cleaner),
    otherFromGrade: byGrade ? null : fromGradeOf(other),
    cleanerGrade: byGrade ? (cleaner.room?.grade ?? null) : null,
    otherGrade: byGrade ? (other.room?.grade ?? null) : null,
    cleanerPa,
    otherPa,
    room: null as string | null,
  };
}

/**
 * Compiles a rule on the pressure step across a door, judged from the cleaner side: the cleaner room must be at
 * least `minPa` above the other side, or at least `minPa` below it when the cleaner room is a
 * containment room. The step is signed, so a negative-pressure room is judged as it is and a
 * step in the wrong direction fails with `wrong-direction`.
 */
export function compileDoorPressureStep(header: RuleHeader, rule: DoorPressureStepRule): DoorRule {
  const required: Requirement = { min: rule.minPa, max: null, unit: 'Pa' };
  const byGrade = rule.between === 'different-grades' || rule.between === 'grade-non-clean';

  function finding(door: Door, roomId: string, otherRoomId: string, outcome: Finding['outcome'], actual: number | null, reason: FindingReason) {
    return makeFinding(header, { outcome, roomId, otherRoomId, doorId: door.id, required, actual, reason });
  }

  return {
    scope: 'door',
    header,
    evaluate(door, sideA, sideB) {
      const otherId = sideB === null ? OUTSIDE : sideB.room.id;
      const verdict = applicability(rule.between, sideA, sideB);
      switch (verdict.verdict) {
        case 'skip':
          return null;
        case 'not-applicable': {
          const code = byGrade && verdict.code === 'same-class' ? 'same-grade' : verdict.code;
          return finding(door, sideA.room.id, otherId, 'not-applicable', null, { code });
        }
        case 'cannot-evaluate': {
          const code = byGrade ? 'grade-missing' : 'class-missing';
          const params: Record<string, string | number> = { room: verdict.unknown.room.id };
          if (byGrade && verdict.unknown.isoClass !== null) params.isoClass = verdict.unknown.isoClass;
          return finding(door, sideA.room.id, otherId, 'cannot-evaluate', null, { code, params });
        }
        case 'evaluate':
          return judgeStep(door, verdict.cleaner, verdict.other);
      }
    },
  };

  function judgeStep(door: Door, cleaner: Side & { room: RoomContext }, other: Side): Finding {
    const cleanerId = cleaner.room.room.id;
    const otherId = other.room === null ? OUTSIDE : other.room.room.id;
    const cleanerPa = pressureOf(cleaner);
    const otherPa = pressureOf(other);
    const containment = cleaner.room.room.containment;
    const params = stepParams(cleaner, other, byGrade, containment, cleanerPa, otherPa);
    if (cleanerPa === null || otherPa === null) {
      params.room = cleanerPa === null ? cleanerId : otherId;
      return finding(door, cleanerId, otherId, 'cannot-evaluate', null, { code: 'pressure-missing', params });
    }

    const step = containment ? otherPa - cleanerPa : cleanerPa - otherPa;
    const judged = judgeBounds(step, required);
    const code = step < 0 ? 'wrong-direction' : judged.code;
    return finding(door, cleanerId, otherId, judged.outcome, step, { code, params });
  }
}
