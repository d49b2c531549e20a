import writeXlsxFile, { type Cell, type Row, type SheetData } from 'write-excel-file/universal';
import { isDecimal, parseDecimal, toChineseCapitalAmount, type Money } from '../../domain/money';
import { describeQuantityOrigin, PRICE_DISPLAY_LABELS, QUANTITY_UNIT_LABELS, type PricedLine, type PricedQuote, type UnpricedLine, type VatRateTable } from '../../domain/quote';
import type { Locale } from '../../i18n/locale';
import { fillTemplate } from '../pdf/strings';
import { toMajorUnits } from './amounts';
import { PROPOSAL_TEXT } from './strings';

/*
 * The quote as a spreadsheet: a sheet of lines grouped by section with subtotals, and a sheet of
 * totals. Amounts are numbers in major units (yuan) with two decimals, converted from the priced
 * quote's minor units by `toMajorUnits`, so they add up to the same totals as screen and PDF.
 * `write-excel-file/universal` is used because it runs unchanged in the browser and in Node.
 */

const XLSX_TEXT = {
  en: {
    linesSheet: 'Quote',
    totalsSheet: 'Totals',
    columns: ['No.', 'Item', 'Quantity', 'Unit', 'Unit price', 'Line discount %', 'Amount excl. VAT', 'VAT rate %', 'VAT', 'Amount incl. VAT', 'Quantity source'],
    totalsColumns: ['Item', 'Amount'],
    manual: 'entered by hand',
  },
  'zh-CN': {
    linesSheet: '报价明细',
    totalsSheet: '合计',
    columns: ['序号', '项目', '数量', '单位', '单价', '单项折扣 %', '不含税金额', '税率 %', '税额', '含税金额', '工程量来源'],
    totalsColumns: ['项目', '金额'],
    manual: '手工输入',
  },
} as const;

const AMOUNT_FORMAT = '#,##0.00';

function amountCell(amount: Money, bold = false): Cell {
  return { value: toMajorUnits(amount), type: Number, format: AMOUNT_FORMAT, ...(bold ? { fontWeight: 'bold' as const } : {}) };
}

/** Writes a decimal string as a number cell; a value that is not a decimal stays text. */
function decimalCell(value: string): Cell {
  if (!isDecimal(value)) return value;
  const parsed = parseDecimal(value);
  return { value: Number(parsed.numerator) / Number(parsed.denominator), type: Number };
}

function header(labels: readonly string[]): Row {
  return labels.map((label) => ({ value: label, fontWeight: 'bold' as const }));
}

function sourceText(line: PricedLine, locale: Locale): string {
  const source = line.quantitySource;
  if (source.kind === 'manual') return XLSX_TEXT[locale].manual;
  const origin = describeQuantityOrigin(source.origin, locale);
  if (source.kind === 'layout') return origin;
  return `${origin}; ${fillTemplate(PROPOSAL_TEXT[locale].overridden, { layoutValue: source.layoutValue, reason: source.reason })}`;
}

function lineRow(line: PricedLine, number: string, locale: Locale): Row {
  return [
    number,
    line.description[locale],
    decimalCell(line.quantity),
    QUANTITY_UNIT_LABELS[line.unit][locale],
    amountCell(line.displayUnitPrice),
    decimalCell(line.discountPct),
    amountCell(line.net),
    decimalCell(line.vatRatePct),
    amountCell(line.tax),
    amountCell(line.gross),
    sourceText(line, locale),
  ];
}

function unpricedRow(line: UnpricedLine, number: string, locale: Locale): Row {
  const toBeQuoted = PROPOSAL_TEXT[locale].toBeQuoted;
  return [number, line.description[locale], decimalCell(line.quantity), QUANTITY_UNIT_LABELS[line.unit][locale], toBeQuoted, null, null, null, null, null, null];
}

/** Builds the lines sheet: a header, then per section its title, lines and a subtotal row. */
export function quoteLineRows(priced: PricedQuote, locale: Locale): SheetData {
  const text = XLSX_TEXT[locale];
  const priceBasis = PRICE_DISPLAY_LABELS[priced.priceDisplay][locale];
  const columns = text.columns.map((label, index) => (index === 4 ? `${label} (${priceBasis})` : label));
  const rows: SheetData = [header(columns)];

  priced.sections.forEach((section, sectionIndex) => {
    const number = sectionIndex + 1;
    const title = section.title[locale];
    rows.push([String(number), { value: title, fontWeight: 'bold' }]);
    section.lines.forEach((line, index) => rows.push(lineRow(line, `${number}.${index + 1}`, locale)));
    section.toBeQuotedLines.forEach((line, index) => rows.push(unpricedRow(line, `${number}.${section.lines.length + index + 1}`, locale)));
    const subtotalLabel = fillTemplate(PROPOSAL_TEXT[locale].sectionSubtotal, { title });
    rows.push([null, { value: subtotalLabel, fontWeight: 'bold' }, null, null, null, null, amountCell(section.subtotal.net, true), null, amountCell(section.subtotal.tax, true), amountCell(section.subtotal.gross, true), null]);
  });
  return rows;
}

/**
 * Builds the totals sheet with the same rows as the PDF's totals table. VAT rows name the category
 * by its label in `vatRates`, or by its id without a table.
 */
export function quoteTotalRows(priced: PricedQuote, locale: Locale, vatRates?: VatRateTable): SheetData {
  const pt = PROPOSAL_TEXT[locale];
  const { totals } = priced;
  const rows: SheetData = [header(XLSX_TEXT[locale].totalsColumns)];
  rows.push([pt.listTotal, amountCell(totals.list)]);
  rows.push([pt.lineDiscounts, amountCell(totals.lineDiscounts)]);
  rows.push([pt.quoteDiscount, amountCell(totals.quoteDiscount)]);
  rows.push([pt.netTotal, amountCell(totals.net, true)]);
  for (const tax of priced.taxByCategory) {
    const category = vatRates?.categories.find((candidate) => candidate.id === tax.vatCategory)?.label[locale] ?? tax.vatCategory;
    rows.push([fillTemplate(pt.vatLine, { rate: tax.ratePct, category }), amountCell(tax.tax)]);
  }
  rows.push([{ value: pt.grandTotal, fontWeight: 'bold' }, amountCell(totals.gross, true)]);
  if (totals.gross.currency === 'CNY') rows.push([pt.capitalAmount, toChineseCapitalAmount(totals.gross)]);
  if (priced.toBeQuoted > 0) rows.push([fillTemplate(pt.toBeQuotedCount, { count: priced.toBeQuoted }), null]);
  return rows;
}

/** Writes the priced quote as an .xlsx file with a lines sheet and a totals sheet. */
export async function quoteXlsx(priced: PricedQuote, locale: Locale, vatRates?: VatRateTable): Promise<Blob> {
  const text = XLSX_TEXT[locale];
  return writeXlsxFile([
    {
      data: quoteLineRows(priced, locale),
      sheet: text.linesSheet,
      columns: [{ width: 7 }, { width: 48 }, { width: 10 }, { width: 7 }, { width: 14 }, { width: 10 }, { width: 16 }, { width: 8 }, { width: 14 }, { width: 16 }, { width: 48 }],
      stickyRowsCount: 1,
    },
    { data: quoteTotalRows(priced, locale, vatRates), sheet: text.totalsSheet, columns: [{ width: 48 }, { width: 20 }] },
  ]).toBlob();
}
