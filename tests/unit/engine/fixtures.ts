import type { Cleanliness } from '../../../src/domain/cleanliness';
import { EMPTY_DESIGN, type Door, type PointMm, type Project, type Room, type RoomDesign } from '../../../src/domain/project';

/** Rectangle outline in millimetres with its corner at (x, y). */
export function rectangle(x: number, y: number, widthMm: number, depthMm: number): PointMm[] {
  return [
    { x, y },
    { x: x + widthMm, y },
    { x: x + widthMm, y: y + depthMm },
    { x, y: y + depthMm },
  ];
}

export const ISO = (isoClass: number): Cleanliness => ({ kind: 'iso', isoClass });
export const GRADE = (grade: 'A' | 'B' | 'C' | 'D'): Cleanliness => ({ kind: 'gmp', grade });
export const UNCLASSIFIED: Cleanliness = { kind: 'unclassified' };

export interface RoomOptions {
  readonly id: string;
  readonly name?: string;
  readonly use?: string | null;
  readonly polygon?: PointMm[];
  readonly clearHeightM?: number | null;
  readonly cleanliness?: Cleanliness | null;
  readonly airflowPattern?: Room['airflowPattern'];
  readonly containment?: boolean;
  readonly areaKnown?: boolean;
  readonly design?: Partial<RoomDesign>;
}

/** Builds a room of 10 × 8 m and 2.7 m clear height unless the options give other values. */
export function makeRoom(options: RoomOptions): Room {
  return {
    id: options.id,
    name: options.name ?? options.id,
    use: options.use ?? null,
    polygon: options.polygon ?? rectangle(0, 0, 10_000, 8_000),
    clearHeightM: options.clearHeightM === undefined ? 2.7 : options.clearHeightM,
    cleanliness: options.cleanliness === undefined ? null : options.cleanliness,
    classLabel: null,
    airflowPattern: options.airflowPattern ?? null,
    containment: options.containment ?? false,
    design: { ...EMPTY_DESIGN, ...options.design },
    ...(options.areaKnown === undefined ? {} : { areaKnown: options.areaKnown }),
  };
}

export function makeDoor(id: string, roomA: string, roomB: string): Door {
  return { id, roomA, roomB, position: null, widthMm: 900 };
}

export function makeProject(rooms: Room[], doors: Door[] = [], ruleSetIds: string[] = ['iso-14644-1-2015', 'gb-50073-2013']): Project {
  return { id: 'test', name: 'Test', customerName: 'Test customer', referenceDate: '2026-01-01', ruleSetIds, rooms, doors };
}
