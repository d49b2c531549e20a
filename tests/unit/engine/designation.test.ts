import { describe, expect, it } from 'vitest';
import { designationWithEdition } from '../../../src/engine/index';

describe('designationWithEdition', () => {
  it.each([
    ['ISO 14644-1', '2015', 'ISO 14644-1:2015'],
    ['GB 50073', '2013', 'GB 50073-2013'],
    ['GB/T 25915.1', '2021', 'GB/T 25915.1-2021'],
    ['China GMP', '2010', 'China GMP 2010'],
  ])('writes %s %s as %s', (standard, edition, expected) => {
    expect(designationWithEdition(standard, edition)).toBe(expected);
  });
});
