import { describe, expect, it } from 'vitest';
import { doorLeakageTable, doorTableLaw, evaluateFlowLaw, flowM3h, orificeForm, orificeLaw, powerLaw } from '../../../src/engine/network';

describe('powerLaw', () => {
  it('signed C · ΔPⁿ', () => {
    const law = powerLaw(0.01, 0.65);
    expect(evaluateFlowLaw(law, 20).flowM3s).toBeCloseTo(0.01 * 20 ** 0.65, 14);
    expect(evaluateFlowLaw(law, -20).flowM3s).toBeCloseTo(-0.01 * 20 ** 0.65, 14);
    expect(evaluateFlowLaw(law, 0).flowM3s).toBe(0);
  });

  it('converts to m³/h at the API', () => {
    expect(flowM3h(powerLaw(0.02, 1), 5)).toBeCloseTo(360, 10);
  });

  it('rejects an exponent outside 0.5 to 1', () => {
    expect(() => powerLaw(0.01, 0.4)).toThrow(/exponent: expected a number from 0.5 to 1, found 0.4/);
    expect(() => powerLaw(0.01, 1.2)).toThrow(RangeError);
  });

  it('rejects a negative coefficient', () => {
    expect(() => powerLaw(-1, 0.5)).toThrow(/coefficient/);
  });
});

describe('orificeLaw', () => {
  it('unrounded form is Cd · A · √(2ΔP/ρ)', () => {
    const form = orificeForm('orifice-standard-air');
    const expected = 0.64 * 0.05 * Math.sqrt((2 * 12) / 1.2);
    expect(evaluateFlowLaw(orificeLaw(0.05, form), 12).flowM3s).toBeCloseTo(expected, 12);
  });

  it('BS EN 12101-6 form uses the published 0.83', () => {
    expect(evaluateFlowLaw(orificeLaw(0.05, orificeForm('bs-en-12101-6')), 16).flowM3s).toBeCloseTo(0.83 * 0.05 * 4, 12);
  });

  it('rejects a negative area', () => {
    expect(() => orificeLaw(-0.01, orificeForm('bs-en-12101-6'))).toThrow(/Leakage area/);
  });
});

describe('door table law', () => {
  const table = doorLeakageTable('uk-hospital-door-leakage');
  const single = doorTableLaw(table, 'single');
  const double = doorTableLaw(table, 'double');

  it('reads the rows exactly', () => {
    expect(evaluateFlowLaw(single, 10)).toEqual({ flowM3s: 0.05, outsideTableRange: false });
    expect(evaluateFlowLaw(double, 40)).toEqual({ flowM3s: 0.13, outsideTableRange: false });
  });

  it('interpolates linearly between rows', () => {
    expect(evaluateFlowLaw(single, 7.5).flowM3s).toBeCloseTo(0.04, 12);
    expect(evaluateFlowLaw(double, 35).flowM3s).toBeCloseTo(0.125, 12);
  });

  it('keeps a flat segment flat', () => {
    expect(evaluateFlowLaw(single, 17.5).flowM3s).toBeCloseTo(0.06, 12);
  });

  it('flags and scales below the first row', () => {
    const result = evaluateFlowLaw(single, 2.5);
    expect(result.outsideTableRange).toBe(true);
    expect(result.flowM3s).toBeCloseTo(0.03 * Math.sqrt(0.5), 12);
  });

  it('flags and scales above the last row', () => {
    const result = evaluateFlowLaw(double, -80);
    expect(result.outsideTableRange).toBe(true);
    expect(result.flowM3s).toBeCloseTo(-0.13 * Math.sqrt(2), 12);
  });

  it('zero ΔP is not flagged', () => {
    expect(evaluateFlowLaw(single, 0)).toEqual({ flowM3s: 0, outsideTableRange: false });
  });

  it('is advisory practice data', () => {
    expect(table.kind).toBe('practice');
    expect(table.verified).toBe(false);
  });
});
