/**
 * Measured data entered for a room after construction: particle counts for ISO 14644-1
 * classification and GMP microbial results. Counts are cumulative (particles at or above each size)
 * as a discrete particle counter reports them.
 */

/** ISO 14644-1 occupancy state in which the counts were taken. */
export type OccupancyState = 'as-built' | 'at-rest' | 'in-operation';

export const OCCUPANCY_STATES: readonly OccupancyState[] = ['as-built', 'at-rest', 'in-operation'];

/** Particle size in µm, spelled as in the ISO 14644-1 Table 1 columns. */
export type MeasuredParticleSize = '0.1' | '0.2' | '0.3' | '0.5' | '1' | '5';

/** One counter sample at a location: the counts at each considered size and the air volume drawn. */
export interface ParticleSample {
  /** Volume of air sampled (L). */
  readonly volumeL: number;
  /** Particles counted at or above each size; a considered size without a count cannot be judged. */
  readonly counts: Readonly<Partial<Record<MeasuredParticleSize, number>>>;
}

export interface SamplingLocation {
  readonly id: string;
  /** Name used on the test plan and in reports, e.g. `L1` or `near door`. */
  readonly label: string;
  readonly samples: readonly ParticleSample[];
}

/** Particle counts for classifying one room. */
export interface ParticleMeasurement {
  readonly occupancy: OccupancyState;
  /** ISO class the room is tested against (1 to 9 in steps of 0.1). */
  readonly isoClass: number;
  /** Particle sizes considered for classification, in µm. */
  readonly sizesUm: readonly MeasuredParticleSize[];
  /** Counter flow rate (L/min), which sets the volume of a one-minute sample. */
  readonly counterFlowLpm: number;
  readonly locations: readonly SamplingLocation[];
}

/** Flow rate of the common 1 ft³/min particle counter (L/min). */
export const DEFAULT_COUNTER_FLOW_LPM = 28.3;

/** GMP microbial monitoring method, named as in the EU GMP Annex 1 limit tables. */
export type MicrobialMethod = 'air' | 'settlePlate' | 'contactPlate' | 'glovePrint';

export const MICROBIAL_METHODS: readonly MicrobialMethod[] = ['air', 'settlePlate', 'contactPlate', 'glovePrint'];

/**
 * Microbial results of a grade room, as a list of individual results per method. Units: air samples
 * in cfu/m³, settle plates in cfu per 90 mm plate per 4 h, contact plates in cfu per 55 mm plate,
 * glove prints in cfu per glove. An empty list means the method was not sampled.
 */
export type MicrobialResults = Readonly<Record<MicrobialMethod, readonly number[]>>;

/** Measured data of a room; each part is absent or null until entered. */
export interface RoomMeasurements {
  readonly particles?: ParticleMeasurement | null;
  readonly microbial?: MicrobialResults | null;
}
