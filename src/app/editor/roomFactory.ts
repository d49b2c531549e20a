import { EMPTY_DESIGN, type PointMm, type Room } from '../../domain/project';

/**
 * Clear height given to new rooms (m): a usual finished-floor to ceiling-grid height in
 * pharmaceutical and electronics suites. It is a starting value to edit, not a requirement.
 */
export const DEFAULT_CLEAR_HEIGHT_M = 2.7;

export function createRoom(id: string, name: string, polygon: readonly PointMm[]): Room {
  return {
    id,
    name,
    use: null,
    // Whole millimetres, with -0 turned into 0.
    polygon: polygon.map((point) => ({ x: Math.round(point.x) + 0, y: Math.round(point.y) + 0 })),
    clearHeightM: DEFAULT_CLEAR_HEIGHT_M,
    cleanliness: null,
    classLabel: null,
    airflowPattern: null,
    containment: false,
    design: EMPTY_DESIGN,
  };
}

/**
 * Returns the first `Room N` name (through `formatName`, so `房间 N` in Chinese) that no room
 * uses, counting from the number of rooms plus one.
 */
export function nextRoomName(rooms: readonly Room[], formatName: (n: number) => string): string {
  const used = new Set(rooms.map((room) => room.name));
  let n = rooms.length + 1;
  while (used.has(formatName(n))) n += 1;
  return formatName(n);
}
