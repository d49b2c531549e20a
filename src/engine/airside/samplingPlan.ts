import type { Room } from '../../domain/project';
import type { RoomMetrics } from '../findings';
import { PARTICLE_SIZES_UM, type ClassLimits, type ParticleSize } from '../iso14644';
import { ISO_1999_EDITION, ISO_2015_EDITION, requiredSampleVolume, SAMPLE_VOLUME_RULE } from '../measurement';
import type { SamplingPlan } from './types';
import { placeEvenly } from './placement';

/** The largest particle size the class has a limit at, with that limit. */
interface LargestSize {
  readonly sizeUm: ParticleSize;
  readonly limitPerM3: number;
}

function largestLimitedSize(limits: ClassLimits): LargestSize | null {
  for (const sizeUm of [...PARTICLE_SIZES_UM].reverse()) {
    const limitPerM3 = limits[sizeUm];
    if (limitPerM3 !== null) return { sizeUm, limitPerM3 };
  }
  return null;
}

/** Returns the class limits of the edition the sampling count follows, or null for a class outside 1 to 9. */
function classLimits(isoClass: number, edition: SamplingPlan['edition']): ClassLimits | null {
  const method = edition === 'iso-14644-1-1999' ? ISO_1999_EDITION : ISO_2015_EDITION;
  try {
    return method.limitsOf(isoClass);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/**
 * Builds the ISO 14644-1 classification test plan of a room: the minimum number of sampling
 * locations (`RoomMetrics.samplingLocations`, from Table A.1 or the 1999 edition's √A) placed evenly
 * on the drawn floor, and the minimum single-sample volume of A.4.2 (1999: B.4.2).
 *
 * Returns null when the room has no count: it is unclassified, or its area is unknown (which
 * includes a room imported without an area, whose outline is only a placeholder).
 */
export function samplingPlan(input: { room: Room; metrics: RoomMetrics }): SamplingPlan | null {
  const { room, metrics } = input;
  const count = metrics.samplingLocations;
  if (count === null) return null;
  const edition = metrics.samplingEdition ?? 'iso-14644-1-2015';
  const positionsMm = placeEvenly(room.polygon, count);

  // NOTE: the considered sizes are agreed for each test and rooms do not record them, so the plan
  // takes the largest size the class has a limit at. That size has the lowest limit, so it gives
  // the largest volume any choice of sizes could need.
  const limits = metrics.isoClass === null ? null : classLimits(metrics.isoClass, edition);
  const largest = limits === null ? null : largestLimitedSize(limits);
  // The counter is not chosen at design time, so the one-minute volume (counter flow × 1 min) is
  // left out here. `minDurationMin` carries that rule to the test plan.
  const volume = largest === null ? null : requiredSampleVolume(largest.limitPerM3, 0);

  return {
    count,
    edition,
    positionsMm,
    sampleVolumeL: volume?.requiredL ?? null,
    largestSizeUm: largest?.sizeUm ?? null,
    limitPerM3: largest?.limitPerM3 ?? null,
    minDurationMin: SAMPLE_VOLUME_RULE.minDurationMin,
  };
}
