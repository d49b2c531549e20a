import { daysBetween } from '../../domain/quote';
import { formatMoney } from '../../domain/money';
import { FONT_SIZE, PAGE, contentWidth, ensureSpace, setFont, startSection, writeParagraph, type ReportContext } from '../pdf/page';
import { fillTemplate } from '../pdf/strings';
import { drawTable } from '../pdf/tables';
import { milestoneAmounts } from './amounts';
import { drawImageInBox, type ProposalText } from './cover';
import { writeSubheading } from './scopeSection';
import type { ProposalPdfInput } from './types';

const SEAL_BOX_MM = { width: 38, height: 38 } as const;
const SIGNATURE_BLOCK_MM = 48;

function writeMilestones(ctx: ReportContext, input: ProposalPdfInput, pt: ProposalText, top: number): number {
  if (input.paymentMilestones.length === 0) return top;
  const { locale } = ctx;
  const amounts = milestoneAmounts(input.priced.totals.gross, input.paymentMilestones);
  const y = writeSubheading(ctx, pt.milestonesHeading, top + 4);
  return drawTable(ctx, {
    startY: y,
    head: [[...pt.milestoneColumns]],
    body: input.paymentMilestones.map((milestone, index) => [String(index + 1), milestone.label[locale], `${milestone.pct}%`, formatMoney(amounts[index]!, locale)]),
    styles: { fontSize: FONT_SIZE.body },
    columnStyles: { 0: { cellWidth: 12 }, 2: { cellWidth: 20, halign: 'right' }, 3: { cellWidth: 40, halign: 'right' } },
  });
}

function writeTerms(ctx: ReportContext, input: ProposalPdfInput, pt: ProposalText, top: number): number {
  if (input.terms.length === 0) return top;
  let y = writeSubheading(ctx, pt.termsHeading, top + 4);
  input.terms.forEach((term, index) => {
    y = writeParagraph(ctx, `${index + 1}. ${term[ctx.locale]}`, PAGE.marginMm, y, contentWidth(ctx.doc)) + 1;
  });
  return y;
}

/** Draws two signature fields side by side, with the company seal over the contractor's field. */
function writeSignatures(ctx: ReportContext, input: ProposalPdfInput, pt: ProposalText, top: number): void {
  const { doc } = ctx;
  const y = ensureSpace(ctx, top + 8, SIGNATURE_BLOCK_MM);
  const half = contentWidth(doc) / 2;
  const fields = [pt.signatureCompany, pt.signatureCustomer];
  fields.forEach((label, index) => {
    const x = PAGE.marginMm + index * half;
    setFont(doc, 'bold', FONT_SIZE.body);
    doc.text(label, x, y, { baseline: 'top' });
    setFont(doc, 'normal', FONT_SIZE.body);
    doc.setDrawColor(120);
    doc.line(x, y + 30, x + half - 10, y + 30);
    doc.text(pt.signatureDate, x, y + 34, { baseline: 'top' });
  });
  doc.setDrawColor(0);
  if (input.company.sealDataUrl) drawImageInBox(doc, input.company.sealDataUrl, 'company seal', PAGE.marginMm + 20, y + 4, SEAL_BOX_MM);
}

/** Writes validity, payment milestones, terms and the signature block on a new page. */
export function writeCommercialTerms(ctx: ReportContext, input: ProposalPdfInput, pt: ProposalText): void {
  let y = startSection(ctx, pt.commercialHeading);
  const days = daysBetween(input.quote.quoteDate, input.quote.validUntil);
  y = writeParagraph(ctx, fillTemplate(pt.validity, { date: input.quote.validUntil, days }), PAGE.marginMm, y, contentWidth(ctx.doc));
  y = writeMilestones(ctx, input, pt, y);
  y = writeTerms(ctx, input, pt, y);
  writeSignatures(ctx, input, pt, y);
}
