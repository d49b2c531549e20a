import { beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_CATALOG } from '../../../src/app/quotes/catalog';
import { formatMoney, toChineseCapitalAmount } from '../../../src/domain/money';
import { DEFAULT_VAT_RATES, priceQuote, selectPriceList, type PricedQuote, type QuoteContent } from '../../../src/domain/quote';
import { findProposalGlyphWarnings, milestoneAmounts } from '../../../src/report/proposal/index';
import { charactersByEmbeddedFont } from '../report/pdfTools';
import { pricedSuiteQuote, proposalInput, renderProposal, type RenderedProposal } from './renderProposal';

/** Collapses pdftotext's layout spacing so a table row reads as "label value". */
function squeezed(text: string): string {
  return text.replace(/[ \t]+/g, ' ');
}

describe('proposal PDF in Chinese', () => {
  let quote: { content: QuoteContent; priced: PricedQuote };
  let report: RenderedProposal;
  beforeAll(async () => {
    quote = pricedSuiteQuote();
    report = await renderProposal(await proposalInput(quote.priced, quote.content), 'zh-CN');
  });

  test('section headings come back', () => {
    for (const heading of ['洁净室工程报价方案', '工程范围', '合规性摘要', '平面图', '房间明细表', '工程量清单及报价', '合计', '商务条款', '付款节点', '条款']) {
      expect(report.text).toContain(heading);
    }
  });

  test('grand total equals the priced quote', () => {
    const total = formatMoney(quote.priced.totals.gross, 'zh-CN');
    expect(squeezed(report.text)).toContain(`含税总价 ${total}`);
  });

  test('capital numerals equal the function output', () => {
    const capital = toChineseCapitalAmount(quote.priced.totals.gross);
    expect(squeezed(report.text)).toContain(`大写金额 ${capital}`);
  });

  test('tax-exclusive total and VAT by category', () => {
    const text = squeezed(report.text);
    expect(text).toContain(`不含税合计 ${formatMoney(quote.priced.totals.net, 'zh-CN')}`);
    const goods = quote.priced.taxByCategory.find((tax) => tax.vatCategory === 'goods')!;
    expect(text).toContain(`增值税 13%（货物（设备、材料）） ${formatMoney(goods.tax, 'zh-CN')}`);
    expect(text).toContain(`整单折扣 ${formatMoney({ ...quote.priced.totals.quoteDiscount, minor: -quote.priced.totals.quoteDiscount.minor }, 'zh-CN')}`);
  });

  test('section subtotals come back', () => {
    const text = squeezed(report.text);
    for (const section of quote.priced.sections) {
      expect(text).toContain(`小计：${section.title['zh-CN']} ${formatMoney(section.subtotal.gross, 'zh-CN')}`);
    }
  });

  test('override reason is printed', () => {
    expect(report.text).toContain('工程量已手动修改（图纸计算 118.14）');
    // The reason wraps inside its table cell, so compare without whitespace.
    expect(report.text.replace(/\s+/g, '')).toContain('Sitesurveyfounda1.9m²return-airshaft');
  });

  test('plan states its scale', () => {
    expect(report.text).toMatch(/比例 1:(50|100|200)/);
  });

  test('rule sets and company are named', () => {
    expect(report.text).toContain('GB 50073');
    expect(report.text).toContain('ISO 14644-1');
    expect(report.text).toContain('苏州净化工程有限公司');
    expect(report.text).toContain('华东制药有限公司');
  });

  test('milestone amounts add up', () => {
    const amounts = milestoneAmounts(quote.priced.totals.gross, DEFAULT_CATALOG.quoteDefaults.paymentMilestones);
    const text = squeezed(report.text);
    for (const amount of amounts) expect(text).toContain(formatMoney(amount, 'zh-CN'));
    expect(amounts.reduce((sum, amount) => sum + amount.minor, 0)).toBe(quote.priced.totals.gross.minor);
  });

  test('logo and seal are embedded', () => {
    const source = Buffer.from(report.bytes).toString('latin1');
    expect(source.match(/\/Subtype \/Image/g)?.length).toBe(2);
  });

  test('bold and regular faces embedded', () => {
    expect([...charactersByEmbeddedFont(report.bytes).keys()].sort()).toEqual(['NotoSansSC-Bold', 'NotoSansSC-Regular']);
  });
});

