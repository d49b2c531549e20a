import { autoTable, type CellHookData, type UserOptions } from 'jspdf-autotable';
import { FONT_FAMILY } from './fontRegistry';
import { toDrawableText } from './glyphs';
import { FONT_SIZE, PAGE, type ReportContext } from './page';

const GRID_GREY: [number, number, number] = [170, 170, 170];
const HEAD_FILL: [number, number, number] = [228, 233, 240];

/**
 * Draws a table in the report's style and returns the y below it. Both font styles used are
 * registered faces (jspdf-autotable heads default to bold), and every cell's text goes through
 * `toDrawableText`, so characters the font lacks print as placeholders.
 */
export function drawTable(ctx: ReportContext, options: UserOptions): number {
  const callerParseCell = options.didParseCell;
  autoTable(ctx.doc, {
    theme: 'grid',
    margin: { top: PAGE.marginMm, bottom: PAGE.marginMm + PAGE.footerMm, left: PAGE.marginMm, right: PAGE.marginMm },
    rowPageBreak: 'avoid',
    ...options,
    styles: {
      font: FONT_FAMILY,
      fontStyle: 'normal',
      fontSize: FONT_SIZE.table,
      cellPadding: 1.2,
      lineColor: GRID_GREY,
      lineWidth: 0.1,
      textColor: 20,
      valign: 'top',
      overflow: 'linebreak',
      ...options.styles,
    },
    headStyles: { font: FONT_FAMILY, fontStyle: 'bold', fillColor: HEAD_FILL, textColor: 20, ...options.headStyles },
    didParseCell: (data: CellHookData) => {
      data.cell.text = data.cell.text.map(toDrawableText);
      callerParseCell?.(data);
    },
  });
  return lastTableBottom(ctx);
}

function lastTableBottom(ctx: ReportContext): number {
  const table = (ctx.doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable;
  return table?.finalY ?? PAGE.marginMm;
}
