import type { Room } from '../../domain/project';
import { SECONDS_PER_HOUR } from '../../domain/units';
import type { RoomMetrics } from '../findings';
import { resolveRoomUse } from '../suite/roomUses';
import { airsideData, airsideRule } from './airsideData';
import type { CoolingData } from './airsideDataSchema';
import type { SupplyCandidate } from './types';

/**
 * Cooling term of a room's supply: the airflow that removes the room's sensible heat gain at the
 * design supply temperature difference, supply = gain / (ρ · cp · ΔT). The gain is occupants ×
 * sensible heat per person + lighting W/m² × floor area + equipment W. Air properties and heat per
 * person come from `rules/airside/cooling.json`.
 */

function finiteOrNull(value: number | null | undefined): number | null {
  return value !== null && value !== undefined && Number.isFinite(value) ? value : null;
}

interface OccupantHeat {
  readonly activity: string;
  /** Table column used (°C). */
  readonly columnC: number;
  readonly sensibleW: number;
  /** True when the room has no design temperature and the coolest column (the most sensible heat) was taken. */
  readonly temperatureAssumed: boolean;
}

/**
 * Picks the activity for the room's use and the table column at or below the design temperature.
 * A temperature under the first column takes the first column.
 */
function occupantHeat(room: Room, data: CoolingData['occupantSensibleHeat']): OccupantHeat {
  const useId = resolveRoomUse(room.use)?.id ?? null;
  const activityId = (useId !== null ? data.activityByUse[useId] : undefined) ?? data.defaultActivity;
  const activity = data.activities.find((entry) => entry.id === activityId) ?? data.activities[0]!;

  const temperatureC = finiteOrNull(room.design.temperatureC);
  let column = 0;
  if (temperatureC !== null) {
    data.roomTemperaturesC.forEach((columnC, index) => {
      if (columnC <= temperatureC) column = index;
    });
  }
  return {
    activity: activity.id,
    columnC: data.roomTemperaturesC[column]!,
    sensibleW: activity.sensibleW[column]!,
    temperatureAssumed: temperatureC === null,
  };
}

/** Returns the names of the inputs the cooling supply lacks, in the order the data sheet lists them. */
function missingInputs(values: Readonly<Record<string, number | null>>): string[] {
  return Object.entries(values)
    .filter(([, value]) => value === null)
    .map(([name]) => name);
}

/**
 * Returns the cooling candidate of a room's supply. Any missing input (occupants, lighting,
 * equipment, supply temperature difference, floor area) leaves the candidate null and named in its
 * basis. A temperature difference of zero or below is reported as invalid.
 */
export function coolingSupply(room: Room, metrics: RoomMetrics): SupplyCandidate {
  const data = airsideData().cooling;
  const header = airsideRule('cooling-supply');
  const design = room.design;
  const inputs = {
    occupants: finiteOrNull(design.occupants),
    lightingWm2: finiteOrNull(design.lightingWm2),
    equipmentW: finiteOrNull(design.equipmentW),
    supplyDeltaTK: finiteOrNull(design.supplyDeltaTK),
    areaM2: metrics.areaM2,
  };
  const base = { term: 'cooling' as const, citation: header.citation, kind: header.kind };
  const verified = header.verified && data.airDensity.verified && data.specificHeat.verified && data.occupantSensibleHeat.verified;

  const missing = missingInputs(inputs);
  if (missing.length > 0) {
    return { ...base, m3h: null, verified, basis: { code: 'cooling-inputs-missing', params: { missing: missing.join(',') } } };
  }
  const { occupants, lightingWm2, equipmentW, supplyDeltaTK, areaM2 } = inputs as Record<keyof typeof inputs, number>;
  if (supplyDeltaTK <= 0) {
    return { ...base, m3h: null, verified, basis: { code: 'cooling-delta-t-invalid', params: { supplyDeltaTK } } };
  }

  const people = occupantHeat(room, data.occupantSensibleHeat);
  const occupantW = occupants * people.sensibleW;
  const lightingW = lightingWm2 * areaM2;
  const gainW = occupantW + lightingW + equipmentW;
  const heatCapacityJPerM3K = data.airDensity.value * data.specificHeat.value;
  const m3h = (gainW / (heatCapacityJPerM3K * supplyDeltaTK)) * SECONDS_PER_HOUR;

  const params = {
    occupants,
    activity: people.activity,
    perPersonW: people.sensibleW,
    columnC: people.columnC,
    temperatureAssumed: people.temperatureAssumed ? 'true' : null,
    occupantW,
    lightingWm2,
    lightingW,
    equipmentW,
    gainW,
    supplyDeltaTK,
    densityKgM3: data.airDensity.value,
    specificHeatJkgK: data.specificHeat.value,
  };
  return { ...base, m3h, verified, basis: { code: 'cooling', params } };
}
