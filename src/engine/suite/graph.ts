import type { Door } from '../../domain/project';
import { OUTSIDE } from '../../domain/project';
import type { RoomContext } from '../rooms';

/** One door of the suite with the contexts of its two sides; `sideB` is null for a door to the outdoors. */
export interface SuiteDoor {
  readonly door: Door;
  readonly sideA: RoomContext;
  readonly sideB: RoomContext | null;
}

/** A door seen from one room: the door and the room (or the outdoors, null) on its far side. */
export interface SuiteEdge {
  readonly door: Door;
  readonly other: RoomContext | null;
}

/** The door graph the suite rules read: rooms as nodes, doors as edges, the outdoors as one node (null). */
export interface SuiteGraph {
  readonly rooms: readonly RoomContext[];
  readonly doors: readonly SuiteDoor[];
  /** Doors of a room by room id; rooms without doors map to an empty list. */
  readonly edgesOf: (roomId: string) => readonly SuiteEdge[];
}

const NO_EDGES: readonly SuiteEdge[] = [];

/** Builds the door graph. Doors naming a room id missing from `rooms` are left out, as the room and door checks do. */
export function buildSuiteGraph(rooms: readonly RoomContext[], doors: readonly Door[]): SuiteGraph {
  const byId = new Map(rooms.map((context) => [context.room.id, context]));
  const edges = new Map<string, SuiteEdge[]>();
  const suiteDoors: SuiteDoor[] = [];

  const addEdge = (roomId: string, edge: SuiteEdge) => {
    const list = edges.get(roomId);
    if (list === undefined) edges.set(roomId, [edge]);
    else list.push(edge);
  };

  for (const door of doors) {
    const sideA = byId.get(door.roomA);
    const sideB = door.roomB === OUTSIDE ? null : byId.get(door.roomB);
    if (sideA === undefined || sideB === undefined) continue;
    suiteDoors.push({ door, sideA, sideB });
    addEdge(sideA.room.id, { door, other: sideB });
    if (sideB !== null) addEdge(sideB.room.id, { door, other: sideA });
  }
  return { rooms, doors: suiteDoors, edgesOf: (roomId) => edges.get(roomId) ?? NO_EDGES };
}

/** Cleanliness rank of one side of a door: a clean rank (lower is cleaner), non-clean, or unknown. */
export type SideRank =
  | { readonly state: 'clean'; readonly rank: number }
  | { readonly state: 'non-clean' }
  | { readonly state: 'unknown' };

/** Class order a rule ranks rooms by: ISO class (GB 50073), GMP grade (China GMP, EU GMP), GB 50333 or GB 50687 class. */
export type RankBy = 'iso-class' | 'grade' | 'hospital-class' | 'food-class';

const GRADE_RANK = { A: 0, B: 1, C: 2, D: 3 } as const;
/** Roman class I (cleanest) to IV, as GB 50333 and GB 50687 number them. */
const ROMAN_CLASS_RANK = { I: 0, II: 1, III: 2, IV: 3 } as const;
const NON_CLEAN: SideRank = { state: 'non-clean' };
const UNKNOWN: SideRank = { state: 'unknown' };

/**
 * Ranks one side. The outdoors and unclassified rooms are non-clean. A room whose class is of
 * another kind than `rankBy` reads is unknown: an ISO class alone gives no GMP grade, and GB 50687
 * classes have no ISO class. GB 50333 rooms rank by the ISO class derived from their class.
 */
export function rankSide(context: RoomContext | null, rankBy: RankBy): SideRank {
  if (context === null || context.unclassified) return NON_CLEAN;
  const cleanliness = context.room.cleanliness;
  switch (rankBy) {
    case 'grade':
      return context.grade === null ? UNKNOWN : { state: 'clean', rank: GRADE_RANK[context.grade] };
    case 'hospital-class':
      return cleanliness?.kind === 'hospital' ? { state: 'clean', rank: ROMAN_CLASS_RANK[cleanliness.hospitalClass] } : UNKNOWN;
    case 'food-class':
      return cleanliness?.kind === 'food' ? { state: 'clean', rank: ROMAN_CLASS_RANK[cleanliness.foodClass] } : UNKNOWN;
    case 'iso-class':
      return context.isoClass === null ? UNKNOWN : { state: 'clean', rank: context.isoClass };
  }
}

/** Returns the room id of a side, or `outside` for the outdoors. */
export function sideId(context: RoomContext | null): string {
  return context === null ? OUTSIDE : context.room.id;
}
