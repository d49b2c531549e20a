import type { Room } from '../../domain/project';
import { makeFinding, judgeBounds, type RuleHeader } from '../checks/types';
import type { Citation, Finding, Requirement, RoomMetrics } from '../findings';
import type { LoadedRuleSet } from '../rules/load';
import { useHasRole } from '../suite/roomUses';
import { airsideData, airsideRule, cleanUpTimeOf, gradeDecayRatio, hospitalClassTable } from './airsideData';
import { dispersionSupply, type DispersionSupply } from './dispersion';
import type { SupplyInput } from './supply';
import type { RecoveryEstimate } from './types';

/**
 * Recovery estimates from a well-mixed room: after the sources stop, the concentration falls as
 * exp(−ACH · t), so falling by a ratio R takes t = ln(R) / ACH hours. For a GMP grade the ratio is
 * its in-operation over at-rest limit for 0.5 µm (grade B 100:1, grade C 10:1 in Annex 1), judged
 * against the Annex 1 clean-up time. For a GB 50333 OR the estimate is judged against the
 * self-clean time of its class. Real rooms mix less than perfectly, so commissioning measures the
 * times.
 */

/** Finding id suffixes under the standard's rule set. */
export const CLEAN_UP_RULE_SUFFIX = 'clean-up-time-estimate';
export const SELF_CLEAN_RULE_SUFFIX = 'self-clean-time-estimate';

const MINUTES_PER_HOUR = 60;

type Decay = RecoveryEstimate['decays'][number];

/** Minutes for a well-mixed room at `ach` to fall by `ratio`; null without a positive ACH. */
export function decayMinutes(ratio: number, ach: number | null): number | null {
  if (ach === null || !(ach > 0)) return null;
  return (Math.log(ratio) / ach) * MINUTES_PER_HOUR;
}

function citationOf(set: LoadedRuleSet, clause: string): Citation {
  return { ruleSetId: set.info.id, standard: set.info.standard, edition: set.info.edition, clause };
}

function missingAch(metrics: RoomMetrics): string {
  if (metrics.supplyM3h === null) return 'supplyM3h';
  return 'volumeM3';
}

interface TimeCheck {
  readonly header: RuleHeader;
  readonly required: Requirement;
  readonly decay: Decay;
  readonly params: Record<string, string | number | null>;
}

function timeFinding(room: Room, metrics: RoomMetrics, check: TimeCheck): Finding {
  const { header, required, decay } = check;
  const params = { ...check.params, ratio: decay.ratio, ach: metrics.ach };
  if (decay.minutes === null) {
    return makeFinding(header, { outcome: 'cannot-evaluate', roomId: room.id, required, actual: null, reason: { code: 'recovery-ach-missing', params: { ...params, missing: missingAch(metrics) } } });
  }
  const judged = judgeBounds(decay.minutes, required);
  const code = judged.outcome === 'pass' ? 'recovery-within-time' : 'recovery-too-slow';
  return makeFinding(header, { outcome: judged.outcome, roomId: room.id, required, actual: decay.minutes, reason: { code, params } });
}

/** Annex 1 clean-up: grade B or C rooms, with the ratio from the set's grade table and the time from its clean-up guidance. */
function cleanUpCheck(set: LoadedRuleSet, room: Room, metrics: RoomMetrics): { decay: Decay; check: TimeCheck | null } | null {
  if (metrics.grade === null) return null;
  const ratio = gradeDecayRatio(set.info.id, metrics.grade);
  if (ratio === null) return null;
  const decay: Decay = { ratio: ratio.ratio, minutes: decayMinutes(ratio.ratio, metrics.ach), citation: citationOf(set, ratio.clause) };
  const time = cleanUpTimeOf(set.info.id);
  if (time === null) return { decay, check: null };

  const header: RuleHeader = {
    ruleId: `${set.info.id}/${CLEAN_UP_RULE_SUFFIX}`,
    kind: time.kind,
    citation: citationOf(set, time.clause),
    verified: time.verified && ratio.verified,
  };
  const required: Requirement = { min: null, max: time.maxMinutes, unit: 'min', ...(time.maxExclusive ? { maxExclusive: true } : {}) };
  return { decay, check: { header, required, decay, params: { grade: metrics.grade, ratioClause: ratio.clause } } };
}

