import { describe, expect, it } from 'vitest';
import { estimateOrCount, OrCountInputError, type OrCountInput, type OrCountResult } from '../../../src/engine/hospital/orCount';

const EMPTY: OrCountInput = {
  surgicalPatientBeds: null,
  meanStayDays: null,
  workingDaysPerYear: null,
  operationsPerOrPerDay: null,
  surgicalBeds: null,
  totalBeds: null,
};

function methodOf(results: OrCountResult[], method: OrCountResult['method']): OrCountResult {
  const result = results.find((candidate) => candidate.method === method);
  if (!result) throw new Error(`no result for ${method}`);
  return result;
}

describe('estimateOrCount', () => {
  it('applies B × 365 / (T × W × N)', () => {
    const results = estimateOrCount({ ...EMPTY, surgicalPatientBeds: 200, meanStayDays: 8, workingDaysPerYear: 250, operationsPerOrPerDay: 3 });
    const formula = methodOf(results, 'formula');
    expect(formula.status).toBe('ok');
    if (formula.status !== 'ok') return;
    expect(formula.min).toBeCloseTo(12.1667, 4);
    expect(formula.roundedMin).toBe(13);
    expect(formula.source.en).toContain('GB 50333-2013');
    expect(formula.source['zh-CN']).toContain('GB 50333-2013');
  });

  it('keeps a whole quotient whole', () => {
    const formula = methodOf(estimateOrCount({ ...EMPTY, surgicalPatientBeds: 240, meanStayDays: 8, workingDaysPerYear: 365, operationsPerOrPerDay: 3 }), 'formula');
    expect(formula).toMatchObject({ status: 'ok', roundedMin: 10 });
  });

  it('gives 1 OR per 20–25 surgical beds', () => {
    const result = methodOf(estimateOrCount({ ...EMPTY, surgicalBeds: 300 }), 'surgical-beds');
    expect(result).toMatchObject({ status: 'ok', min: 12, max: 15, roundedMin: 12, roundedMax: 15, verified: true });
  });

  it('applies the GB 51039-2014 ratios', () => {
    const results = estimateOrCount({ ...EMPTY, surgicalBeds: 300, totalBeds: 1000 });
    expect(methodOf(results, 'gb51039-total-beds')).toMatchObject({ status: 'ok', min: 20, max: 20 });
    expect(methodOf(results, 'gb51039-surgical-beds')).toMatchObject({ status: 'ok', min: 10, max: 12 });
  });

  it('labels the rules of thumb as practice', () => {
    const results = estimateOrCount({ ...EMPTY, totalBeds: 1000 });
    const general = methodOf(results, 'thumb-general');
    const heavy = methodOf(results, 'thumb-surgery-heavy');
    expect(general).toMatchObject({ status: 'ok', kind: 'practice', verified: false, roundedMin: 15, roundedMax: 18 });
    expect(heavy).toMatchObject({ status: 'ok', roundedMin: 19, roundedMax: 24 });
  });

  it('lists missing inputs per method', () => {
    const formula = methodOf(estimateOrCount({ ...EMPTY, surgicalPatientBeds: 200 }), 'formula');
    expect(formula).toMatchObject({ status: 'missing-input', missing: ['meanStayDays', 'workingDaysPerYear', 'operationsPerOrPerDay'] });
  });

  it('rejects zero and negative inputs', () => {
    expect(() => estimateOrCount({ ...EMPTY, meanStayDays: 0 })).toThrow(OrCountInputError);
    expect(() => estimateOrCount({ ...EMPTY, totalBeds: -5 })).toThrow('Invalid totalBeds');
    expect(() => estimateOrCount({ ...EMPTY, totalBeds: Number.NaN })).toThrow(OrCountInputError);
  });
});
