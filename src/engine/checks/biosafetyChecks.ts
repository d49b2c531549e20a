import type { Biosafety } from '../../domain/biosafety';
import type { Door } from '../../domain/project';
import { OUTSIDE } from '../../domain/project';
import type { Finding, FindingReason, Requirement } from '../findings';
import type { RoomContext } from '../rooms';
import type { DoorBiosafetyStepRule, RoomBiosafetyPressureRule, RoomBiosafetyRangeRule } from '../rules/hospitalSchema';
import { hospitalQuantityOf } from './hospitalQuantities';
import { judgeBounds, makeFinding, type DoorRule, type RoomRule, type RuleHeader } from './types';

interface BiosafetyRow {
  readonly levels: readonly Biosafety['level'][];
  readonly types?: readonly NonNullable<Biosafety['type']>[];
}

/** The row of a rule that applies to a room, or why none can be chosen. */
type RowMatch<Row> =
  | { readonly found: 'none' }
  | { readonly found: 'type-missing' }
  | { readonly found: 'row'; readonly row: Row };

/**
 * Finds the row for a room's level and type. A row without `types` covers every type. When the
 * level's rows differ by type and the room has no type, the row cannot be chosen.
 */
export function biosafetyRowFor<Row extends BiosafetyRow>(rows: readonly Row[], biosafety: Biosafety): RowMatch<Row> {
  const forLevel = rows.filter((row) => row.levels.includes(biosafety.level));
  if (forLevel.length === 0) return { found: 'none' };
  const type = biosafety.type;
  const row = forLevel.find((candidate) => candidate.types === undefined || (type !== null && candidate.types.includes(type)));
  if (row !== undefined) return { found: 'row', row };
  return type === null ? { found: 'type-missing' } : { found: 'none' };
}

function biosafetyOf(context: RoomContext | null): Biosafety | null {
  return context?.room.biosafety ?? null;
}

function levelParams(biosafety: Biosafety): Record<string, string> {
  return biosafety.type === null ? { level: biosafety.level } : { level: biosafety.level, type: biosafety.type };
}

type RangeRow = RoomBiosafetyRangeRule['rows'][number];

/**
 * Narrows the level's rows by the room's ISO class when the rows are keyed by class. Returns
 * `class-missing` when they are and the room has no ISO class, and null when no row has its class.
 */
function rowForClass(rows: readonly RangeRow[], first: RangeRow, biosafety: Biosafety, isoClass: number | null): RangeRow | 'class-missing' | null {
  if (first.isoClasses === undefined) return first;
  if (isoClass === null) return 'class-missing';
  const forRoom = rows.filter((row) => row.levels.includes(biosafety.level) && (row.types === undefined || (biosafety.type !== null && row.types.includes(biosafety.type))));
  return forRoom.find((row) => row.isoClasses !== undefined && row.isoClasses.includes(isoClass)) ?? null;
}

/** Compiles a GB 50346-2011 range by biosafety level (temperature, RH, noise, illuminance, ACH). */
export function compileRoomBiosafetyRange(header: RuleHeader, rule: RoomBiosafetyRangeRule): RoomRule {
  return {
    scope: 'room',
    header,
    evaluate(context) {
      const biosafety = biosafetyOf(context);
      if (biosafety === null) return null;
      const roomId = context.room.id;
      const params = levelParams(biosafety);
      const match = biosafetyRowFor(rule.rows, biosafety);
      if (match.found === 'none') {
        return makeFinding(header, { outcome: 'not-applicable', roomId, required: null, actual: null, reason: { code: 'biosafety-level-not-covered', params } });
      }
      if (match.found === 'type-missing') {
        return makeFinding(header, { outcome: 'cannot-evaluate', roomId, required: null, actual: null, reason: { code: 'biosafety-type-missing', params } });
      }

      const row = rowForClass(rule.rows, match.row, biosafety, context.isoClass);
      if (row === 'class-missing') {
        return makeFinding(header, { outcome: 'cannot-evaluate', roomId, required: null, actual: null, reason: { code: 'class-missing', params } });
      }
      if (row === null) {
        const classParams = { ...params, isoClass: context.isoClass ?? '' };
        return makeFinding(header, { outcome: 'not-applicable', roomId, required: null, actual: null, reason: { code: 'class-not-in-table', params: classParams } });
      }

      const required: Requirement = { min: row.min, max: row.max, unit: rule.unit };
      const value = hospitalQuantityOf(context, rule.quantity);
      if (!value.ok) {
        return makeFinding(header, { outcome: 'cannot-evaluate', roomId, required, actual: null, reason: { code: value.code, params: { ...params, ...value.params } } });
      }
      const judged = judgeBounds(value.value, required);
      return makeFinding(header, { outcome: judged.outcome, roomId, required, actual: value.value, reason: { code: judged.code, params } });
    },
  };
}

/**
 * Compiles a GB 50346-2011 pressure-to-atmosphere rule. "−40 Pa to atmosphere" is read as a
 * maximum: the room pressure relative to outdoors must be −40 Pa or lower. The pressure is compared
 * as designed and never floored, so a positive room fails.
 */
