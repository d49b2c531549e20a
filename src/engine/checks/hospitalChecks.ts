import type { HospitalClass } from '../../domain/cleanliness';
import type { Door } from '../../domain/project';
import { OUTSIDE } from '../../domain/project';
import type { Finding, FindingReason, Requirement } from '../findings';
import type { RoomContext } from '../rooms';
import type { DoorHospitalPressureStepRule, RoomHospitalTableRule } from '../rules/hospitalSchema';
import { hospitalQuantityOf } from './hospitalQuantities';
import { judgeBounds, makeFinding, type DoorRule, type RoomRule, type RuleHeader } from './types';

/** GB 50333 class of a room, or null when the room is not classed that way. */
export function hospitalClassOf(context: RoomContext): HospitalClass | null {
  const cleanliness = context.room.cleanliness;
  return cleanliness?.kind === 'hospital' ? cleanliness.hospitalClass : null;
}

/**
 * Compiles a GB 50333 room-table rule (Table 4.0.1). The row is found by the room's use and, for
 * operating rooms, by its class. A room whose use no row lists is not judged (null), unless it has
 * a GB 50333 class and no use at all, which makes the rule "cannot evaluate".
 */
export function compileRoomHospitalTable(header: RuleHeader, rule: RoomHospitalTableRule): RoomRule {
  function finding(context: RoomContext, outcome: Finding['outcome'], required: Requirement | null, actual: number | null, reason: FindingReason): Finding {
    return makeFinding(header, { outcome, roomId: context.room.id, required, actual, reason });
  }

  return {
    scope: 'room',
    header,
    evaluate(context) {
      const hospitalClass = hospitalClassOf(context);
      if (context.useKey === null) {
        return hospitalClass === null ? null : finding(context, 'cannot-evaluate', null, null, { code: 'hospital-use-missing' });
      }
      const useKey = context.useKey;
      const rowsForUse = rule.rows.filter((row) => row.uses.includes(useKey));
      if (rowsForUse.length === 0) return null;

      const classKeyed = rowsForUse.some((row) => row.hospitalClasses !== undefined);
      if (classKeyed && hospitalClass === null) {
        return finding(context, 'cannot-evaluate', null, null, { code: 'hospital-class-missing' });
      }
      const row = rowsForUse.find((candidate) => candidate.hospitalClasses === undefined || (hospitalClass !== null && candidate.hospitalClasses.includes(hospitalClass)));
      if (row === undefined) {
        return finding(context, 'not-applicable', null, null, { code: 'hospital-class-not-in-table', params: { hospitalClass } });
      }

      const required: Requirement = { min: row.min, max: row.max, unit: rule.unit };
      const scope = { scopeEn: row.label.en, scopeZh: row.label['zh-CN'] };
      const value = hospitalQuantityOf(context, rule.quantity);
      if (!value.ok) return finding(context, 'cannot-evaluate', required, null, { code: value.code, params: { ...scope, ...value.params } });

      const judged = judgeBounds(value.value, required);
      return finding(context, judged.outcome, required, value.value, { code: judged.code, params: scope });
    },
  };
}

/** Rank of a GB 50333 class, lower being cleaner. */
const CLASS_RANK: Readonly<Record<HospitalClass, number>> = { I: 0, II: 1, III: 2, IV: 3 };

/**
 * One side of a door for a GB 50333 pressure rule: a room of a GB 50333 class, a non-clean room
 * or the outdoors (room null), or a room whose class is missing or of another system.
 */
type Side =
  | { readonly state: 'hospital'; readonly rank: number; readonly context: RoomContext }
  | { readonly state: 'non-clean'; readonly context: RoomContext | null }
  | { readonly state: 'unknown'; readonly context: RoomContext };

function sideOf(context: RoomContext | null): Side {
  if (context === null || context.unclassified) return { state: 'non-clean', context };
  const hospitalClass = hospitalClassOf(context);
  if (hospitalClass === null) return { state: 'unknown', context };
  return { state: 'hospital', rank: CLASS_RANK[hospitalClass], context };
}

function pressureOf(side: Side): number | null {
  return side.context === null ? 0 : side.context.design.pressurePa;
}

function idOf(side: Side): string {
  return side.context === null ? OUTSIDE : side.context.room.id;
}

/** Sides of a door for a step check: the side judged, the side it is judged against, and whether the first must be lower. */
type Pairing =
  | { readonly verdict: 'skip' }
  | { readonly verdict: 'cannot-evaluate'; readonly unknown: RoomContext }
  | { readonly verdict: 'not-applicable'; readonly code: string }
  | { readonly verdict: 'judge'; readonly judged: Side; readonly other: Side; readonly lower: boolean };

const SKIP: Pairing = { verdict: 'skip' };

function isContainment(side: Side): boolean {
  return side.context !== null && side.context.room.containment;
}

