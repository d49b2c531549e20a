import type { AirflowPattern, Room, RoomDesign } from '../domain/project';
import type { GmpGrade } from '../domain/cleanliness';
import type { RoomMetrics } from './findings';
import { computeSupplyAirflow } from './airflow';
import { gmpGradeIsoEquivalent } from './classes/crosswalk';
import { polygonAreaM2 } from './geometry/polygon';
import { minimumSamplingLocations } from './iso14644/sampling';

/** One room as the checks read it: its metrics plus the class facts every rule needs, computed once per Room object. */
export interface RoomContext {
  readonly room: Room;
  /** The room's design values with every non-finite number (NaN, ±Infinity) read as missing. */
  readonly design: RoomDesign;
  readonly metrics: RoomMetrics;
  /** True for a room whose class is given as `unclassified` (non-clean). */
  readonly unclassified: boolean;
  /** Own ISO class, or the at-rest ISO equivalent of the room's GMP grade; null if neither. */
  readonly isoClass: number | null;
  /** True when `isoClass` was taken from the GMP grade through the crosswalk. */
  readonly isoClassFromGrade: boolean;
  readonly grade: GmpGrade | null;
  readonly airflowPattern: AirflowPattern;
  /** Room use, trimmed and lower-cased for vocabulary lookups; null if not given. */
  readonly useKey: string | null;
}

function knownAreaM2(room: Room): number | null {
  if (room.areaKnown === false) return null;
  const area = polygonAreaM2(room.polygon);
  return area > 0 ? area : null;
}

/** Returns the given pattern, else unidirectional when a design velocity is given, else non-unidirectional. */
function inferAirflowPattern(room: Room, design: RoomDesign): AirflowPattern {
  if (room.airflowPattern !== null) return room.airflowPattern;
  return design.velocityMs !== null ? 'unidirectional' : 'non-unidirectional';
}

function finiteOrNull(value: number | null): number | null {
  return value !== null && Number.isFinite(value) ? value : null;
}

/**
 * Reads NaN and infinite design values as missing, so that a bad number from a form or a file
 * leads to "cannot evaluate" instead of slipping through every comparison as a pass.
 */
function sanitiseDesign(design: RoomDesign): RoomDesign {
  const values = Object.values(design) as (number | null)[];
  if (values.every((value) => value === null || Number.isFinite(value))) return design;
  return {
    ach: finiteOrNull(design.ach),
    supplyM3h: finiteOrNull(design.supplyM3h),
    velocityMs: finiteOrNull(design.velocityMs),
    freshAirM3h: finiteOrNull(design.freshAirM3h),
    exhaustM3h: finiteOrNull(design.exhaustM3h),
    pressurePa: finiteOrNull(design.pressurePa),
    temperatureC: finiteOrNull(design.temperatureC),
    rhPct: finiteOrNull(design.rhPct),
    illuminanceLx: finiteOrNull(design.illuminanceLx),
    noiseDbA: finiteOrNull(design.noiseDbA),
    occupants: finiteOrNull(design.occupants),
    ...(design.filterCoveragePct === undefined ? {} : { filterCoveragePct: finiteOrNull(design.filterCoveragePct) }),
  };
}

function classFacts(room: Room): Pick<RoomContext, 'unclassified' | 'isoClass' | 'isoClassFromGrade' | 'grade'> {
  const cleanliness = room.cleanliness;
  if (cleanliness === null) return { unclassified: false, isoClass: null, isoClassFromGrade: false, grade: null };

  switch (cleanliness.kind) {
    case 'unclassified':
      return { unclassified: true, isoClass: null, isoClassFromGrade: false, grade: null };
    case 'iso':
      return { unclassified: false, isoClass: cleanliness.isoClass, isoClassFromGrade: false, grade: null };
    case 'gmp': {
      const isoClass = gmpGradeIsoEquivalent(cleanliness.grade).atRestIsoClass;
      return { unclassified: false, isoClass, isoClassFromGrade: true, grade: cleanliness.grade };
    }
    case 'hospital':
      // GB 50333 gives a surgical zone and a periphery its own ISO class, and the pair differs by
      // edition, so no single ISO class stands for the room. The GB 50333 rule sets read the class.
      return { unclassified: false, isoClass: null, isoClassFromGrade: false, grade: null };
    case 'food':
      // GB 50687 food classes have no verified ISO equivalent; the GB 50687 rule set reads the class.
      return { unclassified: false, isoClass: null, isoClassFromGrade: false, grade: null };
  }
}

function samplingLocationsFor(areaM2: number | null, classified: boolean): number | null {
  return classified && areaM2 !== null ? minimumSamplingLocations(areaM2) : null;
}

/** Builds the context (metrics and class facts) of one room. */
export function buildRoomContext(room: Room): RoomContext {
  const areaM2 = knownAreaM2(room);
  const heightM = room.clearHeightM !== null && Number.isFinite(room.clearHeightM) && room.clearHeightM > 0 ? room.clearHeightM : null;
  const design = sanitiseDesign(room.design);
  const volumeM3 = areaM2 !== null && heightM !== null ? areaM2 * heightM : null;
  const supply = computeSupplyAirflow(design, areaM2, volumeM3);
  const facts = classFacts(room);
  const airflowPattern = inferAirflowPattern(room, design);

  const metrics: RoomMetrics = {
    roomId: room.id,
    areaM2,
    heightM,
    volumeM3,
    isoClass: facts.isoClass,
    grade: facts.grade,
    supplyM3h: supply.supplyM3h,
    supplySource: supply.source,
    ach: supply.ach,
    velocityMs: supply.velocityMs,
    airflowPattern,
    samplingLocations: samplingLocationsFor(areaM2, facts.isoClass !== null),
    ...(supply.notes.length > 0 ? { notes: supply.notes } : {}),
  };
  const useKey = room.use?.trim().toLowerCase() || null;
  return { room, design, metrics, ...facts, airflowPattern, useKey };
}

/** Computes a room's area, volume, supply, ACH, velocity, ISO class used and sampling locations. */
export function computeRoomMetrics(room: Room): RoomMetrics {
  return buildRoomContext(room).metrics;
}
