import { describe, expect, it } from 'vitest';
import { EMPTY_DESIGN, OUTSIDE, type Project } from '../../../src/domain/project';
import { formatMoney, money, toChineseCapitalAmount } from '../../../src/domain/money';
import { DEFAULT_VAT_RATES, priceQuote, type PriceList, type QuoteContent, type QuoteLine } from '../../../src/domain/quote';
import { computeBoq, toLineQuantity, type BoqQuantity } from '../../../src/engine/boq';

/*
 * One 5 × 4 m ISO 8 room, 2.8 m high, with one 1000 mm door to outside (door height 2100 mm):
 *   wall panels 18 m × 2.8 = 50.40 − 2.10 = 48.30 m²; ceiling 20.00 m²; sampling 6 locations
 *   (Table A.1, 20 m² is in the 10–24 m² row).
 * Prices (tax-exclusive): wall ¥260.00/m², ceiling ¥300.00/m², testing ¥400.00/location.
 *   wall    48.30 × 26,000 = 1,255,800 fen, VAT 13 % = 163,254
 *   ceiling 20.00 × 30,000 =   600,000 fen, VAT 13 % =  78,000
 *   testing  6 × 40,000    =   240,000 fen, VAT  6 % =  14,400
 *   net 2,095,800, VAT 255,654, gross 2,351,454 fen = ¥23,514.54.
 */
const ROOM_PROJECT: Project = {
  id: 'p1',
  name: 'Single room',
  customerName: 'Test customer',
  referenceDate: '2026-03-02',
  ruleSetIds: ['iso-14644-1-2015'],
  rooms: [
    {
      id: 'r1',
      name: 'Packing',
      use: null,
      polygon: [
        { x: 0, y: 0 },
        { x: 5000, y: 0 },
        { x: 5000, y: 4000 },
        { x: 0, y: 4000 },
      ],
      clearHeightM: 2.8,
      cleanliness: { kind: 'iso', isoClass: 8 },
      classLabel: 'ISO 8',
      airflowPattern: null,
      containment: false,
      design: EMPTY_DESIGN,
    },
  ],
  doors: [{ id: 'd1', roomA: 'r1', roomB: OUTSIDE, position: { x: 2500, y: 0 }, widthMm: 1000 }],
};

const PRICES: PriceList = {
  id: 'PL',
  name: 'Test prices',
  currency: 'CNY',
  validFrom: '2026-01-01',
  validTo: null,
  items: [
    { code: 'WALL', description: { en: 'Wall panel', 'zh-CN': '墙板' }, unit: 'm2', unitPrice: money(26_000, 'CNY'), vatCategory: 'goods' },
    { code: 'CEIL', description: { en: 'Ceiling panel', 'zh-CN': '吊顶板' }, unit: 'm2', unitPrice: money(30_000, 'CNY'), vatCategory: 'goods' },
    { code: 'TEST', description: { en: 'Particle count', 'zh-CN': '尘埃粒子检测' }, unit: 'location', unitPrice: money(40_000, 'CNY'), vatCategory: 'modern-services' },
  ],
};

function layoutLine(id: string, itemCode: string, quantity: BoqQuantity, vatCategory: string): QuoteLine {
  return { id, itemCode, description: { en: itemCode, 'zh-CN': itemCode }, quantity: toLineQuantity(quantity), unitPrice: null, discountPct: '0', vatCategory, toBeQuoted: false };
}

describe('quote from a drawn layout', () => {
  it('prices BOQ quantities', () => {
    const boq = computeBoq(ROOM_PROJECT, { doorHeightMm: 2100 });
    const content: QuoteContent = {
      currency: 'CNY',
      quoteDate: '2026-03-02',
      validUntil: '2026-04-01',
      discount: { kind: 'none' },
      sections: [
        {
          id: 'main',
          title: { en: 'Cleanroom', 'zh-CN': '洁净室' },
          lines: [
            layoutLine('wall', 'WALL', boq.wallPanels, 'goods'),
            layoutLine('ceiling', 'CEIL', boq.ceilingPanels, 'goods'),
            layoutLine('testing', 'TEST', boq.certificationSampling, 'modern-services'),
          ],
        },
      ],
    };

    const priced = priceQuote(content, PRICES, { vatRates: DEFAULT_VAT_RATES, priceDisplay: 'tax-exclusive', approvalThresholdPct: '10' });
    expect(priced.lines.map((line) => line.quantity)).toEqual(['48.30', '20.00', '6']);
    expect(priced.lines.map((line) => line.tax.minor)).toEqual([163_254, 78_000, 14_400]);
    expect(priced.totals.gross).toEqual(money(2_351_454, 'CNY'));
    expect(formatMoney(priced.totals.gross, 'zh-CN')).toBe('¥23,514.54');
    expect(toChineseCapitalAmount(priced.totals.gross)).toBe('贰万叁仟伍佰壹拾肆元伍角肆分');
  });
});
