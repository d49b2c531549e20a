import { OUTSIDE_NODE } from './types';

/**
 * Airlock type of a room between two others, by its pressure:
 * - `cascade`: its pressure lies between the two sides, so air passes through it one way.
 * - `bubble`: it is above both sides, so air leaves it into both.
 * - `sink`: it is below both sides, so air enters it from both.
 */
export type AirlockType = 'cascade' | 'bubble' | 'sink';

/**
 * Classifies a room between two sides by pressure (Pa, relative to outdoors). Each difference must
 * exceed `minStepPa` (default 0: any difference) to count. Returns null when a difference is too
 * small for any type or a pressure is missing.
 */
export function classifyAirlock(roomPa: number | null, sideAPa: number | null, sideBPa: number | null, minStepPa = 0): AirlockType | null {
  if (roomPa === null || sideAPa === null || sideBPa === null) return null;
  const aboveA = roomPa - sideAPa > minStepPa;
  const aboveB = roomPa - sideBPa > minStepPa;
  const belowA = sideAPa - roomPa > minStepPa;
  const belowB = sideBPa - roomPa > minStepPa;
  if (aboveA && aboveB) return 'bubble';
  if (belowA && belowB) return 'sink';
  if ((aboveA && belowB) || (belowA && aboveB)) return 'cascade';
  return null;
}

export interface AirlockCandidate {
  readonly roomId: string;
  /** The two neighbours (room ids or `outside`), in the order their first paths are listed. */
  readonly sideIds: readonly [string, string];
  /** Null when a pressure is missing or a step is not above `minStepPa`. */
  readonly type: AirlockType | null;
}

/**
 * Finds every room whose paths lead to exactly two other nodes and classifies it. `pressurePa`
 * maps each room to its pressure (Pa, null when unknown), and `outside` is 0 Pa. `roomIds`
 * restricts the search, e.g. to rooms whose use is airlock. By default every room with two
 * neighbours is returned.
 */
export function recogniseAirlocks(
  pressurePa: ReadonlyMap<string, number | null>,
  paths: readonly { readonly from: string; readonly to: string }[],
  options: { readonly minStepPa?: number; readonly roomIds?: readonly string[] } = {},
): AirlockCandidate[] {
  const neighbours = new Map<string, string[]>();
  const addNeighbour = (room: string, other: string) => {
    const list = neighbours.get(room) ?? [];
    if (!list.includes(other)) list.push(other);
    neighbours.set(room, list);
  };
  for (const path of paths) {
    addNeighbour(path.from, path.to);
    addNeighbour(path.to, path.from);
  }

  const pressureOf = (id: string) => (id === OUTSIDE_NODE ? 0 : (pressurePa.get(id) ?? null));
  const candidates = options.roomIds ?? [...pressurePa.keys()];
  return candidates.flatMap((roomId) => {
    const sides = neighbours.get(roomId);
    if (roomId === OUTSIDE_NODE || sides === undefined || sides.length !== 2) return [];
    const [sideA, sideB] = sides as [string, string];
    const type = classifyAirlock(pressureOf(roomId), pressureOf(sideA), pressureOf(sideB), options.minStepPa);
    return [{ roomId, sideIds: [sideA, sideB] as const, type }];
  });
}
