import { createEmptyProject } from '../../../src/app/store/projectStore';
import type { Door, Project, Room } from '../../../src/domain/project';
import { createRoom } from '../../../src/app/editor/roomFactory';
import { rectanglePolygon } from '../../../src/app/editor/geometry';

export function rectangleRoom(id: string, minX: number, minY: number, maxX: number, maxY: number): Room {
  return createRoom(id, id, rectanglePolygon({ minX, minY, maxX, maxY }));
}

/** Two 4 m × 3 m rooms side by side; their shared wall is x = 4000, y 0–3000. */
export function twoAdjacentRooms(doors: readonly Door[] = []): Project {
  return {
    ...createEmptyProject('pair', '2026-01-01'),
    rooms: [rectangleRoom('left', 0, 0, 4000, 3000), rectangleRoom('right', 4000, 0, 8000, 3000)],
    doors,
  };
}
