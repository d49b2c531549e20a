import { orificeForm, type OrificeForm } from './data';
import { orificeLaw } from './flowLaw';
import { OUTSIDE_NODE, type NetworkPath, type NetworkRoom } from './types';

export interface GridNetworkOptions {
  readonly rows: number;
  readonly columns: number;
  /** Seed of the deterministic pseudo-random door areas and offsets. */
  readonly seed?: number;
  /** Every n-th room along the outer edge gets a door to outdoors. */
  readonly outsideDoorEvery?: number;
  /** Orifice form of every door, by default the BS EN 12101-6 form. */
  readonly form?: OrificeForm;
}

export interface GeneratedNetwork {
  readonly rooms: NetworkRoom[];
  readonly paths: NetworkPath[];
}

/** Leakage areas (m²) drawn for doors: a 0.9 × 2.1 m single leaf to a pair of 1.0 × 2.1 m leaves at 5 mm. */
const AREA_RANGE_M2 = [0.03, 0.0715] as const;
/** Offsets (m³/h) drawn for rooms: mostly supplied, some exhausted, as in a mixed suite. */
const OFFSET_RANGE_M3H = [-100, 150] as const;

/** Mulberry32: a small deterministic generator of numbers in [0, 1). */
function pseudoRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function between(random: () => number, [low, high]: readonly [number, number]): number {
  return low + (high - low) * random();
}

function isOnEdge(row: number, column: number, options: GridNetworkOptions): boolean {
  return row === 0 || column === 0 || row === options.rows - 1 || column === options.columns - 1;
}

/**
 * Generates a rows × columns grid of rooms with a door between every pair of neighbours and doors
 * to outdoors along the edge, with pseudo-random door areas and room offsets. For solver tests
 * and the benchmark: 25 × 40 gives 1,000 rooms and about 2,000 doors.
 */
export function generateGridNetwork(options: GridNetworkOptions): GeneratedNetwork {
  const random = pseudoRandom(options.seed ?? 1);
  const form = options.form ?? orificeForm('bs-en-12101-6');
  const outsideDoorEvery = options.outsideDoorEvery ?? 3;
  const roomId = (row: number, column: number) => `r${row}-c${column}`;
  const rooms: NetworkRoom[] = [];
  const paths: NetworkPath[] = [];
  const addDoor = (from: string, to: string) => {
    const law = orificeLaw(between(random, AREA_RANGE_M2), form);
    paths.push({ id: `d${paths.length + 1}`, kind: 'door', from, to, law });
  };

  let edgeCount = 0;
  for (let row = 0; row < options.rows; row++) {
    for (let column = 0; column < options.columns; column++) {
      const id = roomId(row, column);
      rooms.push({ id, fixedPressurePa: null, offsetM3h: between(random, OFFSET_RANGE_M3H) });
      if (column > 0) addDoor(roomId(row, column - 1), id);
      if (row > 0) addDoor(roomId(row - 1, column), id);
      if (isOnEdge(row, column, options) && edgeCount++ % outsideDoorEvery === 0) addDoor(id, OUTSIDE_NODE);
    }
  }
  return { rooms, paths };
}
