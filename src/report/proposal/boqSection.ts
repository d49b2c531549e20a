import type { CellInput, RowInput } from 'jspdf-autotable';
import { formatMoney, toChineseCapitalAmount, type Money } from '../../domain/money';
import { describeQuantityOrigin, PRICE_DISPLAY_LABELS, QUANTITY_UNIT_LABELS, type PricedLine, type PricedSection, type UnpricedLine } from '../../domain/quote';
import { FONT_SIZE, PAGE, contentWidth, startSection, writeParagraph, type ReportContext } from '../pdf/page';
import { fillTemplate } from '../pdf/strings';
import { drawTable } from '../pdf/tables';
import type { ProposalText } from './cover';
import { writeSubheading } from './scopeSection';
import type { ProposalPdfInput } from './types';

const SECTION_FILL: [number, number, number] = [240, 243, 247];

/** Returns the item text with where its quantity came from, and the override reason when there is one. */
function itemText(ctx: ReportContext, pt: ProposalText, line: PricedLine): string {
  const description = line.description[ctx.locale];
  const source = line.quantitySource;
  if (source.kind === 'manual') return description;
  const origin = describeQuantityOrigin(source.origin, ctx.locale);
  if (source.kind === 'layout') return `${description}\n${origin}`;
  return `${description}\n${origin}\n${fillTemplate(pt.overridden, { layoutValue: source.layoutValue, reason: source.reason })}`;
}

function pricedRow(ctx: ReportContext, pt: ProposalText, line: PricedLine, number: string): CellInput[] {
  const { locale } = ctx;
  return [
    number,
    itemText(ctx, pt, line),
    line.quantity,
    QUANTITY_UNIT_LABELS[line.unit][locale],
    formatMoney(line.displayUnitPrice, locale),
    line.discountPct === '0' ? '–' : `${line.discountPct}%`,
    formatMoney(line.displayAmount, locale),
    `${line.vatRatePct}%`,
  ];
}

function unpricedRow(ctx: ReportContext, pt: ProposalText, line: UnpricedLine, number: string): CellInput[] {
  return [number, line.description[ctx.locale], line.quantity, QUANTITY_UNIT_LABELS[line.unit][ctx.locale], '–', '–', pt.toBeQuoted, '–'];
}

function sectionRows(ctx: ReportContext, pt: ProposalText, section: PricedSection, sectionNumber: number, inclusive: boolean): RowInput[] {
  const title = section.title[ctx.locale];
  const rows: RowInput[] = [[{ content: `${sectionNumber}. ${title}`, colSpan: 8, styles: { fontStyle: 'bold', fillColor: SECTION_FILL } }]];
  section.lines.forEach((line, index) => rows.push(pricedRow(ctx, pt, line, `${sectionNumber}.${index + 1}`)));
  section.toBeQuotedLines.forEach((line, index) => rows.push(unpricedRow(ctx, pt, line, `${sectionNumber}.${section.lines.length + index + 1}`)));
  const subtotal = inclusive ? section.subtotal.gross : section.subtotal.net;
  rows.push([
    { content: fillTemplate(pt.sectionSubtotal, { title }), colSpan: 6, styles: { fontStyle: 'bold', halign: 'right' } },
    { content: formatMoney(subtotal, ctx.locale), styles: { fontStyle: 'bold', halign: 'right' } },
    '',
  ]);
  return rows;
}

