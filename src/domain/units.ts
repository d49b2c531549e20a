/**
 * Units used inside Cleanplan. Everything inside the engine is SI (with m³/h for airflow, as the
 * field quotes it); conversion happens only at the edges (import, display, export).
 *
 * Plan coordinates are the exception: polygons are stored in whole millimetres, as drawings are
 * dimensioned, and converted to metres by the geometry functions.
 */

/** Identifier of a unit as it appears in rule data, findings and exports. */
export type UnitId =
  | 'mm'
  | 'm'
  | 'm2'
  | 'm3'
  | 'm3/h'
  | 'm3/(h*m2)'
  | 'm3/(h*person)'
  | '1/h'
  | 'm/s'
  | 'Pa'
  | 'degC'
  | '%RH'
  | 'lx'
  | 'dB(A)'
  | 'person'
  | 'particles/m3'
  | 'cfu/m3'
  | 'min'
  | 'count'
  | '%';

export const UNIT_IDS: readonly UnitId[] = [
  'mm',
  'm',
  'm2',
  'm3',
  'm3/h',
  'm3/(h*m2)',
  'm3/(h*person)',
  '1/h',
  'm/s',
  'Pa',
  'degC',
  '%RH',
  'lx',
  'dB(A)',
  'person',
  'particles/m3',
  'cfu/m3',
  'min',
  'count',
  '%',
];

export const MM_PER_M = 1000;
export const MM2_PER_M2 = 1_000_000;
export const SECONDS_PER_HOUR = 3600;
