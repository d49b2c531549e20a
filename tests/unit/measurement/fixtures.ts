import type { MeasuredParticleSize, ParticleMeasurement, ParticleSample, SamplingLocation } from '../../../src/domain/measurements';

/** Builds one sample of `volumeL` litres with the given cumulative counts. */
export function sample(volumeL: number, counts: Partial<Record<MeasuredParticleSize, number>>): ParticleSample {
  return { volumeL, counts };
}

/** Builds locations L1…Ln, each with the samples given for it. */
export function locations(samplesPerLocation: readonly (readonly ParticleSample[])[]): SamplingLocation[] {
  return samplesPerLocation.map((samples, index) => ({ id: `loc-${index + 1}`, label: `L${index + 1}`, samples }));
}

/** Builds locations L1…Ln with the same single sample each. */
export function uniformLocations(count: number, sampleForEach: ParticleSample): SamplingLocation[] {
  return locations(Array.from({ length: count }, () => [sampleForEach]));
}

export function measurement(
  isoClass: number,
  sizesUm: readonly MeasuredParticleSize[],
  locationList: readonly SamplingLocation[],
  counterFlowLpm = 28.3,
): ParticleMeasurement {
  return { occupancy: 'at-rest', isoClass, sizesUm, counterFlowLpm, locations: locationList };
}
