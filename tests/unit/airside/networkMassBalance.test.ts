import { describe, expect, it } from 'vitest';
import { OUTSIDE, type Door, type Project, type Room } from '../../../src/domain/project';
import { checkProject } from '../../../src/engine/index';
import { door, project, room } from './networkFixtures';

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

/**
 * A grid of rooms: every third room has a design pressure (some negative), the others supply,
 * return and exhaust airflows, so most pressures are solved. Neighbours share a door and the west
 * column has doors to outdoors.
 */
function generatedProject(rows: number, columns: number, seed: number): Project {
  const random = pseudoRandom(seed);
  const rooms: Room[] = [];
  const doors: Door[] = [];
  for (let index = 0; index < rows * columns; index++) {
    const id = `r${index}`;
    const fixed = index % 3 === 0;
    const pressurePa = Math.round(-30 + 80 * random());
    const supplyM3h = Math.round(400 + 600 * random());
    const returnM3h = Math.round(supplyM3h * (0.6 + 0.35 * random()));
    const exhaustM3h = index % 4 === 0 ? Math.round(100 * random()) : 0;
    const design = fixed ? { pressurePa } : { supplyM3h, returnM3h, exhaustM3h };
    rooms.push(room(id, index, design, { containment: false }));
  }
  for (let index = 0; index < rows * columns; index++) {
    const column = index % columns;
    const area = () => 0.01 + 0.05 * random();
    if (column + 1 < columns) doors.push(door(`h${index}`, `r${index}`, `r${index + 1}`, area()));
    if (index + columns < rows * columns) doors.push(door(`v${index}`, `r${index}`, `r${index + columns}`, area()));
    if (column === 0) doors.push(door(`o${index}`, `r${index}`, OUTSIDE, area()));
  }
  return project(rooms, doors);
}

describe('generated network mass balance', () => {
  const input = generatedProject(12, 15, 7);
  const airside = checkProject(input).airside!;

  it('solves every room', () => {
    expect(airside.rooms.every((entry) => entry.pressurePa !== null && entry.offsetM3h !== null)).toBe(true);
  });

  it('door flows balance every room to 0.1 m³/h', () => {
    const net = new Map(input.rooms.map((entry) => [entry.id, 0]));
    for (const flow of airside.doors) {
      net.set(flow.from, (net.get(flow.from) ?? 0) + flow.flowM3h!);
      if (flow.to !== OUTSIDE) net.set(flow.to, (net.get(flow.to) ?? 0) - flow.flowM3h!);
    }
    for (const entry of input.rooms) {
      const offset = airside.rooms.find((result) => result.roomId === entry.id)!.offsetM3h!;
      expect(Math.abs(net.get(entry.id)! - offset), entry.id).toBeLessThanOrEqual(0.1);
    }
  });

  it('solved rooms carry their design offset', () => {
    for (const entry of input.rooms) {
      if (entry.design.pressurePa !== null) continue;
      const given = entry.design.supplyM3h! - entry.design.returnM3h! - entry.design.exhaustM3h!;
      const offset = airside.rooms.find((result) => result.roomId === entry.id)!.offsetM3h!;
      expect(Math.abs(offset - given), entry.id).toBeLessThanOrEqual(0.1);
    }
  });

  it('door flows follow the door pressures', () => {
    for (const flow of airside.doors) {
      if (flow.dpPa === 0) continue;
      expect(Math.sign(flow.flowM3h!), flow.doorId).toBe(Math.sign(flow.dpPa!));
    }
  });
});
