import type { Door } from '../../domain/project';
import { OUTSIDE } from '../../domain/project';
import type { Finding, FindingReason, Requirement } from '../findings';
import type { RoomContext } from '../rooms';
import type { DoorFlowDirectionRule, DoorNegativeByUseRule } from '../rules/schema';
import { judgeBounds, makeFinding, type DoorRule, type RuleHeader } from './types';

/**
 * Any step above zero in the required direction passes: these rules name a direction of flow and
 * no figure, so 0 Pa (no flow either way) fails.
 */
const POSITIVE_STEP: Requirement = { min: 0, minExclusive: true, max: null, unit: 'Pa' };

/**
 * Cleanliness order for flow direction, lower being cleaner, within one class system: ISO classes
 * (a GMP grade counts as its at-rest ISO equivalent) or GB 50687 food classes I–IV. Unclassified
 * rooms and the outdoors rank last in every system.
 */
type Rank = { readonly system: 'iso' | 'food'; readonly value: number } | 'non-clean';

const FOOD_CLASS_ORDER = { I: 1, II: 2, III: 3, IV: 4 } as const;

/** Returns the room's rank, or null when its class is missing or has no order here (GB 50333 classes). */
function rankOf(context: RoomContext | null): Rank | null {
  if (context === null || context.unclassified) return 'non-clean';
  const cleanliness = context.room.cleanliness;
  if (cleanliness?.kind === 'food') return { system: 'food', value: FOOD_CLASS_ORDER[cleanliness.foodClass] };
  return context.isoClass === null ? null : { system: 'iso', value: context.isoClass };
}

/** Returns -1 when side A is cleaner, 1 when side B is, 0 for the same class, or null across class systems. */
function compareRanks(a: Rank, b: Rank): -1 | 0 | 1 | null {
  if (a === 'non-clean') return b === 'non-clean' ? 0 : 1;
  if (b === 'non-clean') return -1;
  if (a.system !== b.system) return null;
  if (a.value === b.value) return 0;
  return a.value < b.value ? -1 : 1;
}

function pressureOf(context: RoomContext | null): number | null {
  return context === null ? 0 : context.design.pressurePa;
}

function idOf(context: RoomContext | null): string {
  return context === null ? OUTSIDE : context.room.id;
}

interface DoorFindingFields {
  readonly outcome: Finding['outcome'];
  readonly roomId: string;
  readonly otherRoomId: string;
  readonly actual: number | null;
  readonly reason: FindingReason;
}

function doorFinding(header: RuleHeader, door: Door, fields: DoorFindingFields): Finding {
  return makeFinding(header, { ...fields, doorId: door.id, required: POSITIVE_STEP });
}

/**
 * Judges the step from `upstream` (which must be higher) to `downstream`. The finding's room is
 * the upstream side, so that reports read "upstream must be above downstream" whatever `direction`
 * records about why. A missing pressure on
 * either side is "cannot evaluate"; the step is signed, so a reversed flow fails as `wrong-direction`.
 */
function judgeFlow(header: RuleHeader, door: Door, upstream: RoomContext | null, downstream: RoomContext | null, direction: string): Finding {
  const upstreamPa = pressureOf(upstream);
  const downstreamPa = pressureOf(downstream);
  const roomId = idOf(upstream);
  const otherRoomId = idOf(downstream);
  if (upstreamPa === null || downstreamPa === null) {
    const room = upstreamPa === null ? roomId : otherRoomId;
    return doorFinding(header, door, { outcome: 'cannot-evaluate', roomId, otherRoomId, actual: null, reason: { code: 'pressure-missing', params: { room, direction } } });
  }
  const step = upstreamPa - downstreamPa;
  const judged = judgeBounds(step, POSITIVE_STEP);
  const code = step < 0 ? 'wrong-direction' : judged.code;
  return doorFinding(header, door, { outcome: judged.outcome, roomId, otherRoomId, actual: step, reason: { code, params: { direction, cleanerPa: upstreamPa, otherPa: downstreamPa } } });
}

