import type { PointMm } from '../../../domain/project';
import { distance, isSelfIntersecting, isSimplePolygon } from '../geometry';
import { createRoom } from '../roomFactory';
import { snapPoint, SNAP_TOLERANCE_PX, type SnapGuide } from '../snapping';
import type { EditorTool, ToolContext, ToolMessage, ToolPointer, ToolPreview } from './types';

type PolygonState = { readonly name: 'idle' } | { readonly name: 'drawing'; readonly points: readonly PointMm[] };

const MIN_VERTICES = 3;

/**
 * Polygon room tool. Each click adds a snapped vertex. Double-click, Enter, or a click on the
 * first vertex closes the outline; Backspace removes the last vertex; Escape cancels. An
 * outline that crosses itself is rejected with a message and stays open for correction.
 */
export class PolygonTool implements EditorTool {
  private state: PolygonState = { name: 'idle' };
  private cursor: PointMm | null = null;
  private snapGuides: readonly SnapGuide[] = [];
  private lastMessage: ToolMessage | null = { key: 'msg_polygonHint', error: false };

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

  private isNear(first: PointMm, second: PointMm): boolean {
    return distance(first, second) * this.context.pxPerMm() <= SNAP_TOLERANCE_PX;
  }

  onPointerDown(pointer: ToolPointer): void {
    const point = this.snap(pointer);
    if (this.state.name === 'idle') {
      this.state = { name: 'drawing', points: [point] };
      this.lastMessage = { key: 'msg_polygonHint', error: false };
      return;
    }

    const points = this.state.points;
    const first = points[0] as PointMm;
    const last = points[points.length - 1] as PointMm;
    if (points.length >= MIN_VERTICES && this.isNear(point, first)) {
      this.close();
      return;
    }
    // The second press of a double-click lands on the vertex just added; it must not add a duplicate.
    if (this.isNear(point, last)) return;
    this.state = { name: 'drawing', points: [...points, point] };
  }

  onPointerMove(pointer: ToolPointer): void {
    this.cursor = this.snap(pointer);
  }

  onPointerUp(_pointer: ToolPointer): void {}

  onDoubleClick(_pointer: ToolPointer): void {
    if (this.state.name === 'drawing') this.close();
  }

  onKeyDown(key: string): boolean {
    if (this.state.name !== 'drawing') return false;
    if (key === 'Enter') {
      this.close();
      return true;
    }
    if (key === 'Escape') {
      this.cancel();
      return true;
    }
    if (key === 'Backspace') {
      const points = this.state.points.slice(0, -1);
      this.state = points.length === 0 ? { name: 'idle' } : { name: 'drawing', points };
      return true;
    }
    return false;
  }

  cancel(): void {
    this.state = { name: 'idle' };
    this.snapGuides = [];
    this.lastMessage = { key: 'msg_polygonHint', error: false };
  }

  /** Closes the outline and creates the room, unless it has too few vertices, no area, or crosses itself. */
  close(): boolean {
    if (this.state.name !== 'drawing') return false;

    const points = this.state.points;
    if (!isSimplePolygon(points)) {
      const crosses = points.length >= MIN_VERTICES && isSelfIntersecting(points);
      this.lastMessage = { key: crosses ? 'msg_selfIntersecting' : 'msg_tooFewVertices', error: true };
      return false;
    }

    const room = createRoom(this.context.newId(), this.context.newRoomName(), points);
    this.context.addRoom(room);
    this.context.select({ kind: 'room', id: room.id });
    this.state = { name: 'idle' };
    this.snapGuides = [];
    this.lastMessage = { key: 'msg_polygonHint', error: false };
    return true;
  }

  preview(): ToolPreview | null {
    if (this.state.name !== 'drawing') return null;
    return { kind: 'polygon', points: this.state.points, cursor: this.cursor };
  }

  guides(): readonly SnapGuide[] {
    return this.snapGuides;
  }

  message(): ToolMessage | null {
    return this.lastMessage;
  }
}
