import { describe, expect, it } from 'vitest';
import { SelectTool } from '../../../src/app/editor/tools/selectTool';
import { useProjectStore } from '../../../src/app/store/projectStore';
import { createRoom } from '../../../src/app/editor/roomFactory';
import { createEmptyProject } from '../../../src/app/store/projectStore';
import type { Door } from '../../../src/domain/project';
import { at, createHarness } from './harness';
import { twoAdjacentRooms } from './fixtures';

const SHARED_DOOR: Door = { id: 'door-1', roomA: 'left', roomB: 'right', position: { x: 4000, y: 1500 }, widthMm: 900 };

describe('SelectTool', () => {
  it('selects the room under the pointer and clears on empty space', () => {
    const harness = createHarness(twoAdjacentRooms());
    const tool = new SelectTool(harness.context);

    tool.onPointerDown(at(6000, 1000));
    tool.onPointerUp(at(6000, 1000));
    expect(useProjectStore.getState().selection).toEqual({ kind: 'room', id: 'right' });

    tool.onPointerDown(at(20000, 20000));
    expect(useProjectStore.getState().selection).toBeNull();
  });

  it('selects a door before the room around it', () => {
    const harness = createHarness(twoAdjacentRooms([SHARED_DOOR]));
    const tool = new SelectTool(harness.context);

    tool.onPointerDown(at(3950, 1800));

    expect(useProjectStore.getState().selection).toEqual({ kind: 'door', id: 'door-1' });
  });

  it('selects the room 300 mm off a door', () => {
    const harness = createHarness(twoAdjacentRooms([SHARED_DOOR]));
    const tool = new SelectTool(harness.context);

    // Within half a leaf width of the door centre, but away from the wall.
    tool.onPointerDown(at(3700, 1500));

    expect(useProjectStore.getState().selection).toEqual({ kind: 'room', id: 'left' });
  });

  it('commits a move once on release, and undo restores it', () => {
    const harness = createHarness(twoAdjacentRooms([SHARED_DOOR]));
    const tool = new SelectTool(harness.context);

    tool.onPointerDown(at(6000, 1000));
    tool.onPointerMove(at(6500, 1000));
    tool.onPointerMove(at(7000, 2000));
    tool.onPointerMove(at(8020, 3010));
    expect(tool.stateName).toBe('dragging');
    expect(tool.preview()).toEqual({ kind: 'move', roomId: 'right', dx: 2000, dy: 2000 });
    expect(harness.historyLength()).toBe(0);
    tool.onPointerUp(at(8020, 3010));

    const moved = harness.project().rooms.find((room) => room.id === 'right');
    expect(moved?.polygon[0]).toEqual({ x: 6000, y: 2000 });
    expect(harness.project().doors[0]?.position).toEqual({ x: 6000, y: 3500 });
    expect(harness.historyLength()).toBe(1);

    harness.undo();
    expect(harness.project().rooms.find((room) => room.id === 'right')?.polygon[0]).toEqual({ x: 4000, y: 0 });
    expect(harness.project().doors[0]?.position).toEqual({ x: 4000, y: 1500 });
  });

  it('snaps a moved room against a neighbour vertex', () => {
    const harness = createHarness(twoAdjacentRooms());
    const tool = new SelectTool(harness.context);

    // Drag "right" so that its top-left corner passes 40 mm from the left room's top-right corner (4000, 0).
    tool.onPointerDown(at(6000, 1000));
    tool.onPointerMove(at(6040, 5000));
    tool.onPointerMove(at(6040, 1030));
    tool.onPointerUp(at(6040, 1030));

    expect(harness.project().rooms.find((room) => room.id === 'right')?.polygon[0]).toEqual({ x: 4000, y: 0 });
  });

  it('moves nothing on a click without drag', () => {
    const harness = createHarness(twoAdjacentRooms());
    const tool = new SelectTool(harness.context);

    tool.onPointerDown(at(6000, 1000));
    tool.onPointerMove(at(6010, 1000));
    tool.onPointerUp(at(6010, 1000));

    expect(harness.historyLength()).toBe(0);
  });

  it('deletes a room with its doors, and undo restores both', () => {
    const harness = createHarness(twoAdjacentRooms([SHARED_DOOR]));
    const tool = new SelectTool(harness.context);

    tool.onPointerDown(at(1000, 1000));
    tool.onPointerUp(at(1000, 1000));
    expect(tool.onKeyDown('Delete')).toBe(true);

    expect(harness.project().rooms.map((room) => room.id)).toEqual(['right']);
    expect(harness.project().doors).toHaveLength(0);
    expect(useProjectStore.getState().selection).toBeNull();

    harness.undo();
    expect(harness.project().rooms.map((room) => room.id)).toEqual(['left', 'right']);
    expect(harness.project().doors).toEqual([SHARED_DOOR]);
  });

  it('deletes a selected door only', () => {
    const harness = createHarness(twoAdjacentRooms([SHARED_DOOR]));
    const tool = new SelectTool(harness.context);

    tool.onPointerDown(at(4000, 1500));
    tool.onKeyDown('Backspace');

    expect(harness.project().doors).toHaveLength(0);
    expect(harness.project().rooms).toHaveLength(2);
  });

  it('clears the selection on Escape', () => {
    const harness = createHarness(twoAdjacentRooms());
    const tool = new SelectTool(harness.context);

    tool.onPointerDown(at(1000, 1000));
    tool.onPointerUp(at(1000, 1000));
    tool.onKeyDown('Escape');

    expect(useProjectStore.getState().selection).toBeNull();
  });

  it('drags a polygon vertex handle in one undo step', () => {
    const triangle = createRoom('tri', 'tri', [
      { x: 0, y: 0 },
      { x: 4000, y: 0 },
      { x: 0, y: 3000 },
    ]);
    const harness = createHarness({ ...createEmptyProject('p', '2026-01-01'), rooms: [triangle] });
    const tool = new SelectTool(harness.context);

    tool.onPointerDown(at(500, 500));
    tool.onPointerUp(at(500, 500));
    tool.onPointerDown(at(4010, 10));
    expect(tool.stateName).toBe('draggingVertex');
    tool.onPointerMove(at(5020, 980));
    tool.onPointerUp(at(5020, 980));

    expect(harness.project().rooms[0]?.polygon[1]).toEqual({ x: 5000, y: 1000 });
    expect(harness.historyLength()).toBe(1);
    harness.undo();
    expect(harness.project().rooms[0]?.polygon[1]).toEqual({ x: 4000, y: 0 });
  });

  it('rejects a vertex drag that makes the outline cross itself', () => {
    const square = createRoom('sq', 'sq', [
      { x: 0, y: 0 },
      { x: 4000, y: 0 },
      { x: 4000, y: 4000 },
      { x: 2000, y: 4000 },
      { x: 0, y: 4000 },
    ]);
    const harness = createHarness({ ...createEmptyProject('p', '2026-01-01'), rooms: [square] });
    const tool = new SelectTool(harness.context);

    tool.onPointerDown(at(1000, 1000));
    tool.onPointerUp(at(1000, 1000));
    tool.onPointerDown(at(0, 0));
    tool.onPointerMove(at(6000, 2000));
    tool.onPointerUp(at(6000, 2000));

    expect(harness.project().rooms[0]?.polygon[0]).toEqual({ x: 0, y: 0 });
    expect(tool.message()?.key).toBe('msg_selfIntersecting');
    expect(harness.historyLength()).toBe(0);
  });
});
