import type { Room } from '../../domain/project';
import { SECONDS_PER_HOUR } from '../../domain/units';
import type { RoomMetrics } from '../findings';
import { iso14644ClassLimits, PARTICLE_SIZES_UM, type ParticleSize } from '../iso14644/limits';
import { airsideData } from './airsideData';

/**
 * Supply a non-unidirectional room needs to hold its class limit against the particles its
 * occupants disperse, after the method of Whyte et al. (EJPPS 22(4), 2017), as an alternative to
 * rule-of-thumb air changes.
 *
 * The room is taken as well mixed and at steady state. Each second the occupants add N · D
 * particles (N people, D particles per person per second). The supply Q returns recirculated room
 * air through the terminal filter, so it carries (1 − E) · C, with E the filter efficiency and C
 * the room concentration. Air leaves at Q · C. Setting inflow equal to
 * outflow gives N · D + Q · (1 − E) · C = Q · C, so Q = N · D / (E · C). Deposition on surfaces
 * and particles in the outdoor air are left out: deposition would lower Q, and the outdoor air
 * passes the same terminal filter, so its share is small.
 */

export interface DispersionSupply {
  /** Supply for the class limit (m³/h); null when an input is missing. */
  readonly m3h: number | null;
  readonly basis: { readonly code: string; readonly params: Readonly<Record<string, string | number | null>> };
}

function particleSize(sizeUm: number): ParticleSize | null {
  const key = String(sizeUm);
  return (PARTICLE_SIZES_UM as readonly string[]).includes(key) ? (key as ParticleSize) : null;
}

/**
 * Returns the dispersion-based supply of a room. The target is the ISO 14644-1:2015 class limit at
 * the dispersion data's particle size, for the ISO class the checks use. For a GMP grade that is
 * the at-rest class, which is stricter than the in-operation one. Unidirectional rooms and rooms
 * without occupants or a class get null with the reason.
 */
export function dispersionSupply(room: Room, metrics: RoomMetrics): DispersionSupply {
  const data = airsideData().dispersion;
  const rates = data.dispersionRates;
  const clothing = rates.clothing.find((entry) => entry.id === rates.defaultClothing)!;
  const occupants = room.design.occupants !== null && Number.isFinite(room.design.occupants) ? room.design.occupants : null;
  const size = particleSize(rates.particleSizeUm);
  const limit = metrics.isoClass === null || size === null ? null : iso14644ClassLimits(metrics.isoClass)[size];

  const base = {
    clothing: clothing.id,
    perPersonPerS: clothing.perMinute / 60,
    sizeUm: rates.particleSizeUm,
    filterEfficiency: data.terminalFilter.efficiency,
    isoClass: metrics.isoClass,
    targetPerM3: limit,
    occupants,
  };
  if (metrics.airflowPattern === 'unidirectional') return { m3h: null, basis: { code: 'dispersion-unidirectional', params: base } };
  if (occupants === null) return { m3h: null, basis: { code: 'dispersion-inputs-missing', params: { ...base, missing: 'occupants' } } };
  if (limit === null) return { m3h: null, basis: { code: 'dispersion-inputs-missing', params: { ...base, missing: 'isoClass' } } };

  const dispersedPerS = occupants * base.perPersonPerS;
  const m3s = dispersedPerS / (data.terminalFilter.efficiency * limit);
  return { m3h: m3s * SECONDS_PER_HOUR, basis: { code: 'dispersion', params: { ...base, dispersedPerS } } };
}
