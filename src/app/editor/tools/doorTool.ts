import type { Door } from '../../../domain/project';
import { DEFAULT_DOOR_WIDTH_MM, findDoorPlacement, type DoorPlacement } from '../doorPlacement';
import { segmentLength } from '../geometry';
import { SNAP_TOLERANCE_PX } from '../snapping';
import type { EditorTool, ToolContext, ToolMessage, ToolPointer, ToolPreview } from './types';

/**
 * Door tool. Hovering finds the wall piece under the pointer, shared by two rooms or external,
 * and previews a door centred on the pointer and kept inside the piece. A click places the door
 * and selects it. A piece shorter than the door is shown red and takes no door.
 */
export class DoorTool implements EditorTool {
  private placement: DoorPlacement | null = null;
  private lastMessage: ToolMessage | null = { key: 'msg_doorHint', params: { width: DEFAULT_DOOR_WIDTH_MM }, error: false };

  constructor(
    private readonly context: ToolContext,
    private readonly widthMm = DEFAULT_DOOR_WIDTH_MM,
  ) {}

  get stateName(): string {
    return this.placement ? 'hovering' : 'idle';
  }

  private locate(pointer: ToolPointer): DoorPlacement | null {
    const toleranceMm = SNAP_TOLERANCE_PX / this.context.pxPerMm();
    return findDoorPlacement(pointer.point, this.context.project().rooms, toleranceMm, this.widthMm);
  }

  onPointerMove(pointer: ToolPointer): void {
    this.placement = this.locate(pointer);
  }

  onPointerDown(pointer: ToolPointer): void {
    const placement = this.locate(pointer);
    this.placement = placement;
    if (!placement) {
      this.lastMessage = { key: 'msg_noWall', error: true };
      return;
    }
    if (!placement.fits) {
      const length = Math.round(segmentLength(placement.piece.segment));
      this.lastMessage = { key: 'msg_wallTooShort', params: { length, width: this.widthMm }, error: true };
      return;
    }

    const door: Door = {
      id: this.context.newId(),
      roomA: placement.piece.roomA,
      roomB: placement.piece.roomB,
      position: { x: Math.round(placement.position.x), y: Math.round(placement.position.y) },
      widthMm: this.widthMm,
    };
    this.context.addDoor(door);
    this.context.select({ kind: 'door', id: door.id });
    this.lastMessage = { key: 'msg_doorHint', params: { width: this.widthMm }, error: false };
  }

  onPointerUp(_pointer: ToolPointer): void {}

  onDoubleClick(_pointer: ToolPointer): void {}

  onKeyDown(_key: string): boolean {
    return false;
  }

  cancel(): void {
    this.placement = null;
  }

  preview(): ToolPreview | null {
    if (!this.placement) return null;
    const { piece, position, widthMm, fits } = this.placement;
    return { kind: 'door', wall: piece.segment, position, widthMm, fits };
  }

  guides() {
    return [];
  }

  message(): ToolMessage | null {
    return this.lastMessage;
  }
}
