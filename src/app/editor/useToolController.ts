import { useMemo } from 'react';
import { translate, useLocaleStore } from '../i18n';
import { useEditorStore, type ToolId } from './editorStore';
import { editorStrings } from './strings';
import { DoorTool } from './tools/doorTool';
import { PanTool } from './tools/panTool';
import { PolygonTool } from './tools/polygonTool';
import { RectTool } from './tools/rectTool';
import { SelectTool } from './tools/selectTool';
import { createStoreContext } from './tools/storeContext';
import type { EditorTool, ToolContext } from './tools/types';
import { panBy } from './viewport';

export interface ToolController {
  readonly context: ToolContext;
  readonly tools: { readonly select: SelectTool; readonly rect: RectTool; readonly polygon: PolygonTool; readonly door: DoorTool; readonly pan: PanTool };
  active(): EditorTool;
  /** Runs one event on a tool, then publishes its preview so overlays redraw. */
  run(tool: EditorTool, event: (tool: EditorTool) => void): void;
  switchTool(toolId: ToolId): void;
}

/** Creates one set of tool instances per editor, wired to the project store and the editor view store. */
export function useToolController(): ToolController {
  return useMemo(() => {
    const context = createStoreContext({
      snapStepMm: () => useEditorStore.getState().snapStepMm,
      pxPerMm: () => useEditorStore.getState().viewport.scale,
      formatRoomName: (n) => translate(editorStrings, useLocaleStore.getState().locale, 'roomName', { n }),
      panBy: (dx, dy) => {
        const view = useEditorStore.getState();
        view.setViewport(panBy(view.viewport, dx, dy));
      },
    });
    const tools = {
      select: new SelectTool(context),
      rect: new RectTool(context),
      polygon: new PolygonTool(context),
      door: new DoorTool(context),
      pan: new PanTool(context),
    };
    const active = () => tools[useEditorStore.getState().toolId];
    const publish = (tool: EditorTool) => {
      const preview = tool.preview();
      const view = useEditorStore.getState();
      view.setMovePreview(preview?.kind === 'move' ? { roomId: preview.roomId, dx: preview.dx, dy: preview.dy } : null);
      view.bumpToolRevision();
    };
    return {
      context,
      tools,
      active,
      run(tool, event) {
        event(tool);
        publish(tool);
      },
      switchTool(toolId) {
        active().cancel();
        useEditorStore.getState().setTool(toolId);
        publish(tools[toolId]);
      },
    };
  }, []);
}
