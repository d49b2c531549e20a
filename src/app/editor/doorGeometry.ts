import type { Door, PointMm, Room } from '../../domain/project';
import { distanceToSegment, polygonEdges, segmentLength, type SegmentMm } from './geometry';

/** Returns the edge of `polygon` nearest to `point`, skipping zero-length edges, or null for an empty polygon. */
export function nearestEdgeOf(point: PointMm, polygon: readonly PointMm[]): SegmentMm | null {
  let best: SegmentMm | null = null;
  let bestGap = Infinity;
  for (const edge of polygonEdges(polygon)) {
    const gap = distanceToSegment(point, edge);
    if (gap < bestGap && segmentLength(edge) > 0) {
      best = edge;
      bestGap = gap;
    }
  }
  return best;
}

/**
 * Returns the door leaf: a segment `widthMm` long along the wall of `roomA` nearest to the door
 * centre. Doors store only their centre, so the wall direction comes from the room. Returns null
 * for a door without a position (imported from a schedule).
 */
export function doorLeaf(door: Door, roomA: Room | undefined): SegmentMm | null {
  if (!door.position || !roomA) return null;
  const wall = nearestEdgeOf(door.position, roomA.polygon);
  if (!wall) return null;

  const length = segmentLength(wall);
  const halfX = ((wall.b.x - wall.a.x) / length) * (door.widthMm / 2);
  const halfY = ((wall.b.y - wall.a.y) / length) * (door.widthMm / 2);
  return {
    a: { x: door.position.x - halfX, y: door.position.y - halfY },
    b: { x: door.position.x + halfX, y: door.position.y + halfY },
  };
}
