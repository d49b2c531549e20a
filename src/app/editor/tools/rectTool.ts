import type { PointMm } from '../../../domain/project';
import { MIN_ROOM_SIDE_MM } from '../dimensions';
import { distance, rectanglePolygon, type BoundsMm } from '../geometry';
import { createRoom } from '../roomFactory';
import { snapPoint, type SnapGuide } from '../snapping';
import { DRAG_THRESHOLD_PX, type EditorTool, type ToolContext, type ToolMessage, type ToolPointer, type ToolPreview } from './types';

type RectState =
  | { readonly name: 'idle' }
  | { readonly name: 'pointing'; readonly origin: PointMm }
  | { readonly name: 'drawing'; readonly origin: PointMm; readonly corner: PointMm }
  /** Pressed and released without dragging: the point waits for typed dimensions. */
  | { readonly name: 'anchored'; readonly origin: PointMm };

function boundsOf(origin: PointMm, corner: PointMm): BoundsMm {
  return {
    minX: Math.min(origin.x, corner.x),
    minY: Math.min(origin.y, corner.y),
    maxX: Math.max(origin.x, corner.x),
    maxY: Math.max(origin.y, corner.y),
  };
}

/**
 * Rectangle room tool: press, drag, release. Corners snap; a rectangle with a side under
 * `MIN_ROOM_SIDE_MM` is not created. A press without a drag anchors a corner for typed
 * dimensions (`createWithDimensions`).
 */
export class RectTool implements EditorTool {
  private state: RectState = { name: 'idle' };
  private hover: PointMm | null = null;
  private snapGuides: readonly SnapGuide[] = [];
  private lastMessage: ToolMessage | null = null;

  constructor(private readonly context: ToolContext) {}

  get stateName(): string {
    return this.state.name;
  }

  private snap(pointer: ToolPointer): PointMm {
    const result = snapPoint(pointer.point, {
      gridStepMm: this.context.snapStepMm(),
      pxPerMm: this.context.pxPerMm(),
      rooms: this.context.project().rooms,
      disabled: pointer.altKey,
    });
    this.snapGuides = result.guides;
    return result.point;
  }

  onPointerDown(pointer: ToolPointer): void {
    this.lastMessage = null;
    this.state = { name: 'pointing', origin: this.snap(pointer) };
  }

  onPointerMove(pointer: ToolPointer): void {
    const point = this.snap(pointer);
    this.hover = point;
    if (this.state.name === 'pointing') {
      const travelPx = distance(pointer.point, this.state.origin) * this.context.pxPerMm();
      if (travelPx >= DRAG_THRESHOLD_PX) this.state = { name: 'drawing', origin: this.state.origin, corner: point };
    } else if (this.state.name === 'drawing') {
      this.state = { ...this.state, corner: point };
    }
  }

  onPointerUp(pointer: ToolPointer): void {
    if (this.state.name === 'pointing') {
      this.state = { name: 'anchored', origin: this.state.origin };
      return;
    }
    if (this.state.name !== 'drawing') return;

    const bounds = boundsOf(this.state.origin, this.snap(pointer));
    this.state = { name: 'idle' };
    this.createRoom(bounds);
  }

  onDoubleClick(_pointer: ToolPointer): void {}

  onKeyDown(key: string): boolean {
    if (key !== 'Escape' || this.state.name === 'idle') return false;
    this.cancel();
    return true;
  }

  cancel(): void {
    this.state = { name: 'idle' };
    this.snapGuides = [];
  }

  /** Corner the typed dimensions start from: the pressed point, else the snapped hover point. */
  dimensionAnchor(): PointMm | null {
    return this.state.name === 'idle' ? this.hover : this.state.origin;
  }

  /**
   * Creates a room of `widthMm` × `lengthMm` at the anchor. While dragging, the room extends in
   * the drag direction; otherwise to the right and down. Returns false when there is no anchor.
   */
  createWithDimensions(widthMm: number, lengthMm: number): boolean {
    const origin = this.dimensionAnchor();
    if (!origin) return false;

    const directionX = this.state.name === 'drawing' && this.state.corner.x < origin.x ? -1 : 1;
    const directionY = this.state.name === 'drawing' && this.state.corner.y < origin.y ? -1 : 1;
    const corner = { x: origin.x + directionX * widthMm, y: origin.y + directionY * lengthMm };
    this.state = { name: 'idle' };
    return this.createRoom(boundsOf(origin, corner));
  }

  private createRoom(bounds: BoundsMm): boolean {
    const tooSmall = bounds.maxX - bounds.minX < MIN_ROOM_SIDE_MM || bounds.maxY - bounds.minY < MIN_ROOM_SIDE_MM;
    if (tooSmall) {
      this.lastMessage = { key: 'msg_rectTooSmall', params: { min: MIN_ROOM_SIDE_MM }, error: true };
      return false;
    }
    const room = createRoom(this.context.newId(), this.context.newRoomName(), rectanglePolygon(bounds));
    this.context.addRoom(room);
    this.context.select({ kind: 'room', id: room.id });
    this.snapGuides = [];
    return true;
  }

  preview(): ToolPreview | null {
    if (this.state.name === 'drawing') return { kind: 'rect', polygon: rectanglePolygon(boundsOf(this.state.origin, this.state.corner)) };
    if (this.state.name === 'pointing' || this.state.name === 'anchored') return { kind: 'anchor', point: this.state.origin };
    return null;
  }

  guides(): readonly SnapGuide[] {
    return this.snapGuides;
  }

  message(): ToolMessage | null {
    return this.lastMessage;
  }
}
