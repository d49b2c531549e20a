import { describe, expect, it } from 'vitest';
import { crackLengthM, leakageAreaM2, LeakageInputError, type DoorGapsMm } from '../../../src/engine/network';

const GAPS: DoorGapsMm = { headMm: 3, thresholdMm: 10, jambMm: 4, meetingMm: 6 };

describe('leakageAreaM2', () => {
  it('single leaf crack', () => {
    // 1.0 × (3 + 10) mm + 2 × 2.1 × 4 mm = 13 + 16.8 = 29.8 × 10⁻³ m²
    expect(leakageAreaM2({ type: 'single', widthM: 1.0, heightM: 2.1, gaps: GAPS })).toBeCloseTo(0.0298, 12);
  });

  it('sliding door and pass box', () => {
    const single = leakageAreaM2({ type: 'single', widthM: 0.6, heightM: 0.6, gaps: GAPS });
    expect(leakageAreaM2({ type: 'sliding', widthM: 0.6, heightM: 0.6, gaps: GAPS })).toBe(single);
    expect(leakageAreaM2({ type: 'pass_box', widthM: 0.6, heightM: 0.6, gaps: GAPS })).toBe(single);
  });

  it('double door with meeting edge', () => {
    // 2 × 0.9 × 13 mm + 2 × 2.1 × 4 mm + 2.1 × 6 mm = 23.4 + 16.8 + 12.6 = 52.8 × 10⁻³ m²
    expect(leakageAreaM2({ type: 'double', leafWidthM: 0.9, heightM: 2.1, gaps: GAPS })).toBeCloseTo(0.0528, 12);
  });

  it('fixed opening leaks over its whole area', () => {
    expect(leakageAreaM2({ type: 'opening', widthM: 0.3, heightM: 0.2 })).toBeCloseTo(0.06, 12);
  });

  it('zero gaps give zero area', () => {
    const closed = { headMm: 0, thresholdMm: 0, jambMm: 0, meetingMm: 0 };
    expect(leakageAreaM2({ type: 'double', leafWidthM: 1, heightM: 2, gaps: closed })).toBe(0);
  });

  it('rejects a zero width naming the field', () => {
    expect(() => leakageAreaM2({ type: 'single', widthM: 0, heightM: 2, gaps: GAPS })).toThrow(LeakageInputError);
    expect(() => leakageAreaM2({ type: 'single', widthM: 0, heightM: 2, gaps: GAPS })).toThrow(/widthM: expected a positive size in metres, found 0/);
  });

  it('rejects a negative gap naming the edge', () => {
    const gaps = { ...GAPS, jambMm: -1 };
    expect(() => leakageAreaM2({ type: 'single', widthM: 1, heightM: 2, gaps })).toThrow(/gaps\.jambMm: expected a gap of 0 mm or more, found -1/);
  });

  it('negative meeting gap, double only', () => {
    const gaps = { ...GAPS, meetingMm: -2 };
    expect(() => leakageAreaM2({ type: 'double', leafWidthM: 1, heightM: 2, gaps })).toThrow(/gaps\.meetingMm/);
    expect(() => leakageAreaM2({ type: 'single', widthM: 1, heightM: 2, gaps })).not.toThrow();
  });

  it('height not a number', () => {
    expect(() => leakageAreaM2({ type: 'opening', widthM: 1, heightM: Number.NaN })).toThrow(/heightM/);
  });
});

describe('crackLengthM', () => {
  it('is the perimeter of a single leaf', () => {
    expect(crackLengthM({ type: 'single', widthM: 2, heightM: 2, gaps: GAPS })).toBe(8);
  });

  it('is 4W + 3H for a pair of leaves', () => {
    expect(crackLengthM({ type: 'double', leafWidthM: 2, heightM: 1.85, gaps: GAPS })).toBeCloseTo(13.55, 12);
  });

  it('is zero for a fixed opening', () => {
    expect(crackLengthM({ type: 'opening', widthM: 1, heightM: 1 })).toBe(0);
  });
});
