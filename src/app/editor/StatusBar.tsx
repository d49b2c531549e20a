import type { PointMm } from '../../domain/project';
import { useT, useLocaleStore } from '../i18n';
import { formatNumber } from '../../i18n/format';
import { MM_PER_M } from '../../domain/units';
import { useProjectStore } from '../store/projectStore';
import { useEditorStore } from './editorStore';
import { polygonAreaM2, polygonBounds } from './geometry';
import { DEFAULT_CLEAR_HEIGHT_M } from './roomFactory';
import { roomsById } from './roomIndex';
import { SizeBox } from './SizeBox';
import { editorStrings } from './strings';
import type { ToolController } from './useToolController';

interface LiveShape {
  readonly polygon: readonly PointMm[];
  readonly heightM: number | null;
}

/** Returns the outline being drawn or reshaped, with the clear height its volume uses. */
function liveShape(controller: ToolController, transformPolygon: readonly PointMm[] | null, selectedHeightM: number | null): LiveShape | null {
  if (transformPolygon) return { polygon: transformPolygon, heightM: selectedHeightM };
  const preview = controller.active().preview();
  if (preview?.kind === 'rect') return { polygon: preview.polygon, heightM: DEFAULT_CLEAR_HEIGHT_M };
  if (preview?.kind === 'vertex') return { polygon: preview.polygon, heightM: selectedHeightM };
  if (preview?.kind === 'polygon') {
    const polygon = preview.cursor ? [...preview.points, preview.cursor] : preview.points;
    return polygon.length >= 3 ? { polygon, heightM: DEFAULT_CLEAR_HEIGHT_M } : null;
  }
  return null;
}

interface StatusBarProps {
  readonly controller: ToolController;
  /** Outline of the room under the transformer while it is being resized. */
  readonly transformPolygon: readonly PointMm[] | null;
}

/**
 * Line under the stage: live bounding width × length, area (m²) and volume (m³) of the outline
 * being drawn or resized, the active tool's hint or error, and the size fields of a selected
 * rectangular room. Volume uses the room's clear height, or
 * `DEFAULT_CLEAR_HEIGHT_M` for a room not yet created.
 */
export function StatusBar({ controller, transformPolygon }: StatusBarProps) {
  const t = useT(editorStrings);
  const locale = useLocaleStore((state) => state.locale);
  useEditorStore((state) => state.toolRevision);
  const selectedHeightM = useProjectStore((state) =>
    state.selection?.kind === 'room' ? (roomsById(state.project.rooms).get(state.selection.id)?.clearHeightM ?? null) : null,
  );
  const shape = liveShape(controller, transformPolygon, selectedHeightM);
  const message = controller.active().message();

  let size: string | null = null;
  if (shape) {
    const bounds = polygonBounds(shape.polygon);
    const area = polygonAreaM2(shape.polygon);
    const format = (value: number, decimals = 2) => formatNumber(value, locale, decimals);
    size = t('liveSize', {
      width: format((bounds.maxX - bounds.minX) / MM_PER_M),
      length: format((bounds.maxY - bounds.minY) / MM_PER_M),
      area: format(area),
      volume: shape.heightM === null ? '–' : format(area * shape.heightM, 1),
    });
  }

  return (
    <div data-testid="editor-status" style={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 16, padding: '2px 8px', minHeight: 20, fontSize: 12, borderTop: '1px solid #cfd8dc', background: '#fafafa' }}>
      {size && <span data-testid="live-size">{size}</span>}
      {message && (
        <span role={message.error ? 'alert' : undefined} data-testid="tool-message" style={{ color: message.error ? '#c62828' : '#607d8b' }}>
          {t(message.key, message.params)}
        </span>
      )}
      <SizeBox />
    </div>
  );
}
