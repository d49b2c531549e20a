import type { MeasuredParticleSize, ParticleMeasurement, SamplingLocation } from '../../domain/measurements';
import type { ClassLimits } from '../iso14644';
import { SAMPLE_VOLUME_RULE } from './methodTables';
import type {
  ClassificationMethod,
  ClassificationResult,
  LocationVerdict,
  MeasurementProblem,
  RequiredSampleVolume,
  SizeVerdict,
  UclVerdict,
} from './types';

const LITRES_PER_M3 = 1000;

/** Edition-specific parts of an ISO 14644-1 classification method. */
export interface ClassificationEdition {
  readonly method: ClassificationMethod;
  /** Class limits of the edition; throws a RangeError for a class outside 1 to 9 in steps of 0.1. */
  limitsOf(isoClass: number): ClassLimits;
  requiredLocations(areaM2: number): number;
  /** Problems of the edition's own sampling rules, beyond location count and sample volume. */
  extraProblems(locations: readonly SamplingLocation[]): MeasurementProblem[];
  /** Upper confidence limit at one size, or null where the edition applies none. */
  ucl(meansPerM3: readonly number[], sizeUm: MeasuredParticleSize, limitPerM3: number): UclVerdict | null;
}

/** Mean particles/m³ at each considered size, per location, in the order of the locations. */
type LocationMeans = ReadonlyMap<MeasuredParticleSize, number>;

/**
 * Computes the minimum single-sample volume (ISO 14644-1:2015 A.4.2): 20 particles at the class
 * limit of the largest considered size, but at least the minimum volume and at least one minute at
 * the counter's flow rate.
 */
export function requiredSampleVolume(limitAtLargestSizePerM3: number, counterFlowLpm: number): RequiredSampleVolume {
  const { particlesAtLimit, minVolumeL, minDurationMin } = SAMPLE_VOLUME_RULE;
  const twentyParticleL = (particlesAtLimit / limitAtLargestSizePerM3) * LITRES_PER_M3;
  const oneMinuteL = counterFlowLpm * minDurationMin;
  const requiredL = Math.max(twentyParticleL, minVolumeL, oneMinuteL);
  return { twentyParticleL, minimumL: minVolumeL, oneMinuteL, requiredL };
}

/** Returns the largest of the considered sizes (µm). */
export function largestSize(sizesUm: readonly MeasuredParticleSize[]): MeasuredParticleSize {
  return sizesUm.reduce((largest, size) => (Number(size) > Number(largest) ? size : largest));
}

/** Returns the ISO classes 1 to 9 in steps of 0.1, cleanest first. */
export function classSteps(): number[] {
  return Array.from({ length: 81 }, (_, index) => Math.round(10 + index) / 10);
}

/**
 * Classifies a room from particle counts with one edition's method. Missing or insufficient data
 * gives "cannot evaluate" with every problem found, never a pass.
 */
export function classifyWith(edition: ClassificationEdition, areaM2: number | null, measurement: ParticleMeasurement): ClassificationResult {
  const base = {
    method: edition.method,
    isoClass: measurement.isoClass,
    occupancy: measurement.occupancy,
    sizesUm: measurement.sizesUm,
  };
  const setupProblems = checkSetup(edition, measurement);
  if (setupProblems.length > 0) return cannotEvaluate(base, null, null, setupProblems);

  const targetLimits = edition.limitsOf(measurement.isoClass);
  const largest = largestSize(measurement.sizesUm);
  const requiredVolume = requiredSampleVolume(targetLimits[largest]!, measurement.counterFlowLpm);
  const requiredLocations = areaM2 === null ? null : edition.requiredLocations(areaM2);

  const problems: MeasurementProblem[] = [];
  if (requiredLocations === null) problems.push({ code: 'area-missing' });
  else if (measurement.locations.length < requiredLocations) {
    problems.push({ code: 'too-few-locations', required: requiredLocations, found: measurement.locations.length });
  }
  problems.push(...edition.extraProblems(measurement.locations));
  problems.push(...checkSamples(measurement, requiredVolume.requiredL));
  if (problems.length > 0) return cannotEvaluate(base, requiredLocations, requiredVolume, problems);

  const means = measurement.locations.map((location) => locationMeans(location, measurement.sizesUm));
  const locations = judgeLocations(measurement, means, targetLimits);
  const ucl = judgeUcl(edition, measurement.sizesUm, means, targetLimits);
  const pass = locations.every((location) => location.pass) && ucl.every((verdict) => verdict.pass);
  const achievedClass = findAchievedClass(edition, measurement, means);
  return { ...base, outcome: pass ? 'pass' : 'fail', requiredLocations, requiredVolume, problems: [], locations, ucl, achievedClass };
}

function cannotEvaluate(
  base: Pick<ClassificationResult, 'method' | 'isoClass' | 'occupancy' | 'sizesUm'>,
  requiredLocations: number | null,
  requiredVolume: RequiredSampleVolume | null,
  problems: MeasurementProblem[],
): ClassificationResult {
  return { ...base, outcome: 'cannot-evaluate', requiredLocations, requiredVolume, problems, locations: [], ucl: [], achievedClass: null };
}

