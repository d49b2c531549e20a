import { useEffect, useRef } from 'react';
import { Layer, Stage } from 'react-konva';
import type { CheckResult } from '../../engine/findings';
import { useProjectStore } from '../store/projectStore';
import { useT } from '../i18n';
import { polygonBounds, unionBounds } from './geometry';
import { useEditorStore } from './editorStore';
import { RoomShape } from './RoomShape';
import { editorStrings as strings } from './strings';
import { fitBounds } from './viewport';

export interface PlanEditorProps {
  /** Result of the last check; its findings become markers on the plan. Null before the first check. */
  readonly checkResult?: CheckResult | null;
}

/** The plan editor: a Konva stage that fills its container. */
export function PlanEditor(_props: PlanEditorProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const t = useT(strings);
  const roomIds = useProjectStore((state) => state.project.rooms.map((room) => room.id).join('\n'));
  const viewport = useEditorStore((state) => state.viewport);
  const stageSize = useEditorStore((state) => state.stageSize);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const observer = new ResizeObserver(() => {
      useEditorStore.getState().setStageSize({ width: container.clientWidth, height: container.clientHeight });
    });
    observer.observe(container);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (stageSize.width === 0) return;
    const rooms = useProjectStore.getState().project.rooms;
    useEditorStore.getState().setViewport(fitBounds(unionBounds(rooms.map((room) => polygonBounds(room.polygon))), stageSize));
  }, [stageSize.width === 0]);

  const ids = roomIds === '' ? [] : roomIds.split('\n');
  return (
    <div ref={containerRef} data-testid="plan-stage" aria-label={t('stageLabel')} style={{ position: 'relative', width: '100%', height: '100%', overflow: 'hidden' }}>
      <Stage width={stageSize.width} height={stageSize.height} x={viewport.offsetX} y={viewport.offsetY} scaleX={viewport.scale} scaleY={viewport.scale}>
        <Layer>
          {ids.map((id) => (
            <RoomShape key={id} roomId={id} dragOffset={null} />
          ))}
        </Layer>
      </Stage>
    </div>
  );
}
