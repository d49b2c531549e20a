import { memo } from 'react';
import { Group, Line, Text } from './konva';
import { useProjectStore } from '../store/projectStore';
import { useLocaleStore } from '../i18n';
import { formatNumber } from '../../i18n/format';
import { polygonAreaM2, polygonBounds } from './geometry';
import { LEGEND_COLOURS, legendKeyOf } from './roomStyle';
import { roomsById } from './roomIndex';
import { currentZoom, isLabelVisible, ROOM_LABEL, ROOM_WIDTH_ATTR, SCREEN_SIZED } from './screenSized';

const LABEL_FONT_PX = 12;
const LABEL_PADDING_PX = 6;

/** Formats a pressure with its sign, as pressure cascades are read: `+15 Pa`, `−10 Pa`, `0 Pa`. */
export function formatSignedPressure(pressurePa: number, format: (value: number) => string): string {
  if (pressurePa > 0) return `+${format(pressurePa)} Pa`;
  if (pressurePa < 0) return `−${format(-pressurePa)} Pa`;
  return '0 Pa';
}

interface RoomShapeProps {
  readonly roomId: string;
  /** Translation (mm) applied while the room is being dragged, before the move is committed. */
  readonly dragOffset: { readonly dx: number; readonly dy: number } | null;
}

/**
 * Draws one room: the outline filled by class, and a label with name, area and pressure. The
 * label keeps its screen size at every zoom (see `SCREEN_SIZED`).
 */
function RoomShapeComponent({ roomId, dragOffset }: RoomShapeProps) {
  const room = useProjectStore((state) => roomsById(state.project.rooms).get(roomId));
  const selected = useProjectStore((state) => state.selection?.kind === 'room' && state.selection.id === roomId);
  const locale = useLocaleStore((state) => state.locale);
  if (!room) return null;

  const legendKey = legendKeyOf(room.cleanliness);
  const points = room.polygon.flatMap((point) => [point.x, point.y]);
  const bounds = polygonBounds(room.polygon);
  const format = (value: number) => formatNumber(value, locale, 1);
  // A room imported without an area has a placeholder outline whose area means nothing.
  const areaText = room.areaKnown === false ? '? m²' : `${format(polygonAreaM2(room.polygon))} m²`;
  const labelLines = [room.name, areaText];
  const zoom = currentZoom();
  const roomWidthMm = bounds.maxX - bounds.minX;
  if (room.design.pressurePa !== null) labelLines.push(formatSignedPressure(room.design.pressurePa, format));

  return (
    <Group name="room" roomId={room.id} x={dragOffset?.dx ?? 0} y={dragOffset?.dy ?? 0}>
      <Line
        name="room-outline"
        points={points}
        closed
        fill={LEGEND_COLOURS[legendKey]}
        opacity={legendKey === 'none' ? 1 : 0.85}
        stroke={selected ? '#d81b60' : '#37474f'}
        strokeWidth={selected ? 3 : 1.5}
        strokeScaleEnabled={false}
        dash={legendKey === 'none' ? [6, 4] : undefined}
        perfectDrawEnabled={false}
      />
      <Text
        name={`${ROOM_LABEL} ${SCREEN_SIZED}`}
        {...{ [ROOM_WIDTH_ATTR]: roomWidthMm }}
        visible={isLabelVisible(roomWidthMm, zoom)}
        listening={false}
        x={bounds.minX}
        y={bounds.minY}
        scaleX={1 / zoom}
        scaleY={1 / zoom}
        padding={LABEL_PADDING_PX}
        text={labelLines.join('\n')}
        fontSize={LABEL_FONT_PX}
        lineHeight={1.25}
        fill="#212121"
        perfectDrawEnabled={false}
      />
    </Group>
  );
}

export const RoomShape = memo(RoomShapeComponent);
