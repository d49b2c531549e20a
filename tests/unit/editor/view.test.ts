import { describe, expect, it } from 'vitest';
import { fitBounds, modelToScreen, screenToModel, zoomAround, DEFAULT_VIEWPORT, MAX_SCALE } from '../../../src/app/editor/viewport';
import { gridLevelFor } from '../../../src/app/editor/Grid';
import { scaleBarMetres } from '../../../src/app/editor/ScaleBar';

describe('viewport', () => {
  const viewport = { scale: 0.05, offsetX: 100, offsetY: 50 };

  it('converts model to screen and back', () => {
    const screen = modelToScreen(viewport, { x: 6000, y: 2000 });
    expect(screen).toEqual({ x: 400, y: 150 });
    expect(screenToModel(viewport, screen)).toEqual({ x: 6000, y: 2000 });
  });

  it('zooms around the pointer without moving the point under it', () => {
    const anchor = { x: 400, y: 150 };
    const zoomed = zoomAround(viewport, anchor, 2);
    expect(zoomed.scale).toBe(0.1);
    expect(screenToModel(zoomed, anchor)).toEqual({ x: 6000, y: 2000 });
  });

  it('clamps the zoom', () => {
    expect(zoomAround(viewport, { x: 0, y: 0 }, 1e6).scale).toBe(MAX_SCALE);
  });

  it('fits content centred with a margin', () => {
    const fitted = fitBounds({ minX: 0, minY: 0, maxX: 20_000, maxY: 10_000 }, { width: 1096, height: 800 });
    // (1096 - 2 × 48) px across 20 000 mm.
    expect(fitted.scale).toBeCloseTo(0.05, 10);
    expect(modelToScreen(fitted, { x: 10_000, y: 5000 })).toEqual({ x: 548, y: 400 });
  });

  it('falls back to the default view without content', () => {
    expect(fitBounds(null, { width: 800, height: 600 })).toEqual(DEFAULT_VIEWPORT);
  });
});

describe('gridLevelFor', () => {
  it.each([
    [1, 10, 100],
    [0.1, 100, 1000],
    [0.05, 500, 5000],
    [0.01, 1000, 10_000],
    [0.002, 5000, 50_000],
  ])('at %f px/mm uses %i mm minor lines', (scale, minorMm, majorMm) => {
    expect(gridLevelFor(scale)).toEqual({ minorMm, majorMm });
  });
});

describe('scaleBarMetres', () => {
  it.each([
    [0.05, 2],
    [0.1, 1],
    [0.01, 10],
    [0.5, 0.2],
  ])('at %f px/mm shows %f m', (scale, metres) => {
    expect(scaleBarMetres(scale)).toBeCloseTo(metres, 10);
  });
});
