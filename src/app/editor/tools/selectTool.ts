import type { PointMm, Room } from '../../../domain/project';
import { doorLeaf } from '../doorGeometry';
import { asAxisAlignedRectangle, distance, distanceToSegment, isSimplePolygon, pointInPolygon } from '../geometry';
import { snapPoint, snapTranslation, SNAP_TOLERANCE_PX, type SnapGuide } from '../snapping';
import { deleteSelection, translateRoom } from './commands';
import { DRAG_THRESHOLD_PX, type EditorTool, type ToolContext, type ToolMessage, type ToolPointer, type ToolPreview } from './types';

type SelectState =
  | { readonly name: 'idle' }
  | { readonly name: 'pointing'; readonly roomId: string; readonly origin: PointMm }
  | { readonly name: 'dragging'; readonly roomId: string; readonly origin: PointMm; readonly dx: number; readonly dy: number }
  | { readonly name: 'draggingVertex'; readonly roomId: string; readonly index: number; readonly polygon: readonly PointMm[] };

/** Top-most room under the point; later rooms are drawn above earlier ones. */
export function roomAt(rooms: readonly Room[], point: PointMm): Room | null {
  for (let index = rooms.length - 1; index >= 0; index--) {
    const room = rooms[index] as Room;
    if (pointInPolygon(point, room.polygon)) return room;
  }
  return null;
}

/**
 * Select tool. A press selects the door or room under the pointer. Dragging a room moves it and
 * commits once on release, so one drag is one undo step. The vertices of a selected
 * non-rectangular room are handles. Rectangular rooms are resized with the canvas transformer
 * instead (see `resizeRectangle`). Delete or Backspace deletes the selection, and Escape clears it.
 */
export class SelectTool implements EditorTool {
  private state: SelectState = { name: 'idle' };
  private snapGuides: readonly SnapGuide[] = [];
  private lastMessage: ToolMessage | null = null;

  constructor(private readonly context: ToolContext) {}

  get stateName(): string {
    return this.state.name;
  }

  private toleranceMm(): number {
    return SNAP_TOLERANCE_PX / this.context.pxPerMm();
  }

  private vertexHandleAt(point: PointMm): { room: Room; index: number } | null {
    const selection = this.context.selection();
    if (selection?.kind !== 'room') return null;
    const room = this.context.project().rooms.find((candidate) => candidate.id === selection.id);
    if (!room || asAxisAlignedRectangle(room.polygon)) return null;
    const index = room.polygon.findIndex((vertex) => distance(vertex, point) <= this.toleranceMm());
    return index >= 0 ? { room, index } : null;
  }

  /** Door whose leaf (a segment along its wall) lies within the snap tolerance of the point. */
  private doorAt(point: PointMm): string | null {
    const project = this.context.project();
    const door = project.doors.find((candidate) => {
      const leaf = doorLeaf(candidate, project.rooms.find((room) => room.id === candidate.roomA));
      return leaf !== null && distanceToSegment(point, leaf) <= this.toleranceMm();
    });
    return door?.id ?? null;
  }

  onPointerDown(pointer: ToolPointer): void {
    this.lastMessage = null;
    const handle = this.vertexHandleAt(pointer.point);
    if (handle) {
      this.state = { name: 'draggingVertex', roomId: handle.room.id, index: handle.index, polygon: handle.room.polygon };
      return;
    }
    const doorId = this.doorAt(pointer.point);
    if (doorId) {
      this.context.select({ kind: 'door', id: doorId });
      return;
    }
    const room = roomAt(this.context.project().rooms, pointer.point);
    this.context.select(room ? { kind: 'room', id: room.id } : null);
    if (room) this.state = { name: 'pointing', roomId: room.id, origin: pointer.point };
  }

