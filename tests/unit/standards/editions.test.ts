import { describe, expect, it } from 'vitest';
import {
  defaultEdition,
  getStandardFamily,
  listRuleSets,
  listStandardFamilies,
  standardFamilyId,
  UnknownStandardFamilyError,
} from '../../../src/engine/index';

function editionIds(familyId: string): string[] {
  return getStandardFamily(familyId).editions.map((edition) => edition.id);
}

describe('listStandardFamilies', () => {
  it('groups editions oldest first', () => {
    expect(editionIds('gb-50457')).toEqual(['gb-50457-2008', 'gb-50457-2019']);
    expect(editionIds('iso-14644-1')).toEqual(['iso-14644-1-1999', 'iso-14644-1-2015']);
    expect(editionIds('eu-gmp-annex1')).toEqual(['eu-gmp-annex1-2008', 'eu-gmp-annex1-2022']);
  });

  it('keeps single-edition sets as families of one', () => {
    expect(editionIds('practice-contractor')).toEqual(['practice-contractor']);
    expect(editionIds('gb-14881')).toEqual(['gb-14881-2013']);
  });

  it('covers every shipped rule set once', () => {
    const grouped = listStandardFamilies().flatMap((family) => family.editions.map((edition) => edition.id));
    expect(grouped.sort()).toEqual(listRuleSets().map((info) => info.id).sort());
  });

  it('labels practice families as practice', () => {
    expect(getStandardFamily('practice-iest-ach').kind).toBe('practice');
    expect(getStandardFamily('practice-iest-ach').standard).not.toMatch(/\b(ISO|GB)\b/);
    expect(getStandardFamily('practice-contractor').standard).not.toMatch(/\b(ISO|GB)\b/);
  });

  it('names the family of a rule-set id', () => {
    expect(standardFamilyId('gb-50457-2019')).toBe('gb-50457');
    expect(standardFamilyId('practice-contractor')).toBe('practice-contractor');
  });
});

describe('defaultEdition', () => {
  it('picks the edition in force on the reference date', () => {
    const before = defaultEdition('gb-50457', '2019-11-30');
    expect(before.ruleSet.id).toBe('gb-50457-2008');
    expect(before.basis).toBe('in-force');
    expect(defaultEdition('gb-50457', '2019-12-01').ruleSet.id).toBe('gb-50457-2019');
    expect(defaultEdition('gb-50457', '2026-01-01').ruleSet.id).toBe('gb-50457-2019');
  });

  it('switches Annex 1 on the 2022 effective date', () => {
    expect(defaultEdition('eu-gmp-annex1', '2023-08-24').ruleSet.id).toBe('eu-gmp-annex1-2008');
    expect(defaultEdition('eu-gmp-annex1', '2023-08-25').ruleSet.id).toBe('eu-gmp-annex1-2022');
  });

  it('picks ISO 14644-1:1999 before the 2015 edition', () => {
    expect(defaultEdition('iso-14644-1', '2010-06-01').ruleSet.id).toBe('iso-14644-1-1999');
    expect(defaultEdition('iso-14644-1', '2016-01-01').ruleSet.id).toBe('iso-14644-1-2015');
  });

  it('falls back to the oldest edition with a basis', () => {
    const choice = defaultEdition('gb-50457', '2001-01-01');
    expect(choice.ruleSet.id).toBe('gb-50457-2008');
    expect(choice.basis).toBe('before-oldest-edition');
  });

  it('reports whether the dates are verified', () => {
    expect(defaultEdition('gb-50457', '2026-01-01').datesVerified).toBe(false);
  });

  it('rejects an unknown family with the valid ids', () => {
    expect(() => defaultEdition('gb-50457-2019', '2026-01-01')).toThrow(UnknownStandardFamilyError);
    expect(() => defaultEdition('gb-50457-2019', '2026-01-01')).toThrow(/"gb-50457-2019".*gb-50457/);
  });

  it('rejects a malformed reference date', () => {
    expect(() => defaultEdition('gb-50457', '01/12/2019')).toThrow(/"01\/12\/2019".*YYYY-MM-DD/);
    expect(() => defaultEdition('gb-50457', '2019-13-45')).toThrow(RangeError);
  });
});
