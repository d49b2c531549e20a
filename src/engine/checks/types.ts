import type { Door } from '../../domain/project';
import type { Citation, Finding, FindingReason, Outcome, Requirement, RequirementKind } from '../findings';
import type { RoomContext } from '../rooms';
import type { SuiteGraph } from '../suite/graph';

/** Fields every finding of one rule shares, built once when the rule set loads. */
export interface RuleHeader {
  /** `<rule-set id>/<rule id>`. */
  readonly ruleId: string;
  readonly kind: RequirementKind;
  readonly citation: Citation;
  readonly verified: boolean;
}

export interface RoomRule {
  readonly scope: 'room';
  readonly header: RuleHeader;
  /** Returns null when the rule has nothing to judge for this room (a report-only figure). */
  evaluate(context: RoomContext): Finding | null;
}

/**
 * A rule judged at every door. `sideB` is null for a door to the outdoors. Returns null when the
 * door is not the kind the rule is about (a door to outdoors for a room-to-room rule), so that
 * each door gets findings only from the rules that concern it.
 */
export interface DoorRule {
  readonly scope: 'door';
  readonly header: RuleHeader;
  evaluate(door: Door, sideA: RoomContext, sideB: RoomContext | null): Finding | null;
}

/**
 * A rule judged once over the whole door graph (pressure direction, airlocks, entry paths,
 * layouts). It returns at least one finding, and its findings list the rooms they name in `roomIds`.
 */
/** Room values a suite rule may read; the checker re-runs the rule only when one of them changes. */
export type SuiteInput = 'use' | 'class' | 'pressure' | 'containment' | 'area';

export const SUITE_INPUTS: readonly SuiteInput[] = ['use', 'class', 'pressure', 'containment', 'area'];

export interface SuiteRule {
  readonly scope: 'suite';
  readonly header: RuleHeader;
  /** Every room value `evaluate` reads; a change to the door list re-runs every suite rule. */
  readonly reads: readonly SuiteInput[];
  evaluate(graph: SuiteGraph): readonly Finding[];
}

export type CompiledRule = RoomRule | DoorRule | SuiteRule;

interface FindingFields {
  readonly outcome: Outcome;
  readonly roomId: string | null;
  readonly otherRoomId?: string | null;
  readonly doorId?: string | null;
  readonly required: Requirement | null;
  readonly actual: number | null;
  readonly reason: FindingReason;
}

export function makeFinding(header: RuleHeader, fields: FindingFields): Finding {
  return {
    ruleId: header.ruleId,
    outcome: fields.outcome,
    kind: header.kind,
    roomId: fields.roomId,
    otherRoomId: fields.otherRoomId ?? null,
    doorId: fields.doorId ?? null,
    citation: header.citation,
    required: fields.required,
    actual: fields.actual,
    verified: header.verified,
    reason: fields.reason,
  };
}

/**
 * Relative slack on bounds, so that a value derived by floating-point arithmetic that lands on a
 * bound (3 240 m³/h ÷ 216 m³ = 15 h⁻¹) is judged as on it. Far below any design tolerance.
 */
const BOUND_TOLERANCE = 1e-9;

function slack(bound: number): number {
  return BOUND_TOLERANCE * Math.max(1, Math.abs(bound));
}

function belowMin(actual: number, min: number, exclusive: boolean | undefined): boolean {
  return exclusive ? actual <= min + slack(min) : actual < min - slack(min);
}

function aboveMax(actual: number, max: number, exclusive: boolean | undefined): boolean {
  return exclusive ? actual >= max - slack(max) : actual > max + slack(max);
}

/** Judges `actual` against the bounds: pass inside, fail outside with `below-min` or `above-max`. */
export function judgeBounds(actual: number, required: Requirement): { outcome: Outcome; code: string } {
  if (required.min !== null && belowMin(actual, required.min, required.minExclusive)) return { outcome: 'fail', code: 'below-min' };
  if (required.max !== null && aboveMax(actual, required.max, required.maxExclusive)) return { outcome: 'fail', code: 'above-max' };
  return { outcome: 'pass', code: 'within' };
}
