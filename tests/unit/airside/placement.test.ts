import { describe, expect, it } from 'vitest';
import type { PointMm } from '../../../src/domain/project';
import { placeAlongWalls, placeEvenly } from '../../../src/engine/airside/placement';
import { polygonAreaM2 } from '../../../src/engine/geometry/polygon';
import { rectangle } from '../engine/fixtures';

/** 6 × 6 m L-shape: the 3 × 3 m square at x 3–6 m, y 3–6 m is missing. */
const L_SHAPE: PointMm[] = [
  { x: 0, y: 0 },
  { x: 6_000, y: 0 },
  { x: 6_000, y: 3_000 },
  { x: 3_000, y: 3_000 },
  { x: 3_000, y: 6_000 },
  { x: 0, y: 6_000 },
];

function inside(polygon: readonly PointMm[], point: PointMm): boolean {
  let result = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i]!;
    const b = polygon[j]!;
    if (a.y > point.y !== b.y > point.y && point.x < ((b.x - a.x) * (point.y - a.y)) / (b.y - a.y) + a.x) result = !result;
  }
  return result;
}

function minimumSpacingMm(points: readonly PointMm[]): number {
  let minimum = Infinity;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      minimum = Math.min(minimum, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
    }
  }
  return minimum;
}

function onSegment(point: PointMm, a: PointMm, b: PointMm): boolean {
  const cross = (b.x - a.x) * (point.y - a.y) - (b.y - a.y) * (point.x - a.x);
  const within = Math.min(a.x, b.x) - 1e-6 <= point.x && point.x <= Math.max(a.x, b.x) + 1e-6 && Math.min(a.y, b.y) - 1e-6 <= point.y && point.y <= Math.max(a.y, b.y) + 1e-6;
  return Math.abs(cross) < 1e-6 && within;
}

describe('placeEvenly', () => {
  it('splits a 6 × 3 m room in two halves', () => {
    expect(placeEvenly(rectangle(0, 0, 6_000, 3_000), 2)).toEqual([
      { x: 1_500, y: 1_500 },
      { x: 4_500, y: 1_500 },
    ]);
  });

  it('puts one point at the centre of a rectangle', () => {
    expect(placeEvenly(rectangle(1_000, 2_000, 4_000, 2_000), 1)).toEqual([{ x: 3_000, y: 3_000 }]);
  });

  it('makes a 3 × 3 grid for nine points in a square', () => {
    const points = placeEvenly(rectangle(0, 0, 9_000, 9_000), 9);
    const xs = [...new Set(points.map((point) => point.x))].sort((p, q) => p - q);
    const ys = [...new Set(points.map((point) => point.y))].sort((p, q) => p - q);
    expect(xs).toEqual([1_500, 4_500, 7_500]);
    expect(ys).toEqual([1_500, 4_500, 7_500]);
  });

  it('returns exactly the count inside rooms of several shapes', () => {
    const shapes = { rectangle: rectangle(0, 0, 10_000, 8_000), narrow: rectangle(0, 0, 20_000, 2_000), lShape: L_SHAPE };
    for (const [name, polygon] of Object.entries(shapes)) {
      for (let count = 1; count <= 40; count++) {
        const points = placeEvenly(polygon, count);
        expect(points, `${name}, ${count} points`).toHaveLength(count);
        for (const point of points) expect(inside(polygon, point), `${name}, ${count} points: ${JSON.stringify(point)}`).toBe(true);
      }
    }
  });

  it('keeps points out of the missing corner of an L-shaped room', () => {
    for (let count = 1; count <= 27; count++) {
      for (const point of placeEvenly(L_SHAPE, count)) {
        const inMissingCorner = point.x > 3_000 && point.y > 3_000;
        expect(inMissingCorner, `${count} points: ${JSON.stringify(point)}`).toBe(false);
      }
    }
  });

  it('uses both legs of an L-shaped room', () => {
    const points = placeEvenly(L_SHAPE, 6);
    expect(points.some((point) => point.x > 3_000)).toBe(true);
    expect(points.some((point) => point.y > 3_000)).toBe(true);
  });

  it('spaces points at least half a cell apart', () => {
    const shapes = { rectangle: rectangle(0, 0, 10_000, 8_000), lShape: L_SHAPE };
    for (const [name, polygon] of Object.entries(shapes)) {
      const areaMm2 = polygonAreaM2(polygon) * 1_000_000;
      for (let count = 2; count <= 30; count++) {
        const cellSideMm = Math.sqrt(areaMm2 / count);
        expect(minimumSpacingMm(placeEvenly(polygon, count)), `${name}, ${count} points`).toBeGreaterThanOrEqual(0.5 * cellSideMm);
      }
    }
  });

  it('gives the same points for either winding', () => {
    const counterClockwise = placeEvenly(L_SHAPE, 7);
    const clockwise = placeEvenly([...L_SHAPE].reverse(), 7);
    expect(clockwise).toEqual(counterClockwise);
  });

  it('places 1 480 FFUs in a 1 000 m² hall', () => {
    const hall = rectangle(0, 0, 40_000, 25_000);
    const points = placeEvenly(hall, 1_480);
    expect(points).toHaveLength(1_480);
    expect(new Set(points.map((point) => `${point.x},${point.y}`)).size).toBe(1_480);
    for (const point of points) expect(inside(hall, point)).toBe(true);
  });

  it('returns nothing for no points or no area', () => {
    expect(placeEvenly(rectangle(0, 0, 5_000, 5_000), 0)).toEqual([]);
    expect(placeEvenly([{ x: 0, y: 0 }, { x: 5_000, y: 0 }, { x: 9_000, y: 0 }], 3)).toEqual([]);
    expect(placeEvenly([], 3)).toEqual([]);
  });

  it('rejects a count that is not a whole number', () => {
    expect(() => placeEvenly(rectangle(0, 0, 5_000, 5_000), 2.5)).toThrow(RangeError);
    expect(() => placeEvenly(rectangle(0, 0, 5_000, 5_000), -1)).toThrow(/whole number of 0 or more/);
  });
});

