import type { Room } from '../../domain/project';
import { judgeBounds, makeFinding, type RuleHeader } from '../checks/types';
import type { Finding, FindingReason, Requirement, RoomMetrics } from '../findings';
import type { RoomContext } from '../rooms';
import type { LoadedRuleSet } from '../rules/load';
import { standardRuleSet } from './airsideData';
import { roomRuleFigures } from './ruleFigures';
import { makeUpAirflow, sizingContext, type SupplyInput } from './supply';
import type { FreshAirRequirement, FreshAirTerm } from './types';

/**
 * Fresh air a room needs by each chosen standard, with the term that governs:
 * - GB 50073-2013 §6.1.5 (and the same rule of GB 50472-2008): the larger of the exhaust make-up
 *   plus the air that keeps the room pressure, and a rate per person;
 * - GB 50333 Table 4.0.1: the figure of the room's row (per m² of floor for ORs in 2013, air
 *   changes for auxiliary rooms, a fixed figure per OR in 2002), and the make-up, because the
 *   standard also requires the fresh air to cover exhaust and pressurisation.
 * Every figure is read from the rule data; the make-up term is exhaust + offset.
 */

/** Room-table quantities that state a fresh-air figure, and the term each becomes. */
const HOSPITAL_FRESH_AIR: Readonly<Record<string, FreshAirTerm>> = {
  freshAirPerAreaM3hM2: 'per-area',
  freshAirAch: 'air-changes',
  freshAirM3h: 'per-room',
};

/** Finding id suffix; the full id is `<rule-set id>/fresh-air-with-make-up`. */
export const FRESH_AIR_RULE_SUFFIX = 'fresh-air-with-make-up';

function finiteOrNull(value: number | null | undefined): number | null {
  return value !== null && value !== undefined && Number.isFinite(value) ? value : null;
}

type Term = FreshAirRequirement['terms'][number];

/** One standard's fresh-air requirement with the rule header its finding carries. */
interface SizedFreshAir {
  readonly requirement: FreshAirRequirement;
  readonly header: RuleHeader;
  /** Term inputs as reason parameters, for the finding. */
  readonly params: Record<string, string | number | null>;
}

function withGoverning(ruleSetId: string, header: RuleHeader, terms: readonly Term[]): FreshAirRequirement {
  const known = terms.filter((term) => term.m3h !== null);
  const complete = known.length === terms.length;
  const largest = known.reduce<Term | null>((best, term) => (best === null || term.m3h! > best.m3h! ? term : best), null);
  return {
    ruleSetId,
    citation: header.citation,
    terms,
    governing: complete ? (largest?.term ?? null) : null,
    requiredM3h: complete ? (largest?.m3h ?? null) : null,
  };
}

function scaledTerm(term: FreshAirTerm, figure: number, metrics: RoomMetrics): number | null {
  switch (term) {
    case 'per-area':
      return metrics.areaM2 === null ? null : figure * metrics.areaM2;
    case 'air-changes':
      return metrics.volumeM3 === null ? null : figure * metrics.volumeM3;
    default:
      return figure;
  }
}

/** GB 50073-style rules (`check: fresh-air`): make-up plus pressurisation against a rate per person. */
function perPersonRequirements(context: RoomContext, set: LoadedRuleSet, makeUpM3h: number | null): SizedFreshAir[] {
  const data = standardRuleSet(set.info.id);
  if (data === null || context.unclassified) return [];
  const occupants = finiteOrNull(context.room.design.occupants);
  const result: SizedFreshAir[] = [];
  for (const rule of data.rules) {
    if (rule.check !== 'fresh-air') continue;
    const compiled = set.checks.find((check) => check.header.ruleId === `${set.info.id}/${rule.id}`);
    if (compiled === undefined) continue;
    const perPersonM3h = occupants === null ? null : occupants * rule.perPersonM3h;
    const terms: Term[] = [
      { term: 'make-up', m3h: makeUpM3h },
      { term: 'per-person', m3h: perPersonM3h },
    ];
    const params = { perPersonRateM3h: rule.perPersonM3h, occupants };
    result.push({ requirement: withGoverning(set.info.id, compiled.header, terms), header: compiled.header, params });
  }
  return result;
}

