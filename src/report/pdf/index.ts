import { jsPDF } from 'jspdf';
import { writeRuleSetHashes } from './appendix';
import { writeClassLimits } from './classLimitsSection';
import { writeCover } from './cover';
import { writeFindings } from './findingsSection';
import { registerFonts } from './fontRegistry';
import { writeFooters } from './footer';
import { findMissingGlyphs } from './glyphs';
import { writeMeasurements } from './measurementsSection';
import type { ReportContext } from './page';
import { writePlan } from './plan';
import { writeRoomSchedule } from './roomSchedule';
import { writeReferenceTables } from './referenceTablesSection';
import { writeTestPlan } from './sections/testPlanSection';
import { REPORT_TEXT } from './strings';
import type { CompliancePdfInput, GlyphWarning, PdfFonts } from './types';

export { describeGlyphWarning, findMissingGlyphs, glyphPlaceholder } from './glyphs';
export type { CompliancePdfInput, GlyphField, GlyphWarning, PdfFonts } from './types';

/**
 * Renders the compliance report as an A4 PDF in `input.locale`: cover, plan, room schedule,
 * findings by room, measured data, the ISO 14644-1 test plan, class limits, reference tables and
 * rule-set hashes, with a footer on every page. Characters the embedded font lacks print as
 * `[U+XXXX]` and are returned in `warnings`.
 */
export async function renderCompliancePdf(
  input: CompliancePdfInput,
  fonts: PdfFonts,
): Promise<{ bytes: Uint8Array; warnings: GlyphWarning[] }> {
  const warnings = findMissingGlyphs(input);
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true });
  registerFonts(doc, fonts);
  const text = REPORT_TEXT[input.locale];
  doc.setProperties({ title: `${text.title} – ${input.project.name}`, creator: 'Cleanplan', subject: text.title });
  doc.setCreationDate(input.generatedAt);
  doc.setLanguage(input.locale);

  const ctx: ReportContext = { doc, locale: input.locale, text };
  const roomNumbers = new Map(input.project.rooms.map((room, index) => [room.id, index + 1]));
  writeCover(ctx, input, warnings);
  writePlan(ctx, input, roomNumbers);
  writeRoomSchedule(ctx, input, roomNumbers);
  writeFindings(ctx, input, roomNumbers);
  writeMeasurements(ctx, input, roomNumbers);
  writeTestPlan(ctx, input, roomNumbers);
  writeClassLimits(ctx, input, roomNumbers);
  writeReferenceTables(ctx, input);
  writeRuleSetHashes(ctx, input);
  writeFooters(ctx, input);

  const bytes = new Uint8Array(doc.output('arraybuffer'));
  return { bytes, warnings };
}
