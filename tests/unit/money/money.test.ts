import { describe, expect, it } from 'vitest';
import {
  addMoney,
  allocateProportionally,
  convertMoney,
  formatFraction,
  formatMoney,
  fraction,
  money,
  multiplyMoney,
  parseDecimal,
  parseMoney,
  roundToInteger,
  sumMoney,
  type ExchangeRate,
} from '../../../src/domain/money';

const cny = (fen: number) => money(fen, 'CNY');

describe('roundToInteger', () => {
  it.each([
    [5n, 2n, 3n],
    [-5n, 2n, -3n],
    [249n, 100n, 2n],
    [-249n, 100n, -2n],
    [15n, 10n, 2n],
    [25n, 10n, 3n],
    [7n, 1n, 7n],
  ])('%i/%i rounds half away from zero to %i', (numerator, denominator, expected) => {
    expect(roundToInteger(fraction(numerator, denominator))).toBe(expected);
  });
});

describe('multiplyMoney', () => {
  it('multiplies a unit price by a decimal quantity and rounds once', () => {
    // ¥388.15 × 123.45 m² = 47,917.1175 yuan = 4,791,711.75 fen → 4,791,712 fen.
    const amount = multiplyMoney(cny(38_815), parseDecimal('123.45'));
    expect(amount).toEqual(cny(4_791_712));
  });

  it('rounds a half fen away from zero for negative amounts', () => {
    // −¥0.05 × 0.5 = −2.5 fen → −3 fen.
    expect(multiplyMoney(cny(-5), parseDecimal('0.5'))).toEqual(cny(-3));
  });

  it('rounds once over several factors', () => {
    // ¥0.01 × 0.5 × 3 = 1.5 fen → 2 fen, where rounding after each step gives 0.5 → 1, then 3.
    expect(multiplyMoney(cny(1), parseDecimal('0.5'), parseDecimal('3'))).toEqual(cny(2));
  });

  it('rejects a product beyond the safe integer range', () => {
    expect(() => multiplyMoney(cny(Number.MAX_SAFE_INTEGER), parseDecimal('2'))).toThrow(RangeError);
  });
});

describe('formatMoney', () => {
  it('writes zh-CN with the yuan sign and en with the code', () => {
    expect(formatMoney(cny(100_000_550), 'zh-CN')).toBe('¥1,000,005.50');
    expect(formatMoney(cny(100_000_550), 'en')).toBe('CNY 1,000,005.50');
  });

  it('writes small, zero and negative amounts', () => {
    expect(formatMoney(cny(5), 'zh-CN')).toBe('¥0.05');
    expect(formatMoney(cny(0), 'en')).toBe('CNY 0.00');
    expect(formatMoney(cny(-123_456), 'zh-CN')).toBe('-¥1,234.56');
    expect(formatMoney(cny(-123_456), 'en')).toBe('-CNY 1,234.56');
  });

  it('uses the code for other currencies and their minor digits', () => {
    expect(formatMoney(money(123_456, 'USD'), 'zh-CN')).toBe('USD 1,234.56');
    expect(formatMoney(money(1_234_567, 'JPY'), 'en')).toBe('JPY 1,234,567');
  });
});

describe('parseMoney', () => {
  it.each([
    ['1,000,005.50', 100_000_550],
    ['¥1,000,005.50', 100_000_550],
    ['￥12', 1_200],
    ['CNY 1000005.5', 100_000_550],
    ['1000005.5 CNY', 100_000_550],
    ['-12.30', -1_230],
    ['−¥0.05', -5],
    ['0', 0],
  ])('reads %s', (text, fen) => {
    expect(parseMoney(text, 'CNY')).toEqual(cny(fen));
  });

  it('round-trips what formatMoney writes', () => {
    for (const fen of [0, 5, 99, 100_000_550, -123_456]) {
      expect(parseMoney(formatMoney(cny(fen), 'zh-CN'), 'CNY')).toEqual(cny(fen));
      expect(parseMoney(formatMoney(cny(fen), 'en'), 'CNY')).toEqual(cny(fen));
    }
  });

  it('rejects more decimals than the currency has', () => {
    expect(() => parseMoney('12.345', 'CNY', 'price list row 4, unit price')).toThrow(
      'price list row 4, unit price: "12.345" has 3 decimal places but CNY has 2; round it to 2 decimal places',
    );
    expect(() => parseMoney('12.5', 'JPY')).toThrow(/JPY has 0/);
  });

  it('rejects text that is not an amount', () => {
    expect(() => parseMoney('12,34.00', 'CNY')).toThrow(/is not an amount/);
    expect(() => parseMoney('', 'CNY')).toThrow(/is not an amount/);
    expect(() => parseMoney('1e5', 'CNY')).toThrow(/is not an amount/);
  });

  it('rejects an amount in another currency', () => {
    expect(() => parseMoney('USD 12.00', 'CNY')).toThrow(/is in USD but the amount must be in CNY/);
    expect(() => parseMoney('¥12.00', 'USD')).toThrow(/is in yuan/);
  });
});