/**
 * Compiles the rule that air flows from the cleaner side of a door to the less clean side. A
 * containment room reverses the expected direction: the air must flow into it. Doors between two
 * rooms of the same class are not applicable, and a door to a room without a class cannot be judged.
 */
export function compileDoorFlowDirection(header: RuleHeader, _rule: DoorFlowDirectionRule): DoorRule {
  return {
    scope: 'door',
    header,
    evaluate(door, sideA, sideB) {
      const rankA = rankOf(sideA);
      const rankB = rankOf(sideB);
      const otherId = idOf(sideB);
      if (rankA === null || rankB === null) {
        const room = rankA === null ? sideA.room.id : otherId;
        return doorFinding(header, door, { outcome: 'cannot-evaluate', roomId: sideA.room.id, otherRoomId: otherId, actual: null, reason: { code: 'class-missing', params: { room } } });
      }
      if (rankA === 'non-clean' && rankB === 'non-clean') {
        if (sideB === null) return null;
        return doorFinding(header, door, { outcome: 'not-applicable', roomId: sideA.room.id, otherRoomId: otherId, actual: null, reason: { code: 'both-non-clean' } });
      }
      const order = compareRanks(rankA, rankB);
      if (order === null) {
        return doorFinding(header, door, { outcome: 'cannot-evaluate', roomId: sideA.room.id, otherRoomId: otherId, actual: null, reason: { code: 'classes-not-comparable' } });
      }
      if (order === 0) {
        return doorFinding(header, door, { outcome: 'not-applicable', roomId: sideA.room.id, otherRoomId: otherId, actual: null, reason: { code: 'same-class' } });
      }

      const cleaner = order < 0 ? sideA : (sideB as RoomContext);
      const other = order < 0 ? sideB : sideA;
      if (cleaner.room.containment) return judgeFlow(header, door, other, cleaner, 'containment-lower');
      return judgeFlow(header, door, cleaner, other, 'cleaner-higher');
    },
  };
}

/**
 * Compiles the rule that rooms of the listed uses are held below every neighbour (GB 50457: dust,
 * organic solvents, penicillin-type products, pathogens, radioactive drugs). A room flagged
 * `containment` counts as such a room whatever its use. A door with no such room on either side
 * is skipped, unless a side has no use, which makes the door "cannot evaluate".
 */
export function compileDoorNegativeByUse(header: RuleHeader, rule: DoorNegativeByUseRule): DoorRule {
  const uses = new Set(rule.uses.map((use) => use.trim().toLowerCase()));
  const mustBeNegative = (context: RoomContext | null) => context !== null && (context.room.containment || (context.useKey !== null && uses.has(context.useKey)));
  const useMissing = (context: RoomContext | null) => context !== null && !context.room.containment && context.useKey === null;

  return {
    scope: 'door',
    header,
    evaluate(door, sideA, sideB) {
      const otherId = idOf(sideB);
      const negativeA = mustBeNegative(sideA);
      const negativeB = mustBeNegative(sideB);
      if (negativeA && negativeB) {
        return doorFinding(header, door, { outcome: 'not-applicable', roomId: sideA.room.id, otherRoomId: otherId, actual: null, reason: { code: 'both-negative' } });
      }
      if (negativeA) return judgeFlow(header, door, sideB, sideA, 'negative-room-lower');
      if (negativeB) return judgeFlow(header, door, sideA, sideB, 'negative-room-lower');

      if (useMissing(sideA) || useMissing(sideB)) {
        const room = useMissing(sideA) ? sideA.room.id : otherId;
        return doorFinding(header, door, { outcome: 'cannot-evaluate', roomId: sideA.room.id, otherRoomId: otherId, actual: null, reason: { code: 'room-use-missing', params: { room } } });
      }
      return null;
    },
  };
}
