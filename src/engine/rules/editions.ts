import { getRuleSets, listRuleSets } from './registry';
import type { RuleSetInfo, RuleSetKind } from './types';

/**
 * The editions of one standard shipped side by side, e.g. family `gb-50457` with rule sets
 * `gb-50457-2008` and `gb-50457-2019`. A rule set whose id ends in no edition year (a practice
 * set) is a family of one.
 */
export interface StandardFamily {
  /** Rule-set id without its trailing `-YYYY` edition year. */
  readonly id: string;
  /** Designation without edition, shared by every edition, e.g. `GB 50457`. */
  readonly standard: string;
  readonly kind: RuleSetKind;
  /** Editions ordered by effective date, oldest first. */
  readonly editions: readonly RuleSetInfo[];
}

/** The edition picked for a reference date and why. */
export interface EditionChoice {
  readonly ruleSet: RuleSetInfo;
  /**
   * `in-force`: the newest edition whose effective date is on or before the reference date.
   * `before-oldest-edition`: the reference date precedes every shipped edition, so the oldest is
   * used and a report should state that.
   */
  readonly basis: 'in-force' | 'before-oldest-edition';
  /** False while the effective dates behind the choice come from secondary sources. */
  readonly datesVerified: boolean;
}

const EDITION_SUFFIX = /-(\d{4})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Returns the family id of a rule-set id: `gb-50457-2019` → `gb-50457`, `practice-contractor` → itself. */
export function standardFamilyId(ruleSetId: string): string {
  return ruleSetId.replace(EDITION_SUFFIX, '');
}

/** Error for a family id that no shipped rule set belongs to; the message lists the valid ids. */
export class UnknownStandardFamilyError extends Error {
  readonly familyId: string;
  readonly validIds: readonly string[];

  constructor(familyId: string, validIds: readonly string[]) {
    super(`Unknown standard "${familyId}": expected one of ${validIds.join(', ')}`);
    this.name = 'UnknownStandardFamilyError';
    this.familyId = familyId;
    this.validIds = validIds;
  }
}

function byEffectiveDate(a: RuleSetInfo, b: RuleSetInfo): number {
  if (a.effectiveDate !== b.effectiveDate) return a.effectiveDate < b.effectiveDate ? -1 : 1;
  return a.edition < b.edition ? -1 : 1;
}

let families: readonly StandardFamily[] | null = null;

/**
 * Groups the shipped rule sets into standard families, in the order their first edition appears in
 * `listRuleSets()`. Throws when two editions of one family disagree on the designation or kind,
 * because the data would then name two different standards under one family id.
 */
export function listStandardFamilies(): StandardFamily[] {
  if (families === null) {
    const grouped = new Map<string, RuleSetInfo[]>();
    for (const info of listRuleSets()) {
      const id = standardFamilyId(info.id);
      const members = grouped.get(id) ?? [];
      members.push(info);
      grouped.set(id, members);
    }
    families = [...grouped.entries()].map(([id, members]) => {
      const [first] = members as [RuleSetInfo];
      const odd = members.find((member) => member.standard !== first.standard || member.kind !== first.kind);
      if (odd) {
        throw new Error(`Rule sets ${first.id} and ${odd.id} share the family "${id}" but name different standards or kinds; rename one folder.`);
      }
      return { id, standard: first.standard, kind: first.kind, editions: [...members].sort(byEffectiveDate) };
    });
  }
  return [...families];
}

/** Returns the family with `familyId`, or throws UnknownStandardFamilyError. */
export function getStandardFamily(familyId: string): StandardFamily {
  const all = listStandardFamilies();
  const family = all.find((candidate) => candidate.id === familyId);
  if (!family) throw new UnknownStandardFamilyError(familyId, all.map((candidate) => candidate.id));
  return family;
}

/**
 * Picks the edition of `familyId` in force on `referenceDate` (`YYYY-MM-DD`): the newest edition
 * whose effective date is on or before it. Before the oldest edition's effective date, the oldest
 * edition is returned with basis `before-oldest-edition`. Throws RangeError for a malformed date.
 */
export function defaultEdition(familyId: string, referenceDate: string): EditionChoice {
  if (!ISO_DATE.test(referenceDate) || Number.isNaN(Date.parse(referenceDate))) {
    throw new RangeError(`Invalid reference date "${referenceDate}": expected a date written as YYYY-MM-DD, such as 2024-05-01`);
  }
  const family = getStandardFamily(familyId);
  const inForce = family.editions.filter((edition) => edition.effectiveDate <= referenceDate);
  const basis = inForce.length > 0 ? 'in-force' : 'before-oldest-edition';
  const ruleSet = inForce.length > 0 ? inForce[inForce.length - 1]! : family.editions[0]!;
  const [loaded] = getRuleSets([ruleSet.id]);
  return { ruleSet, basis, datesVerified: loaded!.datesVerified };
}