export function compileRoomBiosafetyPressure(header: RuleHeader, rule: RoomBiosafetyPressureRule): RoomRule {
  return {
    scope: 'room',
    header,
    evaluate(context) {
      const biosafety = biosafetyOf(context);
      if (biosafety === null) return null;
      const roomId = context.room.id;
      const params = levelParams(biosafety);
      const match = biosafetyRowFor(rule.rows, biosafety);
      if (match.found === 'none') {
        return makeFinding(header, { outcome: 'not-applicable', roomId, required: null, actual: null, reason: { code: 'biosafety-level-not-covered', params } });
      }
      if (match.found === 'type-missing') {
        return makeFinding(header, { outcome: 'cannot-evaluate', roomId, required: null, actual: null, reason: { code: 'biosafety-type-missing', params } });
      }

      const required: Requirement = { min: null, max: match.row.maxPa, unit: 'Pa' };
      const pressurePa = context.design.pressurePa;
      if (pressurePa === null) {
        return makeFinding(header, { outcome: 'cannot-evaluate', roomId, required, actual: null, reason: { code: 'pressure-missing', params: { ...params, room: roomId } } });
      }
      const judged = judgeBounds(pressurePa, required);
      return makeFinding(header, { outcome: judged.outcome, roomId, required, actual: pressurePa, reason: { code: judged.code, params } });
    },
  };
}

/** The contained room of a door (judged) and its outward neighbour, with the row that applies. */
type StepPairing =
  | { readonly verdict: 'skip' }
  | { readonly verdict: 'finding'; readonly outcome: Finding['outcome']; readonly roomId: string; readonly code: string; readonly params: Record<string, string> }
  | { readonly verdict: 'judge'; readonly inner: RoomContext; readonly outer: RoomContext | null; readonly minStepPa: number; readonly params: Record<string, string> };

function pressureOf(context: RoomContext | null): number | null {
  return context === null ? 0 : context.design.pressurePa;
}

/**
 * Decides which side of a door is the contained room. With one side covered by the rule, that side
 * is. With both covered, the lower-pressure side is the inner room and the other its neighbour on
 * the outward path; their pressures must be known to tell.
 */
function pairStep(rule: DoorBiosafetyStepRule, sideA: RoomContext, sideB: RoomContext | null): StepPairing {
  const rowA = rowOf(rule, sideA);
  const rowB = rowOf(rule, sideB);
  if (rowA.verdict !== 'judge' && rowB.verdict !== 'judge') {
    if (rowA.verdict === 'finding') return rowA;
    return rowB;
  }
  if (rowA.verdict === 'judge' && rowB.verdict !== 'judge') return { ...rowA, outer: sideB };
  if (rowB.verdict === 'judge' && rowA.verdict !== 'judge') return { ...rowB, outer: sideA };

  const pressureA = pressureOf(sideA);
  const pressureB = pressureOf(sideB);
  if (pressureA === null || pressureB === null) {
    const room = pressureA === null ? sideA.room.id : (sideB as RoomContext).room.id;
    return { verdict: 'finding', outcome: 'cannot-evaluate', roomId: sideA.room.id, code: 'pressure-missing', params: { room } };
  }
  if (rowA.verdict === 'judge' && rowB.verdict === 'judge') {
    return pressureA <= pressureB ? { ...rowA, outer: sideB } : { ...rowB, outer: sideA };
  }
  return { verdict: 'skip' };
}

function rowOf(rule: DoorBiosafetyStepRule, context: RoomContext | null): StepPairing {
  const biosafety = biosafetyOf(context);
  if (context === null || biosafety === null) return { verdict: 'skip' };
  const params = levelParams(biosafety);
  const match = biosafetyRowFor(rule.rows, biosafety);
  if (match.found === 'none') return { verdict: 'skip' };
  if (match.found === 'type-missing') {
    return { verdict: 'finding', outcome: 'cannot-evaluate', roomId: context.room.id, code: 'biosafety-type-missing', params };
  }
  return { verdict: 'judge', inner: context, outer: null, minStepPa: match.row.minStepPa, params };
}

/**
 * Compiles a GB 50346-2011 rule on the step to the adjacent room: "−15 Pa to the adjacent room"
 * means the contained room is at least 15 Pa below the room next to it on the way out (the outdoors
 * counts as 0 Pa). The step is signed, so a contained room above its neighbour fails with
 * `wrong-direction`.
 */
export function compileDoorBiosafetyStep(header: RuleHeader, rule: DoorBiosafetyStepRule): DoorRule {
  function finding(door: Door, roomId: string, otherRoomId: string, outcome: Finding['outcome'], required: Requirement | null, actual: number | null, reason: FindingReason): Finding {
    return makeFinding(header, { outcome, roomId, otherRoomId, doorId: door.id, required, actual, reason });
  }

  return {
    scope: 'door',
    header,
    evaluate(door, sideA, sideB) {
      const pairing = pairStep(rule, sideA, sideB);
      const otherOfA = sideB === null ? OUTSIDE : sideB.room.id;
      if (pairing.verdict === 'skip') return null;
      if (pairing.verdict === 'finding') {
        const otherRoomId = pairing.roomId === sideA.room.id ? otherOfA : sideA.room.id;
        return finding(door, pairing.roomId, otherRoomId, pairing.outcome, null, null, { code: pairing.code, params: pairing.params });
      }

      const required: Requirement = { min: pairing.minStepPa, max: null, unit: 'Pa' };
      const innerId = pairing.inner.room.id;
      const outerId = pairing.outer === null ? OUTSIDE : pairing.outer.room.id;
      const innerPa = pressureOf(pairing.inner);
      const outerPa = pressureOf(pairing.outer);
      const params = { ...pairing.params, direction: 'cleaner-lower' };
      if (innerPa === null || outerPa === null) {
        const room = innerPa === null ? innerId : outerId;
        return finding(door, innerId, outerId, 'cannot-evaluate', required, null, { code: 'pressure-missing', params: { ...params, room } });
      }

      const step = outerPa - innerPa;
      const judged = judgeBounds(step, required);
      const code = step < 0 ? 'wrong-direction' : judged.code;
      return finding(door, innerId, outerId, judged.outcome, required, step, { code, params });
    },
  };
}
