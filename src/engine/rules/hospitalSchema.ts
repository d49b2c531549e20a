import * as z from 'zod/mini';
import { UNIT_IDS, type UnitId } from '../../domain/units';

/**
 * Rule schemas of the hospital and laboratory standards: GB 50333 (clean operating departments)
 * and GB 50346-2011 (biosafety laboratories). `schema.ts` builds them with its shared rule fields
 * and adds them to its union. They live here to keep that file a short list of generic checks.
 */

const localizedText = z.strictObject({ en: z.string().check(z.minLength(1)), 'zh-CN': z.string().check(z.minLength(1)) });
const unit = z.enum(UNIT_IDS as unknown as [UnitId, ...UnitId[]], 'a unit id such as "Pa", "1/h" or "m3/h"');
const hospitalClass = z.enum(['I', 'II', 'III', 'IV']);
const biosafetyLevel = z.enum(['BSL-1', 'BSL-2', 'BSL-3', 'BSL-4', 'ABSL-1', 'ABSL-2', 'ABSL-3', 'ABSL-4']);
const biosafetyType = z.enum(['a', 'b1', 'b2']);

/**
 * Room values the hospital and laboratory checks compare: the generic quantities plus fresh air
 * as m³/h (GB 50333-2002 ORs), per m² of floor (GB 50333-2013 ORs) and as changes per hour
 * (GB 50333 auxiliary rooms), and the floor area and clear height (GB 50333-2002 OR sizes).
 */
export const HOSPITAL_QUANTITIES = [
  'ach',
  'velocityMs',
  'noiseDbA',
  'illuminanceLx',
  'temperatureC',
  'rhPct',
  'freshAirM3h',
  'freshAirPerAreaM3hM2',
  'freshAirAch',
  'areaM2',
  'clearHeightM',
] as const;
export type HospitalQuantity = (typeof HOSPITAL_QUANTITIES)[number];

/** Builds the hospital and laboratory rule schemas on the rule fields every check shares. */
export function hospitalRuleSchemas<Base extends z.core.$ZodShape>(ruleBase: Base) {
  /** One row of GB 50333 Table 4.0.1: the uses it covers and, for ORs, the classes. */
  const tableRow = z.strictObject({
    id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case row id such as "or-class-2"')),
    label: localizedText,
    /** Room uses (vocabulary ids and their common Chinese and English names), lower-case. */
    uses: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
    /** Absent for rows keyed by use alone (auxiliary rooms). */
    hospitalClasses: z.optional(z.array(hospitalClass).check(z.minLength(1))),
    min: z.nullable(z.number()),
    max: z.nullable(z.number()),
  });

  const roomHospitalTable = z.strictObject({
    ...ruleBase,
    check: z.literal('room-hospital-table'),
    quantity: z.enum(HOSPITAL_QUANTITIES),
    unit,
    rows: z.array(tableRow).check(z.minLength(1)),
  });

  /**
   * Pressure step across doors of a GB 50333 operating department, judged from the cleaner side
   * (or, for `containment`, from the room that must be held negative).
   */
  const doorHospitalPressureStep = z.strictObject({
    ...ruleBase,
    check: z.literal('door-hospital-pressure-step'),
    between: z.enum(['different-hospital-classes', 'hospital-non-clean', 'containment']),
    minPa: z.number().check(z.positive()),
    /** Exclusive upper bound on the step (GB 50333-2013: under 20 Pa); absent when none. */
    maxPaExclusive: z.optional(z.number().check(z.positive())),
  });

  const biosafetyRow = z.strictObject({
    levels: z.array(biosafetyLevel).check(z.minLength(1)),
    /** Absent when the figure holds for every type of those levels. */
    types: z.optional(z.array(biosafetyType).check(z.minLength(1))),
  });

  /** A range by biosafety level (GB 50346-2011 Table 3.3.2: temperature, RH, noise, illuminance, ACH). */
  const roomBiosafetyRange = z.strictObject({
    ...ruleBase,
    check: z.literal('room-biosafety-range'),
    quantity: z.enum(HOSPITAL_QUANTITIES),
    unit,
    rows: z
      .array(
        z.extend(biosafetyRow, {
          /** ISO classes the row is for (GB 50346 pairs ISO 7 with 15 h⁻¹ and ISO 8 with 12 h⁻¹); absent for any class. */
          isoClasses: z.optional(z.array(z.number().check(z.minimum(1), z.maximum(9))).check(z.minLength(1))),
          min: z.nullable(z.number()),
          max: z.nullable(z.number()),
        }),
      )
      .check(z.minLength(1)),
  });

  /** Pressure to atmosphere by level and type: the room must be at or below `maxPa` (a negative figure). */
  const roomBiosafetyPressure = z.strictObject({
    ...ruleBase,
    check: z.literal('room-biosafety-pressure'),
    rows: z.array(z.extend(biosafetyRow, { maxPa: z.number().check(z.negative()) })).check(z.minLength(1)),
  });

  /** Pressure step to the adjacent room on the outward path: the contained room at least `minStepPa` lower. */
  const doorBiosafetyStep = z.strictObject({
    ...ruleBase,
    check: z.literal('door-biosafety-step'),
    rows: z.array(z.extend(biosafetyRow, { minStepPa: z.number().check(z.positive()) })).check(z.minLength(1)),
  });

  return { roomHospitalTable, doorHospitalPressureStep, roomBiosafetyRange, roomBiosafetyPressure, doorBiosafetyStep };
}

type HospitalSchemas = ReturnType<typeof hospitalRuleSchemas<{ id: z.ZodMiniString }>>;
export type RoomHospitalTableRule = z.infer<HospitalSchemas['roomHospitalTable']>;
export type DoorHospitalPressureStepRule = z.infer<HospitalSchemas['doorHospitalPressureStep']>;
export type RoomBiosafetyRangeRule = z.infer<HospitalSchemas['roomBiosafetyRange']>;
export type RoomBiosafetyPressureRule = z.infer<HospitalSchemas['roomBiosafetyPressure']>;
export type DoorBiosafetyStepRule = z.infer<HospitalSchemas['doorBiosafetyStep']>;

const cfu = z.nullable(z.number().check(z.nonnegative()));

/**
 * GB 50333 class table (`rules/gb-50333-<edition>/classes.json`): ISO classes of the surgical zone
 * and the periphery, settling and airborne bacteria limits, self-clean time, and how far the
 * surgical zone extends beyond the operating table. Report data, not a check.
 */
export const hospitalClassTableSchema = z.strictObject({
  clause: z.string().check(z.minLength(1)),
  verified: z.boolean(),
  lastChecked: z.iso.date(),
  note: z.string().check(z.minLength(1)),
  classes: z
    .array(
      z.strictObject({
        hospitalClass,
        zoneIsoClass: z.number().check(z.minimum(1), z.maximum(9)),
        peripheryIsoClass: z.number().check(z.minimum(1), z.maximum(9)),
        /** cfu per 90 mm plate per 30 min. */
        zoneSettlingCfuPerPlate: cfu,
        peripherySettlingCfuPerPlate: cfu,
        zoneAirborneCfuPerM3: cfu,
        peripheryAirborneCfuPerM3: cfu,
        selfCleanMinutes: z.number().check(z.positive()),
      }),
    )
    .check(z.length(4)),
  surgicalZoneMargins: z.array(
    z.strictObject({ hospitalClass, variant: z.enum(['general', 'ophthalmic']), sidesM: z.number().check(z.positive()), endsM: z.number().check(z.positive()) }),
  ),
});
export type HospitalClassTable = z.infer<typeof hospitalClassTableSchema>;
