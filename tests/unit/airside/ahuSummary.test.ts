import { describe, expect, it } from 'vitest';
import type { Ahu } from '../../../src/domain/airside';
import type { Project, Room } from '../../../src/domain/project';
import { summariseAhus } from '../../../src/engine/airside/ahuSummary';
import type { FreshAirRequirement, RoomAirside } from '../../../src/engine/airside/types';
import { ISO, makeProject, makeRoom } from '../engine/fixtures';

/**
 * Engine output for one room, as `computeAirside` would hand it over. Only the figures the AHU
 * totals fall back on are set: the governing supply, fresh-air requirements and the grille return.
 */
function roomAirside(roomId: string, figures: { supplyM3h?: number; freshAirM3h?: number[]; returnM3h?: number }): RoomAirside {
  const freshAir: FreshAirRequirement[] = (figures.freshAirM3h ?? []).map((requiredM3h, index) => ({
    ruleSetId: `set-${index}`,
    citation: { ruleSetId: `set-${index}`, standard: 'Test', edition: '2026', clause: '1' },
    terms: [],
    governing: null,
    requiredM3h,
  }));
  return {
    roomId,
    supply: { candidates: [], governing: figures.supplyM3h === undefined ? null : 'cleanliness', requiredM3h: figures.supplyM3h ?? null, marginM3h: null, incomplete: false },
    offsetM3h: null,
    pressurePa: null,
    freshAir,
    recovery: null,
    terminals: null,
    returnGrilles: figures.returnM3h === undefined ? null : { count: 0, returnM3h: figures.returnM3h, positionsMm: [] },
    sampling: null,
  };
}

function room(id: string, ahuId: string | null, design: Partial<Room['design']>): Room {
  return { ...makeRoom({ id, cleanliness: ISO(7), design }), ahuId };
}

function project(rooms: Room[], ahus: Ahu[]): Project {
  return { ...makeProject(rooms), airside: { leakageMethod: 'gaps', doorTableId: null, ahus, terminalCatalog: null } };
}

const AHUS: Ahu[] = [
  { id: 'ahu-1', name: 'AHU-1' },
  { id: 'ahu-2', name: 'AHU-2' },
];

describe('summariseAhus totals', () => {
  const rooms = [
    room('a', 'ahu-1', { supplyM3h: 3_000, returnM3h: 2_400, freshAirM3h: 600, exhaustM3h: 300 }),
    room('b', 'ahu-1', { supplyM3h: 2_000, returnM3h: 1_700, freshAirM3h: 400, exhaustM3h: 0 }),
    room('c', 'ahu-2', { supplyM3h: 1_000, returnM3h: 900, freshAirM3h: 100, exhaustM3h: 50 }),
    room('d', null, { supplyM3h: 9_999 }),
  ];
  const summaries = summariseAhus(project(rooms, AHUS), []);

  it('groups rooms by AHU in the project order', () => {
    expect(summaries.map((entry) => [entry.ahuId, entry.name, entry.roomIds])).toEqual([
      ['ahu-1', 'AHU-1', ['a', 'b']],
      ['ahu-2', 'AHU-2', ['c']],
    ]);
  });

  it('sums supply, return, fresh air and exhaust', () => {
    expect(summaries[0]).toMatchObject({ supplyM3h: 5_000, returnM3h: 4_100, freshAirM3h: 1_000, exhaustM3h: 300, known: true });
    expect(summaries[1]).toMatchObject({ supplyM3h: 1_000, returnM3h: 900, freshAirM3h: 100, exhaustM3h: 50 });
  });

  it('gives the fresh-air ratio in percent', () => {
    expect(summaries[0]?.freshAirRatioPct).toBeCloseTo(20, 9);
    expect(summaries[1]?.freshAirRatioPct).toBeCloseTo(10, 9);
  });

  it('lists no missing rooms when every value is known', () => {
    expect(summaries[0]?.missingRoomIds).toEqual({ supplyM3h: [], returnM3h: [], freshAirM3h: [], exhaustM3h: [] });
  });
});

