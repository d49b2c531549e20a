import type { Door, PointMm, Project, Room } from '../../../domain/project';
import type { Selection } from '../../store/projectStore';
import type { SegmentMm } from '../geometry';
import type { SnapGuide } from '../snapping';
import type { ScreenPoint } from '../viewport';
import type { EditorStringKey } from '../strings';

/** A pointer event as the tools see it: already converted to model millimetres. */
export interface ToolPointer {
  /** Pointer position on the plan (mm), not snapped. */
  readonly point: PointMm;
  /** Pointer position in stage pixels, for panning. */
  readonly screen: ScreenPoint;
  /** Alt held: snapping off. */
  readonly altKey: boolean;
}

/** Shape a tool draws in the overlay layer while it works. */
export type ToolPreview =
  | { readonly kind: 'rect'; readonly polygon: readonly PointMm[] }
  | { readonly kind: 'anchor'; readonly point: PointMm }
  | { readonly kind: 'polygon'; readonly points: readonly PointMm[]; readonly cursor: PointMm | null }
  | { readonly kind: 'move'; readonly roomId: string; readonly dx: number; readonly dy: number }
  | { readonly kind: 'vertex'; readonly roomId: string; readonly polygon: readonly PointMm[] }
  | { readonly kind: 'door'; readonly wall: SegmentMm; readonly position: PointMm; readonly widthMm: number; readonly fits: boolean };

/** A message shown under the toolbar, as a string key with parameters. */
export interface ToolMessage {
  readonly key: EditorStringKey;
  readonly params?: Readonly<Record<string, string | number>>;
  /** Errors are shown in red; hints in grey. */
  readonly error: boolean;
}

/**
 * Project access and view settings a tool may use. The app builds it on the real project store,
 * and unit tests build the same context to drive the tools without a canvas.
 */
export interface ToolContext {
  project(): Project;
  selection(): Selection;
  select(selection: Selection): void;
  addRoom(room: Room): void;
  addDoor(door: Door): void;
  deleteRooms(ids: readonly string[]): void;
  deleteDoor(id: string): void;
  /** Applies one change to the project as a single undo step. */
  changeProject(change: (project: Project) => Project): void;
  snapStepMm(): number;
  /** Screen pixels per millimetre at the current zoom. */
  pxPerMm(): number;
  newId(): string;
  /** Name of the next new room in the UI language (`Room 3`, `房间 3`). */
  newRoomName(): string;
  panBy(dx: number, dy: number): void;
}

/** A tool is a small state machine fed with pointer and key events in model coordinates. */
export interface EditorTool {
  /** Name of the current state (`idle`, `pointing`, `drawing`, `dragging`, …), for tests and the cursor. */
  readonly stateName: string;
  onPointerDown(pointer: ToolPointer): void;
  onPointerMove(pointer: ToolPointer): void;
  onPointerUp(pointer: ToolPointer): void;
  onDoubleClick(pointer: ToolPointer): void;
  /** Returns true when the tool used the key, so the editor does not treat it as a shortcut. */
  onKeyDown(key: string): boolean;
  /** Drops any gesture in progress without changing the project (tool switch, Escape). */
  cancel(): void;
  preview(): ToolPreview | null;
  guides(): readonly SnapGuide[];
  message(): ToolMessage | null;
}

/** Pointer travel (screen pixels) that turns a press into a drag. */
export const DRAG_THRESHOLD_PX = 3;
