import type { PointMm, Room } from '../../domain/project';
import { polygonAreaM2 } from '../geometry/polygon';
import { orSizingData, type FgiOperatingRoomType, type Gb50333v2002SizeCategory } from './sizingData';

const MM_PER_M = 1000;

function cross(o: PointMm, a: PointMm, b: PointMm): number {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

/** Convex hull by Andrew's monotone chain, counter-clockwise in a y-up frame, without collinear points. */
function convexHull(points: readonly PointMm[]): PointMm[] {
  const sorted = [...points].sort((p, q) => p.x - q.x || p.y - q.y);
  if (sorted.length < 3) return sorted;
  const lower: PointMm[] = [];
  for (const point of sorted) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, point) <= 0) lower.pop();
    lower.push(point);
  }
  const upper: PointMm[] = [];
  for (const point of [...sorted].reverse()) {
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, point) <= 0) upper.pop();
    upper.push(point);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

/**
 * Returns the minimum width of a polygon in millimetres: the smallest distance between two parallel
 * lines that enclose it. The minimum is reached with one line on an edge of the convex hull
 * (the rotating-calipers argument), so each hull edge is tried against its farthest vertex.
 * NOTE: for an L-shaped or otherwise concave room this is the width of its convex hull, which
 * overstates the clear dimension of the narrow leg.
 */
export function minimumWidthMm(polygon: readonly PointMm[]): number {
  const hull = convexHull(polygon);
  if (hull.length < 3) return 0;
  let minimum = Number.POSITIVE_INFINITY;
  for (let i = 0; i < hull.length; i++) {
    const a = hull[i]!;
    const b = hull[(i + 1) % hull.length]!;
    const edgeLength = Math.hypot(b.x - a.x, b.y - a.y);
    let farthest = 0;
    for (const point of hull) farthest = Math.max(farthest, Math.abs(cross(a, b, point)) / edgeLength);
    minimum = Math.min(minimum, farthest);
  }
  return minimum;
}

/** A room against one FGI operating-room type: clear floor area and minimum clear dimension. */
export interface FgiSizeAssessment {
  readonly type: FgiOperatingRoomType;
  readonly areaM2: number;
  readonly minWidthM: number;
  readonly areaMeetsMinimum: boolean;
  readonly dimensionMeetsMinimum: boolean;
}

/** Position of a room's net area among the GB 50333-2002 size categories. */
export type Gb50333v2002SizeAssessment =
  | { readonly fit: 'category'; readonly category: Gb50333v2002SizeCategory }
  | { readonly fit: 'below-smallest'; readonly smallest: Gb50333v2002SizeCategory }
  | { readonly fit: 'above-largest'; readonly largest: Gb50333v2002SizeCategory; readonly overrunFraction: number };

export interface OrSizeAssessment {
  readonly roomId: string;
  /** Null when the room has no known area (imported without one); the size cannot be evaluated. */
  readonly areaM2: number | null;
  readonly minWidthM: number | null;
  /** One entry per FGI type, or empty when the area is unknown. */
  readonly fgi: readonly FgiSizeAssessment[];
  readonly gb50333v2002: Gb50333v2002SizeAssessment | null;
  /** Whether the clear height lies in the GB 50333-2002 net-height range; null when the height is unknown. */
  readonly netHeightInRange: boolean | null;
}

function gb2002Category(areaM2: number): Gb50333v2002SizeAssessment {
  const data = orSizingData().gb50333v2002Sizes;
  const byArea = [...data.rows].sort((p, q) => p.minAreaM2 - q.minAreaM2);
  const smallest = byArea[0]!;
  const largest = byArea[byArea.length - 1]!;
  if (areaM2 < smallest.minAreaM2) return { fit: 'below-smallest', smallest };
  if (areaM2 > largest.maxAreaM2) return { fit: 'above-largest', largest, overrunFraction: areaM2 / largest.maxAreaM2 - 1 };
  // Adjacent categories share their boundary (25, 30, 35 m²); a boundary area goes to the larger one.
  const category = [...byArea].reverse().find((row) => areaM2 >= row.minAreaM2)!;
  return { fit: 'category', category };
}

/**
 * Assesses a drawn operating room against the FGI minimum clear floor areas and clear dimension and
 * the GB 50333-2002 size categories. The area is the polygon's, so it is a clear floor area only
 * when the outline is drawn to the finished inside faces of the walls.
 */
export function assessOrSize(room: Room): OrSizeAssessment {
  const data = orSizingData();
  const areaM2 = room.areaKnown === false ? null : polygonAreaM2(room.polygon);
  const minWidthM = room.areaKnown === false ? null : minimumWidthMm(room.polygon) / MM_PER_M;
  const heightM = room.clearHeightM;
  const netHeight = data.gb50333v2002Sizes.netHeightM;
  const netHeightInRange = heightM === null ? null : heightM >= netHeight.min && heightM <= netHeight.max;
  if (areaM2 === null || minWidthM === null) return { roomId: room.id, areaM2, minWidthM, fgi: [], gb50333v2002: null, netHeightInRange };

  const fgi = data.fgiMinimums.rows.map((type) => ({
    type,
    areaM2,
    minWidthM,
    areaMeetsMinimum: areaM2 >= type.minAreaM2,
    dimensionMeetsMinimum: minWidthM >= type.minClearDimensionM,
  }));
  return { roomId: room.id, areaM2, minWidthM, fgi, gb50333v2002: gb2002Category(areaM2), netHeightInRange };
}
