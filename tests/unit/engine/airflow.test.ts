import { describe, expect, it } from 'vitest';
import { computeRoomMetrics, computeSupplyAirflow } from '../../../src/engine/index';
import { GRADE, ISO, makeRoom, rectangle } from './fixtures';

const NO_SUPPLY = { supplyM3h: null, velocityMs: null, ach: null };

describe('computeSupplyAirflow', () => {
  it('derives supply from ACH × volume', () => {
    const result = computeSupplyAirflow({ ...NO_SUPPLY, ach: 20 }, 80, 216);
    expect(result.supplyM3h).toBe(4_320);
    expect(result.source).toBe('ach');
    expect(result.ach).toBe(20);
  });

  it('derives supply from velocity × area × 3600', () => {
    const result = computeSupplyAirflow({ ...NO_SUPPLY, velocityMs: 0.45 }, 10, 30);
    expect(result.supplyM3h).toBeCloseTo(16_200, 9);
    expect(result.source).toBe('velocity');
    expect(result.ach).toBeCloseTo(540, 9);
  });

  it('uses a given supply and derives the ACH', () => {
    const result = computeSupplyAirflow({ ...NO_SUPPLY, supplyM3h: 3_240 }, 80, 216);
    expect(result.source).toBe('supply');
    expect(result.ach).toBe(15);
  });

  it('prefers supply, then velocity, then ACH', () => {
    expect(computeSupplyAirflow({ supplyM3h: 1_000, velocityMs: 0.3, ach: 10 }, 10, 30).source).toBe('supply');
    expect(computeSupplyAirflow({ supplyM3h: null, velocityMs: 0.3, ach: 10 }, 10, 30).source).toBe('velocity');
  });

  it('notes values that disagree by more than 1 %', () => {
    const result = computeSupplyAirflow({ ...NO_SUPPLY, supplyM3h: 4_000, ach: 20 }, 80, 216);
    expect(result.notes).toHaveLength(1);
    expect(result.notes[0]!.code).toBe('supply-values-disagree');
    expect(result.notes[0]!.params).toMatchObject({ used: 'supply', ignored: 'ach', usedM3h: 4_000, ignoredM3h: 4_320 });
  });

  it('does not note values within 1 %', () => {
    const result = computeSupplyAirflow({ ...NO_SUPPLY, supplyM3h: 4_300, ach: 20 }, 80, 216);
    expect(result.notes).toHaveLength(0);
  });

  it('skips ACH when the volume is unknown', () => {
    const result = computeSupplyAirflow({ ...NO_SUPPLY, ach: 20 }, 80, null);
    expect(result.supplyM3h).toBeNull();
    expect(result.ach).toBeNull();
  });
});

describe('computeRoomMetrics', () => {
  it('computes area, volume, supply and sampling locations', () => {
    const metrics = computeRoomMetrics(makeRoom({ id: 'r', cleanliness: ISO(7), design: { ach: 20 } }));
    expect(metrics.areaM2).toBe(80);
    expect(metrics.volumeM3).toBeCloseTo(216, 9);
    expect(metrics.supplyM3h).toBeCloseTo(4_320, 6);
    expect(metrics.samplingLocations).toBe(16);
    expect(metrics.airflowPattern).toBe('non-unidirectional');
  });

  it('takes a grade at its at-rest ISO equivalent', () => {
    const metrics = computeRoomMetrics(makeRoom({ id: 'r', cleanliness: GRADE('C') }));
    expect(metrics.isoClass).toBe(7);
    expect(metrics.grade).toBe('C');
  });

  it('reports no area for a placeholder polygon', () => {
    const metrics = computeRoomMetrics(makeRoom({ id: 'r', cleanliness: ISO(7), areaKnown: false, design: { ach: 20 } }));
    expect(metrics.areaM2).toBeNull();
    expect(metrics.volumeM3).toBeNull();
    expect(metrics.supplyM3h).toBeNull();
    expect(metrics.samplingLocations).toBeNull();
  });

  it('infers unidirectional flow from a design velocity', () => {
    const metrics = computeRoomMetrics(makeRoom({ id: 'r', polygon: rectangle(0, 0, 2_000, 2_000), design: { velocityMs: 0.4 } }));
    expect(metrics.airflowPattern).toBe('unidirectional');
    expect(metrics.velocityMs).toBeCloseTo(0.4, 12);
  });

  it('has no sampling locations for an unclassified room', () => {
    const metrics = computeRoomMetrics(makeRoom({ id: 'r', cleanliness: { kind: 'unclassified' } }));
    expect(metrics.samplingLocations).toBeNull();
  });
});
