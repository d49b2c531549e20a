import { memo } from 'react';
import { Line } from 'react-konva';
import type { PointMm } from '../../domain/project';
import { useProjectStore } from '../store/projectStore';
import { distanceToSegment, polygonEdges, segmentLength, type SegmentMm } from './geometry';
import { doorsById, roomsById } from './roomIndex';

const DOOR_STROKE_PX = 6;

/** The wall edge of `polygon` nearest to the door centre, whose direction the door leaf follows. */
function wallUnder(position: PointMm, polygon: readonly PointMm[]): SegmentMm | null {
  let best: SegmentMm | null = null;
  let bestGap = Infinity;
  for (const edge of polygonEdges(polygon)) {
    const gap = distanceToSegment(position, edge);
    if (gap < bestGap && segmentLength(edge) > 0) {
      best = edge;
      bestGap = gap;
    }
  }
  return best;
}

interface DoorShapeProps {
  readonly doorId: string;
  /** True when a pressure-step finding on this door fails. */
  readonly failing: boolean;
}

/** One door: a thick stroke of the leaf width along the wall it sits in. */
function DoorShapeComponent({ doorId, failing }: DoorShapeProps) {
  const door = useProjectStore((state) => doorsById(state.project.doors).get(doorId));
  const room = useProjectStore((state) => (door ? roomsById(state.project.rooms).get(door.roomA) : undefined));
  const selected = useProjectStore((state) => state.selection?.kind === 'door' && state.selection.id === doorId);
  if (!door?.position || !room) return null;

  const wall = wallUnder(door.position, room.polygon);
  if (!wall) return null;
  const length = segmentLength(wall);
  const halfX = ((wall.b.x - wall.a.x) / length) * (door.widthMm / 2);
  const halfY = ((wall.b.y - wall.a.y) / length) * (door.widthMm / 2);
  const colour = failing ? '#e53935' : selected ? '#d81b60' : '#5d4037';

  return (
    <Line
      name={`door door-${door.id}`}
      points={[door.position.x - halfX, door.position.y - halfY, door.position.x + halfX, door.position.y + halfY]}
      stroke={colour}
      strokeWidth={selected ? DOOR_STROKE_PX + 3 : DOOR_STROKE_PX}
      strokeScaleEnabled={false}
      lineCap="butt"
      listening={false}
      perfectDrawEnabled={false}
    />
  );
}

export const DoorShape = memo(DoorShapeComponent);
