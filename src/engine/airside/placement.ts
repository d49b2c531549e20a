import type { PointMm } from '../../domain/project';
import { polygonBounds, type BoundsMm } from '../geometry/polygon';

/**
 * Deterministic placement of terminals, sampling locations and return grilles on a drawn room:
 * evenly over the floor for the first two, along the walls for the grilles. The same polygon and
 * count always give the same points in the same order.
 */

/** Points closer than this to an edge count as outside, so that no point sits on a wall (mm). */
const EDGE_CLEARANCE_MM = 1;
/** Relative growth of the grid between attempts, so that a thin room still ends in few steps. */
const GRID_GROWTH = 0.02;
const MAX_GRID_ATTEMPTS = 200;

function twiceSignedArea(polygon: readonly PointMm[]): number {
  let sum = 0;
  for (let i = 0; i < polygon.length; i++) {
    const current = polygon[i]!;
    const next = polygon[(i + 1) % polygon.length]!;
    sum += current.x * next.y - next.x * current.y;
  }
  return sum;
}

/** Returns the Euclidean distance. `Math.hypot` is slower in V8, and its overflow guard is not needed for plan millimetres. */
function distance(ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  return Math.sqrt(dx * dx + dy * dy);
}

function distanceToSegment(point: PointMm, a: PointMm, b: PointMm): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((point.x - a.x) * dx + (point.y - a.y) * dy) / lengthSquared));
  return distance(point.x, point.y, a.x + t * dx, a.y + t * dy);
}

/** Even-odd ray casting, with points within the edge clearance of any edge counted as outside. */
function isWellInside(polygon: readonly PointMm[], point: PointMm): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i]!;
    const b = polygon[j]!;
    if (distanceToSegment(point, a, b) < EDGE_CLEARANCE_MM) return false;
    const crosses = a.y > point.y !== b.y > point.y;
    if (crosses && point.x < ((b.x - a.x) * (point.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

/**
 * Returns the centres of a grid of about `cellCount` near-square cells that exactly tiles the
 * bounds, row by row from the bounds' minimum corner.
 */
function gridCentres(bounds: BoundsMm, cellCount: number): PointMm[] {
  const width = bounds.maxX - bounds.minX;
  const height = bounds.maxY - bounds.minY;
  const side = Math.sqrt((width * height) / cellCount);
  let columns = Math.max(1, Math.round(width / side));
  let rows = Math.max(1, Math.round(height / side));
  while (columns * rows < cellCount) {
    if (width / columns >= height / rows) columns++;
    else rows++;
  }

  const cellWidth = width / columns;
  const cellHeight = height / rows;
  const centres: PointMm[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      centres.push({ x: bounds.minX + (column + 0.5) * cellWidth, y: bounds.minY + (row + 0.5) * cellHeight });
    }
  }
  return centres;
}

/**
 * Above this many candidates the farthest-first choice (quadratic in the count) gives way to
 * dropping evenly spaced candidates, which costs one pass.
 */
const MAX_FARTHEST_FIRST_CANDIDATES = 400;

/**
 * Picks `count` of the candidates, spread out, and returns them in candidate order. Up to
 * `MAX_FARTHEST_FIRST_CANDIDATES` it keeps the first candidate, then repeatedly the one farthest
 * from those already kept (ties go to the earlier one). Above it, it drops candidates at evenly
 * spaced places in the row-by-row order.
 */
function pickSpread(candidates: readonly PointMm[], count: number): PointMm[] {
  if (candidates.length <= count) return [...candidates];
  if (candidates.length > MAX_FARTHEST_FIRST_CANDIDATES) return dropEvenly(candidates, candidates.length - count);

  const picked = new Set<number>([0]);
  const first = candidates[0]!;
  const nearest = candidates.map((point) => distance(point.x, point.y, first.x, first.y));
  while (picked.size < count) {
    let best = -1;
    for (let i = 0; i < candidates.length; i++) {
      if (!picked.has(i) && (best === -1 || nearest[i]! > nearest[best]!)) best = i;
    }
    picked.add(best);
    const chosen = candidates[best]!;
    candidates.forEach((point, i) => {
      nearest[i] = Math.min(nearest[i]!, distance(point.x, point.y, chosen.x, chosen.y));
    });
  }
  return candidates.filter((_, i) => picked.has(i));
}

function dropEvenly(candidates: readonly PointMm[], dropCount: number): PointMm[] {
  const dropped = new Set<number>();
  for (let k = 0; k < dropCount; k++) dropped.add(Math.floor(((k + 0.5) * candidates.length) / dropCount));
  return candidates.filter((_, i) => !dropped.has(i));
}

/**
 * Places `count` points evenly inside a simple polygon (mm), for terminals and sampling locations.
 * A grid of near-square cells over the polygon's bounds is refined until enough cell centres lie
 * inside the polygon. Centres outside are dropped, so an L-shaped room gets no point in its missing
 * corner. When the first grid with enough centres has more than `count`, `pickSpread` chooses
 * which to keep. Returns an empty list for a polygon without area.
 * Throws a RangeError when `count` is not a non-negative whole number.
 */
export function placeEvenly(polygon: readonly PointMm[], count: number): PointMm[] {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`Point count ${count} is not valid: expected a whole number of 0 or more`);
  }
  const bounds = polygonBounds(polygon);
  const areaMm2 = Math.abs(twiceSignedArea(polygon)) / 2;
  if (count === 0 || bounds === null || polygon.length < 3 || areaMm2 === 0) return [];

  const boundsAreaMm2 = (bounds.maxX - bounds.minX) * (bounds.maxY - bounds.minY);
  let cellCount = Math.ceil((count * boundsAreaMm2) / areaMm2);
  let inside: PointMm[] = [];
  for (let attempt = 0; attempt < MAX_GRID_ATTEMPTS; attempt++) {
    inside = gridCentres(bounds, cellCount).filter((point) => isWellInside(polygon, point));
    if (inside.length >= count) return pickSpread(inside, count);
    cellCount += Math.max(1, Math.ceil(cellCount * GRID_GROWTH));
  }
  // NOTE: only a sliver narrower than the grid can get here, and it then receives fewer points than requested.
  return inside;
}

