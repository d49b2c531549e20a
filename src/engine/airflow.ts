import type { RoomDesign } from '../domain/project';
import { SECONDS_PER_HOUR } from '../domain/units';
import type { FindingReason } from './findings';

/** Relative difference above which two supply design values are reported as disagreeing. */
export const SUPPLY_DISAGREEMENT_TOLERANCE = 0.01;

export type SupplySource = 'supply' | 'velocity' | 'ach';

export interface SupplyAirflow {
  /** Supply airflow (m³/h); null when no design value can be turned into one. */
  readonly supplyM3h: number | null;
  readonly source: SupplySource | null;
  /** Air changes per hour implied by the supply (h⁻¹); null without a supply or a volume. */
  readonly ach: number | null;
  /** Mean velocity over the floor area implied by the supply (m/s); null without a supply or an area. */
  readonly velocityMs: number | null;
  /** One `supply-values-disagree` note per given value that differs from the one used by more than 1 %. */
  readonly notes: readonly FindingReason[];
}

type DesignSupplyValues = Pick<RoomDesign, 'supplyM3h' | 'velocityMs' | 'ach'>;

function supplyFrom(source: SupplySource, design: DesignSupplyValues, areaM2: number | null, volumeM3: number | null): number | null {
  switch (source) {
    case 'supply':
      return design.supplyM3h;
    case 'velocity':
      return design.velocityMs !== null && areaM2 !== null ? design.velocityMs * areaM2 * SECONDS_PER_HOUR : null;
    case 'ach':
      return design.ach !== null && volumeM3 !== null ? design.ach * volumeM3 : null;
  }
}

/** Precedence when several supply design values are given: the explicit m³/h, then velocity, then ACH. */
const SOURCE_PRECEDENCE: readonly SupplySource[] = ['supply', 'velocity', 'ach'];

/**
 * Derives a room's supply airflow from whichever design value is given: the supply in m³/h, a
 * unidirectional velocity × floor area × 3600, or ACH × volume. When several are given the
 * precedence is supply, then velocity, then ACH, and every other given value that would yield a
 * supply more than 1 % away from the one used adds a note. A value that cannot be converted
 * (velocity without an area, ACH without a volume) is skipped.
 */
export function computeSupplyAirflow(design: DesignSupplyValues, areaM2: number | null, volumeM3: number | null): SupplyAirflow {
  const candidates = SOURCE_PRECEDENCE.map((source) => ({ source, supplyM3h: supplyFrom(source, design, areaM2, volumeM3) }));
  const chosen = candidates.find((candidate) => candidate.supplyM3h !== null);
  if (!chosen) return { supplyM3h: null, source: null, ach: null, velocityMs: null, notes: [] };

  const supplyM3h = chosen.supplyM3h!;
  const notes = candidates
    .filter((candidate) => candidate !== chosen && candidate.supplyM3h !== null && disagrees(candidate.supplyM3h, supplyM3h))
    .map((candidate) => disagreementNote(chosen.source, supplyM3h, candidate.source, candidate.supplyM3h!));

  return {
    supplyM3h,
    source: chosen.source,
    ach: volumeM3 !== null && volumeM3 > 0 ? supplyM3h / volumeM3 : null,
    velocityMs: areaM2 !== null && areaM2 > 0 ? supplyM3h / areaM2 / SECONDS_PER_HOUR : null,
    notes,
  };
}

function disagrees(candidateM3h: number, usedM3h: number): boolean {
  const scale = Math.max(Math.abs(candidateM3h), Math.abs(usedM3h));
  return scale > 0 && Math.abs(candidateM3h - usedM3h) / scale > SUPPLY_DISAGREEMENT_TOLERANCE;
}

function disagreementNote(used: SupplySource, usedM3h: number, ignored: SupplySource, ignoredM3h: number): FindingReason {
  return { code: 'supply-values-disagree', params: { used, usedM3h, ignored, ignoredM3h } };
}
