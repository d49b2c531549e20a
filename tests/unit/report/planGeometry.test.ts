import { describe, expect, test } from 'vitest';
import { chooseScaleBarMetres, choosePlanScale, nearestEdgeDirection, polygonCentroid } from '../../../src/report/pdf/planGeometry';

describe('choosePlanScale', () => {
  // Plan extents in model mm; paper area in mm (A4 landscape drawing area is about 267 × 134).
  const cases = [
    { plan: [12_000, 9_500], paper: [267, 134], denominator: 100, fits: true },
    { plan: [3_000, 3_000], paper: [267, 134], denominator: 50, fits: true },
    { plan: [2_000, 2_000], paper: [267, 134], denominator: 20, fits: true },
    { plan: [26_700, 13_400], paper: [267, 134], denominator: 100, fits: true },
    { plan: [26_701, 13_400], paper: [267, 134], denominator: 200, fits: true },
    { plan: [120_000, 60_000], paper: [267, 134], denominator: 500, fits: true },
    { plan: [500_000, 200_000], paper: [267, 134], denominator: 2000, fits: true },
    { plan: [5_000_000, 100_000], paper: [267, 134], denominator: 10000, fits: false },
  ];
  test.each(cases)('$plan on $paper is 1:$denominator', ({ plan, paper, denominator, fits }) => {
    expect(choosePlanScale(plan[0]!, plan[1]!, paper[0]!, paper[1]!)).toEqual({ denominator, fits });
  });
});

describe('chooseScaleBarMetres', () => {
  test.each([
    [20, 0.5],
    [50, 2],
    [100, 5],
    [200, 5],
    [500, 20],
    [1000, 50],
  ])('1:%i uses a %f m bar', (denominator, metres) => {
    expect(chooseScaleBarMetres(denominator)).toBe(metres);
  });
});

describe('polygon helpers', () => {
  const lShape = [
    { x: 0, y: 0 },
    { x: 4000, y: 0 },
    { x: 4000, y: 1000 },
    { x: 1000, y: 1000 },
    { x: 1000, y: 3000 },
    { x: 0, y: 3000 },
  ];

  test('centroid of a rectangle is its centre', () => {
    const rectangle = [
      { x: 0, y: 0 },
      { x: 4000, y: 0 },
      { x: 4000, y: 2000 },
      { x: 0, y: 2000 },
    ];
    expect(polygonCentroid(rectangle)).toEqual({ x: 2000, y: 1000 });
  });

  test('centroid of an L shape', () => {
    // Two rectangles: 4000×1000 centred (2000, 500) and 1000×2000 centred (500, 2000).
    const centroid = polygonCentroid(lShape);
    expect(centroid.x).toBeCloseTo((4e6 * 2000 + 2e6 * 500) / 6e6, 6);
    expect(centroid.y).toBeCloseTo((4e6 * 500 + 2e6 * 2000) / 6e6, 6);
  });

  test('door direction follows the nearest wall', () => {
    const horizontal = nearestEdgeDirection(lShape, { x: 2500, y: 1000 });
    expect(Math.abs(horizontal.x)).toBeCloseTo(1, 9);
    expect(horizontal.y).toBeCloseTo(0, 9);
    const vertical = nearestEdgeDirection(lShape, { x: 1000, y: 2000 });
    expect(vertical.x).toBeCloseTo(0, 9);
    expect(Math.abs(vertical.y)).toBeCloseTo(1, 9);
  });
});
