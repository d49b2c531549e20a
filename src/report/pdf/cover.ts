import type { Outcome } from '../../engine/findings';
import { outcomeLabel } from '../../i18n/findingMessages';
import { OUTCOME_ORDER } from './findingsSection';
import { toDrawableText, describeGlyphWarning } from './glyphs';
import { FONT_SIZE, PAGE, contentWidth, ensureSpace, lineHeight, setFont, wrapText, writeParagraph, type ReportContext } from './page';
import { fillTemplate } from './strings';
import { drawTable } from './tables';
import type { CompliancePdfInput, GlyphWarning } from './types';
import { formatTimestamp } from './values';

/** Number of hex digits of a rule-set hash printed on the cover; the appendix has the full hash. */
const SHORT_HASH_DIGITS = 12;
/** Warnings listed in the cover box; one more line counts the rest. */
const MAX_LISTED_WARNINGS = 15;
const WARNING_RED: [number, number, number] = [190, 30, 30];

/** Writes the cover on the document's first page. */
export function writeCover(ctx: ReportContext, input: CompliancePdfInput, warnings: readonly GlyphWarning[]): void {
  const { doc, text } = ctx;
  const x = PAGE.marginMm;

  setFont(doc, 'bold', FONT_SIZE.title);
  doc.text(text.title, x, 22, { baseline: 'top' });
  setFont(doc, 'bold', FONT_SIZE.heading);
  let y = writeParagraph(ctx, input.project.name, x, 34, contentWidth(doc));

  y = writeProjectFacts(ctx, input, y + 4);
  y = writeRuleSets(ctx, input, y + 6);
  y = writeSummary(ctx, input, y + 6);
  if (warnings.length > 0) writeGlyphWarnings(ctx, warnings, y + 6);
}

function writeProjectFacts(ctx: ReportContext, input: CompliancePdfInput, top: number): number {
  const { doc, text } = ctx;
  const facts: [string, string][] = [
    [text.customerLabel, input.project.customerName || '–'],
    [text.referenceDateLabel, input.project.referenceDate || '–'],
    [text.generatedLabel, formatTimestamp(input.generatedAt)],
  ];
  const labelWidth = 32;
  let y = top;
  for (const [label, value] of facts) {
    setFont(doc, 'bold', FONT_SIZE.body);
    doc.text(label, PAGE.marginMm, y, { baseline: 'top' });
    setFont(doc, 'normal', FONT_SIZE.body);
    y = writeParagraph(ctx, value, PAGE.marginMm + labelWidth, y, contentWidth(doc) - labelWidth) + 1;
  }
  return y;
}

function writeRuleSets(ctx: ReportContext, input: CompliancePdfInput, top: number): number {
  const { doc, text, locale } = ctx;
  setFont(doc, 'bold', FONT_SIZE.subheading);
  doc.text(text.ruleSetsHeading, PAGE.marginMm, top, { baseline: 'top' });
  const body = input.ruleSets.map((ruleSet) => [
    ruleSet.standard,
    ruleSet.edition,
    ruleSet.title[locale],
    text.ruleSetKinds[ruleSet.kind],
    ruleSet.hash.slice(0, SHORT_HASH_DIGITS),
  ]);
  return drawTable(ctx, {
    startY: top + 6,
    head: [[...text.ruleSetColumns]],
    body,
    styles: { fontSize: FONT_SIZE.small + 0.5 },
    columnStyles: { 0: { cellWidth: 28 }, 1: { cellWidth: 16 }, 3: { cellWidth: 24 }, 4: { cellWidth: 26 } },
  });
}

function writeSummary(ctx: ReportContext, input: CompliancePdfInput, top: number): number {
  const { doc, text, locale } = ctx;
  const { summary } = input.result;
  const counts: Readonly<Record<Outcome, number>> = {
    fail: summary.fail,
    'cannot-evaluate': summary.cannotEvaluate,
    pass: summary.pass,
    'not-applicable': summary.notApplicable,
  };
  const y = ensureSpace(ctx, top, 40);
  setFont(doc, 'bold', FONT_SIZE.subheading);
  doc.text(text.summaryHeading, PAGE.marginMm, y, { baseline: 'top' });
  const tableBottom = drawTable(ctx, {
    startY: y + 6,
    head: [OUTCOME_ORDER.map((outcome) => outcomeLabel(outcome, locale))],
    body: [OUTCOME_ORDER.map((outcome) => String(counts[outcome]))],
    styles: { fontSize: FONT_SIZE.body, halign: 'center' },
    headStyles: { halign: 'center' },
  });
  setFont(doc, 'normal', FONT_SIZE.body);
  return writeParagraph(ctx, text.cannotEvaluateNote, PAGE.marginMm, tableBottom + 3, contentWidth(doc));
}

/** Draws a red-framed box listing the characters that print as placeholders, with where they are. */
function writeGlyphWarnings(ctx: ReportContext, warnings: readonly GlyphWarning[], top: number): void {
  const { doc, text, locale } = ctx;
  const width = contentWidth(doc);
  const innerWidth = width - 8;
  const listed = warnings.slice(0, MAX_LISTED_WARNINGS).map((warning) => describeGlyphWarning(warning, locale, true));
  if (warnings.length > listed.length) {
    listed.push(fillTemplate(text.glyphWarningMore, { count: warnings.length - listed.length }));
  }

  setFont(doc, 'normal', FONT_SIZE.body);
  const lines = [text.glyphWarningIntro, ...listed].flatMap((line) => wrapText(doc, line, innerWidth));
  const height = 12 + lines.length * lineHeight(doc) + 3;
  const y = ensureSpace(ctx, top, height);

  doc.setDrawColor(...WARNING_RED);
  doc.setLineWidth(0.6);
  doc.rect(PAGE.marginMm, y, width, height, 'S');
  doc.setTextColor(...WARNING_RED);
  setFont(doc, 'bold', FONT_SIZE.subheading);
  doc.text(toDrawableText(text.glyphWarningHeading), PAGE.marginMm + 4, y + 4, { baseline: 'top' });
  doc.setTextColor(20);
  setFont(doc, 'normal', FONT_SIZE.body);
  doc.text(lines, PAGE.marginMm + 4, y + 12, { baseline: 'top', lineHeightFactor: 1.3 });
  doc.setDrawColor(0);
  doc.setLineWidth(0.2);
}
