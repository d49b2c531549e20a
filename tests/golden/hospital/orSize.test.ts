import { describe, expect, it } from 'vitest';
import { assessOrSize, minimumWidthMm } from '../../../src/engine/hospital/orSize';
import { orSizingData } from '../../../src/engine/hospital/sizingData';
import { makeRoom, rectangle } from '../../unit/engine/fixtures';

// FGI minimum clear floor areas and clear dimension as adopted by Texas 26 TAC §511.163
// (400 ft² = 37.16 m², 600 ft² = 55.74 m², 20 ft = 6.10 m), and the GB 50333-2002 size categories.

const FT2_IN_M2 = 0.09290304;
const FT_IN_M = 0.3048;

describe('FGI operating-room minimums', () => {
  it('match their foot figures', () => {
    for (const row of orSizingData().fgiMinimums.rows) {
      expect(row.minAreaM2, row.id).toBeCloseTo(row.minAreaFt2 * FT2_IN_M2, 2);
      expect(row.minClearDimensionM, row.id).toBeCloseTo(row.minClearDimensionFt * FT_IN_M, 1);
    }
  });

  it('pass a 6.1 × 6.1 m general OR', () => {
    const general = assessOrSize(makeRoom({ id: 'or', polygon: rectangle(0, 0, 6_100, 6_100), clearHeightM: 3 })).fgi.find((entry) => entry.type.id === 'general')!;
    expect(general.areaMeetsMinimum).toBe(true);
    expect(general.dimensionMeetsMinimum).toBe(true);
  });

  it('fail a long narrow room on the clear dimension', () => {
    const assessment = assessOrSize(makeRoom({ id: 'or', polygon: rectangle(0, 0, 8_000, 5_000), clearHeightM: 3 }));
    const general = assessment.fgi.find((entry) => entry.type.id === 'general')!;
    expect(general.areaMeetsMinimum).toBe(true);
    expect(general.dimensionMeetsMinimum).toBe(false);
    expect(assessment.minWidthM).toBeCloseTo(5, 9);
  });

  it('need 55.74 m² for cardiovascular ORs', () => {
    const assessment = assessOrSize(makeRoom({ id: 'or', polygon: rectangle(0, 0, 7_000, 7_000), clearHeightM: 3 }));
    expect(assessment.fgi.find((entry) => entry.type.id === 'cardiovascular')!.areaMeetsMinimum).toBe(false);
  });
});

describe('GB 50333-2002 size categories', () => {
  const categoryOf = (widthMm: number, depthMm: number) => assessOrSize(makeRoom({ id: 'or', polygon: rectangle(0, 0, widthMm, depthMm), clearHeightM: 3 })).gb50333v2002;

  it('place the reference sizes', () => {
    expect(categoryOf(7_500, 5_700)).toMatchObject({ fit: 'category', category: { id: 'extra-large' } });
    expect(categoryOf(5_700, 5_400)).toMatchObject({ fit: 'category', category: { id: 'large' } });
    expect(categoryOf(5_400, 4_800)).toMatchObject({ fit: 'category', category: { id: 'medium' } });
    expect(categoryOf(4_800, 4_200)).toMatchObject({ fit: 'category', category: { id: 'small' } });
  });

  it('flag rooms outside the table', () => {
    expect(categoryOf(4_000, 4_000)).toMatchObject({ fit: 'below-smallest' });
    const large = categoryOf(9_000, 6_000);
    expect(large).toMatchObject({ fit: 'above-largest' });
    if (large?.fit !== 'above-largest') throw new Error('expected above-largest');
    expect(large.overrunFraction).toBeCloseTo(0.2, 9);
  });

  it('check the 2.8–3.0 m net height', () => {
    expect(assessOrSize(makeRoom({ id: 'or', polygon: rectangle(0, 0, 6_000, 6_000), clearHeightM: 2.7 })).netHeightInRange).toBe(false);
    expect(assessOrSize(makeRoom({ id: 'or', polygon: rectangle(0, 0, 6_000, 6_000), clearHeightM: 3 })).netHeightInRange).toBe(true);
  });
});

describe('minimumWidthMm', () => {
  it('measures a rotated rectangle', () => {
    const angle = Math.PI / 6;
    const corners = [
      [0, 0],
      [6_000, 0],
      [6_000, 4_000],
      [0, 4_000],
    ].map(([x, y]) => ({ x: x! * Math.cos(angle) - y! * Math.sin(angle), y: x! * Math.sin(angle) + y! * Math.cos(angle) }));
    expect(minimumWidthMm(corners)).toBeCloseTo(4_000, 6);
  });

  it('measures a chamfered octagon', () => {
    const octagon = [
      { x: 1_000, y: 0 },
      { x: 5_000, y: 0 },
      { x: 6_000, y: 1_000 },
      { x: 6_000, y: 5_000 },
      { x: 5_000, y: 6_000 },
      { x: 1_000, y: 6_000 },
      { x: 0, y: 5_000 },
      { x: 0, y: 1_000 },
    ];
    expect(minimumWidthMm(octagon)).toBeCloseTo(6_000, 6);
  });

  it('leaves unknown areas unassessed', () => {
    const assessment = assessOrSize(makeRoom({ id: 'or', areaKnown: false, clearHeightM: null }));
    expect(assessment.areaM2).toBeNull();
    expect(assessment.fgi).toEqual([]);
    expect(assessment.netHeightInRange).toBeNull();
  });
});
