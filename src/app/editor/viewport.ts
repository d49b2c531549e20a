import type { PointMm } from '../../domain/project';
import type { BoundsMm } from './geometry';

/**
 * Pan and zoom of the plan. A model point (mm) appears on screen at
 * `model * scale + offset`, in CSS pixels relative to the stage container.
 */
export interface Viewport {
  /** Screen pixels per millimetre. */
  readonly scale: number;
  readonly offsetX: number;
  readonly offsetY: number;
}

export interface ScreenPoint {
  readonly x: number;
  readonly y: number;
}

export interface ScreenSize {
  readonly width: number;
  readonly height: number;
}

/** 0.002 px/mm shows 500 m across a 1000 px stage; 2 px/mm shows a 5 mm detail as 10 px. */
export const MIN_SCALE = 0.002;
export const MAX_SCALE = 2;
/** Fit-to-content view of an empty plan: 20 m across about 1000 px. */
export const DEFAULT_VIEWPORT: Viewport = { scale: 0.05, offsetX: 40, offsetY: 40 };
const FIT_MARGIN_PX = 48;

export function modelToScreen(viewport: Viewport, point: PointMm): ScreenPoint {
  return { x: point.x * viewport.scale + viewport.offsetX, y: point.y * viewport.scale + viewport.offsetY };
}

export function screenToModel(viewport: Viewport, point: ScreenPoint): PointMm {
  return { x: (point.x - viewport.offsetX) / viewport.scale, y: (point.y - viewport.offsetY) / viewport.scale };
}

export function clampScale(scale: number): number {
  return Math.min(Math.max(scale, MIN_SCALE), MAX_SCALE);
}

/** Zoom by `factor` keeping the model point under `anchor` (screen) in place. */
export function zoomAround(viewport: Viewport, anchor: ScreenPoint, factor: number): Viewport {
  const scale = clampScale(viewport.scale * factor);
  const anchorModel = screenToModel(viewport, anchor);
  return { scale, offsetX: anchor.x - anchorModel.x * scale, offsetY: anchor.y - anchorModel.y * scale };
}

export function panBy(viewport: Viewport, dx: number, dy: number): Viewport {
  return { ...viewport, offsetX: viewport.offsetX + dx, offsetY: viewport.offsetY + dy };
}

/** Returns the viewport that shows `bounds` centred with a margin, or the default view when there is nothing to show. */
export function fitBounds(bounds: BoundsMm | null, size: ScreenSize): Viewport {
  const widthMm = bounds ? bounds.maxX - bounds.minX : 0;
  const heightMm = bounds ? bounds.maxY - bounds.minY : 0;
  if (!bounds || widthMm <= 0 || heightMm <= 0 || size.width <= 0 || size.height <= 0) return DEFAULT_VIEWPORT;

  const usableWidth = Math.max(size.width - 2 * FIT_MARGIN_PX, 1);
  const usableHeight = Math.max(size.height - 2 * FIT_MARGIN_PX, 1);
  const scale = clampScale(Math.min(usableWidth / widthMm, usableHeight / heightMm));
  const centreX = (bounds.minX + bounds.maxX) / 2;
  const centreY = (bounds.minY + bounds.maxY) / 2;
  return { scale, offsetX: size.width / 2 - centreX * scale, offsetY: size.height / 2 - centreY * scale };
}

/** Returns the model rectangle visible on a stage of `size`. */
export function visibleModelBounds(viewport: Viewport, size: ScreenSize): BoundsMm {
  const topLeft = screenToModel(viewport, { x: 0, y: 0 });
  const bottomRight = screenToModel(viewport, { x: size.width, y: size.height });
  return { minX: topLeft.x, minY: topLeft.y, maxX: bottomRight.x, maxY: bottomRight.y };
}
