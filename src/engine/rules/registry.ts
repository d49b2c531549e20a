import classCrosswalk from '../../../rules/class-crosswalk.json';
import gmpMicrobial from '../../../rules/china-gmp-2010/microbial-limits.json';
import gmpParticleLimits from '../../../rules/china-gmp-2010/particle-limits.json';
import gmpRuleSet from '../../../rules/china-gmp-2010/ruleset.json';
import gbAirChanges from '../../../rules/gb-50073-2013/air-changes.json';
import gbRuleSet from '../../../rules/gb-50073-2013/ruleset.json';
import isoRuleSet from '../../../rules/iso-14644-1-2015/ruleset.json';
import isoTable1 from '../../../rules/iso-14644-1-2015/table-1.json';
import isoSampleVolume from '../../../rules/iso-14644-1-2015/sample-volume.json';
import isoTableA1 from '../../../rules/iso-14644-1-2015/table-a1.json';
import annex1v2008CleanUp from '../../../rules/eu-gmp-annex1-2008/clean-up-time.json';
import annex1v2008Microbial from '../../../rules/eu-gmp-annex1-2008/microbial-limits.json';
import annex1v2008Particles from '../../../rules/eu-gmp-annex1-2008/particle-limits.json';
import annex1v2008RuleSet from '../../../rules/eu-gmp-annex1-2008/ruleset.json';
import annex1v2022CleanUp from '../../../rules/eu-gmp-annex1-2022/clean-up-time.json';
import annex1v2022Microbial from '../../../rules/eu-gmp-annex1-2022/microbial-limits.json';
import annex1v2022RuleSet from '../../../rules/eu-gmp-annex1-2022/ruleset.json';
import annex1v2022Table1 from '../../../rules/eu-gmp-annex1-2022/table-1-classification.json';
import annex1v2022Table5 from '../../../rules/eu-gmp-annex1-2022/table-5-monitoring.json';
import gb14881RuleSet from '../../../rules/gb-14881-2013/ruleset.json';
import gb50457v2008AirChanges from '../../../rules/gb-50457-2008/air-changes.json';
import gb50457v2008RuleSet from '../../../rules/gb-50457-2008/ruleset.json';
import gb50457v2019RuleSet from '../../../rules/gb-50457-2019/ruleset.json';
import gb50472RuleSet from '../../../rules/gb-50472-2008/ruleset.json';
import gb50687RuleSet from '../../../rules/gb-50687-2011/ruleset.json';
import iso1999RuleSet from '../../../rules/iso-14644-1-1999/ruleset.json';
import iso1999Table1 from '../../../rules/iso-14644-1-1999/table-1.json';
import iso1999TTable from '../../../rules/iso-14644-1-1999/t-table.json';
import iso1999Ucl from '../../../rules/iso-14644-1-1999/ucl.json';
import practiceContractorRuleSet from '../../../rules/practice-contractor/ruleset.json';
import practiceIestAirChanges from '../../../rules/practice-iest-ach/air-changes.json';
import practiceIestRuleSet from '../../../rules/practice-iest-ach/ruleset.json';
import suiteLayoutPracticeRuleSet from '../../../rules/suite-layout-practice/ruleset.json';
import gb50333v2002Classes from '../../../rules/gb-50333-2002/classes.json';
import gb50333v2002RuleSet from '../../../rules/gb-50333-2002/ruleset.json';
import gb50333v2013Classes from '../../../rules/gb-50333-2013/classes.json';
import gb50333v2013RuleSet from '../../../rules/gb-50333-2013/ruleset.json';
import gb50346RuleSet from '../../../rules/gb-50346-2011/ruleset.json';
import { hospitalClassTableSchema } from './hospitalSchema';
import { loadRuleSet, type LoadedRuleSet, type RuleSetSource } from './load';
import { cleanUpTimeSchema, gradeParticleTableSchema, microbialLimitsSchema } from './referenceTableSchemas';
import { sampleVolumeSchema, studentTTableSchema, uclRuleSchema } from '../measurement/methodTables';
import { classTableSchema, gmpParticleLimitsSchema, isoTable1Schema, isoTableA1Schema, ruleSetSchema } from './schema';
import type { RuleSetInfo } from './types';

