import { describe, expect, it } from 'vitest';
import { classFormulaLimit, iso14644ClassLimits, minimumSamplingLocations, PARTICLE_SIZES_UM } from '../../../src/engine/index';

// ISO 14644-1:2015, Table 1: maximum particles/m³ at ≥ 0.1, 0.2, 0.3, 0.5, 1 and 5 µm.
// null marks the cells the standard gives as not applicable.
const TABLE_1: Record<number, (number | null)[]> = {
  1: [10, null, null, null, null, null],
  2: [100, 24, 10, null, null, null],
  3: [1_000, 237, 102, 35, null, null],
  4: [10_000, 2_370, 1_020, 352, 83, null],
  5: [100_000, 23_700, 10_200, 3_520, 832, null],
  6: [1_000_000, 237_000, 102_000, 35_200, 8_320, 293],
  7: [null, null, null, 352_000, 83_200, 2_930],
  8: [null, null, null, 3_520_000, 832_000, 29_300],
  9: [null, null, null, 35_200_000, 8_320_000, 293_000],
};

const TABLE_1_CELLS = Object.entries(TABLE_1).flatMap(([isoClass, limits]) =>
  PARTICLE_SIZES_UM.map((size, index) => ({ isoClass: Number(isoClass), size, expected: limits[index]! })),
);

describe('iso14644ClassLimits', () => {
  it.each(TABLE_1_CELLS)('ISO $isoClass at ≥ $size µm is $expected', ({ isoClass, size, expected }) => {
    expect(iso14644ClassLimits(isoClass)[size]).toBe(expected);
  });

  it.each(TABLE_1_CELLS.filter((cell) => cell.expected !== null))(
    'class formula reproduces ISO $isoClass at ≥ $size µm',
    ({ isoClass, size, expected }) => {
      expect(classFormulaLimit(isoClass, Number(size))).toBe(expected);
    },
  );

  it('gives ISO 8.5 from the formula with the ISO 8 and 9 pattern', () => {
    // ISO 14644-1:2015 class formula: 10^8.5 × (0.1/0.5)^2.08 = 11 058 000 → 11 100 000 (3 significant figures).
    const limits = iso14644ClassLimits(8.5);
    expect(limits['0.5']).toBe(11_100_000);
    expect(limits['5']).toBe(92_500);
    expect(limits['0.1']).toBeNull();
    expect(limits['0.3']).toBeNull();
  });

  it('marks a cell n/a when either neighbouring row does', () => {
    const limits = iso14644ClassLimits(5.5);
    expect(limits['5']).toBeNull();
    expect(limits['0.5']).toBe(classFormulaLimit(5.5, 0.5));
    expect(iso14644ClassLimits(6.5)['0.1']).toBeNull();
  });

  it.each([0, 0.9, 9.1, 10, 7.25, Number.NaN])('rejects class %s', (isoClass) => {
    expect(() => iso14644ClassLimits(isoClass)).toThrow(RangeError);
  });
});

// ISO 14644-1:2015, Annex A, Table A.1: minimum sampling locations for areas up to each row limit (m²).
const TABLE_A1: [number, number][] = [
  [2, 1], [4, 2], [6, 3], [8, 4], [10, 5], [24, 6], [28, 7], [32, 8], [36, 9], [52, 10], [56, 11], [64, 12],
  [68, 13], [72, 14], [76, 15], [104, 16], [108, 17], [116, 18], [148, 19], [156, 20], [192, 21], [232, 22],
  [276, 23], [352, 24], [436, 25], [636, 26], [1000, 27],
];

describe('minimumSamplingLocations', () => {
  it.each(TABLE_A1)('area %s m² at the row limit needs %s', (areaM2, locations) => {
    expect(minimumSamplingLocations(areaM2)).toBe(locations);
  });

  it.each(TABLE_A1.slice(0, -1).map(([areaM2], index) => [areaM2 + 0.01, TABLE_A1[index + 1]![1]]))(
    'area %s m² just above a row takes the next row (%s)',
    (areaM2, locations) => {
      expect(minimumSamplingLocations(areaM2)).toBe(locations);
    },
  );

  it('uses the first row for small areas', () => {
    expect(minimumSamplingLocations(0.5)).toBe(1);
  });

  // Formula A.1 above 1000 m²: 27 × A / 1000, rounded up.
  it.each([
    [1000.5, 28],
    [1500, 41],
    [2000, 54],
    [2001, 55],
  ])('area %s m² above the table needs %s (formula A.1)', (areaM2, locations) => {
    expect(minimumSamplingLocations(areaM2)).toBe(locations);
  });

  it('is not the 1999 square-root rule', () => {
    // √100 = 10 under ISO 14644-1:1999; Table A.1 gives 16 for 100 m².
    expect(minimumSamplingLocations(100)).toBe(16);
  });

  it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY])('rejects area %s', (areaM2) => {
    expect(() => minimumSamplingLocations(areaM2)).toThrow(RangeError);
  });
});
