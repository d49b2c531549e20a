import { create } from 'zustand';
import { DEFAULT_VIEWPORT, type ScreenSize, type Viewport } from './viewport';

export type ToolId = 'select' | 'rect' | 'polygon' | 'door' | 'pan';

/** Grid snap steps offered in the toolbar (mm). */
export const SNAP_STEPS_MM = [10, 50, 100, 500] as const;
export type SnapStepMm = (typeof SNAP_STEPS_MM)[number];
export const DEFAULT_SNAP_STEP_MM: SnapStepMm = 100;

/**
 * View state of the plan editor: pan, zoom, active tool and snap step. It lives apart from the
 * project store so that none of it enters the undo history.
 */
export interface EditorViewState {
  readonly viewport: Viewport;
  readonly stageSize: ScreenSize;
  readonly toolId: ToolId;
  readonly snapStepMm: SnapStepMm;
  /** Bumped after every tool event so that overlays re-read the tool's preview. */
  readonly toolRevision: number;
  /** Translation of the room being dragged, drawn before the move is committed. */
  readonly movePreview: MovePreview | null;
  setViewport(viewport: Viewport): void;
  setStageSize(size: ScreenSize): void;
  setTool(toolId: ToolId): void;
  setSnapStep(step: SnapStepMm): void;
  bumpToolRevision(): void;
  setMovePreview(preview: MovePreview | null): void;
}

export interface MovePreview {
  readonly roomId: string;
  readonly dx: number;
  readonly dy: number;
}

export const useEditorStore = create<EditorViewState>()((set) => ({
  viewport: DEFAULT_VIEWPORT,
  stageSize: { width: 0, height: 0 },
  toolId: 'select',
  snapStepMm: DEFAULT_SNAP_STEP_MM,
  toolRevision: 0,
  movePreview: null,
  setViewport: (viewport) => set({ viewport }),
  setStageSize: (stageSize) => set({ stageSize }),
  setTool: (toolId) => set({ toolId }),
  setSnapStep: (snapStepMm) => set({ snapStepMm }),
  bumpToolRevision: () => set((state) => ({ toolRevision: state.toolRevision + 1 })),
  setMovePreview: (movePreview) =>
    set((state) => {
      const current = state.movePreview;
      const same = current?.roomId === movePreview?.roomId && current?.dx === movePreview?.dx && current?.dy === movePreview?.dy;
      return same ? state : { movePreview };
    }),
}));
