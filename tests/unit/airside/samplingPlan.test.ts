import { describe, expect, it } from 'vitest';
import type { PointMm } from '../../../src/domain/project';
import { samplingPlan } from '../../../src/engine/airside/samplingPlan';
import { computeRoomMetrics } from '../../../src/engine/rooms';
import { GRADE, ISO, UNCLASSIFIED, makeRoom, rectangle } from '../engine/fixtures';

// Fixture rooms are 10 × 8 m (80 m²) unless a test draws another outline.

function plan(options: Parameters<typeof makeRoom>[0], edition?: 'iso-14644-1-2015' | 'iso-14644-1-1999') {
  const room = makeRoom(options);
  return samplingPlan({ room, metrics: computeRoomMetrics(room, edition) });
}

describe('samplingPlan locations', () => {
  it('takes the Table A.1 count and places it in the room', () => {
    // ISO 14644-1:2015 Table A.1: 80 m² falls in the row up to 104 m², 16 locations.
    const result = plan({ id: 'r', cleanliness: ISO(7) });
    expect(result?.count).toBe(16);
    expect(result?.edition).toBe('iso-14644-1-2015');
    expect(result?.positionsMm).toHaveLength(16);
    for (const point of result?.positionsMm ?? []) {
      expect(point.x).toBeGreaterThan(0);
      expect(point.x).toBeLessThan(10_000);
      expect(point.y).toBeGreaterThan(0);
      expect(point.y).toBeLessThan(8_000);
    }
  });

  it('follows the 1999 edition square root of the area', () => {
    // ISO 14644-1:1999 B.4.1: √80 = 8.94, rounded up to 9.
    const result = plan({ id: 'r', cleanliness: ISO(7) }, 'iso-14644-1-1999');
    expect(result?.count).toBe(9);
    expect(result?.edition).toBe('iso-14644-1-1999');
    expect(result?.positionsMm).toHaveLength(9);
  });

  it('keeps an L-shaped room’s points in its legs', () => {
    const lShape: PointMm[] = [
      { x: 0, y: 0 },
      { x: 8_000, y: 0 },
      { x: 8_000, y: 4_000 },
      { x: 4_000, y: 4_000 },
      { x: 4_000, y: 8_000 },
      { x: 0, y: 8_000 },
    ];
    // 48 m²: Table A.1 row up to 52 m², 10 locations.
    const result = plan({ id: 'l', cleanliness: ISO(8), polygon: lShape });
    expect(result?.count).toBe(10);
    for (const point of result?.positionsMm ?? []) expect(point.x > 4_000 && point.y > 4_000, JSON.stringify(point)).toBe(false);
  });

  it('draws the plan on any outline, even one off the origin', () => {
    const result = plan({ id: 'r', cleanliness: ISO(7), polygon: rectangle(50_000, -20_000, 3_000, 2_000) });
    // 6 m²: Table A.1 row up to 6 m², 3 locations.
    expect(result?.count).toBe(3);
    for (const point of result?.positionsMm ?? []) {
      expect(point.x).toBeGreaterThan(50_000);
      expect(point.y).toBeLessThan(-18_000);
    }
  });

  it('has no plan for unclassified rooms or unknown areas', () => {
    expect(plan({ id: 'u', cleanliness: UNCLASSIFIED })).toBeNull();
    expect(plan({ id: 'n', cleanliness: null })).toBeNull();
    expect(plan({ id: 'a', cleanliness: ISO(7), areaKnown: false })).toBeNull();
  });
});

describe('samplingPlan sample volume', () => {
  // ISO 14644-1:2015 A.4.2: V = 20 / C × 1000 L at the largest size with a Table 1 limit, and at least 2 L.
  const cases: [string, Parameters<typeof makeRoom>[0]['cleanliness'], string, number, number][] = [
    ['ISO 7 at 5 µm, 2 930/m³', ISO(7), '5', 2_930, (20 / 2_930) * 1_000],
    ['ISO 5 at 1 µm, 832/m³ (2015 has no 5 µm limit)', ISO(5), '1', 832, (20 / 832) * 1_000],
    ['grade B taken at rest as ISO 5', GRADE('B'), '1', 832, (20 / 832) * 1_000],
    ['ISO 8 raised to the 2 L minimum', ISO(8), '5', 29_300, 2],
  ];

  it.each(cases)('%s', (_, cleanliness, sizeUm, limitPerM3, volumeL) => {
    const result = plan({ id: 'r', cleanliness });
    expect(result?.largestSizeUm).toBe(sizeUm);
    expect(result?.limitPerM3).toBe(limitPerM3);
    expect(result?.sampleVolumeL).toBeCloseTo(volumeL, 9);
    expect(result?.minDurationMin).toBe(1);
  });

  it('uses the 1999 Table 1 limit at 5 µm for ISO 5', () => {
    // ISO 14644-1:1999 Table 1 gives ISO 5 29/m³ at 5 µm: 20 / 29 × 1000 = 689.7 L.
    const result = plan({ id: 'r', cleanliness: ISO(5) }, 'iso-14644-1-1999');
    expect(result?.largestSizeUm).toBe('5');
    expect(result?.sampleVolumeL).toBeCloseTo(689.655, 3);
  });

  it('uses the class formula for an intermediate class', () => {
    // ISO 8.5 at 5 µm: 10^8.5 × (0.1 / 5)^2.08 = 92 500/m³ rounded to three figures.
    const result = plan({ id: 'r', cleanliness: ISO(8.5) });
    expect(result?.limitPerM3).toBe(92_500);
    expect(result?.sampleVolumeL).toBe(2);
  });
});