describe('proposal PDF in English', () => {
  let quote: { content: QuoteContent; priced: PricedQuote };
  let report: RenderedProposal;
  beforeAll(async () => {
    quote = pricedSuiteQuote('tax-exclusive');
    report = await renderProposal(await proposalInput(quote.priced, quote.content), 'en');
  });

  test('section headings come back', () => {
    for (const heading of ['Cleanroom proposal', 'Scope of work', 'Compliance summary', 'Plan', 'Room schedule', 'Bill of quantities and prices', 'Totals', 'Commercial terms', 'Payment milestones', 'Terms']) {
      expect(report.text).toContain(heading);
    }
  });

  test('grand total equals the priced quote', () => {
    expect(squeezed(report.text)).toContain(`Total incl. VAT ${formatMoney(quote.priced.totals.gross, 'en')}`);
  });

  test('capital numerals are printed too', () => {
    expect(squeezed(report.text)).toContain(toChineseCapitalAmount(quote.priced.totals.gross));
  });

  test('tax-exclusive subtotals are shown', () => {
    const text = squeezed(report.text);
    for (const section of quote.priced.sections) {
      expect(text).toContain(`Subtotal: ${section.title.en} ${formatMoney(section.subtotal.net, 'en')}`);
    }
  });

  test('quantity origin is printed', () => {
    expect(report.text).toContain('from airflow design: FFUs, 3 rooms');
  });
});

describe('proposal glyph check', () => {
  test('lists a customer name the font lacks', async () => {
    const quote = pricedSuiteQuote();
    const input = await proposalInput(quote.priced, quote.content);
    const warnings = findProposalGlyphWarnings({ ...input, customer: { ...input.customer, name: '𠀀科技' } }, 'zh-CN');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.field).toBe('客户名称');
    expect(warnings[0]!.placeholder).toBe('[U+20000]');
  });

  test('finds nothing in the fixture', async () => {
    const quote = pricedSuiteQuote();
    expect(findProposalGlyphWarnings(await proposalInput(quote.priced, quote.content), 'en')).toEqual([]);
  });

  test('rejects a logo that is not PNG or JPEG', async () => {
    const quote = pricedSuiteQuote();
    const input = await proposalInput(quote.priced, quote.content);
    await expect(renderProposal({ ...input, company: { ...input.company, logoDataUrl: 'data:image/gif;base64,R0lGOD' } }, 'en')).rejects.toThrow('company logo: expected a PNG or JPEG image');
  });
});

describe('proposal PDF notes', () => {
  test('explains the quote discount share', async () => {
    const quote = pricedSuiteQuote();
    const report = await renderProposal(await proposalInput(quote.priced, quote.content), 'en');
    expect(squeezed(report.text).replace(/\s+/g, ' ')).toContain("Line amounts include each line's share of the quote discount");
  });

  test('counts to-be-quoted lines', async () => {
    const quote = pricedSuiteQuote();
    const sections = quote.content.sections.map((section) => ({ ...section, lines: section.lines.map((line) => (line.id === 'air-shower' ? { ...line, toBeQuoted: true } : line)) }));
    const content = { ...quote.content, sections };
    const priceList = selectPriceList(DEFAULT_CATALOG.priceLists, 'CNY', content.quoteDate);
    const priced = priceQuote(content, priceList, { vatRates: DEFAULT_VAT_RATES, priceDisplay: 'tax-inclusive', approvalThresholdPct: '10' });
    const report = await renderProposal(await proposalInput(priced, content), 'zh-CN');
    expect(priced.toBeQuoted).toBe(1);
    expect(report.text).toContain('1 项待报价，未计入合计。');
    expect(squeezed(report.text)).toMatch(/单人风淋室\s+0 套\s+–\s+–\s+待报价/);
  });
});
