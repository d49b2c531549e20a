import type { ScreenPoint } from '../viewport';
import type { EditorTool, ToolContext, ToolMessage, ToolPointer, ToolPreview } from './types';

/** Pan tool: drag to move the view. The editor also routes Space+drag and middle-button drags here. */
export class PanTool implements EditorTool {
  private last: ScreenPoint | null = null;

  constructor(private readonly context: ToolContext) {}

  get stateName(): string {
    return this.last ? 'panning' : 'idle';
  }

  onPointerDown(pointer: ToolPointer): void {
    this.last = pointer.screen;
  }

  onPointerMove(pointer: ToolPointer): void {
    if (!this.last) return;
    this.context.panBy(pointer.screen.x - this.last.x, pointer.screen.y - this.last.y);
    this.last = pointer.screen;
  }

  onPointerUp(_pointer: ToolPointer): void {
    this.last = null;
  }

  onDoubleClick(_pointer: ToolPointer): void {}

  onKeyDown(_key: string): boolean {
    return false;
  }

  cancel(): void {
    this.last = null;
  }

  preview(): ToolPreview | null {
    return null;
  }

  guides() {
    return [];
  }

  message(): ToolMessage | null {
    return null;
  }
}
