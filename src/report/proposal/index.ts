import { jsPDF } from 'jspdf';
import type { Locale } from '../../i18n/locale';
import { registerFonts } from '../pdf/fontRegistry';
import { writeFooters } from '../pdf/footer';
import type { ReportContext } from '../pdf/page';
import { writePlan } from '../pdf/plan';
import { writeRoomSchedule } from '../pdf/roomSchedule';
import { REPORT_TEXT } from '../pdf/strings';
import type { CompliancePdfInput } from '../pdf/types';
import { writeBoq } from './boqSection';
import { writeCommercialTerms } from './commercialSection';
import { writeCover } from './cover';
import { writeComplianceSummary, writeScope } from './scopeSection';
import { PROPOSAL_TEXT } from './strings';
import type { ProposalPdfInput } from './types';

export { findProposalGlyphWarnings, type ProposalGlyphWarning } from './glyphs';
export { milestoneAmounts, toMajorUnits } from './amounts';
export type { ProposalCompany, ProposalCustomer, ProposalMilestone, ProposalPdfInput, ProposalQuoteInfo } from './types';

/**
 * Renders the proposal as an A4 PDF in `locale`: cover with company block and totals, scope,
 * compliance summary, the plan drawn as vectors at a standard scale with a scale bar, the room
 * schedule, the grouped bill of quantities with subtotals and totals, and the commercial terms.
 * Every amount is read from `input.priced`. The plan, room schedule and footers are the compliance
 * report's own sections. Characters the font lacks print as `[U+XXXX]`; list them beforehand with
 * `findProposalGlyphWarnings`.
 */
export async function proposalPdf(input: ProposalPdfInput, locale: Locale): Promise<Uint8Array> {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true });
  registerFonts(doc, input.fonts);
  const pt = PROPOSAL_TEXT[locale];
  doc.setProperties({ title: `${pt.title} – ${input.projectTitle}`, creator: 'Cleanplan', subject: pt.title });
  doc.setCreationDate(input.generatedAt);
  doc.setLanguage(locale);

  const ctx: ReportContext = { doc, locale, text: REPORT_TEXT[locale] };
  // The compliance report's own sections print the plan, and its footer names the sales project.
  const planInput: CompliancePdfInput = {
    project: { ...input.plan, name: input.projectTitle },
    result: input.result,
    ruleSets: input.ruleSets,
    locale,
    generatedAt: input.generatedAt,
  };
  const roomNumbers = new Map(input.plan.rooms.map((room, index) => [room.id, index + 1]));

  let y = writeCover(ctx, input, pt);
  y = writeScope(ctx, input, pt, y + 8);
  writeComplianceSummary(ctx, input, pt, y + 6);
  writePlan(ctx, planInput, roomNumbers);
  writeRoomSchedule(ctx, planInput, roomNumbers);
  writeBoq(ctx, input, pt);
  writeCommercialTerms(ctx, input, pt);
  writeFooters(ctx, planInput);

  return new Uint8Array(doc.output('arraybuffer'));
}
