import type * as z from 'zod/mini';
import type { RuleInfo, RuleSetInfo } from './types';
import type { CompiledRule, RuleHeader } from '../checks/types';
import { compileRoomClassMinimum } from '../checks/classMinimumCheck';
import { compileDoorFlowDirection, compileDoorNegativeByUse } from '../checks/doorDirectionChecks';
import { compileDoorPressureStep } from '../checks/doorChecks';
import { compileRoomFilterCoverage } from '../checks/filterCoverageCheck';
import { compileRoomFoodClassRange } from '../checks/foodClassCheck';
import {
  compileFreshAir,
  compileRoomClassRange,
  compileRoomClassTable,
  compileRoomGradeRange,
  compileRoomMaxByPattern,
  compileRoomRangeByUse,
} from '../checks/roomChecks';
import { compileSamplingLocations } from '../checks/samplingCheck';
import { compileSamplingLocationsSqrtArea } from '../checks/samplingSqrtAreaCheck';
import { compileMicrobialResults, compileParticleClassification } from '../measurement/rules';
import { compileDoorBiosafetyStep, compileRoomBiosafetyPressure, compileRoomBiosafetyRange } from '../checks/biosafetyChecks';
import { compileDoorHospitalPressureStep, compileRoomHospitalTable } from '../checks/hospitalChecks';
import { compileSuiteAirlock, compileSuiteEntryPath } from '../suite/airlocks';
import { compileSuiteMicroLab } from '../suite/microLab';
import { compileSuiteOperatingDepartment } from '../suite/operatingDepartment';
import { compileSuitePressureDirection } from '../suite/pressureDirection';
import { contentHash } from './hash';
import { classTableSchema, isoTableA1Schema, ruleSetSchema, type RuleData, type RuleSetData } from './schema';
import { RuleDataError, parseStrict } from './validate';

/** One JSON file of a rule set's folder with the schema it must match. */
export interface RuleFileSource {
  readonly data: unknown;
  readonly schema: z.core.$ZodType<unknown>;
}

/** The files of `rules/<id>/`, keyed by file name. `ruleset.json` contains the metadata and rules. */
export interface RuleSetSource {
  readonly folder: string;
  readonly files: Readonly<Record<string, RuleFileSource>>;
  /**
   * Files outside the folder that change the verdicts (the class crosswalk), keyed by their path
   * under `rules/`. They are validated by their own modules and only enter the content hash.
   */
  readonly sharedFiles?: Readonly<Record<string, unknown>>;
}

export interface LoadedRuleSet {
  readonly info: RuleSetInfo;
  readonly publicationDate: string;
  readonly datesVerified: boolean;
  readonly rules: readonly RuleInfo[];
  /** Compiled checks, in the order the data lists them. */
  readonly checks: readonly CompiledRule[];
  /**
   * The validated rule entries of `ruleset.json`, in data order, for engine parts that size a design
   * from a rule's figures (air-side terminal coverage) instead of judging a design value with it.
   */
  readonly ruleData: readonly RuleData[];
}

const RULESET_FILE = 'ruleset.json';

/** Returns the schema a table file referenced by `rule` must have been declared with. */
function tableSchemaFor(rule: RuleData): z.core.$ZodType<unknown> | null {
  if (rule.check === 'room-class-table') return classTableSchema;
  if (rule.check === 'sampling-locations') return isoTableA1Schema;
  return null;
}

function resolveTable(source: RuleSetSource, parsed: Map<string, unknown>, rule: RuleData, index: number): unknown {
  if (!('table' in rule)) return null;
  const where = `${source.folder}/${RULESET_FILE}`;
  const path = `$.rules[${index}].table`;
  const file = source.files[rule.table];
  if (!file) {
    const names = Object.keys(source.files).filter((name) => name !== RULESET_FILE);
    throw new RuleDataError(where, path, `one of the files in ${source.folder}/ (${names.join(', ')})`, JSON.stringify(rule.table));
  }
  if (file.schema !== tableSchemaFor(rule)) {
    throw new RuleDataError(where, path, `a table file of the kind the "${rule.check}" check reads`, JSON.stringify(rule.table));
  }
  return parsed.get(rule.table);
}