  onPointerMove(pointer: ToolPointer): void {
    if (this.state.name === 'pointing') {
      const travelPx = distance(pointer.point, this.state.origin) * this.context.pxPerMm();
      if (travelPx < DRAG_THRESHOLD_PX) return;
      this.state = { name: 'dragging', roomId: this.state.roomId, origin: this.state.origin, dx: 0, dy: 0 };
    }
    if (this.state.name === 'dragging') this.drag(pointer);
    else if (this.state.name === 'draggingVertex') this.dragVertex(pointer);
  }

  private drag(pointer: ToolPointer): void {
    if (this.state.name !== 'dragging') return;
    const roomId = this.state.roomId;
    const room = this.context.project().rooms.find((candidate) => candidate.id === roomId);
    if (!room) return;
    const snapped = snapTranslation(room.polygon, pointer.point.x - this.state.origin.x, pointer.point.y - this.state.origin.y, {
      gridStepMm: this.context.snapStepMm(),
      pxPerMm: this.context.pxPerMm(),
      rooms: this.context.project().rooms,
      excludeRoomIds: new Set([roomId]),
      disabled: pointer.altKey,
    });
    this.snapGuides = snapped.guides;
    this.state = { ...this.state, dx: Math.round(snapped.dx), dy: Math.round(snapped.dy) };
  }

  private dragVertex(pointer: ToolPointer): void {
    if (this.state.name !== 'draggingVertex') return;
    const snapped = snapPoint(pointer.point, {
      gridStepMm: this.context.snapStepMm(),
      pxPerMm: this.context.pxPerMm(),
      rooms: this.context.project().rooms,
      excludeRoomIds: new Set([this.state.roomId]),
      disabled: pointer.altKey,
    });
    this.snapGuides = snapped.guides;
    const moved = { x: Math.round(snapped.point.x), y: Math.round(snapped.point.y) };
    const index = this.state.index;
    this.state = { ...this.state, polygon: this.state.polygon.map((vertex, position) => (position === index ? moved : vertex)) };
  }

  onPointerUp(_pointer: ToolPointer): void {
    const state = this.state;
    this.state = { name: 'idle' };
    this.snapGuides = [];
    if (state.name === 'dragging' && (state.dx !== 0 || state.dy !== 0)) {
      this.context.changeProject((project) => translateRoom(project, state.roomId, state.dx, state.dy));
    }
    if (state.name === 'draggingVertex') this.commitVertex(state.roomId, state.polygon);
  }

  private commitVertex(roomId: string, polygon: readonly PointMm[]): void {
    const original = this.context.project().rooms.find((room) => room.id === roomId);
    const unchanged = original?.polygon.every((vertex, index) => vertex.x === polygon[index]?.x && vertex.y === polygon[index]?.y);
    if (!original || unchanged) return;
    if (!isSimplePolygon(polygon)) {
      this.lastMessage = { key: 'msg_selfIntersecting', error: true };
      return;
    }
    this.context.changeProject((project) => ({
      ...project,
      rooms: project.rooms.map((room) => (room.id === roomId ? { ...room, polygon, areaKnown: true } : room)),
    }));
  }

  onDoubleClick(_pointer: ToolPointer): void {}

  onKeyDown(key: string): boolean {
    if (key === 'Escape') {
      this.cancel();
      this.context.select(null);
      return true;
    }
    if (key === 'Delete' || key === 'Backspace') return deleteSelection(this.context);
    return false;
  }

  cancel(): void {
    this.state = { name: 'idle' };
    this.snapGuides = [];
  }

  preview(): ToolPreview | null {
    if (this.state.name === 'dragging') return { kind: 'move', roomId: this.state.roomId, dx: this.state.dx, dy: this.state.dy };
    if (this.state.name === 'draggingVertex') return { kind: 'vertex', roomId: this.state.roomId, polygon: this.state.polygon };
    return null;
  }

  guides(): readonly SnapGuide[] {
    return this.snapGuides;
  }

  message(): ToolMessage | null {
    return this.lastMessage;
  }
}