/** Files shared by several rule sets; a change to them changes those sets' content hashes. */
const CROSSWALK = { 'class-crosswalk.json': classCrosswalk };

/**
 * The rule sets shipped in `rules/`. The JSON is imported statically so that Vite bundles it and
 * the browser and Node hash the same data. Every set that judges rooms by ISO class or grade reads
 * the class crosswalk (legacy names and grades to ISO classes), so it is part of their hashes.
 */
export const RULE_SET_SOURCES: readonly RuleSetSource[] = [
  {
    folder: 'rules/iso-14644-1-2015',
    files: {
      'ruleset.json': { data: isoRuleSet, schema: ruleSetSchema },
      'table-1.json': { data: isoTable1, schema: isoTable1Schema },
      'table-a1.json': { data: isoTableA1, schema: isoTableA1Schema },
      'sample-volume.json': { data: isoSampleVolume, schema: sampleVolumeSchema },
    },
  },
  {
    folder: 'rules/gb-50073-2013',
    files: {
      'ruleset.json': { data: gbRuleSet, schema: ruleSetSchema },
      'air-changes.json': { data: gbAirChanges, schema: classTableSchema },
    },
    sharedFiles: CROSSWALK,
  },
  {
    folder: 'rules/china-gmp-2010',
    files: {
      'ruleset.json': { data: gmpRuleSet, schema: ruleSetSchema },
      'particle-limits.json': { data: gmpParticleLimits, schema: gmpParticleLimitsSchema },
      'microbial-limits.json': { data: gmpMicrobial, schema: microbialLimitsSchema },
    },
    sharedFiles: CROSSWALK,
  },
  {
    folder: 'rules/iso-14644-1-1999',
    files: {
      'ruleset.json': { data: iso1999RuleSet, schema: ruleSetSchema },
      'table-1.json': { data: iso1999Table1, schema: isoTable1Schema },
      't-table.json': { data: iso1999TTable, schema: studentTTableSchema },
      'ucl.json': { data: iso1999Ucl, schema: uclRuleSchema },
    },
  },
  {
    folder: 'rules/eu-gmp-annex1-2022',
    files: {
      'ruleset.json': { data: annex1v2022RuleSet, schema: ruleSetSchema },
      'table-1-classification.json': { data: annex1v2022Table1, schema: gradeParticleTableSchema },
      'table-5-monitoring.json': { data: annex1v2022Table5, schema: gradeParticleTableSchema },
      'microbial-limits.json': { data: annex1v2022Microbial, schema: microbialLimitsSchema },
      'clean-up-time.json': { data: annex1v2022CleanUp, schema: cleanUpTimeSchema },
    },
  },
  {
    folder: 'rules/eu-gmp-annex1-2008',
    files: {
      'ruleset.json': { data: annex1v2008RuleSet, schema: ruleSetSchema },
      'particle-limits.json': { data: annex1v2008Particles, schema: gradeParticleTableSchema },
      'microbial-limits.json': { data: annex1v2008Microbial, schema: microbialLimitsSchema },
      'clean-up-time.json': { data: annex1v2008CleanUp, schema: cleanUpTimeSchema },
    },
  },
  {
    folder: 'rules/gb-50457-2019',
    files: { 'ruleset.json': { data: gb50457v2019RuleSet, schema: ruleSetSchema } },
    sharedFiles: CROSSWALK,
  },
  {
    folder: 'rules/gb-50457-2008',
    files: {
      'ruleset.json': { data: gb50457v2008RuleSet, schema: ruleSetSchema },
      'air-changes.json': { data: gb50457v2008AirChanges, schema: classTableSchema },
    },
    sharedFiles: CROSSWALK,
  },
  {
    folder: 'rules/gb-14881-2013',
    files: { 'ruleset.json': { data: gb14881RuleSet, schema: ruleSetSchema } },
    sharedFiles: CROSSWALK,
  },
  {
    folder: 'rules/gb-50687-2011',
    files: { 'ruleset.json': { data: gb50687RuleSet, schema: ruleSetSchema } },
  },
  {
    folder: 'rules/gb-50472-2008',
    files: { 'ruleset.json': { data: gb50472RuleSet, schema: ruleSetSchema } },
    sharedFiles: CROSSWALK,
  },
  {
    folder: 'rules/practice-iest-ach',
    files: {
      'ruleset.json': { data: practiceIestRuleSet, schema: ruleSetSchema },
      'air-changes.json': { data: practiceIestAirChanges, schema: classTableSchema },
    },
    sharedFiles: CROSSWALK,
  },
  {
    folder: 'rules/practice-contractor',
    files: { 'ruleset.json': { data: practiceContractorRuleSet, schema: ruleSetSchema } },
    sharedFiles: CROSSWALK,
  },
  { folder: 'rules/suite-layout-practice', files: { 'ruleset.json': { data: suiteLayoutPracticeRuleSet, schema: ruleSetSchema } } },
  {
    folder: 'rules/gb-50333-2013',
    files: {
      'ruleset.json': { data: gb50333v2013RuleSet, schema: ruleSetSchema },
      'classes.json': { data: gb50333v2013Classes, schema: hospitalClassTableSchema },
    },
  },
  {
    folder: 'rules/gb-50333-2002',
    files: {
      'ruleset.json': { data: gb50333v2002RuleSet, schema: ruleSetSchema },
      'classes.json': { data: gb50333v2002Classes, schema: hospitalClassTableSchema },
    },
  },
  { folder: 'rules/gb-50346-2011', files: { 'ruleset.json': { data: gb50346RuleSet, schema: ruleSetSchema } } },
];