/** Pairs the cleaner side with the other; a containment room as the cleaner side must be the lower one. */
function cleanerFirst(a: Side & { rank: number }, b: Side): Pairing {
  const bRank = b.state === 'hospital' ? b.rank : Number.POSITIVE_INFINITY;
  const [judged, other] = a.rank <= bRank ? [a, b] : [b, a];
  return { verdict: 'judge', judged, other, lower: isContainment(judged) };
}

function pairDifferentClasses(a: Side, b: Side): Pairing {
  if (a.state !== 'hospital' && b.state !== 'hospital') return SKIP;
  if (a.state === 'non-clean' || b.state === 'non-clean') return SKIP;
  if (a.state === 'unknown') return { verdict: 'cannot-evaluate', unknown: a.context };
  if (b.state === 'unknown') return { verdict: 'cannot-evaluate', unknown: b.context };
  if (a.state !== 'hospital' || b.state !== 'hospital') return SKIP;
  if (a.rank === b.rank) return { verdict: 'not-applicable', code: 'same-class' };
  return cleanerFirst(a, b);
}

function pairHospitalNonClean(a: Side, b: Side): Pairing {
  if (a.state === 'hospital' && b.state === 'non-clean') return cleanerFirst(a, b);
  if (b.state === 'hospital' && a.state === 'non-clean') return cleanerFirst(b, a);
  return SKIP;
}

/** A GB 50333-classed room held negative, against a connected room that is not (the outdoors is left out). */
function pairContainment(a: Side, b: Side): Pairing {
  if (a.context === null || b.context === null) return SKIP;
  const aContained = a.state === 'hospital' && isContainment(a);
  const bContained = b.state === 'hospital' && isContainment(b);
  if (aContained && isContainment(b)) return { verdict: 'not-applicable', code: 'both-negative' };
  if (bContained && isContainment(a)) return { verdict: 'not-applicable', code: 'both-negative' };
  if (aContained) return { verdict: 'judge', judged: a, other: b, lower: true };
  if (bContained) return { verdict: 'judge', judged: b, other: a, lower: true };
  return SKIP;
}

function pair(relation: DoorHospitalPressureStepRule['between'], a: Side, b: Side): Pairing {
  switch (relation) {
    case 'different-hospital-classes':
      return pairDifferentClasses(a, b);
    case 'hospital-non-clean':
      return pairHospitalNonClean(a, b);
    case 'containment':
      return pairContainment(a, b);
  }
}

/**
 * Compiles a GB 50333 door pressure-step rule (§4.0.2). The step is signed: the judged room must be
 * above the other side by at least `minPa`, or below it when the room is held negative, so a
 * negative-pressure OR is judged as it is and a step the wrong way fails with `wrong-direction`.
 * `maxPaExclusive` caps the size of the step in either direction.
 */
export function compileDoorHospitalPressureStep(header: RuleHeader, rule: DoorHospitalPressureStepRule): DoorRule {
  const required: Requirement = {
    min: rule.minPa,
    max: rule.maxPaExclusive ?? null,
    unit: 'Pa',
    ...(rule.maxPaExclusive !== undefined ? { maxExclusive: true } : {}),
  };

  function finding(door: Door, roomId: string, otherRoomId: string, outcome: Finding['outcome'], actual: number | null, reason: FindingReason): Finding {
    return makeFinding(header, { outcome, roomId, otherRoomId, doorId: door.id, required, actual, reason });
  }

  return {
    scope: 'door',
    header,
    evaluate(door, sideA, sideB) {
      const pairing = pair(rule.between, sideOf(sideA), sideOf(sideB));
      const otherId = sideB === null ? OUTSIDE : sideB.room.id;
      switch (pairing.verdict) {
        case 'skip':
          return null;
        case 'not-applicable':
          return finding(door, sideA.room.id, otherId, 'not-applicable', null, { code: pairing.code });
        case 'cannot-evaluate':
          return finding(door, sideA.room.id, otherId, 'cannot-evaluate', null, { code: 'hospital-class-missing', params: { room: pairing.unknown.room.id } });
        case 'judge':
          return judgeStep(door, pairing.judged, pairing.other, pairing.lower);
      }
    },
  };

  function judgeStep(door: Door, judged: Side, other: Side, lower: boolean): Finding {
    const judgedId = idOf(judged);
    const otherId = idOf(other);
    const judgedPa = pressureOf(judged);
    const otherPa = pressureOf(other);
    const direction = lower ? 'cleaner-lower' : 'cleaner-higher';
    if (judgedPa === null || otherPa === null) {
      const room = judgedPa === null ? judgedId : otherId;
      return finding(door, judgedId, otherId, 'cannot-evaluate', null, { code: 'pressure-missing', params: { direction, room } });
    }

    const step = lower ? otherPa - judgedPa : judgedPa - otherPa;
    const judgedStep = judgeBounds(step, required);
    const code = step < 0 ? 'wrong-direction' : judgedStep.code;
    return finding(door, judgedId, otherId, judgedStep.outcome, step, { code, params: { direction, judgedPa, otherPa } });
  }
}