describe('convertMoney', () => {
  const usdCny: ExchangeRate = { base: 'USD', quote: 'CNY', rate: '7.1234', date: '2026-03-02', source: 'contract clause 5.2' };

  it('converts base to quote with the dated rate', () => {
    // USD 1,000.00 × 7.1234 = CNY 7,123.40.
    const converted = convertMoney(money(100_000, 'USD'), usdCny);
    expect(converted.amount).toEqual(cny(712_340));
    expect(converted.rate.date).toBe('2026-03-02');
  });

  it('converts quote to base by dividing and rounds once', () => {
    // CNY 100.00 / 7.1234 = USD 14.038240… → 1,404 cents.
    expect(convertMoney(cny(10_000), usdCny).amount).toEqual(money(1_404, 'USD'));
  });

  it('scales between currencies with different minor units', () => {
    const jpyCny: ExchangeRate = { base: 'JPY', quote: 'CNY', rate: '0.0475', date: '2026-03-02', source: 'test' };
    // JPY 10,000 × 0.0475 = CNY 475.00.
    expect(convertMoney(money(10_000, 'JPY'), jpyCny).amount).toEqual(cny(47_500));
    // CNY 1.00 / 0.0475 = JPY 21.05 → JPY 21.
    expect(convertMoney(cny(100), jpyCny).amount).toEqual(money(21, 'JPY'));
  });

  it('rejects an amount in neither currency of the rate', () => {
    expect(() => convertMoney(money(100, 'EUR'), usdCny)).toThrow(/found EUR/);
  });

  it('rejects a zero or malformed rate', () => {
    expect(() => convertMoney(cny(100), { ...usdCny, rate: '0' })).toThrow(/expected a positive decimal/);
    expect(() => convertMoney(cny(100), { ...usdCny, rate: '7,12' })).toThrow(/expected a decimal number/);
  });
});

describe('allocateProportionally', () => {
  it('splits a discount without losing a fen', () => {
    // ¥100.00 over weights 1:1:1 → 3,333.33… each; floors 3,333 ×3 = 9,999, the spare fen goes to
    // the first line because all remainders are equal.
    const parts = allocateProportionally(cny(10_000), [cny(100), cny(100), cny(100)]);
    expect(parts.map((part) => part.minor)).toEqual([3_334, 3_333, 3_333]);
  });

  it('gives spare fen to the largest remainders', () => {
    // ¥1.00 over 1 : 2 : 4 (sum 7): exact 14.29, 28.57, 57.14 → floors 14, 28, 57 = 99; the
    // largest remainder is line 2 (0.57), so it gets the last fen.
    const parts = allocateProportionally(cny(100), [cny(1), cny(2), cny(4)]);
    expect(parts.map((part) => part.minor)).toEqual([14, 29, 57]);
    expect(sumMoney(parts, 'CNY')).toEqual(cny(100));
  });

  it('keeps the sum exact over many lines', () => {
    const weights = Array.from({ length: 37 }, (_, index) => cny(1_000 + index * 137));
    const parts = allocateProportionally(cny(123_457), weights);
    expect(sumMoney(parts, 'CNY')).toEqual(cny(123_457));
  });

  it('allocates a negative total with the same parts negated', () => {
    const parts = allocateProportionally(cny(-100), [cny(1), cny(2), cny(4)]);
    expect(parts.map((part) => part.minor)).toEqual([-14, -29, -57]);
  });

  it('gives zero-weight lines nothing', () => {
    const parts = allocateProportionally(cny(99), [cny(0), cny(50), cny(0)]);
    expect(parts.map((part) => part.minor)).toEqual([0, 99, 0]);
  });

  it('rejects all-zero or negative weights', () => {
    expect(() => allocateProportionally(cny(1), [cny(0), cny(0)])).toThrow(/every weight is zero/);
    expect(() => allocateProportionally(cny(1), [cny(5), cny(-1)])).toThrow(/weight 2/);
  });
});

describe('formatFraction and addMoney', () => {
  it('formats an exact percentage to two places', () => {
    expect(formatFraction(fraction(2n, 3n), 2)).toBe('0.67');
    expect(formatFraction(fraction(-1n, 8n), 2)).toBe('-0.13');
  });

  it('rejects adding two currencies', () => {
    expect(() => addMoney(cny(1), money(1, 'USD'))).toThrow(/expected an amount in CNY, found USD/);
  });
});
