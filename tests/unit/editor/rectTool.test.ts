import { describe, expect, it } from 'vitest';
import { RectTool } from '../../../src/app/editor/tools/rectTool';
import { DEFAULT_CLEAR_HEIGHT_M } from '../../../src/app/editor/roomFactory';
import { useProjectStore } from '../../../src/app/store/projectStore';
import { at, createHarness } from './harness';
import { rectangleRoom } from './fixtures';
import { createEmptyProject } from '../../../src/app/store/projectStore';

describe('RectTool', () => {
  it('creates a snapped room in one undo step', () => {
    const harness = createHarness();
    const tool = new RectTool(harness.context);

    tool.onPointerDown(at(1030, 990));
    expect(tool.stateName).toBe('pointing');
    tool.onPointerMove(at(3000, 2000));
    expect(tool.stateName).toBe('drawing');
    tool.onPointerMove(at(7040, 5380));
    expect(tool.preview()).toEqual({
      kind: 'rect',
      polygon: [
        { x: 1000, y: 1000 },
        { x: 7000, y: 1000 },
        { x: 7000, y: 5400 },
        { x: 1000, y: 5400 },
      ],
    });
    tool.onPointerUp(at(7040, 5380));

    expect(tool.stateName).toBe('idle');
    const rooms = harness.project().rooms;
    expect(rooms).toHaveLength(1);
    const room = rooms[0]!;
    expect(room.polygon).toEqual([
      { x: 1000, y: 1000 },
      { x: 7000, y: 1000 },
      { x: 7000, y: 5400 },
      { x: 1000, y: 5400 },
    ]);
    expect(room.name).toBe('Room 1');
    expect(room.cleanliness).toBeNull();
    expect(room.design.ach).toBeNull();
    expect(room.clearHeightM).toBe(DEFAULT_CLEAR_HEIGHT_M);
    expect(useProjectStore.getState().selection).toEqual({ kind: 'room', id: room.id });
    expect(harness.historyLength()).toBe(1);

    harness.undo();
    expect(harness.project().rooms).toHaveLength(0);
    harness.redo();
    expect(harness.project().rooms).toHaveLength(1);
  });

  it('creates nothing for a drag under the minimum size', () => {
    const harness = createHarness();
    const tool = new RectTool(harness.context);

    tool.onPointerDown(at(0, 0));
    tool.onPointerMove(at(5000, 200));
    tool.onPointerUp(at(5000, 200));

    expect(harness.project().rooms).toHaveLength(0);
    expect(harness.historyLength()).toBe(0);
    expect(tool.message()?.key).toBe('msg_rectTooSmall');
  });

  it('ignores snapping while Alt is held', () => {
    const harness = createHarness();
    const tool = new RectTool(harness.context);

    tool.onPointerDown(at(1033, 987, true));
    tool.onPointerMove(at(4021, 3012, true));
    tool.onPointerUp(at(4021, 3012, true));

    expect(harness.project().rooms[0]?.polygon[0]).toEqual({ x: 1033, y: 987 });
    expect(harness.project().rooms[0]?.polygon[2]).toEqual({ x: 4021, y: 3012 });
  });

  it('creates typed dimensions at the pressed point', () => {
    const harness = createHarness();
    const tool = new RectTool(harness.context);

    tool.onPointerDown(at(2000, 1000));
    tool.onPointerUp(at(2000, 1000));
    expect(tool.stateName).toBe('anchored');
    expect(tool.dimensionAnchor()).toEqual({ x: 2000, y: 1000 });

    expect(tool.createWithDimensions(6000, 5400)).toBe(true);
    expect(harness.project().rooms[0]?.polygon).toEqual([
      { x: 2000, y: 1000 },
      { x: 8000, y: 1000 },
      { x: 8000, y: 6400 },
      { x: 2000, y: 6400 },
    ]);
    expect(harness.historyLength()).toBe(1);
  });

  it('names new rooms after the existing ones', () => {
    const project = { ...createEmptyProject('p', '2026-01-01'), rooms: [rectangleRoom('Room 2', 0, 0, 1000, 1000)] };
    const harness = createHarness(project);
    const tool = new RectTool(harness.context);

    tool.onPointerDown(at(2000, 0));
    tool.onPointerMove(at(4000, 2000));
    tool.onPointerUp(at(4000, 2000));

    expect(harness.project().rooms.map((room) => room.name)).toEqual(['Room 2', 'Room 3']);
  });
});
