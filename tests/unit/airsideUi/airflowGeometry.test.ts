import { describe, expect, it } from 'vitest';
import { EMPTY_DESIGN, type Door, type Room } from '../../../src/domain/project';
import type { DoorFlow } from '../../../src/engine/airside/types';
import { doorFlowArrow, formatSigned } from '../../../src/app/editor/airflowGeometry';

/** Rooms A (0–4 m) and B (4–8 m) side by side, sharing the wall x = 4000 mm; y points down. */
function room(id: string, minX: number): Room {
  return {
    id,
    name: id,
    use: null,
    polygon: [
      { x: minX, y: 0 },
      { x: minX + 4000, y: 0 },
      { x: minX + 4000, y: 3000 },
      { x: minX, y: 3000 },
    ],
    clearHeightM: 2.7,
    cleanliness: null,
    classLabel: null,
    airflowPattern: null,
    containment: false,
    design: EMPTY_DESIGN,
  };
}

const roomA = room('a', 0);
const door: Door = { id: 'd', roomA: 'a', roomB: 'b', position: { x: 4000, y: 1500 }, widthMm: 900 };

function flow(from: string, to: string, flowM3h: number | null): DoorFlow {
  return { doorId: 'd', from, to, leakageAreaM2: 0.01, dpPa: 10, flowM3h };
}

describe('doorFlowArrow', () => {
  it('points from A into B for a positive A→B flow', () => {
    const arrow = doorFlowArrow(door, roomA, flow('a', 'b', 120));
    expect(arrow?.at).toEqual({ x: 4000, y: 1500 });
    expect(arrow?.direction.x).toBeCloseTo(1, 9);
    expect(arrow?.direction.y).toBeCloseTo(0, 9);
  });

  it('points into A for a positive B→A flow', () => {
    const arrow = doorFlowArrow(door, roomA, flow('b', 'a', 120));
    expect(arrow?.direction.x).toBeCloseTo(-1, 9);
  });

  it('reverses for a negative flow', () => {
    const arrow = doorFlowArrow(door, roomA, flow('a', 'b', -80));
    expect(arrow?.direction.x).toBeCloseTo(-1, 9);
  });

  it('points outdoors for a door to outside', () => {
    const external: Door = { id: 'd', roomA: 'a', roomB: 'outside', position: { x: 2000, y: 0 }, widthMm: 900 };
    const arrow = doorFlowArrow(external, roomA, flow('a', 'outside', 50));
    expect(arrow?.direction.y).toBeCloseTo(-1, 9);
    expect(arrow?.direction.x).toBeCloseTo(0, 9);
  });

  it('draws no arrow for unknown or zero flow', () => {
    expect(doorFlowArrow(door, roomA, flow('a', 'b', null))).toBeNull();
    expect(doorFlowArrow(door, roomA, flow('a', 'b', 0.2))).toBeNull();
    expect(doorFlowArrow(door, roomA, flow('a', 'b', -0.2))).toBeNull();
  });

  it('draws no arrow for a door without position', () => {
    expect(doorFlowArrow({ ...door, position: null }, roomA, flow('a', 'b', 120))).toBeNull();
  });
});

describe('formatSigned', () => {
  const format = (value: number) => value.toFixed(0);
  it('signs positive and negative values', () => {
    expect(formatSigned(240, format)).toBe('+240');
    expect(formatSigned(-35, format)).toBe('−35');
  });
  it('prints values that round to zero unsigned', () => {
    expect(formatSigned(0, format)).toBe('0');
    expect(formatSigned(-0.2, format)).toBe('0');
  });
});
