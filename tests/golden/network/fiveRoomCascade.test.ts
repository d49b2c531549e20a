/**
 * Golden case: the five-room positive cascade of Siemens Building Technologies, Lab Controls Basic
 * Documentation, chapter "Clean Rooms", Figure 15: personnel corridor 0, airlock +0.050, room 1
 * +0.100, room 2 +0.150, cleanest space +0.200 in. w.c. (steps of 12.45 Pa).
 *
 * Derived test, not published figures: the chain corridor ← airlock ← room 1 ← room 2 ← cleanest
 * has one hinged 42 × 84 in door between neighbours (0.255 ft² = 0.0237 m², Table 3 of the same
 * chapter) and no other leakage. Each door then carries 0.83 × 0.0237 × √12.45 = 0.0694 m³/s
 * ≈ 250 m³/h, so the cleanest room needs an offset of +250 m³/h, room 2, room 1 and the airlock 0,
 * and the corridor, held at 0 Pa as a room, −250 m³/h.
 */
import { describe, expect, it } from 'vitest';
import {
  classifyAirlock,
  gapPreset,
  leakageAreaM2,
  offsetsFromPressures,
  orificeForm,
  orificeLaw,
  recogniseAirlocks,
  solveNetwork,
  type NetworkPath,
  type NetworkSolution,
} from '../../../src/engine/network';

const PA_PER_IN_WC = 249.089;
const M_PER_IN = 0.0254;
const STEP_PA = 0.05 * PA_PER_IN_WC;
const PUBLISHED_DOOR_FLOW_M3H = 250;

const ROOMS = [
  { id: 'corridor', pressurePa: 0 },
  { id: 'airlock', pressurePa: STEP_PA },
  { id: 'room-1', pressurePa: 2 * STEP_PA },
  { id: 'room-2', pressurePa: 3 * STEP_PA },
  { id: 'cleanest', pressurePa: 4 * STEP_PA },
];

const doorAreaM2 = leakageAreaM2({ type: 'single', widthM: 42 * M_PER_IN, heightM: 84 * M_PER_IN, gaps: gapPreset('hinged-us') });
const doorLaw = orificeLaw(doorAreaM2, orificeForm('bs-en-12101-6'));

/** Doors from the cleaner room to the next one down the chain, so positive flow runs down the cascade. */
const DOORS: NetworkPath[] = ROOMS.slice(1).map((room, index) => ({
  id: `door-${index + 1}`,
  kind: 'door',
  from: room.id,
  to: ROOMS[index]!.id,
  law: doorLaw,
}));

function offsetOf(solution: NetworkSolution, roomId: string): number {
  return solution.rooms.find((room) => room.id === roomId)!.offsetM3h!;
}

describe('five-room cascade, offsets from pressures', () => {
  const solution = offsetsFromPressures(ROOMS, DOORS);

  it('door leakage area is 0.0237 m²', () => {
    expect(doorAreaM2).toBeCloseTo(0.0237, 4);
  });

  it('each door carries 250 m³/h', () => {
    for (const door of solution.paths) {
      expect(door.deltaPa).toBeCloseTo(STEP_PA, 10);
      expect(Math.abs(door.flowM3h! - PUBLISHED_DOOR_FLOW_M3H)).toBeLessThan(1);
    }
  });

  it('cleanest room needs +250 m³/h', () => {
    expect(Math.abs(offsetOf(solution, 'cleanest') - PUBLISHED_DOOR_FLOW_M3H)).toBeLessThan(1);
  });

  it('intermediate rooms need no offset', () => {
    for (const id of ['room-2', 'room-1', 'airlock']) expect(Math.abs(offsetOf(solution, id))).toBeLessThan(1e-9);
  });

  it('corridor receives 250 m³/h', () => {
    expect(Math.abs(offsetOf(solution, 'corridor') + PUBLISHED_DOOR_FLOW_M3H)).toBeLessThan(1);
  });

  it('is solved with no findings', () => {
    expect(solution.status).toBe('solved');
    expect(solution.findings).toEqual([]);
  });

  it('minimum step check', () => {
    const passing = offsetsFromPressures(ROOMS, DOORS, { checks: { minDoorDeltaPa: 10 } });
    const failing = offsetsFromPressures(ROOMS, DOORS, { checks: { minDoorDeltaPa: 15 } });
    expect(passing.findings).toEqual([]);
    expect(failing.findings.map((finding) => finding.code)).toEqual(Array(4).fill('small-door-dp'));
  });
});

describe('five-room cascade, pressures from offsets', () => {
  const forward = offsetsFromPressures(ROOMS, DOORS);
  const rooms = ROOMS.map((room) =>
    room.id === 'corridor'
      ? { id: room.id, fixedPressurePa: 0, offsetM3h: null }
      : { id: room.id, fixedPressurePa: null, offsetM3h: offsetOf(forward, room.id) },
  );
  const inverse = solveNetwork(rooms, DOORS);

  it('recovers every room pressure', () => {
    expect(inverse.status).toBe('solved');
    ROOMS.forEach((room, index) => {
      expect(Math.abs(inverse.rooms[index]!.pressurePa! - room.pressurePa)).toBeLessThan(0.01);
    });
  });

  it('closes every mass balance to 0.1 m³/h', () => {
    for (const room of inverse.rooms.filter((result) => result.pressureSource === 'solved')) {
      expect(Math.abs(room.residualM3h!)).toBeLessThanOrEqual(0.1);
    }
  });

  it('airlock types are cascades', () => {
    const pressures = new Map(inverse.rooms.map((room) => [room.id, room.pressurePa]));
    const airlocks = recogniseAirlocks(pressures, DOORS);
    expect(airlocks.map((candidate) => [candidate.roomId, candidate.type])).toEqual([
      ['airlock', 'cascade'],
      ['room-1', 'cascade'],
      ['room-2', 'cascade'],
    ]);
    expect(classifyAirlock(STEP_PA, 0, 2 * STEP_PA, 10)).toBe('cascade');
  });
});
