import { describe, expect, it } from 'vitest';
import { snapPoint, snapToGrid, snapTranslation } from '../../../src/app/editor/snapping';
import { rectangleRoom } from './fixtures';

const neighbour = rectangleRoom('n', 0, 0, 4000, 3000);
const options = { gridStepMm: 100, pxPerMm: 0.1, rooms: [neighbour] };

describe('snapPoint', () => {
  it.each([
    [10, { x: 1234, y: 5678 }, { x: 1230, y: 5680 }],
    [50, { x: 1234, y: 5678 }, { x: 1250, y: 5700 }],
    [100, { x: 1234, y: 5678 }, { x: 1200, y: 5700 }],
    [500, { x: 1234, y: 5678 }, { x: 1000, y: 5500 }],
  ])('rounds to a %i mm grid', (step, point, expected) => {
    expect(snapToGrid(point, step)).toEqual(expected);
  });

  it('returns 0 rather than -0', () => {
    const snapped = snapToGrid({ x: -20, y: -49 }, 100);
    expect(Object.is(snapped.x, 0)).toBe(true);
    expect(Object.is(snapped.y, 0)).toBe(true);
  });

  it('prefers a neighbour vertex within tolerance', () => {
    const result = snapPoint({ x: 4060, y: 3050 }, options);
    expect(result.point).toEqual({ x: 4000, y: 3000 });
    expect(result.guides).toEqual([{ kind: 'vertex', point: { x: 4000, y: 3000 } }]);
  });

  it('lands on a neighbour edge with the along-wall coordinate on the grid', () => {
    const result = snapPoint({ x: 4045, y: 1234 }, options);
    expect(result.point).toEqual({ x: 4000, y: 1200 });
    expect(result.guides[0]?.kind).toBe('edge');
  });

  it('scales the tolerance with the zoom', () => {
    // At 1 px/mm the 8 px tolerance is 8 mm, so 60 mm from the corner falls back to the grid.
    const result = snapPoint({ x: 4060, y: 3050 }, { ...options, pxPerMm: 1 });
    expect(result.point).toEqual({ x: 4100, y: 3100 });
  });

  it('returns the point unchanged when disabled', () => {
    expect(snapPoint({ x: 4060, y: 3050 }, { ...options, disabled: true }).point).toEqual({ x: 4060, y: 3050 });
  });

  it('skips excluded rooms', () => {
    const result = snapPoint({ x: 4060, y: 3050 }, { ...options, excludeRoomIds: new Set(['n']) });
    expect(result.point).toEqual({ x: 4100, y: 3100 });
  });
});

describe('snapTranslation', () => {
  it('puts the first vertex on the grid away from other rooms', () => {
    const moved = rectangleRoom('m', 10_000, 10_000, 12_000, 12_000);
    expect(snapTranslation(moved.polygon, 1234, -567, options)).toMatchObject({ dx: 1200, dy: -600 });
  });

  it('pulls a near vertex onto a neighbour corner', () => {
    const moved = rectangleRoom('m', 4030, 3040, 6000, 5000);
    expect(snapTranslation(moved.polygon, 0, 0, options)).toMatchObject({ dx: -30, dy: -40 });
  });
});
