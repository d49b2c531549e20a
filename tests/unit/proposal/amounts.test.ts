import { describe, expect, test } from 'vitest';
import { money } from '../../../src/domain/money';
import { milestoneAmounts, toMajorUnits } from '../../../src/report/proposal/amounts';

const label = { en: 'stage', 'zh-CN': '节点' };

describe('payment milestone amounts', () => {
  test('shares add up to the total', () => {
    // ¥1,000.01 split 30/30/40: 300.00 and 300.00 rounded, the last takes the remaining 400.01.
    const amounts = milestoneAmounts(money(100_001, 'CNY'), [
      { label, pct: '30' },
      { label, pct: '30' },
      { label, pct: '40' },
    ]);
    expect(amounts.map((amount) => amount.minor)).toEqual([30_000, 30_000, 40_001]);
  });

  test('rounds each share half away from zero', () => {
    // 33.3 % of 1,000 fen = 333.0, 33.35 % = 333.5 → 334.
    const amounts = milestoneAmounts(money(1_000, 'CNY'), [
      { label, pct: '33.3' },
      { label, pct: '33.35' },
      { label, pct: '33.35' },
    ]);
    expect(amounts.map((amount) => amount.minor)).toEqual([333, 334, 333]);
  });

  test('rejects shares not adding to 100', () => {
    expect(() => milestoneAmounts(money(100, 'CNY'), [{ label, pct: '30' }, { label, pct: '60' }])).toThrow('add up to 30 + 60 %, not 100 %');
  });

  test('rejects a share that is not a decimal', () => {
    expect(() => milestoneAmounts(money(100, 'CNY'), [{ label, pct: '30%' }])).toThrow('Payment milestone 1: expected a percentage such as 30, found "30%"');
  });
});

describe('major units for the spreadsheet', () => {
  test('fen become yuan', () => {
    expect(toMajorUnits(money(100_000_550, 'CNY'))).toBe(1_000_005.5);
    expect(toMajorUnits(money(-5, 'CNY'))).toBe(-0.05);
  });

  test('yen have no minor unit', () => {
    expect(toMajorUnits(money(1_234, 'JPY'))).toBe(1_234);
  });
});
