import type { GmpGrade } from '../../domain/cleanliness';
import { MICROBIAL_METHODS, type MicrobialMethod, type MicrobialResults } from '../../domain/measurements';
import type { MicrobialCell, MicrobialLimits } from '../rules/referenceTableSchemas';
import { microbialLimits } from '../rules/referenceTables';
import { average } from './particles';

/**
 * Verdict of one microbial method in a grade room. `judged` is the figure compared with the limit:
 * the highest result against action limits (EU GMP Annex 1 2022) or the average of the results
 * against recommended limits, which those tables give as averages (Annex 1 2008, China GMP 2010).
 */
export interface MicrobialVerdict {
  readonly method: MicrobialMethod;
  readonly outcome: 'pass' | 'fail' | 'cannot-evaluate' | 'not-applicable';
  readonly limit: MicrobialCell;
  readonly results: readonly number[];
  readonly judged: number | null;
  readonly reason: 'not-sampled' | 'result-invalid' | null;
}

export interface MicrobialEvaluation {
  readonly ruleSetId: string;
  readonly clause: string;
  readonly limitKind: MicrobialLimits['limitKind'];
  readonly verified: boolean;
  readonly grade: GmpGrade;
  readonly outcome: 'pass' | 'fail' | 'cannot-evaluate';
  readonly methods: readonly MicrobialVerdict[];
}

/** Returns true when `value` meets one limit cell; `no-growth` allows 0 cfu only. */
export function meetsMicrobialLimit(value: number, limit: Exclude<MicrobialCell, 'not-applicable'>): boolean {
  if (limit === 'no-growth') return value === 0;
  if ('max' in limit) return value <= limit.max;
  return value < limit.below;
}

function judgeMethod(method: MicrobialMethod, limit: MicrobialCell, results: readonly number[], limitKind: MicrobialLimits['limitKind']): MicrobialVerdict {
  const base = { method, limit, results };
  if (limit === 'not-applicable') return { ...base, outcome: 'not-applicable', judged: null, reason: null };
  if (results.length === 0) return { ...base, outcome: 'cannot-evaluate', judged: null, reason: 'not-sampled' };
  if (results.some((result) => !Number.isFinite(result) || result < 0)) {
    return { ...base, outcome: 'cannot-evaluate', judged: null, reason: 'result-invalid' };
  }

  const judged = limitKind === 'action' ? Math.max(...results) : average(results);
  const outcome = meetsMicrobialLimit(judged, limit) ? 'pass' : 'fail';
  return { ...base, outcome, judged, reason: null };
}

/**
 * Judges a grade room's microbial results against the limit table of `ruleSetId`
 * (`eu-gmp-annex1-2022`, `eu-gmp-annex1-2008` or `china-gmp-2010`). A method with no result
 * cannot be evaluated, so the room cannot pass until every applicable method is sampled. Returns
 * null for a rule set without a microbial table.
 */
export function evaluateMicrobial(ruleSetId: string, grade: GmpGrade, results: MicrobialResults): MicrobialEvaluation | null {
  const table = microbialLimits(ruleSetId);
  if (!table) return null;

  const row = table.grades.find((candidate) => candidate.grade === grade)!;
  const methods = MICROBIAL_METHODS.map((method) => judgeMethod(method, row[method], results[method], table.limitKind));
  return { ruleSetId, clause: table.clause, limitKind: table.limitKind, verified: table.verified, grade, outcome: combineOutcomes(methods), methods };
}

/** A failed method fails the room even when another could not be evaluated. */
function combineOutcomes(methods: readonly MicrobialVerdict[]): MicrobialEvaluation['outcome'] {
  const outcomes = methods.map((verdict) => verdict.outcome);
  if (outcomes.includes('fail')) return 'fail';
  if (outcomes.includes('cannot-evaluate')) return 'cannot-evaluate';
  return 'pass';
}
