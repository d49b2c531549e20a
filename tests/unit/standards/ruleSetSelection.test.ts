import { describe, expect, it } from 'vitest';
import { getStandardFamily } from '../../../src/engine/index';
import { chosenEditions, editionFor, toggledFamily, withEdition } from '../../../src/app/shell/ruleSetSelection';

const GB_50457 = getStandardFamily('gb-50457');

describe('toggledFamily', () => {
  it('adds the edition in force', () => {
    expect(toggledFamily(['gb-50073-2013'], GB_50457, '2026-01-01')).toEqual(['gb-50073-2013', 'gb-50457-2019']);
    expect(toggledFamily(['gb-50073-2013'], GB_50457, '2015-01-01')).toEqual(['gb-50073-2013', 'gb-50457-2008']);
  });

  it('removes every chosen edition', () => {
    expect(toggledFamily(['gb-50457-2008', 'gb-50073-2013', 'gb-50457-2019'], GB_50457, '2026-01-01')).toEqual(['gb-50073-2013']);
  });

  it('keeps catalogue order and unknown ids', () => {
    expect(toggledFamily(['company-rules', 'gb-50073-2013'], GB_50457, '2026-01-01')).toEqual(['gb-50073-2013', 'gb-50457-2019', 'company-rules']);
  });
});

describe('withEdition', () => {
  it('replaces the family edition', () => {
    expect(withEdition(['iso-14644-1-2015', 'gb-50457-2019'], GB_50457, 'gb-50457-2008')).toEqual(['iso-14644-1-2015', 'gb-50457-2008']);
  });

  it('leaves other families alone', () => {
    const ids = withEdition(['eu-gmp-annex1-2022', 'gb-50457-2019'], GB_50457, 'gb-50457-2008');
    expect(ids).toContain('eu-gmp-annex1-2022');
    expect(chosenEditions(GB_50457, ids)).toEqual(['gb-50457-2008']);
  });
});

describe('editionFor', () => {
  it('falls back to the newest edition for a bad date', () => {
    expect(editionFor(GB_50457, 'not a date').ruleSet.id).toBe('gb-50457-2019');
  });

  it('reports a date before every edition', () => {
    expect(editionFor(GB_50457, '2000-01-01').basis).toBe('before-oldest-edition');
  });
});
