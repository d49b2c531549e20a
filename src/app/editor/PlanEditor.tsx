import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type MouseEvent as ReactMouseEvent, type PointerEvent as ReactPointerEvent } from 'react';
import { Layer, Stage } from './konva';
import type Konva from 'konva';
import type { CheckResult } from '../../engine/findings';
import type { PointMm } from '../../domain/project';
import { useProjectStore } from '../store/projectStore';
import { useT } from '../i18n';
import { DimensionInput } from './DimensionInput';
import { useEditorStore, type ToolId } from './editorStore';
import { polygonBounds, unionBounds } from './geometry';
import { Grid } from './Grid';
import { findingMarkers } from './findingMarkers';
import { BadgesGroup, DoorsGroup, RoomsGroup, ToolOverlay } from './layers';
import { Legend } from './Legend';
import { ScaleBar } from './ScaleBar';
import { StatusBar } from './StatusBar';
import { editorStrings } from './strings';
import { applyScreenScale } from './screenSized';
import { installTestHook } from './testHook';
import { Toolbar } from './Toolbar';
import type { EditorTool, ToolPointer } from './tools/types';
import { redo, undo, useEditorKeys } from './useEditorKeys';
import { useToolController } from './useToolController';
import { fitBounds, modelToScreen, screenToModel, zoomAround, type ScreenPoint } from './viewport';

// Konva's Transformer is the largest shape module and is needed only once a room is selected, so
// it loads after first paint to keep the initial bundle within its budget.
const SelectionTransformer = lazy(() => import('./SelectionTransformer').then((module) => ({ default: module.SelectionTransformer })));
// The air-side overlay draws only once a check has an air-side result, so it loads then.
const AirflowLayer = lazy(() => import('./AirflowLayer').then((module) => ({ default: module.AirflowLayer })));

export interface PlanEditorProps {
  /** Result of the last check; its findings become markers on the plan. Null before the first check. */
  readonly checkResult?: CheckResult | null;
}

const CURSORS: Readonly<Record<ToolId, string>> = { select: 'default', rect: 'crosshair', polygon: 'crosshair', door: 'copy', pan: 'grab' };
/** Wheel zoom per pixel of scroll: 100 px of wheel travel zooms by e^0.15 ≈ 1.16. */
const WHEEL_ZOOM_PER_PX = 0.0015;
const MIDDLE_BUTTON = 1;

function fitToContent(): void {
  const rooms = useProjectStore.getState().project.rooms;
  const view = useEditorStore.getState();
  view.setViewport(fitBounds(unionBounds(rooms.map((room) => polygonBounds(room.polygon))), view.stageSize));
}

/** True when the press landed on a Konva node that handles it itself (transformer anchors, finding badges). */
function hitsOwnHandler(stage: Konva.Stage | null, position: ScreenPoint): boolean {
  const shape = stage?.getIntersection(position);
  if (!shape) return false;
  return shape.getAncestors().some((node) => node.getClassName() === 'Transformer' || node.hasName('finding-badge'));
}

/**
 * Renders the plan editor: toolbar, Konva stage filling the rest of its container, legend, scale
 * bar and status line. Layers: grid, rooms and doors (none of them listening), finding badges,
 * and an overlay for previews, snap guides and the transformer. Pointer events are handled on
 * the container and fed to the active tool in model millimetres.
 */