function compileRule(header: RuleHeader, rule: RuleData, table: unknown): CompiledRule {
  switch (rule.check) {
    case 'room-class-table':
      return compileRoomClassTable(header, rule, classTableSchema.parse(table));
    case 'room-class-range':
      return compileRoomClassRange(header, rule);
    case 'room-grade-range':
      return compileRoomGradeRange(header, rule);
    case 'room-max-by-pattern':
      return compileRoomMaxByPattern(header, rule);
    case 'room-range-by-use':
      return compileRoomRangeByUse(header, rule);
    case 'fresh-air':
      return compileFreshAir(header, rule);
    case 'door-pressure-step':
      return compileDoorPressureStep(header, rule);
    case 'sampling-locations':
      return compileSamplingLocations(header, rule);
    case 'room-class-minimum':
      return compileRoomClassMinimum(header, rule);
    case 'door-flow-direction':
      return compileDoorFlowDirection(header, rule);
    case 'door-negative-by-use':
      return compileDoorNegativeByUse(header, rule);
    case 'sampling-locations-sqrt-area':
      return compileSamplingLocationsSqrtArea(header, rule);
    case 'room-food-class-range':
      return compileRoomFoodClassRange(header, rule);
    case 'room-filter-coverage':
      return compileRoomFilterCoverage(header, rule);
    case 'room-hospital-table':
      return compileRoomHospitalTable(header, rule);
    case 'door-hospital-pressure-step':
      return compileDoorHospitalPressureStep(header, rule);
    case 'room-biosafety-range':
      return compileRoomBiosafetyRange(header, rule);
    case 'room-biosafety-pressure':
      return compileRoomBiosafetyPressure(header, rule);
    case 'door-biosafety-step':
      return compileDoorBiosafetyStep(header, rule);
    case 'room-particle-classification':
      return compileParticleClassification(header, rule.method);
    case 'room-microbial-results':
      return compileMicrobialResults(header);
    case 'suite-pressure-direction':
      return compileSuitePressureDirection(header, rule);
    case 'suite-airlock-at-grade-change':
      return compileSuiteAirlock(header, rule);
    case 'suite-entry-path':
      return compileSuiteEntryPath(header, rule);
    case 'suite-micro-lab-layout':
      return compileSuiteMicroLab(header, rule);
    case 'suite-operating-department':
      return compileSuiteOperatingDepartment(header, rule);
  }
}

function checkUniqueIds(data: RuleSetData, where: string): void {
  const seen = new Set<string>();
  data.rules.forEach((rule, index) => {
    if (seen.has(rule.id)) {
      throw new RuleDataError(where, `$.rules[${index}].id`, 'an id not used by an earlier rule', JSON.stringify(rule.id));
    }
    seen.add(rule.id);
  });
}

function checkFolderMatchesId(source: RuleSetSource, data: RuleSetData, where: string): void {
  const folderName = source.folder.split('/').pop();
  if (folderName !== data.id) {
    throw new RuleDataError(where, '$.id', `the folder name "${folderName}"`, JSON.stringify(data.id));
  }
}

/**
 * Validates every file of a rule set strictly and compiles its rules into checks. Throws a
 * RuleDataError naming the file, JSON path, expected form and found value for the first problem.
 */
export function loadRuleSet(source: RuleSetSource): LoadedRuleSet {
  const parsed = new Map<string, unknown>();
  for (const [name, file] of Object.entries(source.files)) {
    parsed.set(name, parseStrict(file.schema, file.data, `${source.folder}/${name}`));
  }
  const where = `${source.folder}/${RULESET_FILE}`;
  if (!source.files[RULESET_FILE]) {
    throw new RuleDataError(source.folder, '$', `a ${RULESET_FILE} file`, 'none');
  }
  const data = parseStrict(ruleSetSchema, source.files[RULESET_FILE].data, where);
  checkFolderMatchesId(source, data, where);
  checkUniqueIds(data, where);

  const checks = data.rules.map((rule, index) => {
    const header: RuleHeader = {
      ruleId: `${data.id}/${rule.id}`,
      kind: rule.kind,
      citation: { ruleSetId: data.id, standard: data.standard, edition: data.edition, clause: rule.clause },
      verified: rule.verified,
    };
    return compileRule(header, rule, resolveTable(source, parsed, rule, index));
  });

  const hashInput: Record<string, unknown> = Object.fromEntries(Object.entries(source.files).map(([name, file]) => [name, file.data]));
  for (const [path, data] of Object.entries(source.sharedFiles ?? {})) hashInput[`../${path}`] = data;
  const info: RuleSetInfo = {
    id: data.id,
    standard: data.standard,
    title: data.title,
    edition: data.edition,
    effectiveDate: data.effectiveDate,
    kind: data.kind,
    hash: contentHash(hashInput),
  };
  const rules: RuleInfo[] = data.rules.map((rule) => ({
    id: `${data.id}/${rule.id}`,
    kind: rule.kind,
    label: rule.label,
    clause: rule.clause,
    verified: rule.verified,
  }));
  return { info, publicationDate: data.publicationDate, datesVerified: data.datesVerified, rules, checks, ruleData: data.rules };
}
