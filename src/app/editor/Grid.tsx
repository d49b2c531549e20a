import { Shape } from './konva';
import type { Context } from 'konva/lib/Context';
import { MM_PER_M } from '../../domain/units';
import { useEditorStore } from './editorStore';
import { visibleModelBounds, type Viewport } from './viewport';

/** Minor and major grid spacing pairs (mm), finest first. */
const GRID_LEVELS: readonly { readonly minorMm: number; readonly majorMm: number }[] = [
  { minorMm: 10, majorMm: 100 },
  { minorMm: 100, majorMm: 1000 },
  { minorMm: 500, majorMm: 5000 },
  { minorMm: 1000, majorMm: 10_000 },
  { minorMm: 5000, majorMm: 50_000 },
  { minorMm: 10_000, majorMm: 100_000 },
];
/** Minor lines closer than this on screen (px) would blur into a fill, so a coarser level is used. */
const MIN_MINOR_SPACING_PX = 8;
const LABEL_FONT_PX = 10;

/** Returns the finest grid level whose minor lines are at least `MIN_MINOR_SPACING_PX` apart at this zoom. */
export function gridLevelFor(scale: number): { minorMm: number; majorMm: number } {
  const level = GRID_LEVELS.find((candidate) => candidate.minorMm * scale >= MIN_MINOR_SPACING_PX);
  return level ?? (GRID_LEVELS[GRID_LEVELS.length - 1] as { minorMm: number; majorMm: number });
}

function formatMetres(valueMm: number): string {
  return `${Number((valueMm / MM_PER_M).toFixed(2))} m`;
}

function drawLines(context: Context, viewport: Viewport, from: number, to: number, stepMm: number, axis: 'x' | 'y', span: [number, number]): void {
  context.beginPath();
  for (let value = Math.ceil(from / stepMm) * stepMm; value <= to; value += stepMm) {
    if (axis === 'x') {
      context.moveTo(value, span[0]);
      context.lineTo(value, span[1]);
    } else {
      context.moveTo(span[0], value);
      context.lineTo(span[1], value);
    }
  }
  context.lineWidth = 1 / viewport.scale;
  context.stroke();
}

/**
 * Metric grid drawn as one non-listening shape in model coordinates: minor and major lines
 * chosen for the zoom, with major lines labelled in metres along the top and left edges.
 */
export function Grid() {
  const viewport = useEditorStore((state) => state.viewport);
  const stageSize = useEditorStore((state) => state.stageSize);

  return (
    <Shape
      listening={false}
      perfectDrawEnabled={false}
      sceneFunc={(context) => {
        const bounds = visibleModelBounds(viewport, stageSize);
        const level = gridLevelFor(viewport.scale);
        context.strokeStyle = '#eceff1';
        drawLines(context, viewport, bounds.minX, bounds.maxX, level.minorMm, 'x', [bounds.minY, bounds.maxY]);
        drawLines(context, viewport, bounds.minY, bounds.maxY, level.minorMm, 'y', [bounds.minX, bounds.maxX]);
        context.strokeStyle = '#b0bec5';
        drawLines(context, viewport, bounds.minX, bounds.maxX, level.majorMm, 'x', [bounds.minY, bounds.maxY]);
        drawLines(context, viewport, bounds.minY, bounds.maxY, level.majorMm, 'y', [bounds.minX, bounds.maxX]);

        context.fillStyle = '#78909c';
        context.font = `${LABEL_FONT_PX / viewport.scale}px sans-serif`;
        const inset = 2 / viewport.scale;
        for (let x = Math.ceil(bounds.minX / level.majorMm) * level.majorMm; x <= bounds.maxX; x += level.majorMm) {
          context.fillText(formatMetres(x), x + inset, bounds.minY + (LABEL_FONT_PX + 2) / viewport.scale);
        }
        for (let y = Math.ceil(bounds.minY / level.majorMm) * level.majorMm; y <= bounds.maxY; y += level.majorMm) {
          context.fillText(formatMetres(y), bounds.minX + inset, y - inset);
        }
      }}
    />
  );
}
