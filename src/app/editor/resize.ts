import type { PointMm } from '../../domain/project';
import { MIN_ROOM_SIDE_MM } from './dimensions';
import { asAxisAlignedRectangle, rectanglePolygon } from './geometry';
import { snapToGrid } from './snapping';

/** Position and scale a Konva transformer leaves on a room outline drawn in model coordinates. */
export interface NodeTransform {
  readonly x: number;
  readonly y: number;
  readonly scaleX: number;
  readonly scaleY: number;
}

/**
 * Returns the rectangle a transformer gesture produced: each corner mapped through the node transform,
 * snapped to `gridStepMm` (null for no snapping), and rounded to whole mm. Returns null when the
 * polygon is not an axis-aligned rectangle or a side would fall under `MIN_ROOM_SIDE_MM`.
 */
export function resizeRectangle(polygon: readonly PointMm[], transform: NodeTransform, gridStepMm: number | null): PointMm[] | null {
  const bounds = asAxisAlignedRectangle(polygon);
  if (!bounds) return null;

  const map = (point: PointMm): PointMm => {
    const moved = { x: point.x * transform.scaleX + transform.x, y: point.y * transform.scaleY + transform.y };
    const snapped = gridStepMm === null ? moved : snapToGrid(moved, gridStepMm);
    return { x: Math.round(snapped.x), y: Math.round(snapped.y) };
  };
  const first = map({ x: bounds.minX, y: bounds.minY });
  const second = map({ x: bounds.maxX, y: bounds.maxY });
  const resized = {
    minX: Math.min(first.x, second.x),
    minY: Math.min(first.y, second.y),
    maxX: Math.max(first.x, second.x),
    maxY: Math.max(first.y, second.y),
  };
  if (resized.maxX - resized.minX < MIN_ROOM_SIDE_MM || resized.maxY - resized.minY < MIN_ROOM_SIDE_MM) return null;
  return rectanglePolygon(resized);
}

/** Returns the rectangle with a new width (x) and length (y), keeping its top-left corner. */
export function setRectangleSize(polygon: readonly PointMm[], widthMm: number, lengthMm: number): PointMm[] | null {
  const bounds = asAxisAlignedRectangle(polygon);
  if (!bounds || widthMm < MIN_ROOM_SIDE_MM || lengthMm < MIN_ROOM_SIDE_MM) return null;
  return rectanglePolygon({ minX: bounds.minX, minY: bounds.minY, maxX: bounds.minX + widthMm, maxY: bounds.minY + lengthMm });
}