/** Checks the test class, the considered sizes and the counter flow before any count is read. */
function checkSetup(edition: ClassificationEdition, measurement: ParticleMeasurement): MeasurementProblem[] {
  const problems: MeasurementProblem[] = [];
  if (!(measurement.counterFlowLpm > 0) || !Number.isFinite(measurement.counterFlowLpm)) {
    problems.push({ code: 'counter-flow-invalid', counterFlowLpm: measurement.counterFlowLpm });
  }
  if (measurement.sizesUm.length === 0) problems.push({ code: 'sizes-missing' });

  let limits: ClassLimits;
  try {
    limits = edition.limitsOf(measurement.isoClass);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    problems.push({ code: 'class-invalid', isoClass: measurement.isoClass });
    return problems;
  }
  for (const sizeUm of measurement.sizesUm) {
    if (limits[sizeUm] === null) problems.push({ code: 'size-not-classified', sizeUm });
  }
  return problems;
}

/** Checks every sample's volume against the required volume and its count at every considered size. */
function checkSamples(measurement: ParticleMeasurement, requiredL: number): MeasurementProblem[] {
  const problems: MeasurementProblem[] = [];
  for (const location of measurement.locations) {
    if (location.samples.length === 0) problems.push({ code: 'location-without-samples', location: location.label });

    location.samples.forEach((sample, index) => {
      const sampleNumber = index + 1;
      if (!(sample.volumeL >= requiredL)) {
        problems.push({ code: 'sample-volume-too-small', location: location.label, sample: sampleNumber, requiredL, foundL: sample.volumeL });
      }
      for (const sizeUm of measurement.sizesUm) {
        const count = sample.counts[sizeUm];
        if (count === undefined) problems.push({ code: 'count-missing', location: location.label, sample: sampleNumber, sizeUm });
        else if (!(count >= 0) || !Number.isFinite(count)) {
          problems.push({ code: 'count-invalid', location: location.label, sample: sampleNumber, sizeUm, count });
        }
      }
    });
  }
  return problems;
}

/** Averages the concentrations (particles/m³) of a location's samples at each size. */
function locationMeans(location: SamplingLocation, sizesUm: readonly MeasuredParticleSize[]): LocationMeans {
  const means = new Map<MeasuredParticleSize, number>();
  for (const sizeUm of sizesUm) {
    const concentrations = location.samples.map((sample) => (sample.counts[sizeUm]! / sample.volumeL) * LITRES_PER_M3);
    means.set(sizeUm, average(concentrations));
  }
  return means;
}

function judgeLocations(measurement: ParticleMeasurement, means: readonly LocationMeans[], limits: ClassLimits): LocationVerdict[] {
  return measurement.locations.map((location, index) => {
    const sizes: SizeVerdict[] = measurement.sizesUm.map((sizeUm) => {
      const limitPerM3 = limits[sizeUm]!;
      const meanPerM3 = means[index]!.get(sizeUm)!;
      return { sizeUm, limitPerM3, meanPerM3, pass: meanPerM3 <= limitPerM3 };
    });
    const pass = sizes.every((size) => size.pass);
    return { locationId: location.id, label: location.label, sampleCount: location.samples.length, sizes, pass };
  });
}

function judgeUcl(
  edition: ClassificationEdition,
  sizesUm: readonly MeasuredParticleSize[],
  means: readonly LocationMeans[],
  limits: ClassLimits,
): UclVerdict[] {
  const verdicts: UclVerdict[] = [];
  for (const sizeUm of sizesUm) {
    const meansAtSize = means.map((locationMean) => locationMean.get(sizeUm)!);
    const verdict = edition.ucl(meansAtSize, sizeUm, limits[sizeUm]!);
    if (verdict) verdicts.push(verdict);
  }
  return verdicts;
}

/**
 * Finds the cleanest class whose limits every location meets at every considered size. A class
 * counts only when it has a limit at each considered size and every sample is large enough for it,
 * because a cleaner class needs a larger sample under the 20-particle rule.
 */
function findAchievedClass(edition: ClassificationEdition, measurement: ParticleMeasurement, means: readonly LocationMeans[]): number | null {
  const largest = largestSize(measurement.sizesUm);
  const samples = measurement.locations.flatMap((location) => location.samples);

  for (const isoClass of classSteps()) {
    const limits = edition.limitsOf(isoClass);
    if (measurement.sizesUm.some((sizeUm) => limits[sizeUm] === null)) continue;

    const { requiredL } = requiredSampleVolume(limits[largest]!, measurement.counterFlowLpm);
    if (samples.some((sample) => sample.volumeL < requiredL)) continue;

    const locationsPass = judgeLocations(measurement, means, limits).every((location) => location.pass);
    const uclPass = judgeUcl(edition, measurement.sizesUm, means, limits).every((verdict) => verdict.pass);
    if (locationsPass && uclPass) return isoClass;
  }
  return null;
}

export function average(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}