describe('placeAlongWalls', () => {
  const room = rectangle(0, 0, 6_000, 3_000);

  it('puts one point in the middle of the longest wall', () => {
    expect(placeAlongWalls(room, 1)).toEqual([{ x: 3_000, y: 0 }]);
  });

  it('puts two points on the two long walls', () => {
    expect(placeAlongWalls(room, 2)).toEqual([
      { x: 3_000, y: 0 },
      { x: 3_000, y: 3_000 },
    ]);
  });

  it('shares points by wall length', () => {
    const points = placeAlongWalls(room, 6);
    const onLongWalls = points.filter((point) => point.y === 0 || point.y === 3_000);
    expect(onLongWalls).toHaveLength(4);
    expect(points).toHaveLength(6);
  });

  it('keeps every point on a wall and off the corners', () => {
    for (let count = 1; count <= 20; count++) {
      for (const point of placeAlongWalls(L_SHAPE, count)) {
        const onWall = L_SHAPE.some((start, index) => onSegment(point, start, L_SHAPE[(index + 1) % L_SHAPE.length]!));
        expect(onWall, `${count} points: ${JSON.stringify(point)}`).toBe(true);
        expect(L_SHAPE.some((corner) => corner.x === point.x && corner.y === point.y), `${count} points: ${JSON.stringify(point)}`).toBe(false);
      }
    }
  });

  it('skips walls shorter than the minimum', () => {
    const jogged = [{ x: 0, y: 0 }, { x: 6_000, y: 0 }, { x: 6_000, y: 3_000 }, { x: 3_000, y: 3_000 }, { x: 3_000, y: 3_300 }, { x: 0, y: 3_300 }];
    const points = placeAlongWalls(jogged, 12, 600);
    const onJog = points.filter((point) => point.x === 3_000 && point.y > 3_000);
    expect(points).toHaveLength(12);
    expect(onJog).toEqual([]);
  });

  it('returns nothing for no points', () => {
    expect(placeAlongWalls(room, 0)).toEqual([]);
  });
});
