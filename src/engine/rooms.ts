import type { AirflowPattern, Room, RoomDesign } from '../domain/project';
import type { GmpGrade } from '../domain/cleanliness';
import type { RoomMetrics } from './findings';
import { computeSupplyAirflow } from './airflow';
import { gmpGradeIsoEquivalent } from './classes/crosswalk';
import { polygonAreaM2 } from './geometry/polygon';
import { hospitalIsoEquivalent, type HospitalIsoEquivalent } from './hospital/isoEquivalent';
import { minimumSamplingLocations } from './iso14644/sampling';
import { minimumSamplingLocationsSqrtArea } from './checks/samplingSqrtAreaCheck';
import { useHasRole } from './suite/roomUses';

/**
 * The ISO 14644-1 edition whose sampling-location count the room metrics give: Table A.1 of the
 * 2015 edition, or the square root of the area of the 1999 edition.
 */
export type SamplingEdition = 'iso-14644-1-2015' | 'iso-14644-1-1999';

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
  /** Origin of `isoClass` for a room with a GB 50333 class; null for every other room. */
  readonly isoClassFromHospital: HospitalIsoEquivalent | null;
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

type ClassFacts = Pick<RoomContext, 'unclassified' | 'isoClass' | 'isoClassFromGrade' | 'isoClassFromHospital' | 'grade'>;

const NO_CLASS: ClassFacts = { unclassified: false, isoClass: null, isoClassFromGrade: false, isoClassFromHospital: null, grade: null };

function classFacts(room: Room): ClassFacts {
  const cleanliness = room.cleanliness;
  if (cleanliness === null) return NO_CLASS;

  switch (cleanliness.kind) {
    case 'unclassified':
      return { ...NO_CLASS, unclassified: true };
    case 'iso':
      return { ...NO_CLASS, isoClass: cleanliness.isoClass };
    case 'gmp': {
      const isoClass = gmpGradeIsoEquivalent(cleanliness.grade).atRestIsoClass;
      return { ...NO_CLASS, isoClass, isoClassFromGrade: true, grade: cleanliness.grade };
    }
    case 'hospital': {
      // ISO 14644-1 and GB 50073 rules judge the room as a whole, so an operating room takes its
      // periphery class, not the cleaner surgical-zone class. The GB 50333 rule sets read the
      // hospital class itself and ignore this.
      const isOperatingRoom = useHasRole(room.use, 'operating-room');
      const equivalent = hospitalIsoEquivalent(cleanliness.hospitalClass, isOperatingRoom);
      return { ...NO_CLASS, isoClass: equivalent.isoClass, isoClassFromHospital: equivalent };
    }
    case 'food':
      // GB 50687 food classes have no verified ISO equivalent; the GB 50687 rule set reads the class.
      return NO_CLASS;
  }
}

function samplingLocationsFor(areaM2: number | null, classified: boolean, edition: SamplingEdition): number | null {
  if (!classified || areaM2 === null) return null;
  return edition === 'iso-14644-1-1999' ? minimumSamplingLocationsSqrtArea(areaM2) : minimumSamplingLocations(areaM2);
}

/**
 * Builds the context (metrics and class facts) of one room. `samplingEdition` picks the
 * sampling-location count; the checker passes the 1999 edition only for projects checked against
 * `iso-14644-1-1999` without `iso-14644-1-2015`.
 */
export function buildRoomContext(room: Room, samplingEdition: SamplingEdition = 'iso-14644-1-2015'): RoomContext {
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
    samplingLocations: samplingLocationsFor(areaM2, facts.isoClass !== null, samplingEdition),
    ...(facts.isoClass !== null && areaM2 !== null ? { samplingEdition } : {}),
    ...(supply.notes.length > 0 ? { notes: supply.notes } : {}),
  };
  const useKey = room.use?.trim().toLowerCase() || null;
  return { room, design, metrics, ...facts, airflowPattern, useKey };
}

/**
 * Returns the ISO class the checks used and where it came from, as finding reason parameters:
 * `fromGrade` for a GMP grade, and `fromHospitalClass` with `hospitalIsoSource` (standard, edition
 * and table) for a GB 50333 class, with `hospitalIsoUnverified` set while that table is unverified. The hospital keys are present only for hospital rooms.
 */
export function isoClassParams(context: RoomContext): Record<string, string | number | null> {
  const params: Record<string, string | number | null> = {
    isoClass: context.isoClass,
    fromGrade: context.isoClassFromGrade ? context.grade : null,
  };
  const hospital = context.isoClassFromHospital;
  if (hospital !== null) {
    params.fromHospitalClass = hospital.hospitalClass;
    params.hospitalIsoBasis = hospital.basis;
    params.hospitalIsoSource = hospital.source;
    params.hospitalIsoUnverified = hospital.verified ? null : 'unverified';
  }
  return params;
}

/** Computes a room's area, volume, supply, ACH, velocity, ISO class used and sampling locations. */
export function computeRoomMetrics(room: Room, samplingEdition: SamplingEdition = 'iso-14644-1-2015'): RoomMetrics {
  return buildRoomContext(room, samplingEdition).metrics;
}
