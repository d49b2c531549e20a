import { memo } from 'react';
import { Line } from './konva';
import { useProjectStore } from '../store/projectStore';
import { doorLeaf } from './doorGeometry';
import { doorsById, roomsById } from './roomIndex';

const DOOR_STROKE_PX = 6;

interface DoorShapeProps {
  readonly doorId: string;
  /** True when a pressure-step finding on this door fails. */
  readonly failing: boolean;
}

/** Draws one door as a thick stroke of the leaf width along the wall it sits in. */
function DoorShapeComponent({ doorId, failing }: DoorShapeProps) {
  const door = useProjectStore((state) => doorsById(state.project.doors).get(doorId));
  const room = useProjectStore((state) => (door ? roomsById(state.project.rooms).get(door.roomA) : undefined));
  const selected = useProjectStore((state) => state.selection?.kind === 'door' && state.selection.id === doorId);
  const leaf = door ? doorLeaf(door, room) : null;
  if (!door || !leaf) return null;

  let colour = '#5d4037';
  if (selected) colour = '#d81b60';
  // A failing pressure step stays red even when selected.
  if (failing) colour = '#e53935';

  return (
    <Line
      name={`door door-${door.id}`}
      points={[leaf.a.x, leaf.a.y, leaf.b.x, leaf.b.y]}
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
