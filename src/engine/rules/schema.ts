import * as z from 'zod/mini';
import { UNIT_IDS, type UnitId } from '../../domain/units';
import { hospitalRuleSchemas } from './hospitalSchema';

/** Schemas of the JSON files under `rules/<rule-set id>/`. Every object is strict: unknown keys are errors. */

const localizedText = z.strictObject({ en: z.string().check(z.minLength(1)), 'zh-CN': z.string().check(z.minLength(1)) });
const unit = z.enum(UNIT_IDS as unknown as [UnitId, ...UnitId[]], 'a unit id such as "Pa", "1/h" or "m3/h"');
const isoClass = z.number().check(z.minimum(1), z.maximum(9));
const airflowPattern = z.enum(['non-unidirectional', 'unidirectional', 'mixed']);
const jsonFileName = z.string().check(z.regex(/^[a-z0-9-]+\.json$/, 'a file name in the same folder, such as "air-changes.json"'));

/** Room values a generic check can compare, named as in `RoomMetrics` / `RoomDesign`. */
export const ROOM_QUANTITIES = ['ach', 'velocityMs', 'noiseDbA', 'illuminanceLx', 'temperatureC', 'rhPct'] as const;
export type RoomQuantity = (typeof ROOM_QUANTITIES)[number];
const roomQuantity = z.enum(ROOM_QUANTITIES);

const ruleBase = {
  /** Id inside the rule set; findings use `<rule-set id>/<rule id>`. */
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id such as "dp-clean-outdoors"')),
  kind: z.enum(['mandatory', 'guidance', 'practice']),
  label: localizedText,
  clause: z.string().check(z.minLength(1)),
  /** True only when the figure has been checked against a text that quotes the standard. */
  verified: z.boolean(),
  lastChecked: z.iso.date(),
  note: z.optional(z.string().check(z.minLength(1))),
};

const roomClassTableRule = z.strictObject({
  ...ruleBase,
  check: z.literal('room-class-table'),
  table: jsonFileName,
  bound: z.enum(['min', 'max']),
  quantity: roomQuantity,
  conditions: z.strictObject({
    airflowPatterns: z.array(airflowPattern).check(z.minLength(1)),
    clearHeightBelowM: z.optional(z.number().check(z.positive())),
  }),
});

const roomClassRangeRule = z.strictObject({
  ...ruleBase,
  check: z.literal('room-class-range'),
  quantity: roomQuantity,
  unit,
  isoClassMin: isoClass,
  isoClassMax: isoClass,
  min: z.number().check(z.nonnegative()),
  max: z.number().check(z.positive()),
  conditions: z.strictObject({ airflowPatterns: z.array(airflowPattern).check(z.minLength(1)) }),
});

const roomGradeRangeRule = z.strictObject({
  ...ruleBase,
  check: z.literal('room-grade-range'),
  quantity: roomQuantity,
  unit,
  grades: z.array(z.enum(['A', 'B', 'C', 'D'])).check(z.minLength(1)),
  /** Null where the standard gives only the other bound (a maximum noise level). */
  min: z.nullable(z.number().check(z.nonnegative())),
  max: z.nullable(z.number().check(z.positive())),
});

const roomMaxByPatternRule = z.strictObject({
  ...ruleBase,
  check: z.literal('room-max-by-pattern'),
  quantity: roomQuantity,
  unit,
  limits: z
    .array(z.strictObject({ airflowPatterns: z.array(airflowPattern).check(z.minLength(1)), max: z.number().check(z.positive()) }))
    .check(z.minLength(1)),
});

const useCategory = z.strictObject({
  id: z.string().check(z.minLength(1)),
  label: localizedText,
  /** Null where the standard gives only the other bound (a minimum illuminance). */
  min: z.nullable(z.number().check(z.nonnegative())),
  max: z.nullable(z.number().check(z.positive())),
  uses: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
});

const roomRangeByUseRule = z.strictObject({
  ...ruleBase,
  check: z.literal('room-range-by-use'),
  quantity: roomQuantity,
  unit,
  categories: z.array(useCategory).check(z.minLength(1)),
});

const freshAirRule = z.strictObject({
  ...ruleBase,
  check: z.literal('fresh-air'),
  perPersonM3h: z.number().check(z.positive()),
});

