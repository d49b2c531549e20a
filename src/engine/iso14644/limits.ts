import table1Json from '../../../rules/iso-14644-1-2015/table-1.json';
import { parseStrict } from '../rules/validate';
import { isoTable1Schema, type IsoTable1 } from '../rules/schema';

export const ISO_TABLE_1_FILE = 'rules/iso-14644-1-2015/table-1.json';

/** ISO 14644-1:2015 Table 1 and the class formula, validated when the module loads. */
export const ISO_TABLE_1: IsoTable1 = parseStrict(isoTable1Schema, table1Json, ISO_TABLE_1_FILE);

export const PARTICLE_SIZES_UM = ['0.1', '0.2', '0.3', '0.5', '1', '5'] as const;
export type ParticleSize = (typeof PARTICLE_SIZES_UM)[number];

/** Maximum particles/m³ at or above each size; null where classification is not applicable (never 0). */
export type ClassLimits = Readonly<Record<ParticleSize, number | null>>;

const integerClassLimits = new Map<number, ClassLimits>();
for (const row of ISO_TABLE_1.rows) {
  const limits = {} as Record<ParticleSize, number | null>;
  PARTICLE_SIZES_UM.forEach((size, index) => {
    limits[size] = row.limits[index]!;
  });
  integerClassLimits.set(row.isoClass, Object.freeze(limits));
}

/**
 * Computes a concentration limit from the class formula, rounded as the standard rounds its table: to the
 * nearest whole number, then to at most `significantFigures` significant figures.
 */
export function classFormulaLimit(isoClass: number, sizeUm: number): number {
  const { referenceSizeUm, exponent, significantFigures } = ISO_TABLE_1.formula;
  const exact = 10 ** isoClass * (referenceSizeUm / sizeUm) ** exponent;
  const whole = Math.round(exact);
  const digits = Math.floor(Math.log10(whole)) + 1;
  if (digits <= significantFigures) return whole;

  const scale = 10 ** (digits - significantFigures);
  return Math.round(whole / scale) * scale;
}

function isValidIsoClass(isoClass: number): boolean {
  const { minClass, maxClass, classStep } = ISO_TABLE_1.formula;
  if (!Number.isFinite(isoClass) || isoClass < minClass || isoClass > maxClass) return false;
  const steps = isoClass / classStep;
  return Math.abs(steps - Math.round(steps)) < 1e-9;
}

/**
 * Returns the class limits for an ISO class from 1 to 9 in steps of 0.1. Integer classes come from
 * Table 1 and intermediate classes from the class formula. A size is applicable to an intermediate
 * class only when both neighbouring integer rows have it, so ISO 8.5 has limits at 0.5, 1 and 5 µm.
 * Throws a RangeError for any other class.
 */
export function iso14644ClassLimits(isoClass: number): ClassLimits {
  if (!isValidIsoClass(isoClass)) {
    throw new RangeError(`ISO class ${isoClass} is not valid: expected 1 to 9 in steps of 0.1`);
  }
  const tabulated = integerClassLimits.get(isoClass);
  if (tabulated) return tabulated;

  // NOTE: the applicability pattern for intermediate classes follows the neighbouring rows of
  // Table 1; it has not been compared with the standard's Annex E examples.
  const lower = integerClassLimits.get(Math.floor(isoClass))!;
  const upper = integerClassLimits.get(Math.ceil(isoClass))!;
  const limits = {} as Record<ParticleSize, number | null>;
  for (const size of PARTICLE_SIZES_UM) {
    const applicable = lower[size] !== null && upper[size] !== null;
    limits[size] = applicable ? classFormulaLimit(isoClass, Number(size)) : null;
  }
  return limits;
}
