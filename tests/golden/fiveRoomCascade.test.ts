import { describe, expect, it } from 'vitest';
import type { Cleanliness } from '../../src/domain/cleanliness';
import { EMPTY_DESIGN, type Door, type Project, type Room } from '../../src/domain/project';
import { checkProject } from '../../src/engine/index';

// Source: Siemens Building Technologies, Lab Controls Basic Documentation, chapter "Clean Rooms",
// Fig. 15: personnel corridor 0, airlock +0.050, room 1 +0.100, room 2 +0.150 and cleanest space
// +0.200 in. w.c. relative to the corridor, i.e. 0, 12.5, 24.9, 37.4 and 49.8 Pa.
// The source gives no room sizes or classes. This test chooses 4 × 4 m rooms and a class gradient
// that rises with the pressure (corridor unclassified), once as ISO classes and once as GMP
// grades. The pressures are the published ones.
const ROOMS: { id: string; pressurePa: number; iso: Cleanliness; grade: Cleanliness }[] = [
  { id: 'corridor', pressurePa: 0, iso: { kind: 'unclassified' }, grade: { kind: 'unclassified' } },
  { id: 'airlock', pressurePa: 12.5, iso: { kind: 'iso', isoClass: 8 }, grade: { kind: 'gmp', grade: 'D' } },
  { id: 'room-1', pressurePa: 24.9, iso: { kind: 'iso', isoClass: 7 }, grade: { kind: 'gmp', grade: 'C' } },
  { id: 'room-2', pressurePa: 37.4, iso: { kind: 'iso', isoClass: 6 }, grade: { kind: 'gmp', grade: 'B' } },
  { id: 'cleanest', pressurePa: 49.8, iso: { kind: 'iso', isoClass: 5 }, grade: { kind: 'gmp', grade: 'A' } },
];

function cascade(scheme: 'iso' | 'grade', ruleSetIds: string[]): Project {
  const rooms: Room[] = ROOMS.map((entry, index) => ({
    id: entry.id,
    name: entry.id,
    use: null,
    polygon: [
      { x: index * 4_000, y: 0 },
      { x: (index + 1) * 4_000, y: 0 },
      { x: (index + 1) * 4_000, y: 4_000 },
      { x: index * 4_000, y: 4_000 },
    ],
    clearHeightM: 2.7,
    cleanliness: entry[scheme],
    classLabel: null,
    airflowPattern: null,
    containment: false,
    design: { ...EMPTY_DESIGN, pressurePa: entry.pressurePa },
  }));
  const doors: Door[] = ROOMS.slice(1).map((entry, index) => ({
    id: `door-${index + 1}`,
    roomA: ROOMS[index]!.id,
    roomB: entry.id,
    position: null,
    widthMm: 1_067,
  }));
  return { id: 'cascade', name: 'Five-room cascade', customerName: '', referenceDate: '2026-01-01', ruleSetIds, rooms, doors };
}

describe('five-room positive cascade', () => {
  it('passes every GB 50073 step of at least 5 Pa', () => {
    const result = checkProject(cascade('iso', ['gb-50073-2013']));
    const steps = result.findings.filter((f) => f.doorId !== null);
    expect(steps.map((f) => f.ruleId)).toEqual([
      'gb-50073-2013/dp-clean-non-clean',
      'gb-50073-2013/dp-between-classes',
      'gb-50073-2013/dp-between-classes',
      'gb-50073-2013/dp-between-classes',
    ]);
    for (const step of steps) {
      expect(step.outcome).toBe('pass');
      expect(step.actual).toBeGreaterThanOrEqual(12.4 - 1e-9);
    }
  });

  it('passes every China GMP step of at least 10 Pa', () => {
    const result = checkProject(cascade('grade', ['china-gmp-2010']));
    const steps = result.findings.filter((f) => f.doorId !== null);
    expect(steps.map((f) => f.ruleId)).toEqual([
      'china-gmp-2010/dp-clean-non-clean',
      'china-gmp-2010/dp-between-grades',
      'china-gmp-2010/dp-between-grades',
      'china-gmp-2010/dp-between-grades',
    ]);
    expect(steps.map((f) => f.outcome)).toEqual(['pass', 'pass', 'pass', 'pass']);
    expect(steps.map((f) => f.roomId)).toEqual(['airlock', 'room-1', 'room-2', 'cleanest']);
  });

  it('reports each door pressure difference', () => {
    const result = checkProject(cascade('iso', ['gb-50073-2013']));
    const deltas = result.doors.map((door) => door.deltaPa!);
    [-12.5, -12.4, -12.5, -12.4].forEach((expected, index) => expect(deltas[index]).toBeCloseTo(expected, 9));
  });
});