/** Kinds of door a pressure-step rule judges, by the classes on its two sides. */
export const DOOR_RELATIONS = ['different-classes', 'clean-non-clean', 'clean-outdoors', 'different-grades', 'grade-non-clean'] as const;
export type DoorRelation = (typeof DOOR_RELATIONS)[number];

const doorPressureStepRule = z.strictObject({
  ...ruleBase,
  check: z.literal('door-pressure-step'),
  between: z.enum(DOOR_RELATIONS),
  minPa: z.number().check(z.positive()),
});

const samplingLocationsRule = z.strictObject({
  ...ruleBase,
  check: z.literal('sampling-locations'),
  table: jsonFileName,
});

/** A minimum per span of ISO classes, for tables that give only a lower bound (practice ACH minimums). */
const roomClassMinimumRule = z.strictObject({
  ...ruleBase,
  check: z.literal('room-class-minimum'),
  quantity: roomQuantity,
  unit,
  rows: z
    .array(z.strictObject({ isoClassFrom: isoClass, isoClassTo: isoClass, min: z.number().check(z.nonnegative()) }))
    .check(z.minLength(1)),
  conditions: z.strictObject({ airflowPatterns: z.array(airflowPattern).check(z.minLength(1)) }),
});

/** Air must flow from the cleaner side of each door to the less clean side (GB 14881-2013), with no figure for the step. */
const doorFlowDirectionRule = z.strictObject({
  ...ruleBase,
  check: z.literal('door-flow-direction'),
});

/** Rooms whose use requires them to be held below their neighbours (GB 50457 dust, solvents, penicillins, pathogens). */
const doorNegativeByUseRule = z.strictObject({
  ...ruleBase,
  check: z.literal('door-negative-by-use'),
  uses: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
});

/** A range for listed GB 50687 food clean room classes (temperature and RH by class). */
const roomFoodClassRangeRule = z.strictObject({
  ...ruleBase,
  check: z.literal('room-food-class-range'),
  quantity: roomQuantity,
  unit,
  foodClasses: z.array(z.enum(['I', 'II', 'III', 'IV'])).check(z.minLength(1)),
  min: z.nullable(z.number().check(z.nonnegative())),
  max: z.nullable(z.number().check(z.positive())),
});

/**
 * Minimum filter coverage of a unidirectional room, by flow direction (GB 50472: vertical 60 %,
 * horizontal 40 %). The room model has no flow direction, so a coverage between the two minimums
 * cannot be judged.
 */
const roomFilterCoverageRule = z.strictObject({
  ...ruleBase,
  check: z.literal('room-filter-coverage'),
  verticalMinPct: z.number().check(z.minimum(0), z.maximum(100)),
  horizontalMinPct: z.number().check(z.minimum(0), z.maximum(100)),
});

/** ISO 14644-1:1999 B.4.1 sampling locations, the square root of the area rounded up. */
const samplingLocationsSqrtAreaRule = z.strictObject({
  ...ruleBase,
  check: z.literal('sampling-locations-sqrt-area'),
});

/** ISO 14644-1 classification from measured particle counts, by the 2015 or the 1999 method. */
const roomParticleClassificationRule = z.strictObject({
  ...ruleBase,
  check: z.literal('room-particle-classification'),
  method: z.enum(['iso-14644-1-2015', 'iso-14644-1-1999']),
});

/** Measured microbial results of a grade room against the microbial limit table of the same rule set. */
const roomMicrobialResultsRule = z.strictObject({
  ...ruleBase,
  check: z.literal('room-microbial-results'),
});

/**
 * Class order a suite rule ranks the two sides of a door by: ISO class (GB 50073), GMP grade, or the
 * I–IV classes of GB 50333 operating departments and GB 50687 food rooms (class I cleanest).
 */
const rankBy = z.enum(['iso-class', 'grade', 'hospital-class', 'food-class']);

/** Suite rule: air flows from the cleaner room to the less clean one through every door (into a containment room). */
const suitePressureDirectionRule = z.strictObject({
  ...ruleBase,
  check: z.literal('suite-pressure-direction'),
  rankBy,
});

