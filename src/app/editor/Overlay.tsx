import { Circle, Group, Line, Rect } from './konva';
import type { PointMm } from '../../domain/project';
import { useProjectStore } from '../store/projectStore';
import { useEditorStore } from './editorStore';
import { asAxisAlignedRectangle } from './geometry';
import { roomsById } from './roomIndex';
import type { SnapGuide } from './snapping';
import type { ToolPreview } from './tools/types';

const PREVIEW_COLOUR = '#1565c0';
const GUIDE_COLOUR = '#d500f9';
const HANDLE_PX = 8;

const flat = (points: readonly PointMm[]) => points.flatMap((point) => [point.x, point.y]);

function PreviewShape({ preview, scale }: { readonly preview: ToolPreview; readonly scale: number }) {
  switch (preview.kind) {
    case 'rect':
    case 'vertex': {
      return <Line points={flat(preview.polygon)} closed stroke={PREVIEW_COLOUR} strokeWidth={1.5} strokeScaleEnabled={false} dash={[6, 4]} fill="rgba(21,101,192,0.08)" />;
    }
    case 'anchor':
      return <Circle x={preview.point.x} y={preview.point.y} radius={4 / scale} stroke={PREVIEW_COLOUR} strokeWidth={1.5} strokeScaleEnabled={false} />;
    case 'polygon': {
      const path = preview.cursor ? [...preview.points, preview.cursor] : preview.points;
      const first = preview.points[0];
      return (
        <Group>
          <Line points={flat(path)} stroke={PREVIEW_COLOUR} strokeWidth={1.5} strokeScaleEnabled={false} />
          {first && <Circle x={first.x} y={first.y} radius={6 / scale} stroke={PREVIEW_COLOUR} strokeWidth={1.5} strokeScaleEnabled={false} />}
          {preview.points.map((point, index) => (
            <Circle key={index} x={point.x} y={point.y} radius={3 / scale} fill={PREVIEW_COLOUR} />
          ))}
        </Group>
      );
    }
    case 'door': {
      const dx = preview.wall.b.x - preview.wall.a.x;
      const dy = preview.wall.b.y - preview.wall.a.y;
      const length = Math.hypot(dx, dy) || 1;
      const halfX = (dx / length) * (preview.widthMm / 2);
      const halfY = (dy / length) * (preview.widthMm / 2);
      const colour = preview.fits ? '#2e7d32' : '#e53935';
      return (
        <Group>
          <Line points={flat([preview.wall.a, preview.wall.b])} stroke={colour} strokeWidth={2} strokeScaleEnabled={false} dash={[4, 4]} />
          <Line
            points={[preview.position.x - halfX, preview.position.y - halfY, preview.position.x + halfX, preview.position.y + halfY]}
            stroke={colour}
            strokeWidth={7}
            strokeScaleEnabled={false}
            opacity={0.8}
          />
        </Group>
      );
    }
    case 'move':
      return null;
  }
}

function GuideShape({ guide, scale }: { readonly guide: SnapGuide; readonly scale: number }) {
  if (guide.kind === 'vertex') return <Circle x={guide.point.x} y={guide.point.y} radius={5 / scale} stroke={GUIDE_COLOUR} strokeWidth={2} strokeScaleEnabled={false} />;
  return <Line points={flat([guide.segment.a, guide.segment.b])} stroke={GUIDE_COLOUR} strokeWidth={2} strokeScaleEnabled={false} />;
}

/** Vertex handles of the selected non-rectangular room; the select tool hit-tests them in model units. */
function VertexHandles({ scale }: { readonly scale: number }) {
  const selectTool = useEditorStore((state) => state.toolId === 'select');
  const room = useProjectStore((state) => (state.selection?.kind === 'room' ? roomsById(state.project.rooms).get(state.selection.id) : undefined));
  if (!selectTool || !room || asAxisAlignedRectangle(room.polygon)) return null;
  const size = HANDLE_PX / scale;
  return (
    <Group>
      {room.polygon.map((point, index) => (
        <Rect key={index} x={point.x - size / 2} y={point.y - size / 2} width={size} height={size} fill="#ffffff" stroke="#d81b60" strokeWidth={1.5} strokeScaleEnabled={false} />
      ))}
    </Group>
  );
}

interface OverlayProps {
  readonly preview: ToolPreview | null;
  readonly guides: readonly SnapGuide[];
  readonly scale: number;
}

/** Drawing previews, snap guides and vertex handles; nothing here listens to events. */
export function Overlay({ preview, guides, scale }: OverlayProps) {
  return (
    <Group listening={false}>
      <VertexHandles scale={scale} />
      {preview && <PreviewShape preview={preview} scale={scale} />}
      {guides.map((guide, index) => (
        <GuideShape key={index} guide={guide} scale={scale} />
      ))}
    </Group>
  );
}
