import { describe, expect, it } from 'vitest';
import { sumMoney } from '../../../src/domain/money';
import { overrideLineQuantity, priceQuote, type QuoteContent } from '../../../src/domain/quote';
import { catalogLine, cny, OPTIONS, PRICE_LIST_2026, sampleContent, singleSectionContent, WALL_ORIGIN } from './fixtures';

/*
 * Hand-worked figures for sampleContent() (fen; rounding half away from zero, once per figure):
 *   line  list amount               after line discount            3 % share  net        VAT
 *   L1    123.45 × 28,500 = 3,518,325  × 0.95 = 3,342,408.75 → 3,342,409  100,272  3,242,137  × 13 % = 421,477.81 → 421,478
 *   L2    48.60 × 31,000 = 1,506,600   no discount                         45,198  1,461,402  × 13 % = 189,982.26 → 189,982
 *   L3    3 × 485,000 = 1,455,000      no discount                         43,650  1,411,350  × 13 % = 183,475.50 → 183,476
 *   L4    48.60 × 16,550 = 804,330     × 0.975 = 784,221.75 → 784,222      23,527    760,695  ×  9 % =  68,462.55 →  68,463
 *   L5    7 × 38,000 = 266,000         no discount                          7,980    258,020  ×  6 % =  15,481.20 →  15,481
 * Quote discount: 3 % of 7,354,231 = 220,626.93 → 220,627, split by largest remainder over the
 * lines' amounts after line discount: exact shares 100,272.30, 45,198.01, 43,650.01, 23,526.67,
 * 7,980.00 → floors 100,272 + 45,198 + 43,650 + 23,526 + 7,980 = 220,626; the spare fen goes to
 * L4 (remainder 0.67).
 * Totals: net 7,133,604, VAT 878,880, gross 8,012,484. L6 (AHU) is "to be quoted".
 */
describe('priceQuote on the sample quote', () => {
  const priced = priceQuote(sampleContent(), PRICE_LIST_2026, OPTIONS);
  const line = (id: string) => priced.lines.find((candidate) => candidate.lineId === id)!;

  it('prices each line once', () => {
    expect(line('L1').listAmount).toEqual(cny(3_518_325));
    expect(line('L1').lineDiscount).toEqual(cny(175_916));
    expect(line('L4').listAmount).toEqual(cny(804_330));
    expect(line('L4').lineDiscount).toEqual(cny(20_108));
  });

  it('spreads the quote discount by largest remainder', () => {
    expect(priced.lines.map((candidate) => candidate.quoteDiscount.minor)).toEqual([100_272, 45_198, 43_650, 23_527, 7_980]);
    expect(priced.totals.quoteDiscount).toEqual(cny(220_627));
  });

  it('computes net and VAT per line', () => {
    expect(priced.lines.map((candidate) => candidate.net.minor)).toEqual([3_242_137, 1_461_402, 1_411_350, 760_695, 258_020]);
    expect(priced.lines.map((candidate) => candidate.tax.minor)).toEqual([421_478, 189_982, 183_476, 68_463, 15_481]);
    expect(priced.lines.map((candidate) => candidate.vatRatePct)).toEqual(['13', '13', '13', '9', '6']);
  });

  it('makes totals the sum of the lines', () => {
    expect(priced.totals.net).toEqual(cny(7_133_604));
    expect(priced.totals.tax).toEqual(cny(878_880));
    expect(priced.totals.gross).toEqual(cny(8_012_484));
    expect(priced.totals.net).toEqual(sumMoney(priced.lines.map((candidate) => candidate.net), 'CNY'));
    expect(priced.totals.tax).toEqual(sumMoney(priced.lines.map((candidate) => candidate.tax), 'CNY'));
    expect(priced.totals.gross).toEqual(sumMoney(priced.sections.map((section) => section.subtotal.gross), 'CNY'));
  });

  it('subtotals each section', () => {
    const [envelope, finishes] = priced.sections;
    expect(envelope!.subtotal.net).toEqual(cny(6_114_889));
    expect(envelope!.subtotal.tax).toEqual(cny(794_936));
    expect(finishes!.subtotal.net).toEqual(cny(1_018_715));
    expect(finishes!.subtotal.tax).toEqual(cny(83_944));
  });

  it('counts and lists to-be-quoted lines outside totals', () => {
    expect(priced.toBeQuoted).toBe(1);
    expect(priced.sections[1]!.toBeQuotedLines.map((candidate) => candidate.lineId)).toEqual(['L6']);
    expect(priced.lines.some((candidate) => candidate.lineId === 'L6')).toBe(false);
  });

  it('groups VAT by category', () => {
    const goods = priced.taxByCategory.find((entry) => entry.vatCategory === 'goods')!;
    expect(goods.net).toEqual(cny(6_114_889));
    expect(goods.tax).toEqual(cny(794_936));
    expect(priced.taxByCategory.map((entry) => entry.vatCategory)).toEqual(['goods', 'construction', 'modern-services']);
  });

  it('keeps the layout origin of a line', () => {
    expect(line('L1').quantitySource.kind).toBe('layout');
    expect(line('L1').overridden).toBe(false);
  });
});

