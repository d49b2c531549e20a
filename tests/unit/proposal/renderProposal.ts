import { checkProject, listRuleSets } from '../../../src/engine/index';
import { DEFAULT_CATALOG } from '../../../src/app/quotes/catalog';
import { quoteFromLayout } from '../../../src/app/quotes/fromLayout';
import { DEFAULT_VAT_RATES, overrideLineQuantity, priceQuote, type PricedQuote, type PriceDisplay, type QuoteContent } from '../../../src/domain/quote';
import type { Locale } from '../../../src/i18n/locale';
import { loadFontsFromDisk } from '../../../src/report/pdf/fonts.node';
import { proposalPdf, type ProposalPdfInput } from '../../../src/report/proposal/index';
import { pdfToText, writeTempPdf } from '../report/pdfTools';
import { buildSuite, solidPngDataUrl, withAirside } from './fixtures';

export const QUOTE_DATE = '2026-12-04';

/**
 * Generates the suite's quote from its layout and airflow design, overrides the wall panel
 * quantity with a reason, gives a 5 % quote discount and prices it.
 */
export function pricedSuiteQuote(priceDisplay: PriceDisplay = 'tax-inclusive'): { content: QuoteContent; priced: PricedQuote } {
  const project = buildSuite();
  const result = withAirside(checkProject(project));
  const generated = quoteFromLayout({ project, result, catalog: DEFAULT_CATALOG, quoteDate: QUOTE_DATE });
  const sections = generated.content.sections.map((section) => ({
    ...section,
    lines: section.lines.map((line) => (line.id === 'wall-50rw' ? overrideLineQuantity(line, '120.00', 'Site survey found a 1.9 m² return-air shaft') : line)),
  }));
  const content: QuoteContent = { ...generated.content, sections, discount: { kind: 'percent', pct: '5' } };
  const priced = priceQuote(content, generated.priceList, { vatRates: DEFAULT_VAT_RATES, priceDisplay, approvalThresholdPct: '10' });
  return { content, priced };
}

export async function proposalInput(priced: PricedQuote, content: QuoteContent): Promise<ProposalPdfInput> {
  const project = buildSuite();
  return {
    company: {
      name: '苏州净化工程有限公司',
      address: '江苏省苏州市工业园区星湖街 1 号',
      phone: '0512-12345678',
      email: 'sales@example.com',
      taxId: '91320594MA1XXXXXX0',
      logoDataUrl: solidPngDataUrl(40, 20, [20, 80, 160]),
      sealDataUrl: solidPngDataUrl(30, 30, [200, 20, 20]),
    },
    customer: { name: '华东制药有限公司', contactName: '王工', site: '上海市浦东新区' },
    projectTitle: '口服固体制剂车间改造',
    quote: { number: 'Q-2026-0012', revision: 'R1', quoteDate: content.quoteDate, validUntil: content.validUntil },
    priced,
    vatRates: DEFAULT_VAT_RATES,
    plan: project,
    result: withAirside(checkProject(project)),
    ruleSets: listRuleSets().filter((info) => project.ruleSetIds.includes(info.id)),
    scope: null,
    paymentMilestones: DEFAULT_CATALOG.quoteDefaults.paymentMilestones,
    terms: DEFAULT_CATALOG.quoteDefaults.terms,
    fonts: await loadFontsFromDisk(),
    generatedAt: new Date('2026-12-04T08:30:00Z'),
  };
}

export interface RenderedProposal {
  readonly bytes: Uint8Array;
  readonly text: string;
}

export async function renderProposal(input: ProposalPdfInput, locale: Locale): Promise<RenderedProposal> {
  const bytes = await proposalPdf(input, locale);
  const path = writeTempPdf(bytes, `proposal-${locale}.pdf`);
  return { bytes, text: pdfToText(path) };
}
