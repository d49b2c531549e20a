/**
 * Proposal PDF benchmark: a quote generated from a 200-room facility layout, priced and rendered
 * as the proposal in both languages. Prints time and size; asserts nothing. Run it through
 * `npm run bench -- proposal`, or alone with `npx tsx bench/proposal.ts`.
 */
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CATALOG } from '../src/app/quotes/catalog';
import { quoteFromLayout } from '../src/app/quotes/fromLayout';
import { DEFAULT_VAT_RATES, priceQuote } from '../src/domain/quote';
import { checkProject, getRuleSets, listRuleSets } from '../src/engine/index';
import { loadFontsFromDisk } from '../src/report/pdf/fonts.node.js';
import { proposalPdf } from '../src/report/proposal/index';
import { generateFacility } from './facility';

/** Same targets as the 200-room compliance report, which the proposal reuses for plan and schedule. */
const TARGET_SECONDS = 3;
const TARGET_MEGABYTES = 1.5;

function printLine(label: string, value: string, target: string, met: boolean): void {
  console.log(`${label.padEnd(44)} ${value.padStart(14)}   target ${target}${met ? '  (target met)' : '  (TARGET MISSED)'}`);
}

export async function benchProposal(): Promise<void> {
  const fonts = await loadFontsFromDisk();
  const project = generateFacility(200, 400);
  const result = checkProject(project, getRuleSets(project.ruleSetIds));
  const ruleSets = listRuleSets().filter((info) => project.ruleSetIds.includes(info.id));
  const quoteDate = '2026-12-04';
  const { content, priceList } = quoteFromLayout({ project, result, catalog: DEFAULT_CATALOG, quoteDate });
  const priced = priceQuote(content, priceList, { vatRates: DEFAULT_VAT_RATES, priceDisplay: 'tax-exclusive', approvalThresholdPct: '10' });

  for (const locale of ['zh-CN', 'en'] as const) {
    const start = performance.now();
    const bytes = await proposalPdf(
      {
        company: { name: '苏州净化工程有限公司', address: '江苏省苏州市', phone: '0512-00000000', email: 'sales@example.com', taxId: '', logoDataUrl: null, sealDataUrl: null },
        customer: { name: project.customerName || '华东制药有限公司', contactName: null, site: null },
        projectTitle: project.name,
        quote: { number: 'Q-2026-0001', revision: 'R1', quoteDate, validUntil: content.validUntil },
        priced,
        vatRates: DEFAULT_VAT_RATES,
        plan: project,
        result,
        ruleSets,
        scope: null,
        paymentMilestones: DEFAULT_CATALOG.quoteDefaults.paymentMilestones,
        terms: DEFAULT_CATALOG.quoteDefaults.terms,
        fonts,
        generatedAt: new Date(),
      },
      locale,
    );
    const seconds = (performance.now() - start) / 1000;
    const megabytes = bytes.length / 1024 / 1024;
    printLine(`200-room proposal PDF (${locale}), time`, `${seconds.toFixed(2)} s`, `≤ ${TARGET_SECONDS} s`, seconds <= TARGET_SECONDS);
    printLine(`200-room proposal PDF (${locale}), size`, `${megabytes.toFixed(2)} MB`, `≤ ${TARGET_MEGABYTES} MB`, megabytes <= TARGET_MEGABYTES);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchProposal();