describe('summariseAhus missing values', () => {
  it('sums the known rooms and lists the others', () => {
    const rooms = [room('a', 'ahu-1', { supplyM3h: 3_000, freshAirM3h: 600 }), room('b', 'ahu-1', { freshAirM3h: 400 })];
    const [summary] = summariseAhus(project(rooms, AHUS.slice(0, 1)), []);
    expect(summary?.supplyM3h).toBe(3_000);
    expect(summary?.missingRoomIds?.supplyM3h).toEqual(['b']);
    expect(summary?.freshAirM3h).toBe(1_000);
    expect(summary?.freshAirRatioPct).toBeNull();
  });

  it('is null when no room has the value', () => {
    const [summary] = summariseAhus(project([room('a', 'ahu-1', {}), room('b', 'ahu-1', {})], AHUS.slice(0, 1)), []);
    expect(summary).toMatchObject({ supplyM3h: null, returnM3h: null, freshAirM3h: null, exhaustM3h: null, freshAirRatioPct: null });
    expect(summary?.missingRoomIds?.exhaustM3h).toEqual(['a', 'b']);
  });

  it('falls back on the engine figures', () => {
    const rooms = [room('a', 'ahu-1', { exhaustM3h: 100 })];
    const airside = [roomAirside('a', { supplyM3h: 3_240, freshAirM3h: [160, 300], returnM3h: 2_900 })];
    const [summary] = summariseAhus(project(rooms, AHUS.slice(0, 1)), airside);
    expect(summary).toMatchObject({ supplyM3h: 3_240, returnM3h: 2_900, freshAirM3h: 300, exhaustM3h: 100 });
    expect(summary?.freshAirRatioPct).toBeCloseTo((300 / 3_240) * 100, 9);
  });

  it('prefers design values to engine figures', () => {
    const rooms = [room('a', 'ahu-1', { ach: 20, returnM3h: 3_000, freshAirM3h: 500, exhaustM3h: 0 })];
    const airside = [roomAirside('a', { supplyM3h: 3_240, freshAirM3h: [160], returnM3h: 2_900 })];
    const [summary] = summariseAhus(project(rooms, AHUS.slice(0, 1)), airside);
    // 20 h⁻¹ × 216 m³ of the 10 × 8 × 2.7 m fixture room.
    expect(summary?.supplyM3h).toBeCloseTo(4_320, 9);
    expect(summary?.returnM3h).toBe(3_000);
    expect(summary?.freshAirM3h).toBe(500);
  });

  it('reports an AHU with no rooms as zero', () => {
    const [, empty] = summariseAhus(project([room('a', 'ahu-1', { supplyM3h: 1_000 })], AHUS), []);
    expect(empty).toMatchObject({ ahuId: 'ahu-2', roomIds: [], supplyM3h: 0, freshAirM3h: 0, freshAirRatioPct: null });
  });
});

describe('summariseAhus unlisted units', () => {
  it('keeps rooms of a deleted AHU under its id', () => {
    const rooms = [room('a', 'ahu-1', { supplyM3h: 1_000 }), room('b', 'ahu-gone', { supplyM3h: 500 })];
    const summaries = summariseAhus(project(rooms, AHUS.slice(0, 1)), []);
    expect(summaries).toHaveLength(2);
    expect(summaries[1]).toMatchObject({ ahuId: 'ahu-gone', name: 'ahu-gone', known: false, roomIds: ['b'], supplyM3h: 500 });
  });

  it('works for projects without air-side settings', () => {
    const summaries = summariseAhus(makeProject([room('a', 'ahu-1', { supplyM3h: 1_000 })]), []);
    expect(summaries).toEqual([expect.objectContaining({ ahuId: 'ahu-1', known: false, supplyM3h: 1_000 })]);
  });

  it('returns nothing when no room has an AHU', () => {
    expect(summariseAhus(makeProject([room('a', null, { supplyM3h: 1_000 })]), [])).toEqual([]);
  });
});
