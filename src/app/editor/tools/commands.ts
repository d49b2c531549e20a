import type { Project } from '../../../domain/project';
import { translatePolygon } from '../geometry';
import type { ToolContext } from './types';

/** Deletes the selected room (with its doors) or door as one undo step; returns false when nothing is selected. */
export function deleteSelection(context: ToolContext): boolean {
  const selection = context.selection();
  if (!selection) return false;
  if (selection.kind === 'room') context.deleteRooms([selection.id]);
  else context.deleteDoor(selection.id);
  context.select(null);
  return true;
}

/**
 * Moves a room and the doors in its walls by (dx, dy) mm. Doors travel with the room so that
 * they stay in its wall; a door whose other room no longer touches that wall keeps its rooms.
 */
export function translateRoom(project: Project, roomId: string, dx: number, dy: number): Project {
  const rooms = project.rooms.map((room) => (room.id === roomId ? { ...room, polygon: translatePolygon(room.polygon, dx, dy) } : room));
  const doors = project.doors.map((door) => {
    const attached = door.roomA === roomId || door.roomB === roomId;
    if (!attached || door.position === null) return door;
    return { ...door, position: { x: door.position.x + dx, y: door.position.y + dy } };
  });
  return { ...project, rooms, doors };
}
