import { describe, expect, it } from 'vitest';
import { DoorTool } from '../../../src/app/editor/tools/doorTool';
import { findDoorPlacement, wallPiecesOf } from '../../../src/app/editor/doorPlacement';
import { useProjectStore } from '../../../src/app/store/projectStore';
import { createEmptyProject } from '../../../src/app/store/projectStore';
import { OUTSIDE } from '../../../src/domain/project';
import { at, createHarness } from './harness';
import { rectangleRoom, twoAdjacentRooms } from './fixtures';

describe('DoorTool', () => {
  it('places a door centred on the pointer along the shared wall', () => {
    const harness = createHarness(twoAdjacentRooms());
    const tool = new DoorTool(harness.context);

    tool.onPointerMove(at(4030, 1200));
    expect(tool.preview()).toMatchObject({ kind: 'door', position: { x: 4000, y: 1200 }, fits: true });
    tool.onPointerDown(at(4030, 1200));

    const doors = harness.project().doors;
    expect(doors).toHaveLength(1);
    const door = doors[0]!;
    expect(new Set([door.roomA, door.roomB])).toEqual(new Set(['left', 'right']));
    expect(door.position).toEqual({ x: 4000, y: 1200 });
    expect(door.widthMm).toBe(900);
    expect(useProjectStore.getState().selection).toEqual({ kind: 'door', id: door.id });
    expect(harness.historyLength()).toBe(1);
  });

  it('keeps the door inside the shared wall near its end', () => {
    const harness = createHarness(twoAdjacentRooms());
    const tool = new DoorTool(harness.context);

    tool.onPointerDown(at(3980, 2900));

    // The shared wall runs y 0–3000; a 900 mm leaf centred at 2900 would overhang, so it moves to 2550.
    expect(harness.project().doors[0]?.position).toEqual({ x: 4000, y: 2550 });
  });

  it('places a door to outside on an external wall', () => {
    const harness = createHarness(twoAdjacentRooms());
    const tool = new DoorTool(harness.context);

    tool.onPointerDown(at(2000, -40));

    expect(harness.project().doors[0]).toMatchObject({ roomA: 'left', roomB: OUTSIDE, position: { x: 2000, y: 0 } });
  });

  it('rejects a shared wall shorter than the door', () => {
    // The small room touches the big one along only 600 mm (y 0–600 at x = 4000).
    const project = {
      ...createEmptyProject('p', '2026-01-01'),
      rooms: [rectangleRoom('big', 0, 0, 4000, 3000), rectangleRoom('small', 4000, 0, 5000, 600)],
    };
    const harness = createHarness(project);
    const tool = new DoorTool(harness.context);

    tool.onPointerDown(at(4000, 300));

    expect(harness.project().doors).toHaveLength(0);
    expect(tool.message()).toMatchObject({ key: 'msg_wallTooShort', params: { length: 600, width: 900 }, error: true });
    expect(harness.historyLength()).toBe(0);
  });

  it('reports no wall away from every room', () => {
    const harness = createHarness(twoAdjacentRooms());
    const tool = new DoorTool(harness.context);

    tool.onPointerDown(at(2000, 1500));

    expect(harness.project().doors).toHaveLength(0);
    expect(tool.message()?.key).toBe('msg_noWall');
  });
});

describe('wallPiecesOf', () => {
  it('splits a wall into external and shared pieces', () => {
    const big = rectangleRoom('big', 0, 0, 4000, 6000);
    const neighbour = rectangleRoom('neighbour', 4000, 2000, 7000, 4000);

    const rightWall = wallPiecesOf(big, [big, neighbour]).filter((piece) => piece.segment.a.x === 4000 && piece.segment.b.x === 4000);
    const spans = rightWall.map((piece) => [piece.roomB, Math.min(piece.segment.a.y, piece.segment.b.y), Math.max(piece.segment.a.y, piece.segment.b.y)]);

    expect(spans.sort((p, q) => Number(p[1]) - Number(q[1]))).toEqual([
      [OUTSIDE, 0, 2000],
      ['neighbour', 2000, 4000],
      [OUTSIDE, 4000, 6000],
    ]);
  });

  it('finds no placement beyond the tolerance', () => {
    const rooms = twoAdjacentRooms().rooms;
    expect(findDoorPlacement({ x: 2000, y: 1500 }, rooms, 80)).toBeNull();
  });
});