/** Writes the grouped bill of quantities on a new page: every section with its lines and subtotal. */
function writeLines(ctx: ReportContext, input: ProposalPdfInput, pt: ProposalText): number {
  const { locale } = ctx;
  const y = startSection(ctx, pt.boqHeading);
  const inclusive = input.priced.priceDisplay === 'tax-inclusive';
  const priceBasis = PRICE_DISPLAY_LABELS[input.priced.priceDisplay][locale];
  const head = pt.boqColumns.map((label, index) => (index === 4 || index === 6 ? `${label}\n(${priceBasis})` : label));

  return drawTable(ctx, {
    startY: y,
    head: [head],
    body: input.priced.sections.flatMap((section, index) => sectionRows(ctx, pt, section, index + 1, inclusive)),
    styles: { fontSize: FONT_SIZE.small },
    headStyles: { halign: 'center', valign: 'middle' },
    columnStyles: {
      0: { cellWidth: 10 },
      2: { cellWidth: 16, halign: 'right' },
      3: { cellWidth: 11 },
      4: { cellWidth: 24, halign: 'right' },
      5: { cellWidth: 13, halign: 'right' },
      6: { cellWidth: 27, halign: 'right' },
      7: { cellWidth: 11, halign: 'right' },
    },
  });
}

function vatLabel(input: ProposalPdfInput, categoryId: string, locale: ReportContext['locale']): string {
  return input.vatRates.categories.find((category) => category.id === categoryId)?.label[locale] ?? categoryId;
}

function negated(amount: Money): Money {
  return { ...amount, minor: amount.minor === 0 ? 0 : -amount.minor };
}

/**
 * Writes the totals: list amount and discounts when there are any, the tax-exclusive total, VAT
 * per category, the tax-inclusive total and, for CNY, that total in capital numerals.
 */
function writeTotals(ctx: ReportContext, input: ProposalPdfInput, pt: ProposalText, top: number): number {
  const { locale } = ctx;
  const { totals, taxByCategory } = input.priced;
  const rows: [string, string][] = [];
  if (totals.lineDiscounts.minor !== 0 || totals.quoteDiscount.minor !== 0) rows.push([pt.listTotal, formatMoney(totals.list, locale)]);
  if (totals.lineDiscounts.minor !== 0) rows.push([pt.lineDiscounts, formatMoney(negated(totals.lineDiscounts), locale)]);
  if (totals.quoteDiscount.minor !== 0) rows.push([pt.quoteDiscount, formatMoney(negated(totals.quoteDiscount), locale)]);
  rows.push([pt.netTotal, formatMoney(totals.net, locale)]);
  for (const tax of taxByCategory) {
    rows.push([fillTemplate(pt.vatLine, { rate: tax.ratePct, category: vatLabel(input, tax.vatCategory, locale) }), formatMoney(tax.tax, locale)]);
  }
  rows.push([pt.grandTotal, formatMoney(totals.gross, locale)]);
  if (totals.gross.currency === 'CNY') rows.push([pt.capitalAmount, toChineseCapitalAmount(totals.gross)]);

  const grandTotalRow = rows.findIndex(([label]) => label === pt.grandTotal);
  const y = writeSubheading(ctx, pt.totalsHeading, top + 6, 12 + rows.length * 6);
  const bottom = drawTable(ctx, {
    startY: y,
    body: rows,
    styles: { fontSize: FONT_SIZE.body },
    columnStyles: { 0: { cellWidth: 90 }, 1: { halign: 'right' } },
    didParseCell: (data) => {
      if (data.section === 'body' && data.row.index >= grandTotalRow) data.cell.styles.fontStyle = 'bold';
    },
  });
  const notes: string[] = [];
  if (totals.quoteDiscount.minor !== 0) notes.push(pt.quoteDiscountShare);
  if (input.priced.toBeQuoted > 0) notes.push(fillTemplate(pt.toBeQuotedCount, { count: input.priced.toBeQuoted }));
  let noteBottom = bottom;
  for (const note of notes) noteBottom = writeParagraph(ctx, note, PAGE.marginMm, noteBottom + 2, contentWidth(ctx.doc));
  return noteBottom;
}

/** Writes the bill of quantities and the totals, and returns the y below them. */
export function writeBoq(ctx: ReportContext, input: ProposalPdfInput, pt: ProposalText): number {
  const bottom = writeLines(ctx, input, pt);
  return writeTotals(ctx, input, pt, bottom);
}
