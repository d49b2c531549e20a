import type { jsPDF } from 'jspdf';
import type { Locale } from '../../i18n/locale';
import { FONT_FAMILY } from './fontRegistry';
import { toDrawableText } from './glyphs';
import { REPORT_TEXT } from './strings';

/** Page geometry in millimetres (A4). */
export const PAGE = {
  marginMm: 15,
  /** Space kept free at the bottom for the footer. */
  footerMm: 12,
} as const;

/** Font sizes in points. */
export const FONT_SIZE = { title: 20, heading: 13, subheading: 10.5, body: 9, table: 7.5, small: 7 } as const;

/** A document being written, with the state every section needs. */
export interface ReportContext {
  readonly doc: jsPDF;
  readonly locale: Locale;
  readonly text: (typeof REPORT_TEXT)[Locale];
}

export function pageWidth(doc: jsPDF): number {
  return doc.internal.pageSize.getWidth();
}

export function pageHeight(doc: jsPDF): number {
  return doc.internal.pageSize.getHeight();
}

export function contentWidth(doc: jsPDF): number {
  return pageWidth(doc) - 2 * PAGE.marginMm;
}

/** Lowest y a section may write to before it must start a new page. */
export function contentBottom(doc: jsPDF): number {
  return pageHeight(doc) - PAGE.marginMm - PAGE.footerMm;
}

export function setFont(doc: jsPDF, style: 'normal' | 'bold', sizePt: number): void {
  doc.setFont(FONT_FAMILY, style);
  doc.setFontSize(sizePt);
}

/** Height of one text line in mm at the current font size, with 1.3 line spacing. */
export function lineHeight(doc: jsPDF): number {
  return (doc.getFontSize() * 1.3 * 25.4) / 72;
}

/** Characters that must not start a line in Chinese typesetting. */
const NO_LINE_START = new Set('，。、；：？！）》」』”’%…—·,.;:?!)]}');
/** Characters that must not end a line. */
const NO_LINE_END = new Set('（《「『“‘([{');

/**
 * Wraps text to `widthMm` at the current font. jsPDF breaks CJK text between any two characters,
 * so a line that would start with closing punctuation or end with opening punctuation hands its
 * neighbouring character to the line before or after it.
 */
export function wrapText(doc: jsPDF, text: string, widthMm: number): string[] {
  const lines: string[] = doc.splitTextToSize(toDrawableText(text), widthMm);
  for (let index = 1; index < lines.length; index += 1) {
    const previous = lines[index - 1]!;
    const current = lines[index]!;
    if (previous.length < 2 || current.length === 0) continue;
    if (NO_LINE_START.has(current[0]!) || NO_LINE_END.has(previous.at(-1)!)) {
      lines[index - 1] = previous.slice(0, -1);
      lines[index] = previous.slice(-1) + current;
    }
  }
  return lines;
}

/**
 * Writes wrapped text at (x, y) and returns the y below it. Starts a new page first when the
 * block would run into the footer.
 */
export function writeParagraph(ctx: ReportContext, text: string, x: number, y: number, widthMm: number): number {
  const lines = wrapText(ctx.doc, text, widthMm);
  const height = lines.length * lineHeight(ctx.doc);
  const top = ensureSpace(ctx, y, height);
  ctx.doc.text(lines, x, top, { baseline: 'top', lineHeightFactor: 1.3 });
  return top + height;
}

/** Returns `y` when `heightMm` fits above the footer, else starts a portrait page and returns its top. */
export function ensureSpace(ctx: ReportContext, y: number, heightMm: number): number {
  if (y + heightMm <= contentBottom(ctx.doc)) return y;
  ctx.doc.addPage('a4', 'portrait');
  return PAGE.marginMm;
}

/** Starts a portrait page with a section heading and returns the y below the heading. */
export function startSection(ctx: ReportContext, heading: string): number {
  ctx.doc.addPage('a4', 'portrait');
  return writeHeading(ctx, heading, PAGE.marginMm);
}

function writeHeading(ctx: ReportContext, heading: string, y: number): number {
  setFont(ctx.doc, 'bold', FONT_SIZE.heading);
  const top = ensureSpace(ctx, y, 12);
  ctx.doc.text(toDrawableText(heading), PAGE.marginMm, top, { baseline: 'top' });
  setFont(ctx.doc, 'normal', FONT_SIZE.body);
  return top + 9;
}
