import type { Room } from '../../domain/project';
import type { RoomMetrics } from '../../engine/findings';
import type { Locale } from '../../i18n/locale';
import { FONT_SIZE, PAGE, contentWidth, setFont, type ReportContext } from './page';
import type { CompliancePdfInput } from './types';
import { gradeText } from './values';

type Rgb = readonly [number, number, number];

/** Colour groups of the plan, cleanest first; GMP grades share the group of their at-rest ISO class. */
type ColourGroup = 'iso1to4' | 'iso5' | 'iso6' | 'iso7' | 'iso8' | 'iso9' | 'unclassified' | 'none';

/** Light tints so labels stay legible in print; a display choice, not a standard's colour code. */
const GROUP_COLOURS: Readonly<Record<ColourGroup, Rgb>> = {
  iso1to4: [197, 202, 233],
  iso5: [187, 222, 251],
  iso6: [178, 223, 219],
  iso7: [200, 230, 201],
  iso8: [240, 244, 195],
  iso9: [255, 224, 178],
  unclassified: [224, 224, 224],
  none: [255, 255, 255],
};

const GROUP_ORDER: readonly ColourGroup[] = ['iso1to4', 'iso5', 'iso6', 'iso7', 'iso8', 'iso9', 'unclassified', 'none'];

function colourGroup(room: Room, metrics: RoomMetrics | undefined): ColourGroup {
  if (room.cleanliness === null) return 'none';
  if (room.cleanliness.kind === 'unclassified') return 'unclassified';
  const isoClass = metrics?.isoClass ?? (room.cleanliness.kind === 'iso' ? room.cleanliness.isoClass : null);
  if (isoClass === null) return 'none';
  if (isoClass < 5) return 'iso1to4';
  if (isoClass < 6) return 'iso5';
  if (isoClass < 7) return 'iso6';
  if (isoClass < 8) return 'iso7';
  if (isoClass < 8.5) return 'iso8';
  return 'iso9';
}

export function classColour(room: Room, metrics: RoomMetrics | undefined): Rgb {
  return GROUP_COLOURS[colourGroup(room, metrics)];
}

const GROUP_LABELS: Readonly<Record<ColourGroup, Record<Locale, string>>> = {
  iso1to4: { en: 'ISO 1–4', 'zh-CN': 'ISO 1–4 级' },
  iso5: { en: 'ISO 5', 'zh-CN': 'ISO 5 级' },
  iso6: { en: 'ISO 6', 'zh-CN': 'ISO 6 级' },
  iso7: { en: 'ISO 7', 'zh-CN': 'ISO 7 级' },
  iso8: { en: 'ISO 8', 'zh-CN': 'ISO 8 级' },
  iso9: { en: 'ISO 8.5–9', 'zh-CN': 'ISO 8.5–9 级' },
  unclassified: { en: 'Not classified', 'zh-CN': '非洁净区' },
  none: { en: 'No class given', 'zh-CN': '未给出级别' },
};

/** Label of a colour group, naming the GMP grades of the suite that fall in it. */
function groupLabel(group: ColourGroup, grades: readonly string[], locale: Locale): string {
  const base = GROUP_LABELS[group][locale];
  return grades.length > 0 ? `${base} / ${grades.join(', ')}` : base;
}

/** Draws the legend: the colour of each class present, failing rooms, doors and placeholder outlines. */
export function drawLegend(ctx: ReportContext, input: CompliancePdfInput, top: number): void {
  const { doc, text, locale } = ctx;
  const metricsById = new Map(input.result.rooms.map((metrics) => [metrics.roomId, metrics]));
  const gradesByGroup = new Map<ColourGroup, Set<string>>();
  for (const room of input.project.rooms) {
    const group = colourGroup(room, metricsById.get(room.id));
    const grades = gradesByGroup.get(group) ?? new Set<string>();
    if (room.cleanliness?.kind === 'gmp') grades.add(gradeText(room.cleanliness.grade, locale));
    gradesByGroup.set(group, grades);
  }

  const entries: { draw: (x: number, y: number) => void; label: string }[] = [];
  for (const group of GROUP_ORDER) {
    const grades = gradesByGroup.get(group);
    if (!grades) continue;
    entries.push({ draw: swatch(ctx, GROUP_COLOURS[group], [60, 60, 60], 0.25), label: groupLabel(group, [...grades].sort(), locale) });
  }
  entries.push({ draw: swatch(ctx, [255, 255, 255], [200, 30, 30], 0.6), label: text.planLegendFailing });
  entries.push({ draw: doorSample(ctx), label: text.planLegendDoor });
  if (input.project.rooms.some((room) => room.areaKnown === false)) {
    entries.push({ draw: swatch(ctx, [255, 255, 255], [60, 60, 60], 0.25, true), label: text.planLegendAreaUnknown });
  }

  setFont(doc, 'normal', FONT_SIZE.small);
  let x = PAGE.marginMm;
  let y = top;
  const right = PAGE.marginMm + contentWidth(doc);
  for (const entry of entries) {
    const width = 7 + doc.getTextWidth(entry.label) + 6;
    if (x + width > right) {
      x = PAGE.marginMm;
      y += 4.5;
    }
    entry.draw(x, y);
    doc.text(entry.label, x + 7, y + 0.2, { baseline: 'top' });
    x += width;
  }
  doc.text(text.planUnlabelledNote, PAGE.marginMm, y + 5, { baseline: 'top' });
}

function swatch(ctx: ReportContext, fill: Rgb, stroke: Rgb, lineWidth: number, dashed = false) {
  return (x: number, y: number): void => {
    const { doc } = ctx;
    doc.setFillColor(...fill);
    doc.setDrawColor(...stroke);
    doc.setLineWidth(lineWidth);
    if (dashed) doc.setLineDashPattern([1.2, 0.8], 0);
    doc.rect(x, y, 5, 3, 'FD');
    doc.setLineDashPattern([], 0);
    doc.setLineWidth(0.2);
    doc.setDrawColor(0);
  };
}

function doorSample(ctx: ReportContext) {
  return (x: number, y: number): void => {
    ctx.doc.setLineWidth(0.9);
    ctx.doc.setDrawColor(40, 40, 40);
    ctx.doc.line(x, y + 1.5, x + 5, y + 1.5);
    ctx.doc.setLineWidth(0.2);
    ctx.doc.setDrawColor(0);
  };
}
