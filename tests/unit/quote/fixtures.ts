import { money } from '../../../src/domain/money';
import { DEFAULT_VAT_RATES, type PriceList, type PricingOptions, type QuantityOrigin, type QuoteContent, type QuoteLine } from '../../../src/domain/quote';

export const cny = (fen: number) => money(fen, 'CNY');

export const WALL_ORIGIN: QuantityOrigin = {
  kind: 'wall-panels',
  roomIds: ['r1', 'r2', 'r3'],
  wallCount: 10,
  deductions: [{ openingId: 'd1', kind: 'door', widthMm: 900, heightMm: 2100, areaM2: 1.89 }],
  incompleteRoomIds: [],
};

/** A price list of a cleanroom contractor for 2026, tax-exclusive. */
export const PRICE_LIST_2026: PriceList = {
  id: 'PL-2026',
  name: 'Standard 2026',
  currency: 'CNY',
  validFrom: '2026-01-01',
  validTo: '2026-12-31',
  items: [
    { code: 'WP-50', description: { en: '50 mm rock wool sandwich wall panel', 'zh-CN': '50 mm 岩棉夹芯墙板' }, unit: 'm2', unitPrice: cny(28_500), vatCategory: 'goods' },
    { code: 'CP-50', description: { en: '50 mm ceiling panel', 'zh-CN': '50 mm 吊顶板' }, unit: 'm2', unitPrice: cny(31_000), vatCategory: 'goods' },
    { code: 'DOOR-S', description: { en: 'Single-leaf clean door', 'zh-CN': '洁净单开门' }, unit: 'piece', unitPrice: cny(485_000), vatCategory: 'goods' },
    { code: 'EPOXY', description: { en: 'Self-levelling epoxy floor', 'zh-CN': '环氧自流平地面' }, unit: 'm2', unitPrice: cny(16_550), vatCategory: 'construction' },
    { code: 'TEST-PT', description: { en: 'Particle count per sampling location', 'zh-CN': '尘埃粒子检测（每采样点）' }, unit: 'location', unitPrice: cny(38_000), vatCategory: 'modern-services' },
  ],
};

export function catalogLine(id: string, itemCode: string, value: string, unit: QuoteLine['quantity']['unit'], discountPct: string, vatCategory: string): QuoteLine {
  const item = PRICE_LIST_2026.items.find((candidate) => candidate.code === itemCode);
  return {
    id,
    itemCode,
    description: item?.description ?? { en: itemCode, 'zh-CN': itemCode },
    quantity: { value, unit, source: { kind: 'manual' } },
    unitPrice: null,
    discountPct,
    vatCategory,
    toBeQuoted: false,
  };
}

/**
 * Two sections, five priced lines, one "to be quoted" AHU line and a 3 % quote discount. The
 * expected figures in quote.test.ts are worked by hand from these inputs.
 */
export function sampleContent(): QuoteContent {
  const wallLine: QuoteLine = {
    ...catalogLine('L1', 'WP-50', '123.45', 'm2', '5', 'goods'),
    quantity: { value: '123.45', unit: 'm2', source: { kind: 'layout', origin: WALL_ORIGIN } },
  };
  return {
    currency: 'CNY',
    quoteDate: '2026-03-02',
    validUntil: '2026-04-01',
    discount: { kind: 'percent', pct: '3' },
    sections: [
      {
        id: 'envelope',
        title: { en: 'Envelope', 'zh-CN': '围护结构' },
        lines: [wallLine, catalogLine('L2', 'CP-50', '48.60', 'm2', '0', 'goods'), catalogLine('L3', 'DOOR-S', '3', 'piece', '0', 'goods')],
      },
      {
        id: 'finishes',
        title: { en: 'Floor and testing', 'zh-CN': '地面与检测' },
        lines: [
          catalogLine('L4', 'EPOXY', '48.60', 'm2', '2.5', 'construction'),
          catalogLine('L5', 'TEST-PT', '7', 'location', '0', 'modern-services'),
          {
            id: 'L6',
            itemCode: null,
            description: { en: 'Air handling unit', 'zh-CN': '组合式空调机组' },
            quantity: { value: '1', unit: 'set', source: { kind: 'manual' } },
            unitPrice: null,
            discountPct: '0',
            vatCategory: 'goods',
            toBeQuoted: true,
          },
        ],
      },
    ],
  };
}

export const OPTIONS: PricingOptions = { vatRates: DEFAULT_VAT_RATES, priceDisplay: 'tax-exclusive', approvalThresholdPct: '10' };

/** The sample quote with its sections replaced by one section of `lines`. */
export function singleSectionContent(lines: readonly QuoteLine[], discount: QuoteContent['discount'] = { kind: 'none' }): QuoteContent {
  const section = { id: 's', title: { en: 'Single section', 'zh-CN': '单一分部' }, lines };
  return { ...sampleContent(), discount, sections: [section] };
}
