import { useEffect, useRef } from 'react';
import { useProjectStore } from '../store/projectStore';
import { useEditorStore, type ToolId } from './editorStore';
import { deleteSelection } from './tools/commands';
import type { ToolController } from './useToolController';

const TOOL_KEYS: Readonly<Record<string, ToolId>> = { v: 'select', r: 'rect', p: 'polygon', d: 'door', h: 'pan' };

/** True while focus is in a form field or a dialog, where the editor must not take keys. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('dialog, [role="dialog"]')) return true;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function undo(controller: ToolController): void {
  controller.active().cancel();
  useProjectStore.temporal.getState().undo();
}

export function redo(controller: ToolController): void {
  controller.active().cancel();
  useProjectStore.temporal.getState().redo();
}

interface EditorKeyOptions {
  readonly controller: ToolController;
  /** Called with the first character when a digit is typed while the rectangle tool is active. */
  onDimensionKey(character: string): void;
}

/**
 * Keyboard shortcuts of the plan editor, on the window: tool keys (V, R, P, D, H), undo
 * (Ctrl/Cmd+Z), redo (Ctrl+Y, Ctrl/Cmd+Shift+Z), Delete/Backspace, Escape, Enter for tools,
 * Space held for panning, and digits that open the dimension input. Keys typed into form
 * fields are left alone. Returns a ref that is true while Space is held.
 */
export function useEditorKeys({ controller, onDimensionKey }: EditorKeyOptions) {
  const spaceHeld = useRef(false);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTypingTarget(event.target)) return;
      const modifier = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();

      if (modifier && key === 'z') {
        event.preventDefault();
        if (event.shiftKey) redo(controller);
        else undo(controller);
        return;
      }
      if (modifier && key === 'y') {
        event.preventDefault();
        redo(controller);
        return;
      }
      if (modifier || event.altKey) return;

      if (event.key === ' ') {
        event.preventDefault();
        spaceHeld.current = true;
        return;
      }
      let handled = false;
      controller.run(controller.active(), (tool) => {
        handled = tool.onKeyDown(event.key);
      });
      if (handled) {
        event.preventDefault();
        return;
      }
      if (event.key === 'Delete' || event.key === 'Backspace') {
        event.preventDefault();
        deleteSelection(controller.context);
        return;
      }
      if (event.key === 'Escape') {
        controller.context.select(null);
        return;
      }
      if (useEditorStore.getState().toolId === 'rect' && /^[0-9.]$/.test(event.key)) {
        event.preventDefault();
        onDimensionKey(event.key);
        return;
      }
      const toolId = TOOL_KEYS[key];
      if (toolId) controller.switchTool(toolId);
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key === ' ') spaceHeld.current = false;
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
    };
  }, [controller, onDimensionKey]);

  return spaceHeld;
}
