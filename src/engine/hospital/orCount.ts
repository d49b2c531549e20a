import type { LocalizedText } from '../../i18n/locale';
import { orSizingData } from './sizingData';

/**
 * Inputs of the OR-count estimate, all optional so that a sales engineer can fill in what is
 * known. Each method reports which of its inputs are missing instead of guessing them.
 */
export interface OrCountInput {
  /** B: beds of patients who need surgery. */
  readonly surgicalPatientBeds: number | null;
  /** T: mean length of stay of those patients, in days. */
  readonly meanStayDays: number | null;
  /** W: days per year the ORs work. */
  readonly workingDaysPerYear: number | null;
  /** N: operations per OR per day. */
  readonly operationsPerOrPerDay: number | null;
  /** Beds of the surgical departments. */
  readonly surgicalBeds: number | null;
  /** All beds of the hospital. */
  readonly totalBeds: number | null;
}

export type OrCountMethodId = 'formula' | 'surgical-beds' | 'gb51039-total-beds' | 'gb51039-surgical-beds' | 'thumb-general' | 'thumb-surgery-heavy';

export type OrCountInputName = keyof OrCountInput;

/** Estimate of one method: the exact quotient as a range (equal ends for a single figure), and the whole ORs it rounds up to. */
export type OrCountResult =
  | {
      readonly method: OrCountMethodId;
      readonly status: 'ok';
      readonly min: number;
      readonly max: number;
      readonly roundedMin: number;
      readonly roundedMax: number;
      readonly source: LocalizedText;
      readonly kind: 'guidance' | 'practice';
      readonly verified: boolean;
    }
  | { readonly method: OrCountMethodId; readonly status: 'missing-input'; readonly missing: readonly OrCountInputName[]; readonly source: LocalizedText; readonly kind: 'guidance' | 'practice'; readonly verified: boolean };

/** Error for an input that is not a positive finite number; `input` names the field. */
export class OrCountInputError extends Error {
  readonly input: OrCountInputName;
  readonly value: number;

  constructor(input: OrCountInputName, value: number) {
    super(`Invalid ${input}: expected a number greater than 0, found ${value}`);
    this.name = 'OrCountInputError';
    this.input = input;
    this.value = value;
  }
}

function validate(input: OrCountInput): void {
  for (const [name, value] of Object.entries(input) as [OrCountInputName, number | null][]) {
    if (value !== null && !(Number.isFinite(value) && value > 0)) throw new OrCountInputError(name, value);
  }
}

/** Rounds up, leaving a quotient that is whole up to floating-point noise (12.000000001) unchanged. */
function roundUp(value: number): number {
  const nearest = Math.round(value);
  return Math.abs(value - nearest) < 1e-9 ? nearest : Math.ceil(value);
}

function missingOf(input: OrCountInput, names: readonly OrCountInputName[]): OrCountInputName[] {
  return names.filter((name) => input[name] === null);
}

interface Provenance {
  readonly source: LocalizedText;
  readonly kind: 'guidance' | 'practice';
  readonly verified: boolean;
}

function estimate(method: OrCountMethodId, provenance: Provenance, input: OrCountInput, needs: readonly OrCountInputName[], compute: () => [number, number]): OrCountResult {
  const { source, kind, verified } = provenance;
  const missing = missingOf(input, needs);
  if (missing.length > 0) return { method, status: 'missing-input', missing, source, kind, verified };
  const [min, max] = compute();
  return { method, status: 'ok', min, max, roundedMin: roundUp(min), roundedMax: roundUp(max), source, kind, verified };
}

/**
 * Estimates the number of operating rooms by every method the data lists: the GB 50333-2013
 * commentary formula ORs = B × 365 / (T × W × N) and its surgical-bed ratio, the GB 51039-2014
 * ratios, and the contractors' rules of thumb (practice, unconfirmed). Throws OrCountInputError
 * for an input that is zero, negative or not finite.
 */
export function estimateOrCount(input: OrCountInput): OrCountResult[] {
  validate(input);
  const data = orSizingData().orCount;
  const value = (name: OrCountInputName) => input[name] as number;
  const perHundredBeds = (band: { min: number; max: number }): [number, number] => [(value('totalBeds') / 100) * band.min, (value('totalBeds') / 100) * band.max];

  return [
    estimate('formula', data.formula, input, ['surgicalPatientBeds', 'meanStayDays', 'workingDaysPerYear', 'operationsPerOrPerDay'], () => {
      const ors = (value('surgicalPatientBeds') * 365) / (value('meanStayDays') * value('workingDaysPerYear') * value('operationsPerOrPerDay'));
      return [ors, ors];
    }),
    estimate('surgical-beds', data.surgicalBedsPerOr, input, ['surgicalBeds'], () => [
      value('surgicalBeds') / data.surgicalBedsPerOr.max,
      value('surgicalBeds') / data.surgicalBedsPerOr.min,
    ]),
    estimate('gb51039-total-beds', data.gb51039, input, ['totalBeds'], () => {
      const ors = value('totalBeds') / data.gb51039.totalBedsPerOr;
      return [ors, ors];
    }),
    estimate('gb51039-surgical-beds', data.gb51039, input, ['surgicalBeds'], () => [
      value('surgicalBeds') / data.gb51039.surgicalBedsPerOr.max,
      value('surgicalBeds') / data.gb51039.surgicalBedsPerOr.min,
    ]),
    estimate('thumb-general', data.rulesOfThumb, input, ['totalBeds'], () => perHundredBeds(data.rulesOfThumb.general)),
    estimate('thumb-surgery-heavy', data.rulesOfThumb, input, ['totalBeds'], () => perHundredBeds(data.rulesOfThumb.surgeryHeavy)),
  ];
}
