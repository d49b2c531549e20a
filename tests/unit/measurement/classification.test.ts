import { describe, expect, it } from 'vitest';
import { classifyIso1999, classifyIso2015, studentT95, upperConfidenceLimit } from '../../../src/engine/measurement';
import { locations, measurement, sample, uniformLocations } from './fixtures';

const CLEAN_SAMPLE = sample(30, { '0.5': 3000 });

describe('classification cannot evaluate', () => {
  it('without a floor area', () => {
    const result = classifyIso2015(null, measurement(7, ['0.5'], uniformLocations(9, CLEAN_SAMPLE)));
    expect(result.outcome).toBe('cannot-evaluate');
    expect(result.problems).toContainEqual({ code: 'area-missing' });
    expect(result.requiredLocations).toBeNull();
  });

  it('with a count missing at a size', () => {
    const samples = [[sample(30, { '0.5': 10 })], [sample(30, { '0.5': 10, '5': 0 })]];
    const result = classifyIso2015(4, measurement(7, ['0.5', '5'], locations(samples)));
    expect(result.outcome).toBe('cannot-evaluate');
    expect(result.problems).toEqual([{ code: 'count-missing', location: 'L1', sample: 1, sizeUm: '5' }]);
  });

  it('with a negative count', () => {
    const result = classifyIso2015(4, measurement(7, ['0.5'], uniformLocations(2, sample(30, { '0.5': -3 }))));
    expect(result.problems).toContainEqual({ code: 'count-invalid', location: 'L1', sample: 1, sizeUm: '0.5', count: -3 });
  });

  it('with a location without samples', () => {
    const result = classifyIso2015(4, measurement(7, ['0.5'], locations([[CLEAN_SAMPLE], []])));
    expect(result.problems).toContainEqual({ code: 'location-without-samples', location: 'L2' });
  });

  it('with a sample under one minute', () => {
    // One minute at 28.3 L/min is 28.3 L, so a 20 L sample is too small even at ISO 8.
    const result = classifyIso2015(4, measurement(8, ['0.5'], uniformLocations(2, sample(20, { '0.5': 10 }))));
    expect(result.problems[0]).toMatchObject({ code: 'sample-volume-too-small', requiredL: 28.3, foundL: 20 });
  });

  it('with a zero counter flow', () => {
    const result = classifyIso2015(4, measurement(7, ['0.5'], uniformLocations(2, CLEAN_SAMPLE), 0));
    expect(result.problems).toContainEqual({ code: 'counter-flow-invalid', counterFlowLpm: 0 });
  });

  it('with an invalid class', () => {
    const result = classifyIso2015(4, measurement(7.25, ['0.5'], uniformLocations(2, CLEAN_SAMPLE)));
    expect(result.problems).toEqual([{ code: 'class-invalid', isoClass: 7.25 }]);
  });

  it('with no sizes considered', () => {
    const result = classifyIso2015(4, measurement(7, [], uniformLocations(2, CLEAN_SAMPLE)));
    expect(result.problems).toContainEqual({ code: 'sizes-missing' });
  });
});

describe('classification details', () => {
  it('averages samples at a location', () => {
    // (1 000 + 3 000) / 2 counts in 50 L = 40 000 particles/m³.
    const samples = [[sample(50, { '0.5': 1000 }), sample(50, { '0.5': 3000 })], [sample(50, { '0.5': 0 })]];
    const result = classifyIso2015(4, measurement(7, ['0.5'], locations(samples)));
    expect(result.locations[0]?.sizes[0]?.meanPerM3).toBeCloseTo(40_000, 6);
    expect(result.locations[0]?.sampleCount).toBe(2);
  });

  it('uses a slower counter for the one-minute volume', () => {
    const result = classifyIso2015(4, measurement(7, ['0.5'], uniformLocations(2, sample(3, { '0.5': 0 })), 2.83));
    expect(result.requiredVolume?.oneMinuteL).toBeCloseTo(2.83, 10);
    expect(result.outcome).toBe('pass');
  });

  it('rejects classes a small sample cannot support', () => {
    // Zero counts in 28.3 L meet every limit, but a class is supported only when its 0.5 µm limit
    // is at least 20 / 28.3 × 1000 = 707: ISO 4.3 allows 702 and ISO 4.4 allows 884.
    const result = classifyIso2015(4, measurement(7, ['0.5'], uniformLocations(2, sample(28.3, { '0.5': 0 }))));
    expect(result.achievedClass).toBe(4.4);
  });
});

describe('ISO 14644-1:1999 UCL', () => {
  it('has Student t for 2 to 9 locations', () => {
    expect([2, 3, 4, 5, 6, 7, 8, 9].map(studentT95)).toEqual([6.3, 2.9, 2.4, 2.1, 2.0, 1.9, 1.9, 1.9]);
  });

  it('rejects t outside 2 to 9', () => {
    expect(() => studentT95(10)).toThrow(/2 to 9 locations/);
  });

  it('is not applied to one location', () => {
    expect(upperConfidenceLimit([100], '0.5', 352_000)).toBeNull();
  });

  it('passes when every location mean and the UCL pass', () => {
    const result = classifyIso1999(4, measurement(7, ['0.5'], uniformLocations(2, CLEAN_SAMPLE)));
    // Equal means: s = 0, so UCL = M = 100 000.
    expect(result.ucl[0]?.uclPerM3).toBeCloseTo(100_000, 6);
    expect(result.outcome).toBe('pass');
  });
});
