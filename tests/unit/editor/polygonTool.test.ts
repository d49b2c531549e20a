import { describe, expect, it } from 'vitest';
import { PolygonTool } from '../../../src/app/editor/tools/polygonTool';
import { at, createHarness } from './harness';

const L_SHAPE = [
  [0, 0],
  [4000, 0],
  [4000, 2000],
  [2000, 2000],
  [2000, 4000],
  [0, 4000],
] as const;

describe('PolygonTool', () => {
  it('closes on double-click without a duplicate vertex', () => {
    const harness = createHarness();
    const tool = new PolygonTool(harness.context);

    for (const [x, y] of L_SHAPE) tool.onPointerDown(at(x, y));
    // A double-click delivers a second press on the last vertex before the dblclick event.
    tool.onPointerDown(at(10, 4010));
    tool.onDoubleClick(at(10, 4010));

    const rooms = harness.project().rooms;
    expect(rooms).toHaveLength(1);
    expect(rooms[0]?.polygon).toEqual(L_SHAPE.map(([x, y]) => ({ x, y })));
    expect(tool.stateName).toBe('idle');
    expect(harness.historyLength()).toBe(1);
  });

  it('closes on a click on the first vertex', () => {
    const harness = createHarness();
    const tool = new PolygonTool(harness.context);

    for (const [x, y] of L_SHAPE) tool.onPointerDown(at(x, y));
    tool.onPointerDown(at(30, -20));

    expect(harness.project().rooms[0]?.polygon).toHaveLength(6);
  });

  it('closes on Enter and cancels on Escape', () => {
    const harness = createHarness();
    const tool = new PolygonTool(harness.context);

    tool.onPointerDown(at(0, 0));
    tool.onPointerDown(at(3000, 0));
    tool.onPointerDown(at(3000, 3000));
    expect(tool.onKeyDown('Enter')).toBe(true);
    expect(harness.project().rooms).toHaveLength(1);

    tool.onPointerDown(at(5000, 0));
    tool.onPointerDown(at(8000, 0));
    expect(tool.onKeyDown('Escape')).toBe(true);
    expect(tool.stateName).toBe('idle');
    expect(harness.project().rooms).toHaveLength(1);
  });

  it('rejects a self-intersecting outline', () => {
    const harness = createHarness();
    const tool = new PolygonTool(harness.context);

    // A bow tie: the edges (0,0)–(3000,3000) and (3000,0)–(0,3000) cross.
    tool.onPointerDown(at(0, 0));
    tool.onPointerDown(at(3000, 3000));
    tool.onPointerDown(at(3000, 0));
    tool.onPointerDown(at(0, 3000));
    tool.onKeyDown('Enter');

    expect(harness.project().rooms).toHaveLength(0);
    expect(tool.message()).toMatchObject({ key: 'msg_selfIntersecting', error: true });
    expect(tool.stateName).toBe('drawing');

    // Removing the last vertex leaves a valid triangle that closes.
    tool.onKeyDown('Backspace');
    tool.onKeyDown('Enter');
    expect(harness.project().rooms).toHaveLength(1);
  });

  it('rejects fewer than three vertices', () => {
    const harness = createHarness();
    const tool = new PolygonTool(harness.context);

    tool.onPointerDown(at(0, 0));
    tool.onPointerDown(at(3000, 0));
    tool.onKeyDown('Enter');

    expect(harness.project().rooms).toHaveLength(0);
    expect(tool.message()?.key).toBe('msg_tooFewVertices');
  });
});
