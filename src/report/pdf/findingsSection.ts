import type { CellDef, RowInput } from 'jspdf-autotable';
import type { Room } from '../../domain/project';
import type { Finding, FindingReason, Outcome } from '../../engine/findings';
import { describeNote, kindLabel, outcomeLabel } from '../../i18n/findingMessages';
import { describeFindingRow } from './findingRows';
import { FONT_SIZE, PAGE, contentWidth, ensureSpace, setFont, startSection, wrapText, writeParagraph, type ReportContext } from './page';
import { fillTemplate } from './strings';
import { drawTable } from './tables';
import type { CompliancePdfInput } from './types';
import { roomClassText } from './values';
import { installAirsideFindingMessages } from '../../i18n/airsideFindingMessages';

// Air-side findings (network, terminals, sizing) are rendered here, so their sentences must be in.
installAirsideFindingMessages();

/** Order of findings within a room: what needs action first. */
export const OUTCOME_ORDER: readonly Outcome[] = ['fail', 'cannot-evaluate', 'pass', 'not-applicable'];

const OUTCOME_COLOURS: Readonly<Record<Outcome, [number, number, number]>> = {
  fail: [190, 30, 30],
  'cannot-evaluate': [170, 100, 0],
  pass: [20, 120, 50],
  'not-applicable': [110, 110, 110],
};
const UNVERIFIED_COLOUR: [number, number, number] = [170, 100, 0];
const EXPLANATION_GREY: [number, number, number] = [85, 85, 85];
/** Space a room heading needs with at least its table head and one row below it. */
const ROOM_BLOCK_MIN_MM = 22;

/** Sorts findings by OUTCOME_ORDER, keeping the engine's order within one outcome. */
function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((first, second) => OUTCOME_ORDER.indexOf(first.outcome) - OUTCOME_ORDER.indexOf(second.outcome));
}

/** Writes the findings of each room in schedule order, then the suite-level findings. */
export function writeFindings(ctx: ReportContext, input: CompliancePdfInput, roomNumbers: ReadonlyMap<string, number>): void {
  let y = startSection(ctx, ctx.text.findingsHeading);
  const findingsByRoom = groupByRoom(input.result.findings);
  const metricsById = new Map(input.result.rooms.map((metrics) => [metrics.roomId, metrics]));

  for (const room of input.project.rooms) {
    const heading = fillTemplate(ctx.text.roomHeading, { number: roomNumbers.get(room.id) ?? 0, name: room.name });
    const classText = roomClassText(room, metricsById.get(room.id), ctx.locale);
    y = writeSubheading(ctx, `${heading} · ${classText}`, y);
    y = writeNotes(ctx, metricsById.get(room.id)?.notes ?? [], y);
    y = writeFindingTable(ctx, input, findingsByRoom.get(room.id) ?? [], y) + 5;
  }

  const suiteFindings = findingsByRoom.get(null) ?? [];
  if (suiteFindings.length > 0) {
    y = writeSubheading(ctx, ctx.text.suiteHeading, y + 2);
    writeFindingTable(ctx, input, suiteFindings, y);
  }
}

function groupByRoom(findings: readonly Finding[]): Map<string | null, Finding[]> {
  const groups = new Map<string | null, Finding[]>();
  for (const finding of findings) {
    // Suite findings (those listing roomIds) name several rooms, so they go to the suite section.
    const key = finding.roomIds !== undefined ? null : finding.roomId;
    const group = groups.get(key) ?? [];
    group.push(finding);
    groups.set(key, group);
  }
  return groups;
}

function writeSubheading(ctx: ReportContext, heading: string, y: number): number {
  const { doc } = ctx;
  setFont(doc, 'bold', FONT_SIZE.subheading);
  const lines = wrapText(doc, heading, doc.internal.pageSize.getWidth() - 2 * PAGE.marginMm);
  const top = ensureSpace(ctx, y, ROOM_BLOCK_MIN_MM + (lines.length - 1) * 5);
  doc.text(lines, PAGE.marginMm, top, { baseline: 'top' });
  setFont(doc, 'normal', FONT_SIZE.body);
  return top + lines.length * 5 + 1;
}

/** Writes the engine's remarks on a room's derived values, such as supply design values that disagree. */
function writeNotes(ctx: ReportContext, notes: readonly FindingReason[], y: number): number {
  let below = y;
  setFont(ctx.doc, 'normal', FONT_SIZE.small);
  for (const note of notes) {
    below = writeParagraph(ctx, describeNote(note, ctx.locale), PAGE.marginMm, below, contentWidth(ctx.doc)) + 1;
  }
  setFont(ctx.doc, 'normal', FONT_SIZE.body);
  return below;
}

function writeFindingTable(ctx: ReportContext, input: CompliancePdfInput, findings: readonly Finding[], y: number): number {
  const { text } = ctx;
  if (findings.length === 0) {
    setFont(ctx.doc, 'normal', FONT_SIZE.body);
    ctx.doc.text(text.noFindings, PAGE.marginMm, y, { baseline: 'top' });
    return y + 5;
  }

  const sorted = sortFindings(findings);
  const roomsById = new Map<string, Room>(input.project.rooms.map((room) => [room.id, room]));
  const body = sorted.flatMap((finding) => findingRows(ctx, finding, roomsById));

  return drawTable(ctx, {
    startY: y,
    head: [[...text.findingColumns]],
    body,
    columnStyles: {
      0: { cellWidth: 62 },
      1: { cellWidth: 26 },
      2: { cellWidth: 22 },
      3: { cellWidth: 18 },
      4: { cellWidth: 18 },
    },
  });
}

/**
 * Returns the table rows of one finding: the finding itself, with the verdict coloured by outcome
 * and unverified rules marked, and for failures and "cannot evaluate" a full-width explanation.
 */
function findingRows(ctx: ReportContext, finding: Finding, roomsById: ReadonlyMap<string, Room>): RowInput[] {
  const { text, locale } = ctx;
  const row = describeFindingRow(finding, roomsById, ctx);
  const kind = kindLabel(finding.kind, locale);
  const verdict: CellDef = {
    content: outcomeLabel(finding.outcome, locale),
    styles: { textColor: OUTCOME_COLOURS[finding.outcome], fontStyle: finding.outcome === 'fail' ? 'bold' : 'normal' },
  };
  const kindCell: CellDef = finding.verified
    ? { content: kind }
    : { content: `${kind}\n[${text.unverified}]`, styles: { textColor: UNVERIFIED_COLOUR } };

  const rows: RowInput[] = [[row.requirement, row.required, row.actual, verdict, kindCell, row.citation]];
  if (row.explanation) {
    rows.push([{ content: row.explanation, colSpan: 6, styles: { fontSize: FONT_SIZE.small - 0.5, textColor: EXPLANATION_GREY } }]);
  }
  return rows;
}
