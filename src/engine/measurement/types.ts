import type { MeasuredParticleSize, OccupancyState } from '../../domain/measurements';

/** ISO 14644-1 edition whose method classified the room. */
export type ClassificationMethod = 'iso-14644-1-2015' | 'iso-14644-1-1999';

/**
 * Reason that measured particle data cannot be judged. Each names the value at fault so that a
 * message can point to it and to what to enter.
 */
export type MeasurementProblem =
  | { readonly code: 'area-missing' }
  | { readonly code: 'class-invalid'; readonly isoClass: number }
  | { readonly code: 'sizes-missing' }
  | { readonly code: 'size-not-classified'; readonly sizeUm: MeasuredParticleSize }
  | { readonly code: 'counter-flow-invalid'; readonly counterFlowLpm: number }
  | { readonly code: 'too-few-locations'; readonly required: number; readonly found: number }
  | { readonly code: 'location-without-samples'; readonly location: string }
  | { readonly code: 'too-few-samples'; readonly location: string; readonly required: number; readonly found: number }
  | { readonly code: 'sample-volume-too-small'; readonly location: string; readonly sample: number; readonly requiredL: number; readonly foundL: number }
  | { readonly code: 'count-missing'; readonly location: string; readonly sample: number; readonly sizeUm: MeasuredParticleSize }
  | { readonly code: 'count-invalid'; readonly location: string; readonly sample: number; readonly sizeUm: MeasuredParticleSize; readonly count: number };

/** Minimum single-sample volume and the three figures it is the largest of (L). */
export interface RequiredSampleVolume {
  /** Volume in which 20 particles would be counted at the class limit of the largest considered size. */
  readonly twentyParticleL: number;
  readonly minimumL: number;
  /** Volume drawn in the minimum sampling time at the counter's flow rate. */
  readonly oneMinuteL: number;
  readonly requiredL: number;
}

/** One location's mean at one size against the class limit (particles/m³). */
export interface SizeVerdict {
  readonly sizeUm: MeasuredParticleSize;
  readonly limitPerM3: number;
  readonly meanPerM3: number;
  readonly pass: boolean;
}

export interface LocationVerdict {
  readonly locationId: string;
  readonly label: string;
  readonly sampleCount: number;
  readonly sizes: readonly SizeVerdict[];
  readonly pass: boolean;
}

/** ISO 14644-1:1999 Annex C upper confidence limit at one size (particles/m³). */
export interface UclVerdict {
  readonly sizeUm: MeasuredParticleSize;
  readonly meanOfMeansPerM3: number;
  readonly standardDeviationPerM3: number;
  readonly studentT: number;
  readonly uclPerM3: number;
  readonly limitPerM3: number;
  readonly pass: boolean;
}

/**
 * Classification of one room from particle counts. With any problem the outcome is
 * `cannot-evaluate`, and `locations`, `ucl` and `achievedClass` are empty.
 */
export interface ClassificationResult {
  readonly method: ClassificationMethod;
  readonly outcome: 'pass' | 'fail' | 'cannot-evaluate';
  readonly isoClass: number;
  readonly occupancy: OccupancyState;
  readonly sizesUm: readonly MeasuredParticleSize[];
  readonly requiredLocations: number | null;
  readonly requiredVolume: RequiredSampleVolume | null;
  readonly problems: readonly MeasurementProblem[];
  readonly locations: readonly LocationVerdict[];
  /** UCL per size, only with the 1999 method and 2 to 9 locations. */
  readonly ucl: readonly UclVerdict[];
  /** Cleanest ISO class, in steps of 0.1, that the data support; null when none from 1 to 9 does. */
  readonly achievedClass: number | null;
}
