import { toDrawableText } from './glyphs';
import { FONT_SIZE, PAGE, pageHeight, pageWidth, setFont, type ReportContext } from './page';
import { fillTemplate } from './strings';
import type { CompliancePdfInput } from './types';
import { formatTimestamp } from './values';

/** Gap kept between the project name and the centred page number. */
const PAGE_NUMBER_CLEARANCE_MM = 18;

/** Writes project, page x of y and generation time at the foot of every page; call once all pages exist. */
export function writeFooters(ctx: ReportContext, input: CompliancePdfInput): void {
  const { doc, text } = ctx;
  const pages = doc.getNumberOfPages();
  const generated = `${text.generatedLabel} ${formatTimestamp(input.generatedAt)}`;

  for (let page = 1; page <= pages; page += 1) {
    doc.setPage(page);
    const y = pageHeight(doc) - PAGE.marginMm + 2;
    const right = pageWidth(doc) - PAGE.marginMm;
    doc.setDrawColor(160);
    doc.setLineWidth(0.2);
    doc.line(PAGE.marginMm, y - 2, right, y - 2);
    doc.setDrawColor(0);
    setFont(doc, 'normal', FONT_SIZE.small);
    doc.setTextColor(70);
    const nameWidth = pageWidth(doc) / 2 - PAGE.marginMm - PAGE_NUMBER_CLEARANCE_MM;
    doc.text(truncate(ctx, toDrawableText(input.project.name), nameWidth), PAGE.marginMm, y, { baseline: 'top' });
    doc.text(fillTemplate(text.footerPage, { page, pages }), pageWidth(doc) / 2, y, { baseline: 'top', align: 'center' });
    doc.text(generated, right, y, { baseline: 'top', align: 'right' });
    doc.setTextColor(20);
  }
}

function truncate(ctx: ReportContext, value: string, maxWidthMm: number): string {
  if (ctx.doc.getTextWidth(value) <= maxWidthMm) return value;
  let shortened = value;
  while (shortened.length > 1 && ctx.doc.getTextWidth(`${shortened}…`) > maxWidthMm) shortened = shortened.slice(0, -1);
  return `${shortened}…`;
}
