import { memo } from 'react';
import type { Context } from 'konva/lib/Context';
import type { Shape as KonvaShape } from 'konva/lib/Shape';
import type { Door, Room } from '../../domain/project';
import type { AirsideResult, DoorFlow, RoomAirside } from '../../engine/airside/types';
import { formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/locale';
import { airflowOverlayText } from '../i18n/airflowOverlay';
import { useLocaleStore, useT } from '../i18n';
import { useProjectStore } from '../store/projectStore';
import { doorFlowArrow, formatSigned } from './airflowGeometry';
import { useAirflowOverlayStore } from './airflowOverlayStore';
import { Group, Line, Shape, Text } from './konva';
import { polygonBounds } from './geometry';
import { doorsById, roomsById } from './roomIndex';
import { currentZoom, isLabelVisible, ROOM_LABEL, ROOM_WIDTH_ATTR, SCREEN_SIZED } from './screenSized';

/*
 * Air-side overlay of the plan, drawn from `CheckResult.airside` and never computed here. Every
 * door with a known flow gets an arrow pointing to the side the air flows into, labelled with its
 * m³/h. A door whose flow rounds to zero gets the label "0 m³/h" and no arrow. A door the check
 * could not solve gets a grey "? m³/h" and no arrow. Each room gets its pressure (Pa) and offset
 * (m³/h) at its bottom-left corner. Terminals, return grilles and numbered sampling locations are
 * drawn when the toolbar toggles them on. Arrows and labels keep their screen size at every zoom.
 */

const ARROW_COLOUR = '#0d47a1';
const UNKNOWN_COLOUR = '#757575';
const LABEL_FONT_PX = 12;
const LABEL_PADDING_PX = 6;
const LABEL_LINE_HEIGHT = 1.25;
/** Arrow length on screen (px): the tail sits this far behind the door centre, the tip this far ahead. */
const ARROW_TAIL_PX = 16;
const ARROW_TIP_PX = 18;
const ARROW_HEAD_PX = 8;
/** Width (px) reserved for a flow label, so that it can be right-aligned or centred on its anchor. */
const FLOW_LABEL_WIDTH_PX = 96;
const TERMINAL_PX = 8;
const GRILLE_PX = 7;
const SAMPLING_RADIUS_PX = 7;

function formatFlow(value: number, locale: Locale): string {
  return `${formatNumber(Math.abs(value), locale, 0)} m³/h`;
}

/** Gap (px) between the arrow tip and its label. */
const LABEL_GAP_PX = 4;

/**
 * Returns where a flow label goes relative to the door centre (px). With an arrow, the label sits
 * past the tip in the receiving room, so it covers neither the door leaf nor the arrow. Without
 * one, it sits above and right of the door centre.
 */
function flowLabelPlacement(direction: { readonly x: number; readonly y: number } | null): { x: number; y: number; align: 'left' | 'center' | 'right' } {
  if (direction === null) return { x: LABEL_GAP_PX, y: -LABEL_FONT_PX - LABEL_GAP_PX, align: 'left' };
  const tip = { x: direction.x * ARROW_TIP_PX, y: direction.y * ARROW_TIP_PX };
  if (Math.abs(direction.x) >= Math.abs(direction.y)) {
    const y = tip.y - LABEL_FONT_PX / 2;
    if (direction.x > 0) return { x: tip.x + LABEL_GAP_PX, y, align: 'left' };
    return { x: tip.x - LABEL_GAP_PX - FLOW_LABEL_WIDTH_PX, y, align: 'right' };
  }
  const x = tip.x - FLOW_LABEL_WIDTH_PX / 2;
  if (direction.y > 0) return { x, y: tip.y + LABEL_GAP_PX, align: 'center' };
  return { x, y: tip.y - LABEL_GAP_PX - LABEL_FONT_PX, align: 'center' };
}

interface DoorFlowMarkerProps {
  readonly flow: DoorFlow;
  readonly door: Door;
  readonly roomA: Room | undefined;
  readonly locale: Locale;
  readonly unknownText: string;
}

/** Arrow and m³/h label of one door, at the door centre. */
function DoorFlowMarker({ flow, door, roomA, locale, unknownText }: DoorFlowMarkerProps) {
  if (!door.position) return null;
  const arrow = doorFlowArrow(door, roomA, flow);
  const known = flow.flowM3h !== null;
  const text = known ? formatFlow(flow.flowM3h as number, locale) : unknownText;
  const zoom = currentZoom();

  const label = flowLabelPlacement(arrow?.direction ?? null);

  return (
    <Group name={`door-flow door-flow-${door.id} ${SCREEN_SIZED}`} x={door.position.x} y={door.position.y} scaleX={1 / zoom} scaleY={1 / zoom} listening={false}>
      {arrow ? <FlowArrow direction={arrow.direction} /> : null}
      <Text
        name="door-flow-label"
        text={text}
        x={label.x}
        y={label.y}
        width={FLOW_LABEL_WIDTH_PX}
        align={label.align}
        fontSize={LABEL_FONT_PX}
        fontStyle="bold"
        fill={known ? ARROW_COLOUR : UNKNOWN_COLOUR}
        perfectDrawEnabled={false}
      />
    </Group>
  );
}

function FlowArrow({ direction }: { readonly direction: { readonly x: number; readonly y: number } }) {
  const across = { x: -direction.y, y: direction.x };
  const tip = { x: direction.x * ARROW_TIP_PX, y: direction.y * ARROW_TIP_PX };
  const base = { x: tip.x - direction.x * ARROW_HEAD_PX, y: tip.y - direction.y * ARROW_HEAD_PX };
  const halfHead = ARROW_HEAD_PX / 2;
  return (
    <>
      <Line
        name="door-flow-arrow"
        points={[-direction.x * ARROW_TAIL_PX, -direction.y * ARROW_TAIL_PX, base.x, base.y]}
        stroke={ARROW_COLOUR}
        strokeWidth={2.5}
        perfectDrawEnabled={false}
      />
      <Line
        points={[tip.x, tip.y, base.x + across.x * halfHead, base.y + across.y * halfHead, base.x - across.x * halfHead, base.y - across.y * halfHead]}
        closed
        fill={ARROW_COLOUR}
        perfectDrawEnabled={false}
      />
    </>
  );
}

/** Pressure and offset of one room, and its airlock type when it is one, at the bottom-left corner of its bounding box. */
function RoomAirsideLabel({ room, airside, locale, offsetText, airlockText }: { readonly room: Room; readonly airside: RoomAirside; readonly locale: Locale; offsetText(value: string): string; readonly airlockText: string | null }) {
  const bounds = polygonBounds(room.polygon);
  const zoom = currentZoom();
  const roomWidthMm = bounds.maxX - bounds.minX;
  const pressure = airside.pressurePa === null ? '? Pa' : `${formatSigned(airside.pressurePa, (value) => formatNumber(value, locale, 1))} Pa`;
  const offset = airside.offsetM3h === null ? '? m³/h' : `${formatSigned(airside.offsetM3h, (value) => formatNumber(value, locale, 0))} m³/h`;
  const lines = airlockText === null ? [pressure, offsetText(offset)] : [pressure, offsetText(offset), airlockText];
  const heightPx = lines.length * LABEL_FONT_PX * LABEL_LINE_HEIGHT + 2 * LABEL_PADDING_PX;

  return (
    <Text
      name={`${ROOM_LABEL} ${SCREEN_SIZED} room-airside room-airside-${room.id}`}
      {...{ [ROOM_WIDTH_ATTR]: roomWidthMm }}
      visible={isLabelVisible(roomWidthMm, zoom)}
      x={bounds.minX}
      y={bounds.maxY}
      offsetY={heightPx}
      scaleX={1 / zoom}
      scaleY={1 / zoom}
      padding={LABEL_PADDING_PX}
      text={lines.join('\n')}
      fontSize={LABEL_FONT_PX}
      lineHeight={LABEL_LINE_HEIGHT}
      fill={ARROW_COLOUR}
      listening={false}
      perfectDrawEnabled={false}
    />
  );
}

interface PlacementsProps {
  readonly airside: RoomAirside;
  readonly showTerminals: boolean;
  readonly showSampling: boolean;
}

/**
 * Terminals (filled squares), return grilles (open squares) and sampling locations (numbered dots)
 * of one room as a single shape. Positions are plan millimetres. Marker sizes are screen pixels,
 * divided by the shape's absolute scale at draw time so that they keep their size at every zoom.
 */
function RoomPlacements({ airside, showTerminals, showSampling }: PlacementsProps) {
  const terminals = showTerminals ? (airside.terminals?.positionsMm ?? []) : [];
  const grilles = showTerminals ? (airside.returnGrilles?.positionsMm ?? []) : [];
  const sampling = showSampling ? (airside.sampling?.positionsMm ?? []) : [];
  if (terminals.length + grilles.length + sampling.length === 0) return null;

  const draw = (context: Context, shape: KonvaShape) => {
    const pxToMm = 1 / shape.getAbsoluteScale().x;
    context.setAttr('lineWidth', 1.5 * pxToMm);

    const terminalSize = TERMINAL_PX * pxToMm;
    context.setAttr('fillStyle', '#81d4fa');
    context.setAttr('strokeStyle', '#01579b');
    for (const point of terminals) {
      context.beginPath();
      context.rect(point.x - terminalSize / 2, point.y - terminalSize / 2, terminalSize, terminalSize);
      context.fill();
      context.stroke();
    }

    const grilleSize = GRILLE_PX * pxToMm;
    context.setAttr('strokeStyle', '#e65100');
    for (const point of grilles) {
      context.beginPath();
      context.rect(point.x - grilleSize / 2, point.y - grilleSize / 2, grilleSize, grilleSize);
      context.stroke();
    }

    const radius = SAMPLING_RADIUS_PX * pxToMm;
    context.setAttr('font', `bold ${10 * pxToMm}px sans-serif`);
    context.setAttr('textAlign', 'center');
    context.setAttr('textBaseline', 'middle');
    sampling.forEach((point, index) => {
      context.beginPath();
      context.arc(point.x, point.y, radius, 0, 2 * Math.PI, false);
      context.setAttr('fillStyle', '#6a1b9a');
      context.fill();
      context.setAttr('fillStyle', '#ffffff');
      context.fillText(String(index + 1), point.x, point.y);
    });
  };

  return (
    <Shape
      name={`airside-placements airside-placements-${airside.roomId}`}
      sceneFunc={draw}
      terminalCount={terminals.length}
      grilleCount={grilles.length}
      samplingCount={sampling.length}
      listening={false}
      perfectDrawEnabled={false}
    />
  );
}

export interface AirflowLayerProps {
  /** Air-side result of the last check; nothing is drawn while it is absent. */
  readonly airside: AirsideResult | undefined;
}

/**
 * Renders the air-side overlay: door arrows, room pressure and offset labels, terminals and sampling locations.
 * NOTE: unlike the rooms layer it draws every room and door, also outside the viewport above 300 rooms.
 */
function AirflowLayerComponent({ airside }: AirflowLayerProps) {
  const t = useT(airflowOverlayText);
  const locale = useLocaleStore((state) => state.locale);
  const doors = useProjectStore((state) => state.project.doors);
  const rooms = useProjectStore((state) => state.project.rooms);
  const showTerminals = useAirflowOverlayStore((state) => state.showTerminals);
  const showSampling = useAirflowOverlayStore((state) => state.showSampling);
  if (!airside) return null;

  const doorIndex = doorsById(doors);
  const roomIndex = roomsById(rooms);
  const offsetText = (value: string) => t('offsetLabel', { value });
  const airlockTypes = new Map(airside.airlocks.map((airlock) => [airlock.roomId, airlock.type]));
  const airlockText = (roomId: string) => {
    const type = airlockTypes.get(roomId);
    return type === undefined ? null : t(`airlock${type}`);
  };

  return (
    <Group name="airflow-layer">
      {airside.rooms.map((roomAirside) => (
        <RoomPlacements key={`placements-${roomAirside.roomId}`} airside={roomAirside} showTerminals={showTerminals} showSampling={showSampling} />
      ))}
      {airside.doors.map((flow) => {
        const door = doorIndex.get(flow.doorId);
        if (!door) return null;
        return <DoorFlowMarker key={flow.doorId} flow={flow} door={door} roomA={roomIndex.get(door.roomA)} locale={locale} unknownText={t('unknownFlow')} />;
      })}
      {airside.rooms.map((roomAirside) => {
        const room = roomIndex.get(roomAirside.roomId);
        if (!room) return null;
        return <RoomAirsideLabel key={`label-${room.id}`} room={room} airside={roomAirside} locale={locale} offsetText={offsetText} airlockText={airlockText(room.id)} />;
      })}
    </Group>
  );
}

export const AirflowLayer = memo(AirflowLayerComponent);