let loaded: ReadonlyMap<string, LoadedRuleSet> | null = null;

/** Rule sets registered at run time (company rule sets), by id; checked after the shipped ones. */
const registered = new Map<string, LoadedRuleSet>();

/** Loads every shipped rule set on first use; a data error surfaces here, naming the file. */
function loadedRuleSets(): ReadonlyMap<string, LoadedRuleSet> {
  if (loaded === null) {
    loaded = new Map(RULE_SET_SOURCES.map((source) => loadRuleSet(source)).map((set) => [set.info.id, set]));
  }
  return loaded;
}

/**
 * Lists the identity (id, standard, edition, effective date, kind, content hash) of every shipped
 * rule set, then of every rule set registered at run time with `registerRuleSet`.
 */
export function listRuleSets(): RuleSetInfo[] {
  return [...loadedRuleSets().values(), ...registered.values()].map((set) => set.info);
}

/** Error for an unknown rule-set id; the message lists the valid ids. */
export class UnknownRuleSetError extends Error {
  readonly ruleSetId: string;
  readonly validIds: readonly string[];

  constructor(ruleSetId: string, validIds: readonly string[]) {
    super(`Unknown rule set "${ruleSetId}": expected one of ${validIds.join(', ')}`);
    this.name = 'UnknownRuleSetError';
    this.ruleSetId = ruleSetId;
    this.validIds = validIds;
  }
}

/**
 * Registers a rule set loaded at run time (a company rule set) so that `getRuleSets` and projects
 * can name it like a shipped one. Replaces an earlier registration with the same id. Throws when
 * the id is a shipped rule set's.
 */
export function registerRuleSet(set: LoadedRuleSet): void {
  if (loadedRuleSets().has(set.info.id)) throw new Error(`rule set id "${set.info.id}" is already used by a shipped rule set`);
  registered.set(set.info.id, set);
}

/** Removes a rule set registered with `registerRuleSet`; an unknown id is ignored. */
export function unregisterRuleSet(id: string): void {
  registered.delete(id);
}

/** Lists the identity of every rule set registered at run time, in registration order. */
export function listRegisteredRuleSets(): RuleSetInfo[] {
  return [...registered.values()].map((set) => set.info);
}

/**
 * Returns the loaded rule sets for `ids`, in the order given, from the shipped and the registered
 * sets. Throws UnknownRuleSetError for an id that is neither.
 */
export function getRuleSets(ids: readonly string[]): LoadedRuleSet[] {
  const sets = loadedRuleSets();
  return ids.map((id) => {
    const set = sets.get(id) ?? registered.get(id);
    if (!set) throw new UnknownRuleSetError(id, [...sets.keys(), ...registered.keys()]);
    return set;
  });
}
