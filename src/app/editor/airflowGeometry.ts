import type { Door, PointMm, Room } from '../../domain/project';
import type { DoorFlow } from '../../engine/airside/types';
import { nearestEdgeOf } from './doorGeometry';
import { pointInPolygon, segmentLength } from './geometry';

/**
 * Flows smaller than this (m³/h) print as 0 m³/h without an arrow: at that size the rounded label
 * reads 0 and a direction would mean nothing.
 */
export const NO_FLOW_BELOW_M3H = 0.5;

/** How far (mm) off the wall the side test probes, small enough to stay inside a thin room. */
const SIDE_PROBE_MM = 10;

/** Where and which way to draw a door's airflow arrow: the door centre and a unit vector on the plan (y down). */
export interface DoorArrow {
  readonly at: PointMm;
  readonly direction: PointMm;
}

/** Unit normal of the wall under the door, pointing into `roomA`; null when the door has no position or wall. */
function normalIntoRoomA(door: Door, roomA: Room): PointMm | null {
  if (!door.position) return null;
  const wall = nearestEdgeOf(door.position, roomA.polygon);
  if (!wall) return null;

  const length = segmentLength(wall);
  const normal = { x: -(wall.b.y - wall.a.y) / length, y: (wall.b.x - wall.a.x) / length };
  const probe = { x: door.position.x + normal.x * SIDE_PROBE_MM, y: door.position.y + normal.y * SIDE_PROBE_MM };
  return pointInPolygon(probe, roomA.polygon) ? normal : { x: -normal.x, y: -normal.y };
}

/**
 * Returns the arrow for the air crossing `door`, pointing to the side the air flows into. Returns
 * null when the flow is unknown, below `NO_FLOW_BELOW_M3H`, or the door cannot be placed on a wall.
 * `flow.flowM3h` is positive from `flow.from` to `flow.to`, whichever order the door stores its rooms in.
 */
export function doorFlowArrow(door: Door, roomA: Room | undefined, flow: DoorFlow): DoorArrow | null {
  if (flow.flowM3h === null || Math.abs(flow.flowM3h) < NO_FLOW_BELOW_M3H) return null;
  if (!roomA || !door.position) return null;
  const intoRoomA = normalIntoRoomA(door, roomA);
  if (!intoRoomA) return null;

  const receivingSide = flow.flowM3h > 0 ? flow.to : flow.from;
  const towardsRoomA = receivingSide === door.roomA;
  const direction = towardsRoomA ? intoRoomA : { x: -intoRoomA.x, y: -intoRoomA.y };
  return { at: door.position, direction };
}

/** Formats a signed quantity as cascades are read: `+240`, `−35`, `0`. The minus is U+2212. */
export function formatSigned(value: number, format: (magnitude: number) => string): string {
  const text = format(Math.abs(value));
  if (text === format(0)) return text;
  return value > 0 ? `+${text}` : `−${text}`;
}
