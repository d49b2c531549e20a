import type { MeasuredParticleSize, ParticleMeasurement, SamplingLocation } from '../../domain/measurements';
import { minimumSamplingLocationsSqrtArea } from '../checks/samplingSqrtAreaCheck';
import { iso14644ClassLimits, PARTICLE_SIZES_UM, type ClassLimits, type ParticleSize } from '../iso14644';
import { isoTable1 } from '../rules/referenceTables';
import { studentT95, UCL_RULE } from './methodTables';
import { average, classifyWith, type ClassificationEdition } from './particles';
import type { ClassificationResult, MeasurementProblem, UclVerdict } from './types';

let integerLimits1999: Map<number, ClassLimits> | null = null;

/**
 * Returns the ISO 14644-1:1999 class limits: Table 1 of that edition for whole classes. It has
 * figures in four cells the 2015 edition leaves empty.
 */
function limits1999(isoClass: number): ClassLimits {
  integerLimits1999 ??= readTable1999();
  const tabulated = integerLimits1999.get(isoClass);
  if (tabulated) return tabulated;
  // NOTE: intermediate classes use the 2015 class formula and its applicability pattern; the
  // 1999 edition's own rounding of intermediate limits has not been compared.
  return iso14644ClassLimits(isoClass);
}

function readTable1999(): Map<number, ClassLimits> {
  const table = isoTable1('iso-14644-1-1999')!;
  const byClass = new Map<number, ClassLimits>();
  for (const row of table.rows) {
    const limits = {} as Record<ParticleSize, number | null>;
    PARTICLE_SIZES_UM.forEach((size, index) => {
      limits[size] = row.limits[index] ?? null;
    });
    byClass.set(row.isoClass, limits);
  }
  return byClass;
}

/** Reports a single location with fewer samples than the three that ISO 14644-1:1999 B.4.2 requires. */
function singleLocationProblems(locations: readonly SamplingLocation[]): MeasurementProblem[] {
  const required = UCL_RULE.minSamplesAtSingleLocation;
  const only = locations.length === 1 ? locations[0]! : null;
  if (only === null || only.samples.length >= required) return [];
  return [{ code: 'too-few-samples', location: only.label, required, found: only.samples.length }];
}

/**
 * Computes the 95 % upper confidence limit of the mean of the location means (Annex C):
 * UCL = M + t × s / √m, with s the sample standard deviation of the m location means. Returns null
 * outside 2 to 9 locations, where the test does not apply.
 */
export function upperConfidenceLimit(meansPerM3: readonly number[], sizeUm: MeasuredParticleSize, limitPerM3: number): UclVerdict | null {
  const m = meansPerM3.length;
  if (m < UCL_RULE.minLocations || m > UCL_RULE.maxLocations) return null;

  const meanOfMeansPerM3 = average(meansPerM3);
  const squaredDeviations = meansPerM3.map((mean) => (mean - meanOfMeansPerM3) ** 2);
  const standardDeviationPerM3 = Math.sqrt(squaredDeviations.reduce((sum, value) => sum + value, 0) / (m - 1));
  const studentT = studentT95(m);
  const uclPerM3 = meanOfMeansPerM3 + (studentT * standardDeviationPerM3) / Math.sqrt(m);
  return { sizeUm, meanOfMeansPerM3, standardDeviationPerM3, studentT, uclPerM3, limitPerM3, pass: uclPerM3 <= limitPerM3 };
}

/** ISO 14644-1:1999: √A locations, three samples at a single location, and the UCL for 2 to 9 locations. */
export const ISO_1999_EDITION: ClassificationEdition = {
  method: 'iso-14644-1-1999',
  limitsOf: limits1999,
  requiredLocations: minimumSamplingLocationsSqrtArea,
  extraProblems: singleLocationProblems,
  ucl: upperConfidenceLimit,
};

/** Classifies a room of `areaM2` (null when unknown) from particle counts by ISO 14644-1:1999. */
export function classifyIso1999(areaM2: number | null, measurement: ParticleMeasurement): ClassificationResult {
  return classifyWith(ISO_1999_EDITION, areaM2, measurement);
}
