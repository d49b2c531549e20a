import * as z from 'zod/mini';
import coolingJson from '../../../rules/airside/cooling.json';
import dispersionJson from '../../../rules/airside/dispersion.json';
import manifestJson from '../../../rules/airside/manifest.json';
import recoveryJson from '../../../rules/airside/recovery.json';
import type { GmpGrade } from '../../domain/cleanliness';
import type { LocalizedText } from '../../i18n/locale';
import type { Citation, RequirementKind } from '../findings';
import { hospitalClassTableSchema, type HospitalClassTable } from '../rules/hospitalSchema';
import { cleanUpTimeSchema, gradeParticleTableSchema, type CleanUpTime } from '../rules/referenceTableSchemas';
import { RULE_SET_SOURCES } from '../rules/registry';
import { gmpParticleLimitsSchema, ruleSetSchema, type RuleData } from '../rules/schema';
import { RuleDataError, parseStrict } from '../rules/validate';
import {
  airsideManifestSchema,
  coolingDataSchema,
  dispersionDataSchema,
  recoveryDataSchema,
  type AirsideManifest,
  type CoolingData,
  type DispersionData,
  type RecoveryData,
} from './airsideDataSchema';

/**
 * Loads `rules/airside/` strictly on first use, and reads the figures of shipped rule sets that the
 * air-side sizing needs as numbers (not as verdicts): rule entries, GB 50333 class tables and GMP
 * grade particle tables.
 */

const FOLDER = 'rules/airside';

export interface AirsideData {
  readonly manifest: AirsideManifest;
  readonly cooling: CoolingData;
  readonly dispersion: DispersionData;
  readonly recovery: RecoveryData;
}

function checkCooling(cooling: CoolingData, file: string): void {
  const heat = cooling.occupantSensibleHeat;
  const ids = new Set(heat.activities.map((entry) => entry.id));
  heat.roomTemperaturesC.forEach((temperature, index) => {
    const previous = heat.roomTemperaturesC[index - 1];
    if (previous !== undefined && temperature <= previous) {
      throw new RuleDataError(file, `$.occupantSensibleHeat.roomTemperaturesC[${index}]`, `a temperature above ${previous}`, String(temperature));
    }
  });
  heat.activities.forEach((entry, index) => {
    if (entry.sensibleW.length !== heat.roomTemperaturesC.length) {
      const expected = `${heat.roomTemperaturesC.length} values, one per room temperature`;
      throw new RuleDataError(file, `$.occupantSensibleHeat.activities[${index}].sensibleW`, expected, `${entry.sensibleW.length} values`);
    }
  });
  if (!ids.has(heat.defaultActivity)) {
    throw new RuleDataError(file, '$.occupantSensibleHeat.defaultActivity', `one of ${[...ids].join(', ')}`, JSON.stringify(heat.defaultActivity));
  }
  for (const [use, activity] of Object.entries(heat.activityByUse)) {
    if (!ids.has(activity)) {
      throw new RuleDataError(file, `$.occupantSensibleHeat.activityByUse.${use}`, `one of ${[...ids].join(', ')}`, JSON.stringify(activity));
    }
  }
}

function checkDispersion(dispersion: DispersionData, file: string): void {
  const ids = dispersion.dispersionRates.clothing.map((entry) => entry.id);
  if (!ids.includes(dispersion.dispersionRates.defaultClothing)) {
    throw new RuleDataError(file, '$.dispersionRates.defaultClothing', `one of ${ids.join(', ')}`, JSON.stringify(dispersion.dispersionRates.defaultClothing));
  }
}

/** Raw JSON of the files in `rules/airside/`, keyed by purpose; tests pass altered copies. */
export interface AirsideSources {
  readonly manifest: unknown;
  readonly cooling: unknown;
  readonly dispersion: unknown;
  readonly recovery: unknown;
}

/** Validates the air-side data files; throws RuleDataError naming the file, path, expected form and found value. */
export function loadAirsideData(sources: AirsideSources): AirsideData {
  const manifest = parseStrict(airsideManifestSchema, sources.manifest, `${FOLDER}/manifest.json`);
  const cooling = parseStrict(coolingDataSchema, sources.cooling, `${FOLDER}/cooling.json`);
  checkCooling(cooling, `${FOLDER}/cooling.json`);
  const dispersion = parseStrict(dispersionDataSchema, sources.dispersion, `${FOLDER}/dispersion.json`);
  checkDispersion(dispersion, `${FOLDER}/dispersion.json`);
  const recovery = parseStrict(recoveryDataSchema, sources.recovery, `${FOLDER}/recovery.json`);
  return { manifest, cooling, dispersion, recovery };
}

let shipped: AirsideData | null = null;

/** Returns the shipped air-side data, validated on first use. */
export function airsideData(): AirsideData {
  if (shipped === null) {
    shipped = loadAirsideData({ manifest: manifestJson, cooling: coolingJson, dispersion: dispersionJson, recovery: recoveryJson });
  }
  return shipped;
}

/** Fields a finding of one `airside-design` rule carries. */
export interface AirsideRuleHeader {
  readonly ruleId: string;
  readonly kind: RequirementKind;
  readonly citation: Citation;
  readonly verified: boolean;
}

