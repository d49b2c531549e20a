import type { ParticleMeasurement } from '../../domain/measurements';
import { iso14644ClassLimits, minimumSamplingLocations } from '../iso14644';
import { classifyWith, type ClassificationEdition } from './particles';
import type { ClassificationResult } from './types';

/**
 * ISO 14644-1:2015 Annex A: Table A.1 locations, and every location mean at or below the class
 * limit. The 2015 edition has no upper confidence limit test.
 */
export const ISO_2015_EDITION: ClassificationEdition = {
  method: 'iso-14644-1-2015',
  limitsOf: iso14644ClassLimits,
  requiredLocations: minimumSamplingLocations,
  extraProblems: () => [],
  ucl: () => null,
};

/** Classifies a room of `areaM2` (null when unknown) from particle counts by ISO 14644-1:2015. */
export function classifyIso2015(areaM2: number | null, measurement: ParticleMeasurement): ClassificationResult {
  return classifyWith(ISO_2015_EDITION, areaM2, measurement);
}