/**
 * GB 50333 self-clean time of an OR's class. The decay ratio is the assumption in
 * `rules/airside/recovery.json`, so the finding is guidance and unverified even where the table is verified.
 */
function selfCleanCheck(set: LoadedRuleSet, room: Room, metrics: RoomMetrics): { decay: Decay; check: TimeCheck } | null {
  const cleanliness = room.cleanliness;
  if (cleanliness?.kind !== 'hospital' || !useHasRole(room.use, 'operating-room')) return null;
  const table = hospitalClassTable(set.info.id);
  const row = table?.classes.find((entry) => entry.hospitalClass === cleanliness.hospitalClass);
  if (table === null || row === undefined) return null;

  const assumption = airsideData().recovery.selfCleanDecayRatio;
  const decay: Decay = { ratio: assumption.value, minutes: decayMinutes(assumption.value, metrics.ach), citation: citationOf(set, table.clause) };
  const header: RuleHeader = {
    ruleId: `${set.info.id}/${SELF_CLEAN_RULE_SUFFIX}`,
    kind: 'guidance',
    citation: citationOf(set, table.clause),
    verified: table.verified && assumption.verified,
  };
  const required: Requirement = { min: null, max: row.selfCleanMinutes, unit: 'min' };
  return { decay, check: { header, required, decay, params: { hospitalClass: cleanliness.hospitalClass } } };
}

/**
 * Compares the design supply with the dispersion-based supply, as guidance: a supply below it is
 * not expected to hold the class limit in operation. No finding for a unidirectional room, which
 * the method does not cover.
 */
function dispersionFinding(room: Room, metrics: RoomMetrics, dispersion: DispersionSupply): Finding | null {
  if (dispersion.basis.code === 'dispersion-unidirectional') return null;
  const header = airsideRule('dispersion-supply');
  const params = dispersion.basis.params;
  if (dispersion.m3h === null) {
    return makeFinding(header, { outcome: 'cannot-evaluate', roomId: room.id, required: null, actual: metrics.supplyM3h, reason: { code: 'dispersion-inputs-missing', params } });
  }
  const required: Requirement = { min: dispersion.m3h, max: null, unit: 'm3/h' };
  if (metrics.supplyM3h === null) {
    return makeFinding(header, { outcome: 'cannot-evaluate', roomId: room.id, required, actual: null, reason: { code: 'design-supply-missing', params } });
  }
  const judged = judgeBounds(metrics.supplyM3h, required);
  const code = judged.outcome === 'pass' ? 'dispersion-supply-met' : 'dispersion-supply-short';
  return makeFinding(header, { outcome: judged.outcome, roomId: room.id, required, actual: metrics.supplyM3h, reason: { code, params } });
}

/**
 * Estimates recovery at the design airflow: the decay times that the chosen standards state, with a
 * finding where a standard gives a time, and the dispersion-based supply with a guidance finding.
 * Returns null for a room marked unclassified.
 */
export function recoveryEstimate(input: SupplyInput): { recovery: RecoveryEstimate | null; findings: Finding[] } {
  const { room, metrics } = input;
  if (room.cleanliness?.kind === 'unclassified') return { recovery: null, findings: [] };

  const decays: Decay[] = [];
  const findings: Finding[] = [];
  for (const set of input.ruleSets) {
    for (const result of [cleanUpCheck(set, room, metrics), selfCleanCheck(set, room, metrics)]) {
      if (result === null) continue;
      decays.push(result.decay);
      if (result.check !== null) findings.push(timeFinding(room, metrics, result.check));
    }
  }

  const dispersion = dispersionSupply(room, metrics);
  const dispersionCheck = dispersionFinding(room, metrics, dispersion);
  if (dispersionCheck !== null) findings.push(dispersionCheck);
  const recovery: RecoveryEstimate = {
    ach: metrics.ach,
    decays,
    dispersionSupplyM3h: dispersion.m3h,
    dispersionBasis: dispersion.basis,
  };
  return { recovery, findings };
}
