import { describe, expect, it } from 'vitest';
import { classifyRfm, classifyValueTiers, RFM_SEGMENT_LABELS, RFM_SEGMENTS, type CustomerTier } from '../../../src/domain/crm';
import { COMPANY_IDS, CONTRACTS, yuan } from './fixtures';

const PERIOD_2025 = { from: '2025-01-01', to: '2025-12-31', currency: 'CNY' as const };

function tiersById(tiers: readonly CustomerTier[]): Record<string, string> {
  return Object.fromEntries(tiers.map((tier) => [tier.companyId, tier.tier]));
}

describe('classifyValueTiers', () => {
  /*
   * Eleven customers (C01–C11) have positive net revenue. 20 % of 11 = 2.2, rounded up to 3:
   * C01, C02, C03. C04 ties with C03 at 300,000, so the important group widens to 4.
   * VIP 25 % of 4 = 1: C01. General: C05–C11. Low-value: C13 (0), C12 (−30,000).
   * Potential: C14 (never signed), C15 (first contract after the period).
   */
  const tiers = classifyValueTiers(COMPANY_IDS, CONTRACTS, { ...PERIOD_2025, vipPct: '25' });

  it('assigns each tier', () => {
    expect(tiersById(tiers)).toEqual({
      C01: 'vip',
      C02: 'important',
      C03: 'important',
      C04: 'important',
      C05: 'general',
      C06: 'general',
      C07: 'general',
      C08: 'general',
      C09: 'general',
      C10: 'general',
      C11: 'general',
      C12: 'low-value',
      C13: 'low-value',
      C14: 'potential',
      C15: 'potential',
    });
  });

  it('computes net revenue in the period', () => {
    const net = Object.fromEntries(tiers.map((tier) => [tier.companyId, tier.netRevenue]));
    expect(net.C01).toEqual(yuan(500_000));
    expect(net.C04).toEqual(yuan(300_000));
    expect(net.C12).toEqual(yuan(-30_000));
    expect(net.C13).toEqual(yuan(0));
    expect(net.C15).toEqual(yuan(0));
  });

  it('gives tied customers one rank', () => {
    const ranks = Object.fromEntries(tiers.map((tier) => [tier.companyId, tier.rank]));
    expect([ranks.C01, ranks.C02, ranks.C03, ranks.C04, ranks.C05]).toEqual([1, 2, 3, 3, 5]);
    expect(ranks.C12).toBeNull();
    expect(ranks.C14).toBeNull();
  });

  it('lists ranked, then low-value, then potential', () => {
    expect(tiers.map((tier) => tier.companyId)).toEqual(['C01', 'C02', 'C03', 'C04', 'C05', 'C06', 'C07', 'C08', 'C09', 'C10', 'C11', 'C13', 'C12', 'C14', 'C15']);
  });

  it('rounds the VIP share up and widens it over ties', () => {
    // 50 % of 4 = 2: C01, C02. 75 % of 4 = 3: C01–C03, and C04 ties with C03 → all four.
    const half = tiersById(classifyValueTiers(COMPANY_IDS, CONTRACTS, { ...PERIOD_2025, vipPct: '50' }));
    expect([half.C01, half.C02, half.C03]).toEqual(['vip', 'vip', 'important']);
    const threeQuarters = tiersById(classifyValueTiers(COMPANY_IDS, CONTRACTS, { ...PERIOD_2025, vipPct: '75' }));
    expect([threeQuarters.C03, threeQuarters.C04, threeQuarters.C05]).toEqual(['vip', 'vip', 'general']);
  });

  it('allows no VIP customers', () => {
    const none = classifyValueTiers(COMPANY_IDS, CONTRACTS, { ...PERIOD_2025, vipPct: '0' });
    expect(none.filter((tier) => tier.tier === 'vip')).toEqual([]);
    expect(none.filter((tier) => tier.tier === 'important')).toHaveLength(4);
  });

  it('takes another important share', () => {
    // 10 % of 11 = 1.1 → 2: C01, C02.
    const tenPct = tiersById(classifyValueTiers(COMPANY_IDS, CONTRACTS, { ...PERIOD_2025, importantPct: '10', vipPct: '0' }));
    expect([tenPct.C01, tenPct.C02, tenPct.C03]).toEqual(['important', 'important', 'general']);
  });

  it('rejects a share outside 0 to 100', () => {
    expect(() => classifyValueTiers(COMPANY_IDS, CONTRACTS, { ...PERIOD_2025, vipPct: '120' })).toThrow('VIP share: expected a percentage from 0 to 100, found "120"');
  });
});