export function PlanEditor({ checkResult = null }: PlanEditorProps) {
  const t = useT(editorStrings);
  const containerRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<Konva.Stage>(null);
  const controller = useToolController();
  const viewport = useEditorStore((state) => state.viewport);
  const stageSize = useEditorStore((state) => state.stageSize);
  const toolId = useEditorStore((state) => state.toolId);
  const projectId = useProjectStore((state) => state.project.id);
  const [dimensionEntry, setDimensionEntry] = useState<{ at: ScreenPoint; text: string } | null>(null);
  const [transformPolygon, setTransformPolygon] = useState<readonly PointMm[] | null>(null);
  const panning = useRef<EditorTool | null>(null);
  const markers = useMemo(() => findingMarkers(checkResult), [checkResult]);

  const openDimensionEntry = useCallback(
    (character: string) => {
      const anchor = controller.tools.rect.dimensionAnchor();
      if (!anchor) return;
      setDimensionEntry({ at: modelToScreen(useEditorStore.getState().viewport, anchor), text: character });
    },
    [controller],
  );
  const spaceHeld = useEditorKeys({ controller, onDimensionKey: openDimensionEntry });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const observer = new ResizeObserver(() => useEditorStore.getState().setStageSize({ width: container.clientWidth, height: container.clientHeight }));
    observer.observe(container);
    const removeHook = installTestHook(container, () => stageRef.current);
    return () => {
      observer.disconnect();
      removeHook();
    };
  }, []);

  // Keep labels and badges at screen size on every zoom without re-rendering the rooms.
  useEffect(
    () =>
      useEditorStore.subscribe((state, previous) => {
        const stage = stageRef.current;
        if (stage && state.viewport.scale !== previous.viewport.scale) applyScreenScale(stage, state.viewport.scale);
      }),
    [],
  );

  // Fit to content once the stage has a size, and again whenever another project is opened.
  const sized = stageSize.width > 0 && stageSize.height > 0;
  useEffect(() => {
    if (sized) fitToContent();
  }, [sized, projectId]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const rect = container.getBoundingClientRect();
      const anchor = { x: event.clientX - rect.left, y: event.clientY - rect.top };
      const view = useEditorStore.getState();
      view.setViewport(zoomAround(view.viewport, anchor, Math.exp(-event.deltaY * WHEEL_ZOOM_PER_PX)));
    };
    container.addEventListener('wheel', onWheel, { passive: false });
    return () => container.removeEventListener('wheel', onWheel);
  }, []);

  const toPointer = (event: ReactPointerEvent | MouseEvent): ToolPointer => {
    const rect = (containerRef.current as HTMLDivElement).getBoundingClientRect();
    const screen = { x: event.clientX - rect.left, y: event.clientY - rect.top };
    return { point: screenToModel(useEditorStore.getState().viewport, screen), screen, altKey: event.altKey };
  };

  const onPointerDown = (event: ReactPointerEvent<HTMLDivElement>) => {
    if (!(event.target instanceof HTMLCanvasElement)) return;
    const pointer = toPointer(event);
    if (hitsOwnHandler(stageRef.current, pointer.screen)) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    setDimensionEntry(null);

    const wantsPan = event.button === MIDDLE_BUTTON || (event.button === 0 && spaceHeld.current);
    if (wantsPan) {
      event.preventDefault();
      panning.current = controller.tools.pan;
      controller.run(controller.tools.pan, (tool) => tool.onPointerDown(pointer));
      return;
    }
    if (event.button === 0) controller.run(controller.active(), (tool) => tool.onPointerDown(pointer));
  };

  const onPointerMove = (event: ReactPointerEvent<HTMLDivElement>) => {
    const pointer = toPointer(event);
    controller.run(panning.current ?? controller.active(), (tool) => tool.onPointerMove(pointer));
  };

  const onPointerUp = (event: ReactPointerEvent<HTMLDivElement>) => {
    const pointer = toPointer(event);
    const tool = panning.current ?? controller.active();
    panning.current = null;
    if (event.currentTarget.hasPointerCapture(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
    controller.run(tool, (target) => target.onPointerUp(pointer));
  };

  // The browser took the pointer away (touch scroll, window switch): drop the gesture without committing it.
  const onPointerCancel = (event: ReactPointerEvent<HTMLDivElement>) => {
    const tool = panning.current ?? controller.active();
    panning.current = null;
    if (event.currentTarget.hasPointerCapture(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
    controller.run(tool, (target) => target.cancel());
  };

  const onDoubleClick = (event: ReactMouseEvent<HTMLDivElement>) => {
    if (!(event.target instanceof HTMLCanvasElement)) return;
    const pointer = toPointer(event.nativeEvent);
    controller.run(controller.active(), (tool) => tool.onDoubleClick(pointer));
  };

  const zoomBy = (factor: number) => {
    const view = useEditorStore.getState();
    view.setViewport(zoomAround(view.viewport, { x: view.stageSize.width / 2, y: view.stageSize.height / 2 }, factor));
  };

  return (
    <div style={{ display: 'flex', flexDirection: 'column', width: '100%', height: '100%', minHeight: 0 }}>
      <Toolbar onSelectTool={controller.switchTool} onUndo={() => undo(controller)} onRedo={() => redo(controller)} onZoom={zoomBy} onFit={fitToContent} />
      <div
        ref={containerRef}
        data-testid="plan-stage"
        aria-label={t('stageLabel')}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerCancel}
        onDoubleClick={onDoubleClick}
        onContextMenu={(event) => event.preventDefault()}
        style={{ position: 'relative', flex: 1, minHeight: 0, overflow: 'hidden', cursor: CURSORS[toolId], touchAction: 'none', background: '#ffffff' }}
      >
        <Stage ref={stageRef} width={stageSize.width} height={stageSize.height} x={viewport.offsetX} y={viewport.offsetY} scaleX={viewport.scale} scaleY={viewport.scale}>
          <Layer listening={false}>
            <Grid />
          </Layer>
          {/* Tools hit-test rooms in model units, so the rooms layer needs no Konva hit graph. */}
          <Layer listening={false}>
            <RoomsGroup />
          </Layer>
          <Layer listening={false}>
            <DoorsGroup markers={markers} />
          </Layer>
          <Layer listening={false}>
            {checkResult?.airside ? (
              <Suspense fallback={null}>
                <AirflowLayer airside={checkResult.airside} />
              </Suspense>
            ) : null}
          </Layer>
          {/* Badges get a layer of their own so that tool previews do not redraw them on every pointer move. */}
          <Layer>
            <BadgesGroup markers={markers} />
          </Layer>
          <Layer>
            <ToolOverlay controller={controller} />
            <Suspense fallback={null}>
              <SelectionTransformer onLivePolygon={setTransformPolygon} />
            </Suspense>
          </Layer>
        </Stage>
        <Legend />
        <ScaleBar />
        {dimensionEntry && (
          <DimensionInput
            at={dimensionEntry.at}
            initialText={dimensionEntry.text}
            onSubmit={(widthMm, lengthMm) => {
              controller.run(controller.tools.rect, () => controller.tools.rect.createWithDimensions(widthMm, lengthMm));
              setDimensionEntry(null);
            }}
            onCancel={() => setDimensionEntry(null)}
          />
        )}
      </div>
      <StatusBar controller={controller} transformPolygon={transformPolygon} />
    </div>
  );
}