/** Suite rule: every change of GMP grade through a door happens at an airlock, buffer or gowning room. */
const suiteAirlockRule = z.strictObject({
  ...ruleBase,
  check: z.literal('suite-airlock-at-grade-change'),
  /** Largest grade difference one door may join; non-clean space counts as the grade below D. */
  maxGradeStep: z.number().check(z.int(), z.positive()),
});

/** Suite rule: the clean area is entered from non-clean space only through gowning rooms, airlocks or pass boxes. */
const suiteEntryPathRule = z.strictObject({
  ...ruleBase,
  check: z.literal('suite-entry-path'),
  requireMaterialEntry: z.boolean(),
});

/** Suite rule: microbiology QC lab zones, buffer rooms before the aseptic room, washing-room area. */
const suiteMicroLabRule = z.strictObject({
  ...ruleBase,
  check: z.literal('suite-micro-lab-layout'),
  minBufferRooms: z.number().check(z.int(), z.positive()),
  minWashingAreaM2: z.number().check(z.positive()),
});

/** Suite rule: operating department with clean and dirty circulation kept apart. */
const suiteOperatingDepartmentRule = z.strictObject({
  ...ruleBase,
  check: z.literal('suite-operating-department'),
});

/** GB 50333 and GB 50346-2011 checks, built on the shared rule fields in `hospitalSchema.ts`. */
const hospitalRules = hospitalRuleSchemas(ruleBase);

export const ruleSchema = z.discriminatedUnion('check', [
  hospitalRules.roomHospitalTable,
  hospitalRules.doorHospitalPressureStep,
  hospitalRules.roomBiosafetyRange,
  hospitalRules.roomBiosafetyPressure,
  hospitalRules.doorBiosafetyStep,
  roomClassTableRule,
  roomClassRangeRule,
  roomGradeRangeRule,
  roomMaxByPatternRule,
  roomRangeByUseRule,
  freshAirRule,
  doorPressureStepRule,
  samplingLocationsRule,
  roomClassMinimumRule,
  doorFlowDirectionRule,
  doorNegativeByUseRule,
  samplingLocationsSqrtAreaRule,
  roomFoodClassRangeRule,
  roomFilterCoverageRule,
  roomParticleClassificationRule,
  roomMicrobialResultsRule,
  suitePressureDirectionRule,
  suiteAirlockRule,
  suiteEntryPathRule,
  suiteMicroLabRule,
  suiteOperatingDepartmentRule,
]);

export type RuleData = z.infer<typeof ruleSchema>;
export type RoomClassTableRule = z.infer<typeof roomClassTableRule>;
export type RoomClassRangeRule = z.infer<typeof roomClassRangeRule>;
export type RoomGradeRangeRule = z.infer<typeof roomGradeRangeRule>;
export type RoomMaxByPatternRule = z.infer<typeof roomMaxByPatternRule>;
export type RoomRangeByUseRule = z.infer<typeof roomRangeByUseRule>;
export type FreshAirRule = z.infer<typeof freshAirRule>;
export type DoorPressureStepRule = z.infer<typeof doorPressureStepRule>;
export type SamplingLocationsRule = z.infer<typeof samplingLocationsRule>;
export type RoomClassMinimumRule = z.infer<typeof roomClassMinimumRule>;
export type DoorFlowDirectionRule = z.infer<typeof doorFlowDirectionRule>;
export type DoorNegativeByUseRule = z.infer<typeof doorNegativeByUseRule>;
export type SamplingLocationsSqrtAreaRule = z.infer<typeof samplingLocationsSqrtAreaRule>;
export type RoomFoodClassRangeRule = z.infer<typeof roomFoodClassRangeRule>;
export type RoomFilterCoverageRule = z.infer<typeof roomFilterCoverageRule>;
export type SuitePressureDirectionRule = z.infer<typeof suitePressureDirectionRule>;
export type SuiteAirlockRule = z.infer<typeof suiteAirlockRule>;
export type SuiteEntryPathRule = z.infer<typeof suiteEntryPathRule>;
export type SuiteMicroLabRule = z.infer<typeof suiteMicroLabRule>;
export type SuiteOperatingDepartmentRule = z.infer<typeof suiteOperatingDepartmentRule>;

