import type { Styles } from 'jspdf-autotable';
import type { GmpGrade } from '../../domain/cleanliness';
import type { Room } from '../../domain/project';
import { GMP_PARTICLE_LIMITS } from '../../engine/gmp';
import { gmpGradeLimits, iso14644ClassLimits, listRuleSets, PARTICLE_SIZES_UM, type RoomMetrics } from '../../engine/index';
import { ISO_TABLE_1 } from '../../engine/iso14644';
import { formatNumber } from '../../i18n/format';
import { formatCitationText } from './findingText';
import { FONT_SIZE, PAGE, contentWidth, ensureSpace, setFont, startSection, writeParagraph, type ReportContext } from './page';
import { fillTemplate } from './strings';
import { drawTable } from './tables';
import type { CompliancePdfInput } from './types';

const ISO_RULE_SET_ID = 'iso-14644-1-2015';
const GMP_RULE_SET_ID = 'china-gmp-2010';
const GMP_SIZES = ['0.5', '5'] as const;
const LABEL_COLUMN_MM = 28;
const GMP_COLUMN_MM = 40;

/** A class of the suite and the rooms that have it. */
interface ClassGroup {
  readonly key: string;
  readonly isoClass: number | null;
  readonly grade: GmpGrade | null;
  readonly rooms: string[];
}

/**
 * Writes the particle limits of each class in the suite once, naming its rooms: ISO 14644-1
 * Table 1 for ISO classes, the GMP grade table (at rest and in operation) for graded rooms.
 * Cells without a limit print as "not applicable" (ISO) or "not specified" (GMP), never as 0.
 */
export function writeClassLimits(ctx: ReportContext, input: CompliancePdfInput, roomNumbers: ReadonlyMap<string, number>): void {
  const groups = groupRoomsByClass(input, roomNumbers);
  if (groups.length === 0) return;
  let y = startSection(ctx, ctx.text.limitsHeading);
  setFont(ctx.doc, 'normal', FONT_SIZE.body);
  y = writeParagraph(ctx, ctx.text.limitsUnit, PAGE.marginMm, y, contentWidth(ctx.doc)) + 3;

  for (const group of groups) {
    y = writeGroupHeading(ctx, group, y);
    y = (group.grade ? writeGmpTable(ctx, group.grade, y) : writeIsoTable(ctx, group.isoClass!, y)) + 6;
  }
}

function groupRoomsByClass(input: CompliancePdfInput, roomNumbers: ReadonlyMap<string, number>): ClassGroup[] {
  const metricsById = new Map<string, RoomMetrics>(input.result.rooms.map((metrics) => [metrics.roomId, metrics]));
  const groups = new Map<string, ClassGroup>();
  for (const room of input.project.rooms) {
    const group = classGroupOf(room, metricsById.get(room.id));
    if (!group) continue;
    const existing = groups.get(group.key) ?? group;
    existing.rooms.push(`${roomNumbers.get(room.id) ?? 0}. ${room.name}`);
    groups.set(group.key, existing);
  }
  return [...groups.values()].sort(compareGroups);
}

function classGroupOf(room: Room, metrics: RoomMetrics | undefined): ClassGroup | null {
  if (room.cleanliness?.kind === 'gmp') {
    return { key: `gmp:${room.cleanliness.grade}`, isoClass: null, grade: room.cleanliness.grade, rooms: [] };
  }
  const isoClass = metrics?.isoClass ?? (room.cleanliness?.kind === 'iso' ? room.cleanliness.isoClass : null);
  if (isoClass === null) return null;
  return { key: `iso:${isoClass}`, isoClass, grade: null, rooms: [] };
}

/** GMP grades first (A to D), then ISO classes from the cleanest. */
function compareGroups(first: ClassGroup, second: ClassGroup): number {
  if (first.grade && second.grade) return first.grade.localeCompare(second.grade);
  if (first.grade) return -1;
  if (second.grade) return 1;
  return first.isoClass! - second.isoClass!;
}

function writeGroupHeading(ctx: ReportContext, group: ClassGroup, top: number): number {
  const { doc, text, locale } = ctx;
  const title = group.grade
    ? fillTemplate(text.limitsGmpTitle, { citation: citation(GMP_RULE_SET_ID, GMP_PARTICLE_LIMITS.clause), grade: group.grade })
    : fillTemplate(text.limitsIsoTitle, {
        citation: citation(ISO_RULE_SET_ID, ISO_TABLE_1.clause),
        isoClass: formatNumber(group.isoClass!, locale, 1),
      });
  const y = ensureSpace(ctx, top, 28);
  setFont(doc, 'bold', FONT_SIZE.subheading);
  const below = writeParagraph(ctx, title, PAGE.marginMm, y, contentWidth(doc));
  setFont(doc, 'normal', FONT_SIZE.small);
  return writeParagraph(ctx, fillTemplate(text.limitsRooms, { rooms: group.rooms.join(', ') }), PAGE.marginMm, below, contentWidth(doc)) + 1;
}

function citation(ruleSetId: string, clause: string): string {
  const info = listRuleSets().find((ruleSet) => ruleSet.id === ruleSetId);
  return info ? formatCitationText({ ruleSetId, standard: info.standard, edition: info.edition, clause }) : clause;
}

function writeIsoTable(ctx: ReportContext, isoClass: number, y: number): number {
  const { text, locale } = ctx;
  const limits = iso14644ClassLimits(isoClass);
  const cells = PARTICLE_SIZES_UM.map((size) => formatLimit(limits[size], text.notApplicable, locale));
  return drawTable(ctx, {
    startY: y,
    head: [['', ...PARTICLE_SIZES_UM.map((size) => fillTemplate(text.limitsSizeColumn, { size }))]],
    body: [[text.limitsRowIso, ...cells]],
    styles: { halign: 'right' },
    headStyles: { halign: 'right' },
    columnStyles: equalColumns(PARTICLE_SIZES_UM.length, (contentWidth(ctx.doc) - LABEL_COLUMN_MM) / PARTICLE_SIZES_UM.length),
  });
}

function writeGmpTable(ctx: ReportContext, grade: GmpGrade, y: number): number {
  const { text, locale } = ctx;
  const limits = gmpGradeLimits(grade);
  const row = (label: string, values: Readonly<Record<(typeof GMP_SIZES)[number], number | null>>) => [
    label,
    ...GMP_SIZES.map((size) => formatLimit(values[size], text.notSpecified, locale)),
  ];
  return drawTable(ctx, {
    startY: y,
    head: [['', ...GMP_SIZES.map((size) => fillTemplate(text.limitsSizeColumn, { size }))]],
    body: [row(text.limitsAtRest, limits.atRest), row(text.limitsInOperation, limits.inOperation)],
    tableWidth: LABEL_COLUMN_MM + 2 * GMP_COLUMN_MM,
    styles: { halign: 'right' },
    headStyles: { halign: 'right' },
    columnStyles: equalColumns(GMP_SIZES.length, GMP_COLUMN_MM),
  });
}

/** Column styles: a left-aligned label column, then `count` value columns of one width. */
function equalColumns(count: number, widthMm: number): Record<number, Partial<Styles>> {
  const styles: Record<number, Partial<Styles>> = { 0: { halign: 'left', cellWidth: LABEL_COLUMN_MM } };
  for (let column = 1; column <= count; column += 1) styles[column] = { cellWidth: widthMm };
  return styles;
}

function formatLimit(value: number | null, missingText: string, locale: ReportContext['locale']): string {
  return value === null ? missingText : formatNumber(value, locale, 0);
}
