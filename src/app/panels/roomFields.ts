import type { RoomDesign } from '../../domain/project';
import type { UnitId } from '../../domain/units';
import type { PanelKey } from '../i18n/panels';
import type { NumberRange } from './fieldParsing';

/** One numeric design value of a room as the property panel edits it. */
export interface DesignFieldSpec {
  readonly key: keyof RoomDesign;
  readonly label: PanelKey;
  readonly unit: UnitId | null;
  readonly range: NumberRange;
  readonly testId: string;
  readonly hint?: PanelKey;
}

const NON_NEGATIVE: NumberRange = { min: 0 };

/** Fresh air, exhaust and pressure, under "Air". Pressure may be negative (containment rooms). */
export const AIR_FIELDS: readonly DesignFieldSpec[] = [
  { key: 'freshAirM3h', label: 'freshAir', unit: 'm3/h', range: NON_NEGATIVE, testId: 'room-fresh-air' },
  { key: 'exhaustM3h', label: 'exhaust', unit: 'm3/h', range: NON_NEGATIVE, testId: 'room-exhaust' },
  { key: 'pressurePa', label: 'pressure', unit: 'Pa', range: {}, testId: 'room-pressure', hint: 'pressureHint' },
];

export const ENVIRONMENT_FIELDS: readonly DesignFieldSpec[] = [
  { key: 'temperatureC', label: 'temperature', unit: 'degC', range: { min: -50, max: 100 }, testId: 'room-temperature' },
  { key: 'rhPct', label: 'rh', unit: '%RH', range: { min: 0, max: 100 }, testId: 'room-rh' },
  { key: 'illuminanceLx', label: 'illuminance', unit: 'lx', range: NON_NEGATIVE, testId: 'room-illuminance' },
  { key: 'noiseDbA', label: 'noise', unit: 'dB(A)', range: NON_NEGATIVE, testId: 'room-noise' },
  { key: 'occupants', label: 'occupants', unit: 'person', range: { min: 0, integer: true }, testId: 'room-occupants' },
  { key: 'filterCoveragePct', label: 'filterCoverage', unit: '%', range: { min: 0, max: 100 }, testId: 'room-filter-coverage', hint: 'filterCoverageHint' },
];

/** The three ways supply air can be given; entering one clears the other two. */
export type SupplyMode = 'ach' | 'supply' | 'velocity';

export const SUPPLY_MODES: readonly { readonly mode: SupplyMode; readonly key: 'ach' | 'supplyM3h' | 'velocityMs'; readonly label: PanelKey; readonly unit: UnitId }[] = [
  { mode: 'ach', key: 'ach', label: 'supplyModeAch', unit: '1/h' },
  { mode: 'supply', key: 'supplyM3h', label: 'supplyModeSupply', unit: 'm3/h' },
  { mode: 'velocity', key: 'velocityMs', label: 'supplyModeVelocity', unit: 'm/s' },
];

/** Return the mode a room's supply was entered in: the first given of ACH, supply airflow, velocity. */
export function supplyModeOf(design: RoomDesign): SupplyMode {
  if (design.ach === null && design.supplyM3h !== null) return 'supply';
  if (design.ach === null && design.supplyM3h === null && design.velocityMs !== null) return 'velocity';
  return 'ach';
}

/** Design patch that sets the supply in one mode and clears the other two, as one undo step. */
export function supplyPatch(mode: SupplyMode, value: number | null): Pick<RoomDesign, 'ach' | 'supplyM3h' | 'velocityMs'> {
  return {
    ach: mode === 'ach' ? value : null,
    supplyM3h: mode === 'supply' ? value : null,
    velocityMs: mode === 'velocity' ? value : null,
  };
}
