import type { jsPDF } from 'jspdf';
import { formatMoney, toChineseCapitalAmount } from '../../domain/money';
import { PRICE_DISPLAY_LABELS } from '../../domain/quote';
import { toDrawableText } from '../pdf/glyphs';
import { FONT_SIZE, PAGE, contentWidth, setFont, writeParagraph, type ReportContext } from '../pdf/page';
import { drawTable } from '../pdf/tables';
import type { PROPOSAL_TEXT } from './strings';
import type { ProposalPdfInput } from './types';

export type ProposalText = (typeof PROPOSAL_TEXT)['en'];

const LOGO_BOX_MM = { width: 40, height: 18 } as const;
const IMAGE_DATA_URL = /^data:image\/(png|jpeg);base64,/;

/** Returns the jsPDF image format of a PNG or JPEG data URL. Throws a RangeError naming `field` otherwise. */
export function imageFormat(dataUrl: string, field: string): 'PNG' | 'JPEG' {
  const match = IMAGE_DATA_URL.exec(dataUrl);
  if (!match) {
    throw new RangeError(`${field}: expected a PNG or JPEG image as a data URL (data:image/png;base64,…), found "${dataUrl.slice(0, 30)}…"; choose a PNG or JPEG file`);
  }
  return match[1] === 'png' ? 'PNG' : 'JPEG';
}

/** Draws an image scaled to fit the box, keeping its aspect ratio, and returns the width used. */
export function drawImageInBox(doc: jsPDF, dataUrl: string, field: string, x: number, y: number, box: { width: number; height: number }): number {
  const format = imageFormat(dataUrl, field);
  const properties = doc.getImageProperties(dataUrl);
  const scale = Math.min(box.width / properties.width, box.height / properties.height);
  const width = properties.width * scale;
  doc.addImage(dataUrl, format, x, y, width, properties.height * scale);
  return width;
}

/** Writes logo, company name and contact lines at the top of the cover, and returns the y below them. */
function writeCompanyBlock(ctx: ReportContext, input: ProposalPdfInput, pt: ProposalText): number {
  const { doc } = ctx;
  const { company } = input;
  let x = PAGE.marginMm;
  if (company.logoDataUrl) x += drawImageInBox(doc, company.logoDataUrl, 'company logo', x, PAGE.marginMm, LOGO_BOX_MM) + 5;

  setFont(doc, 'bold', FONT_SIZE.subheading + 1);
  doc.text(toDrawableText(company.name), x, PAGE.marginMm, { baseline: 'top' });
  setFont(doc, 'normal', FONT_SIZE.small);
  const contactParts = [company.phone && `${pt.phone} ${company.phone}`, company.email && `${pt.email} ${company.email}`].filter(Boolean);
  const lines = [company.address, contactParts.join('   '), company.taxId && `${pt.taxId} ${company.taxId}`].filter((lineText) => lineText !== '');
  lines.forEach((lineText, index) => doc.text(toDrawableText(lineText), x, PAGE.marginMm + 6 + index * 3.6, { baseline: 'top' }));

  const bottom = Math.max(PAGE.marginMm + LOGO_BOX_MM.height, PAGE.marginMm + 6 + lines.length * 3.6) + 3;
  doc.setDrawColor(150);
  doc.setLineWidth(0.3);
  doc.line(PAGE.marginMm, bottom, PAGE.marginMm + contentWidth(doc), bottom);
  doc.setDrawColor(0);
  return bottom;
}

/**
 * Writes the cover on the first page: company block, title, project and quote number, then a
 * table of customer, dates, price display, the tax-inclusive total and, for CNY, the total in
 * capital numerals. Returns the y below the table.
 */
export function writeCover(ctx: ReportContext, input: ProposalPdfInput, pt: ProposalText): number {
  const { doc, locale } = ctx;
  const top = writeCompanyBlock(ctx, input, pt);

  setFont(doc, 'bold', FONT_SIZE.title);
  doc.text(pt.title, PAGE.marginMm, top + 10, { baseline: 'top' });
  setFont(doc, 'bold', FONT_SIZE.heading);
  let y = writeParagraph(ctx, input.projectTitle, PAGE.marginMm, top + 22, contentWidth(doc));
  setFont(doc, 'normal', FONT_SIZE.body);
  y = writeParagraph(ctx, `${pt.quoteNumber} ${input.quote.number} ${input.quote.revision}`, PAGE.marginMm, y + 1, contentWidth(doc));

  const { gross } = input.priced.totals;
  const rows: [string, string][] = [
    [pt.customer, input.customer.name],
    [pt.contact, input.customer.contactName ?? '–'],
    [pt.site, input.customer.site ?? '–'],
    [pt.quoteDate, input.quote.quoteDate],
    [pt.validUntil, input.quote.validUntil],
    [pt.priceDisplay, PRICE_DISPLAY_LABELS[input.priced.priceDisplay][locale]],
    [pt.grandTotal, formatMoney(gross, locale)],
  ];
  if (gross.currency === 'CNY') rows.push([pt.capitalAmount, toChineseCapitalAmount(gross)]);

  return drawTable(ctx, {
    startY: y + 5,
    body: rows,
    styles: { fontSize: FONT_SIZE.body },
    columnStyles: { 0: { cellWidth: 58, fontStyle: 'bold' } },
  });
}
