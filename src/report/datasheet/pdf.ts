import { jsPDF } from 'jspdf';
import type { CellHookData, Styles } from 'jspdf-autotable';
import { registerFonts } from '../pdf/fontRegistry';
import { toDrawableText } from '../pdf/glyphs';
import { FONT_SIZE, PAGE, contentWidth, lineHeight, pageHeight, pageWidth, setFont, wrapText, type ReportContext } from '../pdf/page';
import { REPORT_TEXT, fillTemplate } from '../pdf/strings';
import { drawTable } from '../pdf/tables';
import type { PdfFonts } from '../pdf/types';
import { formatTimestamp } from '../pdf/values';
import { formatCell } from './rows';
import { DATASHEET_TEXT } from './strings';
import { MISSING_MARK, type DataSheet, type DataSheetColumn, type DataSheetTable } from './types';

export interface DataSheetPdfOptions {
  /** The report faces, loaded with `loadFontsFromDisk` (Node) or `loadFontsInBrowser`. */
  readonly fonts: PdfFonts;
  /** Landscape paper size; A3 gives the room table room for all its columns at a legible size. Default A3. */
  readonly paper?: 'a4' | 'a3';
  /** Time printed in every page footer; default now. */
  readonly generatedAt?: Date;
}

/** Table font sizes (pt) per paper size. */
const TABLE_FONT_PT = { a4: 6.5, a3: 7 } as const;
/**
 * Narrowest column (mm) per paper size. On A4 the 24 room columns cannot all reach it, so
 * autotable splits the table across pages and repeats the number and room columns. On A3 the
 * table is not split: autotable narrows the columns and wraps their text instead.
 */
const MIN_COLUMN_WIDTH_MM = { a4: 12, a3: 0 } as const;
const TEXT_COLUMN_WIDTH_MM = { a4: { room: 20, wide: 26 }, a3: { room: 28, wide: 40 } } as const;
/** Room-table columns that hold sentences rather than short values, so they get a wider fixed width. */
const WIDE_TEXT_COLUMNS = new Set(['freshAirRequired', 'terminals', 'governing', 'roomsServed']);

/**
 * Renders the data sheet as a landscape PDF in the sheet's language: a title block with the
 * notes (including what "—" means), then the room, AHU, door and test-plan tables, with a footer on
 * every page. It embeds the same Noto Sans SC subsets as the compliance report. Characters the
 * font lacks print as `[U+XXXX]` and are listed under the title.
 */
export async function roomDataSheetPdf(sheet: DataSheet, options: DataSheetPdfOptions): Promise<Uint8Array> {
  const paper = options.paper ?? 'a3';
  const generatedAt = options.generatedAt ?? new Date();
  const doc = new jsPDF({ unit: 'mm', format: paper, orientation: 'landscape', compress: true });
  registerFonts(doc, options.fonts);
  const text = DATASHEET_TEXT[sheet.locale];
  doc.setProperties({ title: `${text.title} – ${sheet.projectName}`, creator: 'Cleanplan', subject: text.title });
  doc.setCreationDate(generatedAt);
  doc.setLanguage(sheet.locale);

  const ctx: ReportContext = { doc, locale: sheet.locale, text: REPORT_TEXT[sheet.locale] };
  let y = writeTitleBlock(ctx, sheet);
  for (const table of [sheet.rooms, sheet.ahus, sheet.doors, sheet.testPlan]) {
    if (table.rows.length === 0) continue;
    y = writeTable(ctx, table, y, paper) + 6;
  }
  writeFooters(ctx, sheet, generatedAt);
  return new Uint8Array(doc.output('arraybuffer'));
}

function writeTitleBlock(ctx: ReportContext, sheet: DataSheet): number {
  const { doc } = ctx;
  const text = DATASHEET_TEXT[sheet.locale];
  const width = contentWidth(doc);
  setFont(doc, 'bold', FONT_SIZE.title);
  doc.text(toDrawableText(`${text.title} – ${sheet.projectName}`), PAGE.marginMm, PAGE.marginMm, { baseline: 'top' });
  let y = PAGE.marginMm + 10;

  const glyphNote = undrawableNote(sheet);
  const customer = sheet.customerName.trim() || MISSING_MARK;
  const lines = [`${text.projectLabel}: ${sheet.projectName}    ${text.customerLabel}: ${customer}`, ...sheet.notes];
  if (glyphNote !== null) lines.push(glyphNote);
  // The project line prints at body size, the notes below it at the small size.
  for (const [index, line] of lines.entries()) {
    setFont(doc, 'normal', index === 0 ? FONT_SIZE.body : FONT_SIZE.small);
    const wrapped = wrapText(doc, line, width);
    doc.text(wrapped, PAGE.marginMm, y, { baseline: 'top', lineHeightFactor: 1.3 });
    y += wrapped.length * lineHeight(doc) + (index === 0 ? 2 : 0.5);
  }
  return y + 3;
}