describe('per-line tax rounding', () => {
  function twoLines(netFen: number, vatCategory: string): QuoteContent {
    const free = (id: string) => ({ ...catalogLine(id, 'X', '1', 'piece', '0', vatCategory), itemCode: null, unitPrice: cny(netFen) });
    return singleSectionContent([free('a'), free('b')]);
  }

  it('rounds each line, not the total', () => {
    // Each line: 5 fen × 13 % = 0.65 fen → 1 fen, so the quote's VAT is 2 fen. Taxing the 10 fen
    // total once would give 1.3 → 1 fen and the lines would not add up to the total.
    const priced = priceQuote(twoLines(5, 'goods'), null, OPTIONS);
    expect(priced.lines.map((line) => line.tax.minor)).toEqual([1, 1]);
    expect(priced.totals.tax).toEqual(cny(2));
  });

  it('rounds a half fen up', () => {
    // 150 fen × 9 % = 13.5 fen → 14 fen.
    const priced = priceQuote(twoLines(150, 'construction'), null, OPTIONS);
    expect(priced.lines[0]!.tax).toEqual(cny(14));
  });
});

describe('discount approval threshold', () => {
  it('requires approval above the threshold', () => {
    // Effective discount = (list − net) / list = (7,550,255 − 7,133,604) / 7,550,255 = 5.5184 %.
    const priced = priceQuote(sampleContent(), PRICE_LIST_2026, { ...OPTIONS, approvalThresholdPct: '5.5' });
    expect(priced.discount.effectivePct).toBe('5.52');
    expect(priced.discount.approvalRequired).toBe(true);
  });

  it('needs no approval below the threshold', () => {
    const priced = priceQuote(sampleContent(), PRICE_LIST_2026, { ...OPTIONS, approvalThresholdPct: '6' });
    expect(priced.discount.approvalRequired).toBe(false);
  });

  it('needs no approval exactly at the threshold', () => {
    const content = singleSectionContent([catalogLine('a', 'DOOR-S', '2', 'piece', '10', 'goods')]);
    const priced = priceQuote(content, PRICE_LIST_2026, { ...OPTIONS, approvalThresholdPct: '10' });
    expect(priced.discount.effectivePct).toBe('10.00');
    expect(priced.discount.approvalRequired).toBe(false);
  });

  it('counts a fixed quote discount', () => {
    // 2 doors: list 970,000 fen; ¥1,000.00 off → net 870,000, effective 10.31 %.
    const doors = catalogLine('a', 'DOOR-S', '2', 'piece', '0', 'goods');
    const content = singleSectionContent([doors], { kind: 'amount', amount: cny(100_000) });
    const priced = priceQuote(content, PRICE_LIST_2026, OPTIONS);
    expect(priced.totals.net).toEqual(cny(870_000));
    expect(priced.discount.effectivePct).toBe('10.31');
    expect(priced.discount.approvalRequired).toBe(true);
  });
});

