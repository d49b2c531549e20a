import { defaultEdition, listStandardFamilies, type EditionChoice, type StandardFamily } from '../../engine/rules/editions';
import { listRuleSets } from '../../engine/rules/registry';

/** Orders ids as the catalogue lists them, unknown ids last, so reports list rule sets the same way whatever the order of clicks. */
function inCatalogueOrder(ids: ReadonlySet<string>, current: readonly string[]): string[] {
  const known = listRuleSets().map((info) => info.id);
  const unknown = current.filter((id) => !known.includes(id) && ids.has(id));
  return [...known.filter((id) => ids.has(id)), ...unknown];
}

/** Returns the ids of `family` that the project has chosen, oldest edition first. */
export function chosenEditions(family: StandardFamily, ruleSetIds: readonly string[]): string[] {
  return family.editions.map((edition) => edition.id).filter((id) => ruleSetIds.includes(id));
}

/**
 * Adds or removes a standard. Adding picks the edition in force on `referenceDate`, and removing
 * drops every edition of the family that the project had.
 */
export function toggledFamily(ruleSetIds: readonly string[], family: StandardFamily, referenceDate: string): string[] {
  const chosen = new Set(ruleSetIds);
  const current = chosenEditions(family, ruleSetIds);
  if (current.length > 0) {
    for (const id of current) chosen.delete(id);
  } else {
    chosen.add(editionFor(family, referenceDate).ruleSet.id);
  }
  return inCatalogueOrder(chosen, ruleSetIds);
}

/** Replaces whatever editions of `family` the project had with `editionId`. */
export function withEdition(ruleSetIds: readonly string[], family: StandardFamily, editionId: string): string[] {
  const chosen = new Set(ruleSetIds);
  for (const edition of family.editions) chosen.delete(edition.id);
  chosen.add(editionId);
  return inCatalogueOrder(chosen, ruleSetIds);
}

/**
 * Returns the default edition for `referenceDate`. A reference date that is not a valid date (the
 * form rejects those, but an imported file may carry one) falls back to the newest edition.
 */
export function editionFor(family: StandardFamily, referenceDate: string): EditionChoice {
  try {
    return defaultEdition(family.id, referenceDate);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const newest = family.editions[family.editions.length - 1]!;
    return { ruleSet: newest, basis: 'in-force', datesVerified: false };
  }
}

let families: readonly StandardFamily[] | null = null;

/** Returns the shipped standard families, read once. */
export function standardCatalogue(): readonly StandardFamily[] {
  families ??= listStandardFamilies();
  return families;
}
