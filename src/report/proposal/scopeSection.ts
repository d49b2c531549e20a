import type { Outcome } from '../../engine/findings';
import { outcomeLabel } from '../../i18n/findingMessages';
import { OUTCOME_ORDER } from '../pdf/findingsSection';
import { toDrawableText } from '../pdf/glyphs';
import { FONT_SIZE, PAGE, contentWidth, ensureSpace, setFont, writeParagraph, type ReportContext } from '../pdf/page';
import { fillTemplate } from '../pdf/strings';
import { drawTable } from '../pdf/tables';
import type { ProposalText } from './cover';
import type { ProposalPdfInput } from './types';

/** Writes a bold heading below `y`, moving to a new page when less than `keepMm` fits under it. */
export function writeSubheading(ctx: ReportContext, heading: string, y: number, keepMm = 30): number {
  const top = ensureSpace(ctx, y, keepMm);
  setFont(ctx.doc, 'bold', FONT_SIZE.heading);
  ctx.doc.text(toDrawableText(heading), PAGE.marginMm, top, { baseline: 'top' });
  setFont(ctx.doc, 'normal', FONT_SIZE.body);
  return top + 8;
}

/** Writes the scope: the user's text, or one line per quote section with its number of items. */
export function writeScope(ctx: ReportContext, input: ProposalPdfInput, pt: ProposalText, top: number): number {
  const { doc, locale } = ctx;
  let y = writeSubheading(ctx, pt.scopeHeading, top);
  if (input.scope !== null && input.scope.trim() !== '') return writeParagraph(ctx, input.scope, PAGE.marginMm, y, contentWidth(doc));

  y = writeParagraph(ctx, pt.scopeIntro, PAGE.marginMm, y, contentWidth(doc));
  for (const section of input.priced.sections) {
    const count = section.lines.length + section.toBeQuotedLines.length;
    y = writeParagraph(ctx, `• ${fillTemplate(pt.scopeLine, { title: section.title[locale], count })}`, PAGE.marginMm + 3, y + 1, contentWidth(doc) - 3);
  }
  return y;
}

/** Writes the rule sets the layout was checked against and the number of findings by outcome. */
export function writeComplianceSummary(ctx: ReportContext, input: ProposalPdfInput, pt: ProposalText, top: number): number {
  const { doc, locale, text } = ctx;
  let y = writeSubheading(ctx, pt.complianceHeading, top, 50);
  y = writeParagraph(ctx, pt.complianceIntro, PAGE.marginMm, y, contentWidth(doc));

  y = drawTable(ctx, {
    startY: y + 2,
    head: [[...pt.ruleSetColumns]],
    body: input.ruleSets.map((ruleSet) => [ruleSet.standard, ruleSet.edition, ruleSet.title[locale], text.ruleSetKinds[ruleSet.kind]]),
    styles: { fontSize: FONT_SIZE.small + 0.5 },
    columnStyles: { 0: { cellWidth: 30 }, 1: { cellWidth: 16 }, 3: { cellWidth: 26 } },
  });

  const { summary } = input.result;
  const counts: Readonly<Record<Outcome, number>> = {
    fail: summary.fail,
    'cannot-evaluate': summary.cannotEvaluate,
    pass: summary.pass,
    'not-applicable': summary.notApplicable,
  };
  y = drawTable(ctx, {
    startY: y + 4,
    head: [[pt.findingCounts, ...OUTCOME_ORDER.map((outcome) => outcomeLabel(outcome, locale))]],
    body: [['', ...OUTCOME_ORDER.map((outcome) => String(counts[outcome]))]],
    styles: { fontSize: FONT_SIZE.body, halign: 'center' },
    headStyles: { halign: 'center' },
  });
  return writeParagraph(ctx, text.cannotEvaluateNote, PAGE.marginMm, y + 2, contentWidth(doc));
}
