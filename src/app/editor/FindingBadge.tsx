import { memo } from 'react';
import { Circle, Group, Text } from './konva';
import type { KonvaEventObject } from 'konva/lib/Node';
import { useProjectStore } from '../store/projectStore';
import { polygonBounds } from './geometry';
import { roomsById } from './roomIndex';
import { currentZoom, SCREEN_SIZED } from './screenSized';
import type { RoomMarker } from './findingMarkers';

const BADGE_RADIUS_PX = 10;
const BADGE_FONT_PX = 11;

interface FindingBadgeProps {
  readonly marker: RoomMarker;
}

/**
 * Badge at a room's top-right corner: red with the count of failing findings, or grey with the
 * count of findings that cannot be evaluated when none fails. A press selects the room.
 */
function FindingBadgeComponent({ marker }: FindingBadgeProps) {
  const room = useProjectStore((state) => roomsById(state.project.rooms).get(marker.roomId));
  if (!room) return null;

  const bounds = polygonBounds(room.polygon);
  const radius = BADGE_RADIUS_PX;
  const inset = radius * 1.4;
  const failing = marker.failures > 0;
  const count = failing ? marker.failures : marker.cannotEvaluate;
  const select = (event: KonvaEventObject<PointerEvent>) => {
    event.cancelBubble = true;
    useProjectStore.getState().select({ kind: 'room', id: marker.roomId });
  };

  return (
    <Group
      name={`finding-badge ${SCREEN_SIZED}`}
      x={bounds.maxX}
      y={bounds.minY}
      scaleX={1 / currentZoom()}
      scaleY={1 / currentZoom()}
      onPointerDown={select}
    >
      <Circle x={-inset} y={inset} radius={radius} fill={failing ? '#e53935' : '#9e9e9e'} stroke="#ffffff" strokeWidth={1.5} perfectDrawEnabled={false} />
      <Text
        text={String(count)}
        fontSize={BADGE_FONT_PX}
        fill="#ffffff"
        fontStyle="bold"
        width={radius * 2}
        height={radius * 2}
        x={-inset - radius}
        y={inset - radius}
        align="center"
        verticalAlign="middle"
        listening={false}
        perfectDrawEnabled={false}
      />
    </Group>
  );
}

export const FindingBadge = memo(FindingBadgeComponent);
