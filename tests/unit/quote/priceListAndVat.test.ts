import { describe, expect, it } from 'vitest';
import { applyCompanyVatRates, DEFAULT_VAT_RATES, findVatCategory, parseVatRateTable, selectPriceList, type PriceList } from '../../../src/domain/quote';
import { PRICE_LIST_2026 } from './fixtures';

const LIST_2025: PriceList = { ...PRICE_LIST_2026, id: 'PL-2025', validFrom: '2025-01-01', validTo: '2025-12-31' };
const LIST_SPRING_PROMO: PriceList = { ...PRICE_LIST_2026, id: 'PL-2026-SPRING', validFrom: '2026-03-01', validTo: '2026-05-31' };
const LIST_USD: PriceList = { ...PRICE_LIST_2026, id: 'PL-2026-USD', currency: 'USD', validFrom: '2020-01-01', validTo: null };
const LISTS = [LIST_2025, PRICE_LIST_2026, LIST_SPRING_PROMO, LIST_USD];

describe('selectPriceList', () => {
  it.each([
    ['2025-06-30', 'PL-2025'],
    ['2025-12-31', 'PL-2025'],
    ['2026-01-01', 'PL-2026'],
    ['2026-02-28', 'PL-2026'],
    ['2026-03-01', 'PL-2026-SPRING'],
    ['2026-05-31', 'PL-2026-SPRING'],
    ['2026-06-01', 'PL-2026'],
    ['2026-12-31', 'PL-2026'],
  ])('on %s picks %s', (date, expected) => {
    expect(selectPriceList(LISTS, 'CNY', date).id).toBe(expected);
  });

  it('picks by currency', () => {
    expect(selectPriceList(LISTS, 'USD', '2030-01-01').id).toBe('PL-2026-USD');
  });

  it('names the lists when none is in force', () => {
    expect(() => selectPriceList(LISTS, 'CNY', '2027-01-01')).toThrow(
      'No price list in CNY is valid on 2027-01-01 (lists in CNY: PL-2025 2025-01-01–2025-12-31, PL-2026 2026-01-01–2026-12-31, PL-2026-SPRING 2026-03-01–2026-05-31); add a list covering that date or change the quote date',
    );
    expect(() => selectPriceList(LISTS, 'EUR', '2026-01-01')).toThrow(/no list is in EUR/);
  });

  it('rejects an invalid quote date', () => {
    expect(() => selectPriceList(LISTS, 'CNY', '2026-02-30')).toThrow('quote date: expected a date as YYYY-MM-DD, found "2026-02-30"');
  });
});

describe('VAT rates', () => {
  it('ships 13, 9 and 6 percent with their sources', () => {
    // Rates from MOF, STA and GACC Announcement No. 39 of 2019 (goods 13 %, construction 9 %) and
    // Caishui [2016] No. 36 (modern services 6 %).
    expect(findVatCategory(DEFAULT_VAT_RATES, 'goods', 'test').ratePct).toBe('13');
    expect(findVatCategory(DEFAULT_VAT_RATES, 'construction', 'test').ratePct).toBe('9');
    expect(findVatCategory(DEFAULT_VAT_RATES, 'modern-services', 'test').ratePct).toBe('6');
    expect(findVatCategory(DEFAULT_VAT_RATES, 'goods', 'test').source['zh-CN']).toContain('2019年第39号');
  });

  it('applies a company rate without changing the defaults', () => {
    const edited = applyCompanyVatRates(
      DEFAULT_VAT_RATES,
      [
        { id: 'construction', ratePct: '3', effectiveFrom: '2026-01-01', source: { en: 'Simplified method for a small-scale subsidiary', 'zh-CN': '小规模纳税人简易计税' } },
        { id: 'exempt', ratePct: '0', label: { en: 'Exempt', 'zh-CN': '免税' }, effectiveFrom: '2026-01-01', source: { en: 'Tax ruling', 'zh-CN': '税务批复' } },
      ],
      '2026-03-02',
    );
    expect(findVatCategory(edited, 'construction', 'test').ratePct).toBe('3');
    expect(findVatCategory(edited, 'construction', 'test').verified).toBe(false);
    expect(findVatCategory(edited, 'exempt', 'test').ratePct).toBe('0');
    expect(findVatCategory(DEFAULT_VAT_RATES, 'construction', 'test').ratePct).toBe('9');
  });

  it('rejects a new category without a label', () => {
    const edit = { id: 'special', ratePct: '5', effectiveFrom: '2026-01-01', source: { en: 'x', 'zh-CN': 'x' } };
    expect(() => applyCompanyVatRates(DEFAULT_VAT_RATES, [edit], '2026-03-02')).toThrow(/company VAT rate 1 \(special\): a new category needs a label/);
  });

  it('rejects a rate outside 0 to 100', () => {
    const edit = { id: 'goods', ratePct: '130', effectiveFrom: '2026-01-01', source: { en: 'x', 'zh-CN': 'x' } };
    expect(() => applyCompanyVatRates(DEFAULT_VAT_RATES, [edit], '2026-03-02')).toThrow(/expected a percentage from 0 to 100, found "130"/);
  });

  it('names the path of invalid rate data', () => {
    const data = structuredClone(DEFAULT_VAT_RATES) as unknown as { categories: { ratePct: unknown }[] };
    data.categories[1]!.ratePct = 9;
    expect(() => parseVatRateTable(data, 'company-vat.json')).toThrow(/company-vat\.json: \$\.categories\[1\]\.ratePct: expected .*found 9/);
  });

  it('rejects duplicate category ids', () => {
    const data = structuredClone(DEFAULT_VAT_RATES) as unknown as { categories: { id: string }[] };
    data.categories[2]!.id = 'goods';
    expect(() => parseVatRateTable(data, 'company-vat.json')).toThrow('company-vat.json: $.categories[2].id: expected an id used once, found "goods" again');
  });
});
