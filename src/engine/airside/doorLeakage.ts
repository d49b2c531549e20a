import { DEFAULT_PROJECT_AIRSIDE, type DoorGapsMm, type ProjectAirside } from '../../domain/airside';
import type { Door } from '../../domain/project';
import { doorLeakageTable, gapPreset, orificeForm } from '../network/data';
import { doorTableLaw, orificeLaw, type FlowLaw } from '../network/flowLaw';
import { leakageAreaM2, LeakageInputError, type DoorOpening } from '../network/leakage';
import { doorDefaults, type LeafType } from './networkData';

/** Source of a door's flow law. */
export type LeakageBasis =
  /** `Door.leakageAreaM2` entered directly, through the orifice law. */
  | 'entered-area'
  /** Crack area from the door's type, size and gaps, through the orifice law. */
  | 'gaps'
  /** Whole width × height of a fixed opening, through the orifice law. */
  | 'opening'
  /** Flow per door read from the project's leakage-per-door table. */
  | 'door-table';

export type DoorLeakage =
  | {
      readonly ok: true;
      readonly basis: LeakageBasis;
      /** Leakage area (m²); null for a table law, which has none. */
      readonly areaM2: number | null;
      /** Flow law of the door; null when the area is 0, so no air passes. */
      readonly law: FlowLaw | null;
      /** True when the height came from the default of `rules/door-leakage/door-defaults.json`. */
      readonly defaultHeight: boolean;
      /** Id of the gap preset used for a door without gaps, else null. */
      readonly gapPresetId: string | null;
    }
  | {
      readonly ok: false;
      /** Door field at fault, e.g. `widthMm`. */
      readonly field: string;
      readonly found: number;
      readonly expected: string;
    };

const MM_PER_M = 1000;

function gapsOf(door: Door, type: LeafType): { gaps: DoorGapsMm; presetId: string | null } {
  if (door.gapsMm !== undefined && door.gapsMm !== null) return { gaps: door.gapsMm, presetId: null };
  const preset = gapPreset(doorDefaults().gapPresetByType[type]);
  return { gaps: preset, presetId: preset.id };
}

function openingOf(door: Door, heightM: number, gaps: DoorGapsMm): DoorOpening {
  const widthM = door.widthMm / MM_PER_M;
  const type = door.type ?? 'single';
  if (type === 'opening') return { type, widthM, heightM };
  // Door.widthMm is the width of both leaves of a double door together.
  if (type === 'double') return { type, leafWidthM: widthM / 2, heightM, gaps };
  return { type, widthM, heightM, gaps };
}

/** Maps a leakage-area error to the Door field the user must fix, in the Door's own units. */
function invalidInput(error: LeakageInputError): DoorLeakage {
  if (error.field === 'heightM') return { ok: false, field: 'heightMm', found: error.found * MM_PER_M, expected: 'a positive height in mm' };
  if (error.field === 'widthM' || error.field === 'leafWidthM') {
    return { ok: false, field: 'widthMm', found: error.found * MM_PER_M, expected: 'a positive width in mm' };
  }
  return { ok: false, field: error.field.replace('gaps.', 'gapsMm.'), found: error.found, expected: 'a gap of 0 mm or more' };
}

function enteredArea(areaM2: number): DoorLeakage {
  if (!Number.isFinite(areaM2) || areaM2 < 0) return { ok: false, field: 'leakageAreaM2', found: areaM2, expected: 'a leakage area of 0 m² or more' };
  const law = areaM2 > 0 ? orificeLaw(areaM2, orificeForm(doorDefaults().orificeFormId)) : null;
  return { ok: true, basis: 'entered-area', areaM2, law, defaultHeight: false, gapPresetId: null };
}

function tableLeakage(airside: ProjectAirside, type: LeafType): DoorLeakage {
  const table = doorLeakageTable(airside.doorTableId ?? doorDefaults().doorTableId);
  const law = doorTableLaw(table, doorDefaults().tableLeavesByType[type]);
  return { ok: true, basis: 'door-table', areaM2: null, law, defaultHeight: false, gapPresetId: null };
}

/**
 * Works out the flow law of a door on the plan. An entered `leakageAreaM2` always wins. Otherwise
 * a closed door reads the project's leakage-per-door table when `leakageMethod` is `door-table`,
 * or its crack area from type, size and gaps; a fixed opening always leaks over width × height.
 * Missing height and gaps come from `rules/door-leakage/door-defaults.json`. Every area goes
 * through the orifice form named there. Sizes that give no area come back as `ok: false`.
 */
export function doorLeakage(door: Door, airside: ProjectAirside = DEFAULT_PROJECT_AIRSIDE): DoorLeakage {
  if (door.leakageAreaM2 !== undefined && door.leakageAreaM2 !== null) return enteredArea(door.leakageAreaM2);

  const type = door.type ?? 'single';
  if (type !== 'opening' && airside.leakageMethod === 'door-table') return tableLeakage(airside, type);

  const defaults = doorDefaults();
  const defaultHeight = door.heightMm === undefined || door.heightMm === null;
  const heightM = defaultHeight ? defaults.defaultHeight.heightM : door.heightMm! / MM_PER_M;
  const { gaps, presetId } = type === 'opening' ? { gaps: null, presetId: null } : gapsOf(door, type);
  try {
    const areaM2 = leakageAreaM2(openingOf(door, heightM, gaps ?? { headMm: 0, thresholdMm: 0, jambMm: 0, meetingMm: 0 }));
    const law = areaM2 > 0 ? orificeLaw(areaM2, orificeForm(defaults.orificeFormId)) : null;
    return { ok: true, basis: type === 'opening' ? 'opening' : 'gaps', areaM2, law, defaultHeight, gapPresetId: presetId };
  } catch (error) {
    if (error instanceof LeakageInputError) return invalidInput(error);
    throw error;
  }
}
