import { memo } from 'react';
import { Group } from './konva';
import { useShallow } from 'zustand/react/shallow';
import { useProjectStore } from '../store/projectStore';
import { DoorShape } from './DoorShape';
import { useEditorStore } from './editorStore';
import { FindingBadge } from './FindingBadge';
import type { FindingMarkers } from './findingMarkers';
import { boundsIntersect } from './geometry';
import { roomBounds } from './roomIndex';
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
      return state.project.rooms.filter((room) => boundsIntersect(roomBounds(room), visible)).map((room) => room.id);
    }),
  );
}

const MovingRoom = memo(function MovingRoom({ roomId }: { readonly roomId: string }) {
  const offset = useEditorStore((state) => (state.movePreview?.roomId === roomId ? state.movePreview : null));
  return <RoomShape roomId={roomId} dragOffset={offset} />;
});

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

/** All doors; those with a failing finding in `markers` are drawn red. */
export const DoorsGroup = memo(function DoorsGroup({ markers }: { readonly markers: FindingMarkers }) {
  const doorIds = useProjectStore(useShallow((state) => state.project.doors.map((door) => door.id)));
  return (
    <Group>
      {doorIds.map((id) => (
        <DoorShape key={id} doorId={id} failing={markers.failingDoorIds.has(id)} />
      ))}
    </Group>
  );
});

/** Finding badges, one per room with failing or not evaluable findings. */
export const BadgesGroup = memo(function BadgesGroup({ markers }: { readonly markers: FindingMarkers }) {
  return (
    <Group>
      {markers.rooms.map((marker) => (
        <FindingBadge key={marker.roomId} marker={marker} />
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