/** One wall of the outline with its share of the points. */
interface WallShare {
  readonly start: PointMm;
  readonly end: PointMm;
  readonly lengthMm: number;
  count: number;
}

/**
 * Shares `count` points among the walls in proportion to their length by the largest-remainder
 * method. Ties go to the longer wall, then to the earlier one.
 */
function shareByLength(walls: WallShare[], count: number): void {
  const totalMm = walls.reduce((sum, wall) => sum + wall.lengthMm, 0);
  const quotas = walls.map((wall) => (count * wall.lengthMm) / totalMm);
  walls.forEach((wall, index) => {
    wall.count = Math.floor(quotas[index]!);
  });

  let left = count - walls.reduce((sum, wall) => sum + wall.count, 0);
  const order = walls
    .map((wall, index) => ({ index, remainder: quotas[index]! - wall.count, lengthMm: wall.lengthMm }))
    .sort((p, q) => q.remainder - p.remainder || q.lengthMm - p.lengthMm || p.index - q.index);
  for (const entry of order) {
    if (left === 0) break;
    walls[entry.index]!.count++;
    left--;
  }
}

/**
 * Places `count` points on the walls of a polygon (mm), for low-level return grilles. Walls at
 * least `minWallMm` long share the points in proportion to their length, and each wall's points
 * sit at the centres of equal stretches of it, so no point falls on a corner. When no wall is that
 * long, every wall takes part. Returns an empty list for an outline with fewer than two points.
 * Throws a RangeError when `count` is not a non-negative whole number.
 */
export function placeAlongWalls(polygon: readonly PointMm[], count: number, minWallMm = 0): PointMm[] {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`Point count ${count} is not valid: expected a whole number of 0 or more`);
  }
  if (count === 0 || polygon.length < 2) return [];

  const allWalls: WallShare[] = polygon
    .map((start, index) => {
      const end = polygon[(index + 1) % polygon.length]!;
      return { start, end, lengthMm: distance(start.x, start.y, end.x, end.y), count: 0 };
    })
    .filter((wall) => wall.lengthMm > 0);
  if (allWalls.length === 0) return [];
  const longWalls = allWalls.filter((wall) => wall.lengthMm >= minWallMm);
  const walls = longWalls.length > 0 ? longWalls : allWalls;

  shareByLength(walls, count);
  const points: PointMm[] = [];
  for (const wall of walls) {
    for (let k = 0; k < wall.count; k++) {
      const t = (k + 0.5) / wall.count;
      points.push({ x: wall.start.x + t * (wall.end.x - wall.start.x), y: wall.start.y + t * (wall.end.y - wall.start.y) });
    }
  }
  return points;
}