/** Writes a table heading and the table; autotable continues it on new landscape pages. */
function writeTable(ctx: ReportContext, table: DataSheetTable, top: number, paper: 'a4' | 'a3'): number {
  const { doc, locale } = ctx;
  const headingHeight = 8;
  let y = top;
  if (y + headingHeight + 20 > pageHeight(doc) - PAGE.marginMm - PAGE.footerMm) {
    doc.addPage(paper, 'landscape');
    y = PAGE.marginMm;
  }
  setFont(doc, 'bold', FONT_SIZE.heading);
  doc.text(toDrawableText(table.name), PAGE.marginMm, y, { baseline: 'top' });
  setFont(doc, 'normal', FONT_SIZE.body);

  const numberColumns = new Set(table.columns.flatMap((column, index) => (column.type === 'number' ? [index] : [])));
  return drawTable(ctx, {
    startY: y + headingHeight,
    head: [table.columns.map((column) => column.header)],
    body: table.rows.map((row) => row.map((cell, index) => formatCell(cell, table.columns[index]!, locale))),
    styles: { fontSize: TABLE_FONT_PT[paper], cellPadding: 0.8, minCellWidth: MIN_COLUMN_WIDTH_MM[paper] },
    horizontalPageBreak: paper === 'a4',
    horizontalPageBreakRepeat: [0, 1],
    headStyles: { halign: 'center', valign: 'middle' },
    columnStyles: columnStyles(table.columns, paper),
    didParseCell: (data: CellHookData) => {
      if (data.section === 'body' && numberColumns.has(data.column.index)) data.cell.styles.halign = 'right';
    },
  });
}

function columnStyles(columns: readonly DataSheetColumn[], paper: 'a4' | 'a3'): Record<number, Partial<Styles>> {
  const widths = TEXT_COLUMN_WIDTH_MM[paper];
  const styles: Record<number, Partial<Styles>> = {};
  columns.forEach((column, index) => {
    if (column.key === 'room') styles[index] = { cellWidth: widths.room };
    else if (WIDE_TEXT_COLUMNS.has(column.key)) styles[index] = { cellWidth: widths.wide };
  });
  return styles;
}

/** Names each character of the sheet's text that the font cannot draw, or null when it draws them all. */
function undrawableNote(sheet: DataSheet): string | null {
  const texts = [sheet.projectName, sheet.customerName];
  for (const table of [sheet.rooms, sheet.ahus, sheet.doors, sheet.testPlan]) {
    for (const row of table.rows) for (const cell of row) if (typeof cell === 'string') texts.push(cell);
  }
  const placeholders = new Set<string>();
  for (const value of texts) {
    for (const character of value) {
      if (character.codePointAt(0)! < 0x20) continue;
      const drawable = toDrawableText(character);
      if (drawable !== character) placeholders.add(drawable);
    }
  }
  if (placeholders.size === 0) return null;
  return fillTemplate(DATASHEET_TEXT[sheet.locale].glyphNote, { list: [...placeholders].join(', ') });
}

function writeFooters(ctx: ReportContext, sheet: DataSheet, generatedAt: Date): void {
  const { doc } = ctx;
  const text = DATASHEET_TEXT[sheet.locale];
  const pages = doc.getNumberOfPages();
  const generated = `${text.generatedLabel} ${formatTimestamp(generatedAt)}`;
  for (let page = 1; page <= pages; page += 1) {
    doc.setPage(page);
    const y = pageHeight(doc) - PAGE.marginMm + 2;
    setFont(doc, 'normal', FONT_SIZE.small);
    doc.setTextColor(70);
    doc.text(toDrawableText(`${text.title} – ${sheet.projectName}`), PAGE.marginMm, y, { baseline: 'top' });
    doc.text(fillTemplate(text.footerPage, { page, pages }), pageWidth(doc) / 2, y, { baseline: 'top', align: 'center' });
    doc.text(generated, pageWidth(doc) - PAGE.marginMm, y, { baseline: 'top', align: 'right' });
    doc.setTextColor(20);
  }
}