describe('classifyRfm', () => {
  /*
   * As of 2026-01-01, cut points: R high within 180 days, F high from 2 projects, M high from
   * ¥1,000,000 of contract revenue. Days since the last contract, worked by hand:
   *   C01  47 d, 2 projects, 2,600,000 → H H H  important value
   *   C02 325 d, 1,         1,600,000 → L L H  important win-back
   *   C03 122 d, 1,         1,300,000 → H L H  important development
   *   C04 256 d, 2,         2,000,000 → L H H  important retention
   *   C05  31 d, 1,           700,000 → H L L  general development
   *   C06  83 d, 2,           700,000 → H H L  general value
   *   C07 351 d, 2,           520,000 → L H L  general retention
   *   C08 304 d, 1,           500,000 → L L L  general win-back
   *   C09 180 d (on the cut), 1, 280,000 → H L L  general development
   *   C10 134 d, 1, 1,000,000 (on the cut) → H L H  important development
   *   C11 241 d, 1,           120,000 → L L L  general win-back
   *   C12  32 d, 1,           100,000 → H L L  general development
   *   C13 511 d, 2,         1,200,000 → L H H  important retention
   *   C14 no contract, C15 contract after the date → no segment
   */
  const options = { asOf: '2026-01-01', currency: 'CNY' as const, cutPoints: { recencyDays: 180, projects: 2, monetary: yuan(1_000_000) } };
  const results = classifyRfm(COMPANY_IDS, CONTRACTS, options);
  const segmentOf = Object.fromEntries(results.map((result) => [result.companyId, result.segment]));

  it('assigns the eight segments', () => {
    expect(segmentOf).toEqual({
      C01: 'important-value',
      C02: 'important-win-back',
      C03: 'important-development',
      C04: 'important-retention',
      C05: 'general-development',
      C06: 'general-value',
      C07: 'general-retention',
      C08: 'general-win-back',
      C09: 'general-development',
      C10: 'important-development',
      C11: 'general-win-back',
      C12: 'general-development',
      C13: 'important-retention',
      C14: null,
      C15: null,
    });
  });

  it('computes recency, projects and value', () => {
    const c01 = results.find((result) => result.companyId === 'C01')!;
    expect(c01.recencyDays).toBe(47);
    expect(c01.projects).toBe(2);
    expect(c01.monetary).toEqual(yuan(2_600_000));
    const c14 = results.find((result) => result.companyId === 'C14')!;
    expect(c14.recencyDays).toBeNull();
    expect(c14.monetary).toEqual(yuan(0));
  });

  it('moves a customer across an edited cut point', () => {
    const stricter = classifyRfm(COMPANY_IDS, CONTRACTS, { ...options, cutPoints: { ...options.cutPoints, recencyDays: 179 } });
    expect(stricter.find((result) => result.companyId === 'C09')!.segment).toBe('general-win-back');
  });

  it('limits contracts to the window', () => {
    // From 2025-01-01 C13's 2024 contracts drop out and C07 keeps one project (320,000): L L L.
    const windowed = Object.fromEntries(classifyRfm(COMPANY_IDS, CONTRACTS, { ...options, since: '2025-01-01' }).map((result) => [result.companyId, result.segment]));
    expect(windowed.C13).toBeNull();
    expect(windowed.C07).toBe('general-win-back');
  });

  it('rejects invalid cut points', () => {
    expect(() => classifyRfm(COMPANY_IDS, CONTRACTS, { ...options, cutPoints: { ...options.cutPoints, projects: 0 } })).toThrow(/frequency cut point is 0 projects/);
    expect(() => classifyRfm(COMPANY_IDS, CONTRACTS, { ...options, asOf: '2026-13-01' })).toThrow('RFM "as of" date: expected a date as YYYY-MM-DD, found "2026-13-01"');
  });

  it('maps levels to the usual segment labels', () => {
    expect(RFM_SEGMENT_LABELS[RFM_SEGMENTS['high-high-high']]['zh-CN']).toBe('重要价值客户');
    expect(RFM_SEGMENT_LABELS[RFM_SEGMENTS['high-low-high']]['zh-CN']).toBe('重要发展客户');
    expect(RFM_SEGMENT_LABELS[RFM_SEGMENTS['low-high-high']]['zh-CN']).toBe('重要保持客户');
    expect(RFM_SEGMENT_LABELS[RFM_SEGMENTS['low-low-high']]['zh-CN']).toBe('重要挽留客户');
    expect(RFM_SEGMENT_LABELS[RFM_SEGMENTS['high-high-low']]['zh-CN']).toBe('一般价值客户');
    expect(RFM_SEGMENT_LABELS[RFM_SEGMENTS['high-low-low']]['zh-CN']).toBe('一般发展客户');
    expect(RFM_SEGMENT_LABELS[RFM_SEGMENTS['low-high-low']]['zh-CN']).toBe('一般保持客户');
    expect(RFM_SEGMENT_LABELS[RFM_SEGMENTS['low-low-low']]['zh-CN']).toBe('一般挽留客户');
  });
});