export const ruleSetSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id such as "gb-50073-2013"')),
  standard: z.string().check(z.minLength(1)),
  title: localizedText,
  edition: z.string().check(z.regex(/^\d{4}$/, 'a four-digit edition year')),
  publicationDate: z.iso.date(),
  effectiveDate: z.iso.date(),
  /** False while the dates come from memory or secondary sources, not the standard's front page. */
  datesVerified: z.boolean(),
  kind: z.enum(['standard', 'practice']),
  rules: z.array(ruleSchema).check(z.minLength(1)),
});

export type RuleSetData = z.infer<typeof ruleSetSchema>;

/** A class-keyed table of bounds (GB 50073 Table 6.3.3 and the like). */
export const classTableSchema = z.strictObject({
  clause: z.string().check(z.minLength(1)),
  unit,
  verified: z.boolean(),
  lastChecked: z.iso.date(),
  note: z.optional(z.string().check(z.minLength(1))),
  rows: z
    .array(
      z.strictObject({ isoClassFrom: isoClass, isoClassTo: isoClass, min: z.number().check(z.nonnegative()), max: z.number().check(z.positive()) }),
    )
    .check(z.minLength(1)),
});
export type ClassTable = z.infer<typeof classTableSchema>;

const particleCount = z.nullable(z.number().check(z.int(), z.positive()));

/** ISO 14644-1 Table 1 and the class formula. */
export const isoTable1Schema = z.strictObject({
  clause: z.string().check(z.minLength(1)),
  unit: z.literal('particles/m3'),
  verified: z.boolean(),
  lastChecked: z.iso.date(),
  note: z.string().check(z.minLength(1)),
  particleSizesUm: z.tuple([z.literal('0.1'), z.literal('0.2'), z.literal('0.3'), z.literal('0.5'), z.literal('1'), z.literal('5')]),
  rows: z
    .array(
      z.strictObject({
        isoClass: z.number().check(z.int(), z.minimum(1), z.maximum(9)),
        limits: z.tuple([particleCount, particleCount, particleCount, particleCount, particleCount, particleCount]),
      }),
    )
    .check(z.length(9)),
  formula: z.strictObject({
    clause: z.string().check(z.minLength(1)),
    description: z.string().check(z.minLength(1)),
    referenceSizeUm: z.number().check(z.positive()),
    exponent: z.number().check(z.positive()),
    significantFigures: z.number().check(z.int(), z.positive()),
    classStep: z.number().check(z.positive()),
    minClass: z.number(),
    maxClass: z.number(),
  }),
});
export type IsoTable1 = z.infer<typeof isoTable1Schema>;

/** ISO 14644-1 Table A.1 and formula A.1. */
export const isoTableA1Schema = z.strictObject({
  clause: z.string().check(z.minLength(1)),
  unit: z.literal('count'),
  verified: z.boolean(),
  lastChecked: z.iso.date(),
  note: z.string().check(z.minLength(1)),
  rows: z
    .array(z.strictObject({ maxAreaM2: z.number().check(z.positive()), locations: z.number().check(z.int(), z.positive()) }))
    .check(z.minLength(1)),
  aboveTable: z.strictObject({
    clause: z.string().check(z.minLength(1)),
    description: z.string().check(z.minLength(1)),
    locationsPerReferenceArea: z.number().check(z.positive()),
    referenceAreaM2: z.number().check(z.positive()),
  }),
});
export type IsoTableA1 = z.infer<typeof isoTableA1Schema>;

const gradeLimits = z.strictObject({ '0.5': particleCount, '5': particleCount });

/** China GMP 2010 Annex 1 grade particle limits. */
export const gmpParticleLimitsSchema = z.strictObject({
  clause: z.string().check(z.minLength(1)),
  unit: z.literal('particles/m3'),
  verified: z.boolean(),
  lastChecked: z.iso.date(),
  note: z.string().check(z.minLength(1)),
  grades: z
    .array(z.strictObject({ grade: z.enum(['A', 'B', 'C', 'D']), atRest: gradeLimits, inOperation: gradeLimits }))
    .check(z.length(4)),
});
export type GmpParticleLimits = z.infer<typeof gmpParticleLimitsSchema>;