/** GB 50333 room-table rules on fresh air: the row's figure for this room, plus the make-up. */
function hospitalRequirements(context: RoomContext, set: LoadedRuleSet, makeUpM3h: number | null): SizedFreshAir[] {
  const quantities = Object.keys(HOSPITAL_FRESH_AIR);
  const { figures, unavailable } = roomRuleFigures(context, [set], quantities);
  const result: SizedFreshAir[] = [];
  for (const figure of figures) {
    const term = HOSPITAL_FRESH_AIR[figure.quantity]!;
    const header: RuleHeader = { ruleId: figure.ruleId, kind: figure.kind, citation: figure.citation, verified: figure.verified };
    const terms: Term[] = [
      { term: 'make-up', m3h: makeUpM3h },
      { term, m3h: scaledTerm(term, figure.min, context.metrics) },
    ];
    result.push({ requirement: withGoverning(set.info.id, header, terms), header, params: { figure: figure.min, figureTerm: term } });
  }
  for (const entry of unavailable) {
    const term = HOSPITAL_FRESH_AIR[entry.quantity]!;
    const header: RuleHeader = { ruleId: entry.ruleId, kind: entry.kind, citation: entry.citation, verified: entry.verified };
    const terms: Term[] = [
      { term: 'make-up', m3h: makeUpM3h },
      { term, m3h: null },
    ];
    result.push({ requirement: withGoverning(set.info.id, header, terms), header, params: { figure: null, figureTerm: term, figureMissing: entry.code } });
  }
  return result;
}

/**
 * Judges the design fresh air against one requirement. Below a known term is a fail even when
 * another term is unknown; a pass needs every term known.
 */
function freshAirFinding(room: Room, entry: SizedFreshAir, makeUpParams: Record<string, string | number | null>): Finding {
  const header: RuleHeader = { ...entry.header, ruleId: `${entry.requirement.ruleSetId}/${FRESH_AIR_RULE_SUFFIX}` };
  const { terms, requiredM3h, governing } = entry.requirement;
  const known = terms.filter((term) => term.m3h !== null);
  const missing = terms.filter((term) => term.m3h === null).map((term) => term.term);
  const largestKnown = known.length === 0 ? null : Math.max(...known.map((term) => term.m3h!));
  const designM3h = finiteOrNull(room.design.freshAirM3h);
  const params = {
    ...entry.params,
    ...makeUpParams,
    governing,
    terms: terms.map((term) => `${term.term}:${term.m3h === null ? '' : term.m3h}`).join(','),
    missing: missing.length > 0 ? missing.join(',') : null,
  };
  const finding = (outcome: Finding['outcome'], required: Requirement | null, actual: number | null, reason: FindingReason) =>
    makeFinding(header, { outcome, roomId: room.id, required, actual, reason });

  if (largestKnown === null) return finding('cannot-evaluate', null, designM3h, { code: 'fresh-air-requirement-unknown', params });
  const required: Requirement = { min: requiredM3h ?? largestKnown, max: null, unit: 'm3/h' };
  if (designM3h === null) return finding('cannot-evaluate', required, null, { code: 'design-fresh-air-missing', params });

  const judged = judgeBounds(designM3h, required);
  if (judged.outcome === 'fail') return finding('fail', required, designM3h, { code: 'fresh-air-below-required', params });
  if (requiredM3h === null) return finding('cannot-evaluate', required, designM3h, { code: 'fresh-air-terms-incomplete', params });
  return finding('pass', required, designM3h, { code: 'fresh-air-meets-required', params });
}

/**
 * Works out the fresh air that each chosen rule set requires of the room and judges the design
 * fresh air against each. Rule sets with no fresh-air figure for the room add nothing.
 */
export function freshAirRequirements(input: SupplyInput): { freshAir: FreshAirRequirement[]; findings: Finding[] } {
  const context: RoomContext = sizingContext(input);
  const exhaustM3h = finiteOrNull(input.room.design.exhaustM3h);
  const offsetM3h = finiteOrNull(input.offsetM3h);
  const makeUpM3h = makeUpAirflow(exhaustM3h, offsetM3h);
  const makeUpParams = { exhaustM3h, offsetM3h };

  const entries = input.ruleSets.flatMap((set) => [
    ...perPersonRequirements(context, set, makeUpM3h),
    ...hospitalRequirements(context, set, makeUpM3h),
  ]);
  return {
    freshAir: entries.map((entry) => entry.requirement),
    findings: entries.map((entry) => freshAirFinding(input.room, entry, makeUpParams)),
  };
}
