import { describe, expect, it } from 'vitest';
import type { Room } from '../../../src/domain/project';
import { dispersionSupply } from '../../../src/engine/airside/dispersion';
import { recoveryEstimate } from '../../../src/engine/airside/recovery';
import { computeRoomMetrics } from '../../../src/engine/index';
import { GRADE, ISO, makeRoom } from '../engine/fixtures';

// Inputs from rules/airside/dispersion.json: 1 020 000 particles ≥ 0.5 µm per minute per person in
// cleanroom garments (17 000 per second) and a terminal filter efficiency of 0.99995. Targets are
// ISO 14644-1:2015 Table 1 limits at 0.5 µm: ISO 7 352 000/m³, ISO 5 3 520/m³.

function supplyOf(room: Room) {
  return dispersionSupply(room, computeRoomMetrics(room));
}

/** Q = N · D / (E · C), in m³/h. */
const expected = (occupants: number, limitPerM3: number) => ((occupants * 17_000) / (0.99995 * limitPerM3)) * 3600;

describe('dispersion supply', () => {
  it('four people in ISO 7', () => {
    const result = supplyOf(makeRoom({ id: 'r', cleanliness: ISO(7), design: { occupants: 4 } }));
    expect(result.m3h).toBeCloseTo(expected(4, 352_000), 6);
    expect(result.basis.params.targetPerM3).toBe(352_000);
    expect(result.basis.params.dispersedPerS).toBe(68_000);
  });

  it('grade B targets its at-rest class', () => {
    const result = supplyOf(makeRoom({ id: 'r', cleanliness: GRADE('B'), design: { occupants: 2 } }));
    expect(result.m3h).toBeCloseTo(expected(2, 3_520), 6);
  });

  it('scales with occupants', () => {
    const onePerson = supplyOf(makeRoom({ id: 'r', cleanliness: ISO(8), design: { occupants: 1 } })).m3h!;
    const threePeople = supplyOf(makeRoom({ id: 'r', cleanliness: ISO(8), design: { occupants: 3 } })).m3h!;
    expect(threePeople / onePerson).toBeCloseTo(3, 9);
  });

  it('unidirectional room is out of scope', () => {
    const result = supplyOf(makeRoom({ id: 'r', cleanliness: ISO(5), airflowPattern: 'unidirectional', design: { occupants: 2 } }));
    expect(result.m3h).toBeNull();
    expect(result.basis.code).toBe('dispersion-unidirectional');
  });

  it('missing occupants', () => {
    const result = supplyOf(makeRoom({ id: 'r', cleanliness: ISO(7) }));
    expect(result.m3h).toBeNull();
    expect(result.basis.params.missing).toBe('occupants');
  });

  it('missing class', () => {
    const result = supplyOf(makeRoom({ id: 'r', cleanliness: null, design: { occupants: 2 } }));
    expect(result.basis.params.missing).toBe('isoClass');
  });
});

describe('dispersion finding', () => {
  function findingOf(room: Room) {
    const result = recoveryEstimate({ room, metrics: computeRoomMetrics(room), offsetM3h: null, ruleSets: [] });
    return result.findings.find((finding) => finding.ruleId === 'airside-design/dispersion-supply');
  }

  it('design above the estimate passes', () => {
    const finding = findingOf(makeRoom({ id: 'r', cleanliness: ISO(7), design: { occupants: 4, supplyM3h: 1_000 } }));
    expect(finding?.outcome).toBe('pass');
    expect(finding?.kind).toBe('guidance');
    expect(finding?.verified).toBe(false);
    expect(finding?.required?.min).toBeCloseTo(expected(4, 352_000), 6);
  });

  it('design below the estimate fails', () => {
    const finding = findingOf(makeRoom({ id: 'r', cleanliness: ISO(7), design: { occupants: 4, supplyM3h: 600 } }));
    expect(finding?.outcome).toBe('fail');
    expect(finding?.reason.code).toBe('dispersion-supply-short');
  });

  it('missing occupants cannot be evaluated', () => {
    const finding = findingOf(makeRoom({ id: 'r', cleanliness: ISO(7), design: { supplyM3h: 600 } }));
    expect(finding?.outcome).toBe('cannot-evaluate');
  });

  it('unidirectional room gets none', () => {
    const room = makeRoom({ id: 'r', cleanliness: ISO(5), airflowPattern: 'unidirectional', design: { occupants: 2, velocityMs: 0.4 } });
    expect(findingOf(room)).toBeUndefined();
  });
});
