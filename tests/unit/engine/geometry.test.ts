import { describe, expect, it } from 'vitest';
import {
  exteriorWallSegments,
  isSimplePolygon,
  polygonAreaM2,
  polygonBounds,
  polygonCentroid,
  sharedWallSegments,
} from '../../../src/engine/index';
import { rectangle } from './fixtures';

describe('polygonAreaM2', () => {
  it('converts a 10 × 8 m rectangle in mm to 80 m²', () => {
    expect(polygonAreaM2(rectangle(0, 0, 10_000, 8_000))).toBe(80);
  });

  it('does not depend on winding', () => {
    expect(polygonAreaM2(rectangle(0, 0, 3_000, 2_000).reverse())).toBe(6);
  });

  it('measures an L shape', () => {
    const lShape = [
      { x: 0, y: 0 },
      { x: 4_000, y: 0 },
      { x: 4_000, y: 2_000 },
      { x: 2_000, y: 2_000 },
      { x: 2_000, y: 4_000 },
      { x: 0, y: 4_000 },
    ];
    expect(polygonAreaM2(lShape)).toBe(12);
  });

  it('gives 0 for fewer than three points', () => {
    expect(polygonAreaM2([{ x: 0, y: 0 }, { x: 5, y: 5 }])).toBe(0);
  });
});

describe('polygonCentroid and polygonBounds', () => {
  it('finds the centre of a rectangle', () => {
    expect(polygonCentroid(rectangle(1_000, 2_000, 4_000, 2_000))).toEqual({ x: 3_000, y: 3_000 });
  });

  it('weights an L shape by area', () => {
    const lShape = [
      { x: 0, y: 0 },
      { x: 4_000, y: 0 },
      { x: 4_000, y: 2_000 },
      { x: 2_000, y: 2_000 },
      { x: 2_000, y: 4_000 },
      { x: 0, y: 4_000 },
    ];
    const centroid = polygonCentroid(lShape)!;
    // Two 2 × 4 and 2 × 2 m parts: x̄ = (8·1 + 4·3)/12 m, ȳ = (8·2 + 4·1)/12 m.
    expect(centroid.x).toBeCloseTo(5_000 / 3, 6);
    expect(centroid.y).toBeCloseTo(5_000 / 3, 6);
  });

  it('returns null for an empty polygon', () => {
    expect(polygonCentroid([])).toBeNull();
    expect(polygonBounds([])).toBeNull();
  });

  it('bounds a polygon', () => {
    expect(polygonBounds(rectangle(-500, 200, 1_000, 300))).toEqual({ minX: -500, minY: 200, maxX: 500, maxY: 500 });
  });
});

describe('isSimplePolygon', () => {
  it('accepts a rectangle', () => {
    expect(isSimplePolygon(rectangle(0, 0, 1_000, 1_000))).toBe(true);
  });

  it('rejects a bow tie', () => {
    const bowTie = [
      { x: 0, y: 0 },
      { x: 1_000, y: 1_000 },
      { x: 1_000, y: 0 },
      { x: 0, y: 1_000 },
    ];
    expect(isSimplePolygon(bowTie)).toBe(false);
  });

  it('rejects a repeated vertex and a flat polygon', () => {
    expect(isSimplePolygon([{ x: 0, y: 0 }, { x: 0, y: 0 }, { x: 10, y: 10 }, { x: 0, y: 10 }])).toBe(false);
    expect(isSimplePolygon([{ x: 0, y: 0 }, { x: 5, y: 0 }, { x: 10, y: 0 }])).toBe(false);
  });
});

describe('sharedWallSegments', () => {
  it('finds the common wall of two touching rooms', () => {
    const left = rectangle(0, 0, 4_000, 3_000);
    const right = rectangle(4_000, 1_000, 3_000, 4_000);
    const shared = sharedWallSegments(left, right);
    expect(shared).toHaveLength(1);
    expect(shared[0]!.lengthMm).toBe(2_000);
    const ys = [shared[0]!.start.y, shared[0]!.end.y].sort((a, b) => a - b);
    expect(shared[0]!.start.x).toBe(4_000);
    expect(ys).toEqual([1_000, 3_000]);
  });

  it('accepts rooms and a small gap within tolerance', () => {
    const left = { polygon: rectangle(0, 0, 4_000, 3_000) };
    const right = { polygon: rectangle(4_001, 0, 3_000, 3_000) };
    expect(sharedWallSegments(left, right, 2)).toHaveLength(1);
    expect(sharedWallSegments(left, right, 0.5)).toHaveLength(0);
  });

  it('ignores rooms that only touch at a corner', () => {
    expect(sharedWallSegments(rectangle(0, 0, 1_000, 1_000), rectangle(1_000, 1_000, 1_000, 1_000))).toHaveLength(0);
  });
});

describe('exteriorWallSegments', () => {
  it('leaves out the walls shared with neighbours', () => {
    const left = rectangle(0, 0, 4_000, 3_000);
    const right = rectangle(4_000, 1_000, 3_000, 4_000);
    const exterior = exteriorWallSegments(left, [left, right]);
    const totalMm = exterior.reduce((sum, segment) => sum + segment.lengthMm, 0);
    // Perimeter 14 m minus the 2 m shared with the right-hand room.
    expect(totalMm).toBeCloseTo(12_000, 6);
    expect(exterior).toHaveLength(4);
  });
});
