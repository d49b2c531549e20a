import type Konva from 'konva';
import type { PointMm, Project } from '../../domain/project';
import { useProjectStore, type Selection } from '../store/projectStore';
import { useEditorStore } from './editorStore';
import { modelToScreen, screenToModel, type ScreenPoint, type Viewport } from './viewport';

/**
 * Hook for browser tests, on `window.__cleanplanEditor` while a plan editor is mounted. Page
 * coordinates are CSS pixels of the page, as Playwright's `page.mouse` takes them.
 */
export interface EditorTestHook {
  modelToScreen(xMm: number, yMm: number): ScreenPoint;
  screenToModel(x: number, y: number): PointMm;
  /** A copy of the open project; changing it changes nothing. */
  project(): Project;
  viewport(): Viewport;
  /** The current selection, a room or door id, or null. */
  selection(): Selection;
  /** Number of Konva nodes on the stage carrying this name (`room`, `door`, `finding-badge`). */
  countNodes(name: string): number;
  /** Text of each Konva node carrying this name: a Text node's own text, or its descendants' texts joined by a newline. */
  nodeTexts(name: string): string[];
}

declare global {
  interface Window {
    __cleanplanEditor?: EditorTestHook;
  }
}

function textOf(node: Konva.Node): string {
  if (node.getClassName() === 'Text') return String(node.getAttr('text'));
  const container = node as Konva.Container;
  if (typeof container.find !== 'function') return '';
  return container
    .find((child: Konva.Node) => child.getClassName() === 'Text')
    .map((child) => String(child.getAttr('text')))
    .join('\n');
}

export function installTestHook(container: HTMLElement, stage: () => Konva.Stage | null): () => void {
  const origin = () => {
    const rect = container.getBoundingClientRect();
    return { x: rect.left, y: rect.top };
  };
  const hook: EditorTestHook = {
    modelToScreen(xMm, yMm) {
      const stagePoint = modelToScreen(useEditorStore.getState().viewport, { x: xMm, y: yMm });
      const offset = origin();
      return { x: stagePoint.x + offset.x, y: stagePoint.y + offset.y };
    },
    screenToModel(x, y) {
      const offset = origin();
      return screenToModel(useEditorStore.getState().viewport, { x: x - offset.x, y: y - offset.y });
    },
    project: () => structuredClone(useProjectStore.getState().project),
    viewport: () => useEditorStore.getState().viewport,
    selection: () => useProjectStore.getState().selection,
    countNodes: (name) => stage()?.find((node: Konva.Node) => node.hasName(name)).length ?? 0,
    nodeTexts: (name) => (stage()?.find((node: Konva.Node) => node.hasName(name)) ?? []).map(textOf),
  };
  window.__cleanplanEditor = hook;
  return () => {
    if (window.__cleanplanEditor === hook) delete window.__cleanplanEditor;
  };
}
