import { createEmptyProject, useProjectStore } from '../../../src/app/store/projectStore';
import type { Project } from '../../../src/domain/project';
import { createStoreContext } from '../../../src/app/editor/tools/storeContext';
import type { ToolContext, ToolPointer } from '../../../src/app/editor/tools/types';

/** Zoom used by the tool tests: 0.1 px/mm, so the 8 px snap tolerance is 80 mm. */
export const TEST_PX_PER_MM = 0.1;

export interface Harness {
  readonly context: ToolContext;
  project(): Project;
  undo(): void;
  redo(): void;
  historyLength(): number;
  panned: { dx: number; dy: number };
}

/** Resets the real project store to `project` (empty by default) and returns a tool context on it. */
export function createHarness(project: Project = createEmptyProject('test', '2026-01-01'), snapStepMm = 100): Harness {
  useProjectStore.getState().loadProject(project);
  let idCounter = 0;
  const panned = { dx: 0, dy: 0 };
  const context = createStoreContext({
    snapStepMm: () => snapStepMm,
    pxPerMm: () => TEST_PX_PER_MM,
    formatRoomName: (n) => `Room ${n}`,
    panBy: (dx, dy) => {
      panned.dx += dx;
      panned.dy += dy;
    },
    newId: () => `id-${++idCounter}`,
  });
  return {
    context,
    project: () => useProjectStore.getState().project,
    undo: () => useProjectStore.temporal.getState().undo(),
    redo: () => useProjectStore.temporal.getState().redo(),
    historyLength: () => useProjectStore.temporal.getState().pastStates.length,
    panned,
  };
}

export function at(x: number, y: number, altKey = false): ToolPointer {
  return { point: { x, y }, screen: { x: x * TEST_PX_PER_MM, y: y * TEST_PX_PER_MM }, altKey };
}
