import { describe, expect, it } from 'vitest';
import { resizeRectangle, setRectangleSize } from '../../../src/app/editor/resize';
import { rectanglePolygon } from '../../../src/app/editor/geometry';

const room = rectanglePolygon({ minX: 1000, minY: 1000, maxX: 5000, maxY: 4000 });

describe('resizeRectangle', () => {
  it('writes the scaled size into the polygon', () => {
    // Dragging the right-hand anchor to x = 7000: scaleX = 1.5 about the left edge (x = 1000), offset -500.
    const resized = resizeRectangle(room, { x: -500, y: 0, scaleX: 1.5, scaleY: 1 }, 100);
    expect(resized).toEqual(rectanglePolygon({ minX: 1000, minY: 1000, maxX: 7000, maxY: 4000 }));
  });

  it('snaps the new corners to the grid', () => {
    const resized = resizeRectangle(room, { x: 0, y: 0, scaleX: 1.013, scaleY: 1 }, 100);
    expect(resized?.[1]).toEqual({ x: 5100, y: 1000 });
  });

  it('normalises a flipped rectangle', () => {
    const resized = resizeRectangle(room, { x: 6000, y: 0, scaleX: -1, scaleY: 1 }, null);
    expect(resized).toEqual(rectanglePolygon({ minX: 1000, minY: 1000, maxX: 5000, maxY: 4000 }));
  });

  it('rejects a side under the minimum', () => {
    expect(resizeRectangle(room, { x: 0, y: 0, scaleX: 0.05, scaleY: 1 }, null)).toBeNull();
  });

  it('rejects a polygon that is not a rectangle', () => {
    const triangle = [
      { x: 0, y: 0 },
      { x: 1000, y: 0 },
      { x: 0, y: 1000 },
    ];
    expect(resizeRectangle(triangle, { x: 0, y: 0, scaleX: 2, scaleY: 2 }, null)).toBeNull();
  });
});

describe('setRectangleSize', () => {
  it('keeps the top-left corner', () => {
    expect(setRectangleSize(room, 6000, 5400)).toEqual(rectanglePolygon({ minX: 1000, minY: 1000, maxX: 7000, maxY: 6400 }));
  });

  it('rejects a side under the minimum', () => {
    expect(setRectangleSize(room, 200, 5400)).toBeNull();
  });
});