describe('tax-inclusive display', () => {
  it('shows gross amounts and VAT-inclusive unit prices', () => {
    const priced = priceQuote(sampleContent(), PRICE_LIST_2026, { ...OPTIONS, priceDisplay: 'tax-inclusive' });
    const wall = priced.lines[0]!;
    // ¥285.00 × 1.13 = ¥322.05.
    expect(wall.displayUnitPrice).toEqual(cny(32_205));
    expect(wall.displayAmount).toEqual(wall.gross);
    expect(priced.totals.gross).toEqual(cny(8_012_484));
  });
});

describe('priceQuote input errors', () => {
  it('rejects an override without a reason', () => {
    const content = sampleContent();
    const [wall] = content.sections[0]!.lines;
    const source = { kind: 'override' as const, layoutValue: '123.45', origin: WALL_ORIGIN, reason: ' ' };
    const overridden = { ...wall!, quantity: { ...wall!.quantity, value: '130', source } };
    const broken: QuoteContent = { ...content, sections: [{ ...content.sections[0]!, lines: [overridden] }] };
    expect(() => priceQuote(broken, PRICE_LIST_2026, OPTIONS)).toThrow(/overridden with 130 but no reason is given/);
  });

  it('marks an overridden line and keeps the layout value', () => {
    const content = sampleContent();
    const wall = overrideLineQuantity(content.sections[0]!.lines[0]!, '130.00', 'Corridor wall added on site');
    const priced = priceQuote({ ...content, sections: [{ ...content.sections[0]!, lines: [wall] }] }, PRICE_LIST_2026, OPTIONS);
    expect(priced.lines[0]!.overridden).toBe(true);
    expect(priced.lines[0]!.quantity).toBe('130.00');
    expect(priced.lines[0]!.quantitySource).toMatchObject({ kind: 'override', layoutValue: '123.45', reason: 'Corridor wall added on site' });
  });

  it('rejects overrideLineQuantity without a reason', () => {
    const wall = sampleContent().sections[0]!.lines[0]!;
    expect(() => overrideLineQuantity(wall, '130', '')).toThrow(/needs a reason/);
  });

  it('names a catalog item missing from the price list', () => {
    const content = singleSectionContent([catalogLine('a', 'FFU-1175', '4', 'piece', '0', 'goods')]);
    expect(() => priceQuote(content, PRICE_LIST_2026, OPTIONS)).toThrow('section 1 (Single section), line 1 (a): item FFU-1175 not found in price list PL-2026; add it to the list, enter a price or mark the line "to be quoted"');
  });

  it('rejects a unit that differs from the price list', () => {
    const content = singleSectionContent([catalogLine('a', 'WP-50', '4', 'piece', '0', 'goods')]);
    expect(() => priceQuote(content, PRICE_LIST_2026, OPTIONS)).toThrow(/priced per m2 .* but the line quantity is in piece/);
  });

  it('rejects an unknown VAT category', () => {
    const content = singleSectionContent([catalogLine('a', 'DOOR-S', '1', 'piece', '0', 'luxury')]);
    expect(() => priceQuote(content, PRICE_LIST_2026, OPTIONS)).toThrow(/VAT category "luxury" not found; use one of goods, construction, modern-services/);
  });

  it('rejects a discount over 100 %', () => {
    const content = singleSectionContent([catalogLine('a', 'DOOR-S', '1', 'piece', '120', 'goods')]);
    expect(() => priceQuote(content, PRICE_LIST_2026, OPTIONS)).toThrow(/expected a percentage from 0 to 100, found "120"/);
  });

  it('rejects a price list in another currency', () => {
    expect(() => priceQuote(sampleContent(), { ...PRICE_LIST_2026, currency: 'USD' }, OPTIONS)).toThrow(/is in USD but the quote is in CNY/);
  });

  it('rejects a fixed discount above the net total', () => {
    const content: QuoteContent = { ...sampleContent(), discount: { kind: 'amount', amount: cny(99_999_999) } };
    expect(() => priceQuote(content, PRICE_LIST_2026, OPTIONS)).toThrow(/outside 0 to 7354231/);
  });
});
