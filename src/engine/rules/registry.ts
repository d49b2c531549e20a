import classCrosswalk from '../../../rules/class-crosswalk.json';
import gmpParticleLimits from '../../../rules/china-gmp-2010/particle-limits.json';
import gmpRuleSet from '../../../rules/china-gmp-2010/ruleset.json';
import gbAirChanges from '../../../rules/gb-50073-2013/air-changes.json';
import gbRuleSet from '../../../rules/gb-50073-2013/ruleset.json';
import isoRuleSet from '../../../rules/iso-14644-1-2015/ruleset.json';
import isoTable1 from '../../../rules/iso-14644-1-2015/table-1.json';
import isoTableA1 from '../../../rules/iso-14644-1-2015/table-a1.json';
import { loadRuleSet, type LoadedRuleSet, type RuleSetSource } from './load';
import { classTableSchema, gmpParticleLimitsSchema, isoTable1Schema, isoTableA1Schema, ruleSetSchema } from './schema';
import type { RuleSetInfo } from './types';

/** Files shared by several rule sets; a change to them changes those sets' content hashes. */
const CROSSWALK = { 'class-crosswalk.json': classCrosswalk };

/**
 * The rule sets shipped in `rules/`. The JSON is imported statically so that Vite bundles it and
 * the browser and Node hash the same data. GB 50073 and China GMP read the class crosswalk (grade
 * to ISO class), so it is part of their hashes.
 */
export const RULE_SET_SOURCES: readonly RuleSetSource[] = [
  {
    folder: 'rules/iso-14644-1-2015',
    files: {
      'ruleset.json': { data: isoRuleSet, schema: ruleSetSchema },
      'table-1.json': { data: isoTable1, schema: isoTable1Schema },
      'table-a1.json': { data: isoTableA1, schema: isoTableA1Schema },
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
    },
    sharedFiles: CROSSWALK,
  },
];

let loaded: ReadonlyMap<string, LoadedRuleSet> | null = null;

/** Loads every shipped rule set on first use; a data error surfaces here, naming the file. */
function loadedRuleSets(): ReadonlyMap<string, LoadedRuleSet> {
  if (loaded === null) {
    loaded = new Map(RULE_SET_SOURCES.map((source) => loadRuleSet(source)).map((set) => [set.info.id, set]));
  }
  return loaded;
}

/** Lists the identity (id, standard, edition, effective date, kind, content hash) of every shipped rule set. */
export function listRuleSets(): RuleSetInfo[] {
  return [...loadedRuleSets().values()].map((set) => set.info);
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

/** Returns the loaded rule sets for `ids`, in the order given. Throws UnknownRuleSetError for an id not shipped. */
export function getRuleSets(ids: readonly string[]): LoadedRuleSet[] {
  const sets = loadedRuleSets();
  return ids.map((id) => {
    const set = sets.get(id);
    if (!set) throw new UnknownRuleSetError(id, [...sets.keys()]);
    return set;
  });
}
