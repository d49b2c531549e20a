import { memo, useMemo } from 'react';
import { Group } from 'react-konva';
import { useShallow } from 'zustand/react/shallow';
import type { CheckResult } from '../../engine/findings';
import { useProjectStore } from '../store/projectStore';
import { DoorShape } from './DoorShape';
import { useEditorStore } from './editorStore';
import { FindingBadge } from './FindingBadge';
import { findingMarkers } from './findingMarkers';
import { boundsIntersect, polygonBounds } from './geometry';
import { Overlay } from './Overlay';
import { RoomShape } from './RoomShape';
import type { ToolController } from './useToolController';
import { visibleModelBounds } from './viewport';

/** Above this many rooms, rooms outside the viewport are not drawn. */
export const CULL_THRESHOLD_ROOMS = 300;

function useVisibleRoomIds(): string[] {
  const roomCount = useProjectStore((state) => state.project.rooms.length);
  const culling = roomCount > CULL_THRESHOLD_ROOMS;
  const viewport = useEditorStore((state) => (culling ? state.viewport : null));
  const stageSize = useEditorStore((state) => (culling ? state.stageSize : null));
  return useProjectStore(
    useShallow((state) => {
      if (!viewport || !stageSize) return state.project.rooms.map((room) => room.id);
      const visible = visibleModelBounds(viewport, stageSize);
      return state.project.rooms.filter((room) => boundsIntersect(polygonBounds(room.polygon), visible)).map((room) => room.id);
    }),
  );
}

function MovingRoom({ roomId }: { readonly roomId: string }) {
  const offset = useEditorStore((state) => (state.movePreview?.roomId === roomId ? state.movePreview : null));
  return <RoomShape roomId={roomId} dragOffset={offset} />;
}

/** All rooms, each a memoised shape that reads its own record. */
export const RoomsGroup = memo(function RoomsGroup() {
  const ids = useVisibleRoomIds();
  return (
    <Group>
      {ids.map((id) => (
        <MovingRoom key={id} roomId={id} />
      ))}
    </Group>
  );
});

/** Doors, and the finding badges from `checkResult`. */
export const DoorsAndMarkersGroup = memo(function DoorsAndMarkersGroup({ checkResult }: { readonly checkResult: CheckResult | null }) {
  const doorIds = useProjectStore(useShallow((state) => state.project.doors.map((door) => door.id)));
  const scale = useEditorStore((state) => state.viewport.scale);
  const markers = useMemo(() => findingMarkers(checkResult), [checkResult]);
  return (
    <Group>
      {doorIds.map((id) => (
        <DoorShape key={id} doorId={id} failing={markers.failingDoorIds.has(id)} />
      ))}
      {markers.rooms.map((marker) => (
        <FindingBadge key={marker.roomId} marker={marker} scale={scale} />
      ))}
    </Group>
  );
});

/** The active tool's preview and snap guides, re-rendered on every tool event. */
export function ToolOverlay({ controller }: { readonly controller: ToolController }) {
  useEditorStore((state) => state.toolRevision);
  const scale = useEditorStore((state) => state.viewport.scale);
  const tool = controller.active();
  return <Overlay preview={tool.preview()} guides={tool.guides()} scale={scale} />;
}
