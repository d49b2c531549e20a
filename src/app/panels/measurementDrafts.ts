import type { Cleanliness } from '../../domain/cleanliness';
import {
  DEFAULT_COUNTER_FLOW_LPM,
  MICROBIAL_METHODS,
  type MeasuredParticleSize,
  type MicrobialResults,
  type ParticleMeasurement,
  type ParticleSample,
  type SamplingLocation,
} from '../../domain/measurements';
import { gmpGradeIsoEquivalent } from '../../engine/classes/crosswalk';

/**
 * Pure helpers of the measured-data panel: the starting measurement of a room, edits of one
 * location or sample, and parsing of pasted spreadsheet rows and microbial result lists.
 */

/** ISO class tested against when the room has no ISO class or GMP grade. The user can change it. */
const FALLBACK_ISO_CLASS = 8;

/** Returns the ISO class a room is tested against at rest: its own ISO class or its GMP grade's equivalent. */
function defaultIsoClass(cleanliness: Cleanliness | null): number {
  if (cleanliness?.kind === 'iso') return cleanliness.isoClass;
  if (cleanliness?.kind === 'gmp') return gmpGradeIsoEquivalent(cleanliness.grade).atRestIsoClass;
  return FALLBACK_ISO_CLASS;
}

/** Returns an empty at-rest measurement at 0.5 µm and 5 µm for a room of the given class. */
export function newParticleMeasurement(cleanliness: Cleanliness | null): ParticleMeasurement {
  return {
    occupancy: 'at-rest',
    isoClass: defaultIsoClass(cleanliness),
    sizesUm: ['0.5', '5'],
    counterFlowLpm: DEFAULT_COUNTER_FLOW_LPM,
    locations: [],
  };
}

/** Returns a one-minute sample at the counter's flow rate, with no counts yet. */
export function newSample(measurement: ParticleMeasurement): ParticleSample {
  return { volumeL: measurement.counterFlowLpm, counts: {} };
}

/** Returns a location labelled `L<n>` with an id unused in the measurement, holding one empty sample. */
export function newLocation(measurement: ParticleMeasurement, label?: string): SamplingLocation {
  const usedIds = new Set(measurement.locations.map((location) => location.id));
  let number = measurement.locations.length + 1;
  while (usedIds.has(`loc-${number}`)) number += 1;
  return { id: `loc-${number}`, label: label ?? `L${number}`, samples: [newSample(measurement)] };
}

/** Returns the measurement with location `locationId` replaced by `next`, or removed when `next` is null. */
export function replaceLocation(measurement: ParticleMeasurement, locationId: string, next: SamplingLocation | null): ParticleMeasurement {
  const replacement = next === null ? [] : [next];
  const locations = measurement.locations.flatMap((location) => (location.id === locationId ? replacement : [location]));
  return { ...measurement, locations };
}

/** Returns the location with sample `index` replaced by `next`, or removed when `next` is null. */
export function replaceSample(location: SamplingLocation, index: number, next: ParticleSample | null): SamplingLocation {
  const replacement = next === null ? [] : [next];
  const samples = location.samples.flatMap((sample, position) => (position === index ? replacement : [sample]));
  return { ...location, samples };
}

/** Returns the sample with the count at `sizeUm` set, or removed when `count` is null. */
export function withCount(sample: ParticleSample, sizeUm: MeasuredParticleSize, count: number | null): ParticleSample {
  const counts = { ...sample.counts };
  if (count === null) delete counts[sizeUm];
  else counts[sizeUm] = count;
  return { ...sample, counts };
}

/** Rejected paste: a message key of `measurementsText` and its parameters. */
export interface PasteError {
  readonly code: 'pasteErrorEmpty' | 'pasteErrorColumns' | 'pasteErrorVolume' | 'pasteErrorCount';
  readonly params: Record<string, string | number>;
}

export type PasteResult = { readonly ok: true; readonly value: ParticleMeasurement } | { readonly ok: false; readonly error: PasteError };

const WHOLE_NUMBER = /^\d+$/;
const PLAIN_DECIMAL = /^(\d+(\.\d*)?|\.\d+)$/;

/**
 * Adds tab-separated rows (location, volume in L, one count per considered size in the order of
 * `sizesUm`) to the measurement. A row whose location label already exists adds a sample there.
 * The first invalid row rejects the whole paste, so a partial paste never reaches the project.
 */
export function addPastedRows(measurement: ParticleMeasurement, text: string): PasteResult {
  const rows = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (rows.length === 0) return { ok: false, error: { code: 'pasteErrorEmpty', params: {} } };

  const expected = 2 + measurement.sizesUm.length;
  const sizes = measurement.sizesUm.join(', ');
  let result = measurement;
  for (const [index, line] of rows.entries()) {
    const row = index + 1;
    const cells = line.split('\t').map((cell) => cell.normalize('NFKC').trim());
    if (cells.length !== expected) return { ok: false, error: { code: 'pasteErrorColumns', params: { row, found: cells.length, expected, sizes } } };

    const [label, volumeText, ...countTexts] = cells as [string, string, ...string[]];
    const volumeL = Number(volumeText);
    if (!PLAIN_DECIMAL.test(volumeText) || !(volumeL > 0)) return { ok: false, error: { code: 'pasteErrorVolume', params: { row, value: volumeText } } };

    let sample: ParticleSample = { volumeL, counts: {} };
    for (const [position, sizeUm] of measurement.sizesUm.entries()) {
      const countText = countTexts[position]!;
      if (!WHOLE_NUMBER.test(countText)) return { ok: false, error: { code: 'pasteErrorCount', params: { row, value: countText, size: sizeUm } } };
      sample = withCount(sample, sizeUm, Number(countText));
    }
    result = addSampleAt(result, label, sample);
  }
  return { ok: true, value: result };
}

function addSampleAt(measurement: ParticleMeasurement, label: string, sample: ParticleSample): ParticleMeasurement {
  const existing = measurement.locations.find((location) => location.label === label);
  if (existing) return replaceLocation(measurement, existing.id, { ...existing, samples: [...existing.samples, sample] });

  const location = { ...newLocation(measurement, label), samples: [sample] };
  return { ...measurement, locations: [...measurement.locations, location] };
}

export function emptyMicrobialResults(): MicrobialResults {
  return Object.fromEntries(MICROBIAL_METHODS.map((method) => [method, []])) as unknown as MicrobialResults;
}

export type ResultListParse = { readonly ok: true; readonly value: number[] } | { readonly ok: false; readonly invalid: string };

/** Parses results separated by spaces or commas, ASCII or full-width. Each must be a number of 0 or more. */
export function parseResultList(text: string): ResultListParse {
  const items = text
    .normalize('NFKC')
    .split(/[\s,;、]+/)
    .filter((item) => item !== '');
  const values: number[] = [];
  for (const item of items) {
    const value = Number(item);
    if (!PLAIN_DECIMAL.test(item) || !Number.isFinite(value)) return { ok: false, invalid: item };
    values.push(value);
  }
  return { ok: true, value: values };
}