/** Returns the header of an `airside-design` rule by its id inside the manifest; throws for an id the manifest lacks. */
export function airsideRule(id: string): AirsideRuleHeader {
  // Sizing reads the same few headers for every room, so each is built once.
  const cached = ruleHeaders.get(id);
  if (cached !== undefined) return cached;
  const header = buildRuleHeader(id);
  ruleHeaders.set(id, header);
  return header;
}

const ruleHeaders = new Map<string, AirsideRuleHeader>();

function buildRuleHeader(id: string): AirsideRuleHeader {
  const manifest = airsideData().manifest;
  const rule = manifest.rules.find((entry) => entry.id === id);
  if (rule === undefined) throw new Error(`${FOLDER}/manifest.json has no rule "${id}"; add it there`);
  return {
    ruleId: `${manifest.id}/${rule.id}`,
    kind: rule.kind,
    citation: { ruleSetId: manifest.id, standard: manifest.standard, edition: manifest.edition, clause: rule.clause },
    verified: rule.verified,
  };
}

/**
 * Returns the label of an air-side finding's rule id: an `airside-design/*` rule, or a finding the
 * sizing files under a standard (`gb-50073-2013/fresh-air-with-make-up`). Null for other ids.
 */
export function airsideRuleLabel(ruleId: string): LocalizedText | null {
  const manifest = airsideData().manifest;
  const slash = ruleId.indexOf('/');
  if (slash < 0) return null;
  const setId = ruleId.slice(0, slash);
  const localId = ruleId.slice(slash + 1);
  if (setId === manifest.id) return manifest.rules.find((rule) => rule.id === localId)?.label ?? null;
  return manifest.standardRuleLabels[localId] ?? null;
}

/** A shipped rule set's validated `ruleset.json`, for reading a rule's figures. */
export interface StandardRuleSetData {
  readonly id: string;
  readonly standard: string;
  readonly edition: string;
  readonly rules: readonly RuleData[];
}

const standardCache = new Map<string, StandardRuleSetData | null>();

function sourceFiles(ruleSetId: string) {
  return RULE_SET_SOURCES.find((source) => source.folder === `rules/${ruleSetId}`)?.files ?? null;
}

/**
 * Returns the rule entries of a shipped rule set, or null for a set registered at run time (a
 * company rule set), whose rules are expressions with no figure to read.
 */
export function standardRuleSet(ruleSetId: string): StandardRuleSetData | null {
  if (standardCache.has(ruleSetId)) return standardCache.get(ruleSetId) ?? null;
  const files = sourceFiles(ruleSetId);
  const file = files?.['ruleset.json'];
  let data: StandardRuleSetData | null = null;
  if (file !== undefined) {
    const parsed = parseStrict(ruleSetSchema, file.data, `rules/${ruleSetId}/ruleset.json`);
    data = { id: parsed.id, standard: parsed.standard, edition: parsed.edition, rules: parsed.rules };
  }
  standardCache.set(ruleSetId, data);
  return data;
}

/** Parsed reference files per schema and rule set, because the sizing reads the same few tables for every room. */
const parsedFiles = new Map<z.core.$ZodType<unknown>, Map<string, readonly unknown[]>>();

function filesMatching<T>(ruleSetId: string, schema: z.core.$ZodType<T>): readonly T[] {
  let bySet = parsedFiles.get(schema);
  if (bySet === undefined) {
    bySet = new Map();
    parsedFiles.set(schema, bySet);
  }
  const cached = bySet.get(ruleSetId);
  if (cached !== undefined) return cached as readonly T[];

  const files = sourceFiles(ruleSetId);
  const parsed = files === null ? [] : Object.values(files).filter((file) => file.schema === schema).map((file) => z.parse(schema, file.data));
  bySet.set(ruleSetId, parsed);
  return parsed;
}

/** Returns a rule set's clean-up time guidance (Annex 1), or null when it has none. */
export function cleanUpTimeOf(ruleSetId: string): CleanUpTime | null {
  return filesMatching(ruleSetId, cleanUpTimeSchema)[0] ?? null;
}

/** Returns the GB 50333 class table (self-clean times) of a rule set, or null when it has none. */
export function hospitalClassTable(ruleSetId: string): HospitalClassTable | null {
  return filesMatching(ruleSetId, hospitalClassTableSchema)[0] ?? null;
}

/** In-operation over at-rest particle limit of a grade, with the table clause it comes from. */
export interface GradeDecayRatio {
  readonly ratio: number;
  readonly clause: string;
  readonly verified: boolean;
}

/**
 * Returns the in-operation over at-rest limit for particles ≥ 0.5 µm of a GMP grade, from the rule
 * set's grade classification table: the concentration fall a clean-up must achieve (grade B 100:1,
 * grade C 10:1 in Annex 1). Null when the set has no such table or a cell has no figure.
 */
export function gradeDecayRatio(ruleSetId: string, grade: GmpGrade): GradeDecayRatio | null {
  const tables = [
    ...filesMatching(ruleSetId, gradeParticleTableSchema).filter((table) => table.purpose === 'classification'),
    ...filesMatching(ruleSetId, gmpParticleLimitsSchema),
  ];
  for (const table of tables) {
    const row = table.grades.find((entry) => entry.grade === grade);
    const atRest = row?.atRest['0.5'];
    const inOperation = row?.inOperation['0.5'];
    if (typeof atRest === 'number' && typeof inOperation === 'number' && inOperation > atRest) {
      return { ratio: inOperation / atRest, clause: table.clause, verified: table.verified };
    }
  }
  return null;
}
