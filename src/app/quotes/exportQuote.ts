import { DEFAULT_VAT_RATES, revisionLabel, type PricedQuote, type QuoteRecord, type QuoteRevision } from '../../domain/quote';
import type { Locale } from '../../i18n/locale';
import type { ProposalGlyphWarning } from '../../report/proposal/glyphs';
import type { ProposalPdfInput } from '../../report/proposal/types';
import { downloadFile, fileNameStem } from '../export/download';
import { DEFAULT_CATALOG } from './catalog';
import { loadCompanyBlock, type CheckedDrawing, type WorkspaceData } from './quoteData';

/** Input of one export besides the language: the stored revision, its pricing and its drawing. */
export interface QuoteExportRequest {
  readonly data: WorkspaceData;
  readonly drawing: CheckedDrawing;
  readonly record: QuoteRecord;
  readonly revision: QuoteRevision;
  readonly priced: PricedQuote;
}

export function exportFileName(request: QuoteExportRequest, locale: Locale, extension: 'pdf' | 'xlsx'): string {
  const label = revisionLabel(request.record, request.revision.revision).replace(/\s+/g, '-');
  return `${fileNameStem(`${label}-${request.data.project.name}`)}-${locale}.${extension}`;
}

async function proposalInput(request: QuoteExportRequest): Promise<Omit<ProposalPdfInput, 'fonts'>> {
  const { data, drawing, record, revision, priced } = request;
  const contact = data.contacts.find((candidate) => candidate.roles.includes('owner')) ?? data.contacts[0] ?? null;
  return {
    company: await loadCompanyBlock(),
    customer: { name: data.company?.name ?? '–', contactName: contact?.name ?? null, site: data.project.site || null },
    projectTitle: data.project.name,
    quote: { number: record.number, revision: `R${revision.revision}`, quoteDate: revision.content.quoteDate, validUntil: revision.content.validUntil },
    priced,
    vatRates: DEFAULT_VAT_RATES,
    plan: drawing.project,
    result: drawing.result,
    ruleSets: drawing.ruleSets,
    scope: null,
    paymentMilestones: DEFAULT_CATALOG.quoteDefaults.paymentMilestones,
    terms: DEFAULT_CATALOG.quoteDefaults.terms,
    generatedAt: new Date(),
  };
}

/**
 * Renders the proposal PDF of a stored revision and offers it as a download. The report module,
 * jsPDF and the fonts load here through `import()`, so they stay out of the initial bundle.
 * Returns the characters the font lacks, which the PDF prints as placeholders.
 */
export async function exportProposalPdf(request: QuoteExportRequest, locale: Locale): Promise<{ fileName: string; warnings: ProposalGlyphWarning[] }> {
  const [report, fontLoader] = await Promise.all([import('../../report/proposal/index'), import('../../report/pdf/fonts.browser')]);
  const input = await proposalInput(request);
  const warnings = report.findProposalGlyphWarnings(input, locale);
  const fonts = await fontLoader.loadFontsInBrowser();
  const bytes = await report.proposalPdf({ ...input, fonts }, locale);
  const fileName = exportFileName(request, locale, 'pdf');
  downloadFile(bytes, fileName, 'application/pdf');
  return { fileName, warnings };
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Writes the stored revision's lines and totals as an .xlsx download. */
export async function exportQuoteXlsx(request: QuoteExportRequest, locale: Locale): Promise<string> {
  const { quoteXlsx } = await import('../../report/proposal/xlsx');
  const blob = await quoteXlsx(request.priced, locale, DEFAULT_VAT_RATES);
  const fileName = exportFileName(request, locale, 'xlsx');
  downloadFile(new Uint8Array(await blob.arrayBuffer()), fileName, XLSX_MIME);
  return fileName;
}
