import type { PointMm, Room } from '../../../domain/project';
import type { SamplingPlan } from '../../../engine/airside/types';
import type { RoomMetrics } from '../../../engine/findings';
import { formatNumber } from '../../../i18n/format';
import type { Locale } from '../../../i18n/locale';
import { listSamplingLocations, type SamplingLocation } from '../../datasheet/rows';
import { FONT_SIZE, PAGE, contentWidth, ensureSpace, setFont, startSection, writeParagraph, type ReportContext } from '../page';
import { boundsOf } from '../planGeometry';
import { fillTemplate } from '../strings';
import { drawTable } from '../tables';
import type { CompliancePdfInput } from '../types';
import { UNKNOWN, roomClassText } from '../values';

type Bilingual = Readonly<Record<Locale, string>>;

/** Section strings, kept beside the section because no other part of the report uses them. */
const TEXT = {
  heading: { en: 'ISO 14644-1 test plan', 'zh-CN': 'ISO 14644-1 洁净度检测方案' },
  intro: {
    en:
      'Sampling locations placed evenly on each classified room, as many as ISO 14644-1 requires for its area; each room names the clause applied. ' +
      'At each location take at least the single-sample volume given. ' +
      'x and y are metres from the left and top edges of the room as drawn (y downwards).',
    'zh-CN':
      '按 ISO 14644-1 的要求，根据每个洁净房间的面积确定采样点数（各房间注明所依据的条款），并均匀布置在房间内。' +
      '每个采样点的单次采样量不少于所列数值。x、y 为采样点距房间图形左边缘和上边缘的距离（m，y 向下）。',
  },
  roomTitle: {
    en: '{number}. {name}, {class}: {count} locations per {method}, at least {volume} L each',
    'zh-CN': '{number}. {name}，{class}：按 {method} 设 {count} 个采样点，每点单次采样量不少于 {volume} L',
  },
  volumeBasis: {
    en: 'The volume is for particles ≥ {size} µm at the class limit of {limit} particles/m³. Sample for at least {minutes} min at each location.',
    'zh-CN': '采样量按 ≥ {size} µm 粒径及其级别限值 {limit} 粒/m³ 计算；每个采样点的采样时间不少于 {minutes} min。',
  },
  columns: { en: ['Location', 'x (m)', 'y (m)', 'Sample volume (L)'], 'zh-CN': ['采样点', 'x (m)', 'y (m)', '单次采样量 (L)'] },
  withoutPlan: {
    en: 'No sampling locations could be placed in these classified rooms (check that each has an area and an outline): {rooms}.',
    'zh-CN': '以下洁净房间未能布置采样点（请检查是否给出面积和房间图形）：{rooms}。',
  },
} as const;

/** Paper box of each room's sketch (mm). */
const SKETCH = { width: 55, height: 40, gap: 5 } as const;
const POINT_RADIUS_MM = 0.7;
const POINT_LABEL_PT = 5.5;
const OUTLINE_GREY: [number, number, number] = [60, 60, 60];
const POINT_BLUE: [number, number, number] = [21, 101, 192];

function text(entry: Bilingual, locale: Locale): string {
  return entry[locale];
}

/**
 * Writes the ISO 14644-1 test plan: for each room with sampling locations, a title line, a small
 * vector sketch of the room with the numbered locations, and a table of their positions and
 * sample volumes. Rooms with an ISO class but no locations are named at the end. The section is
 * left out when the result carries no air-side design or no room has a class.
 */
export function writeTestPlan(ctx: ReportContext, input: CompliancePdfInput, roomNumbers: ReadonlyMap<string, number>): void {
  const airside = input.result.airside;
  if (airside === undefined) return;
  const metricsById = new Map(input.result.rooms.map((metrics) => [metrics.roomId, metrics]));
  const samplingById = new Map(airside.rooms.map((room) => [room.roomId, room.sampling]));
  const planned = input.project.rooms.filter((room) => (samplingById.get(room.id)?.positionsMm.length ?? 0) > 0);
  const unplanned = input.project.rooms.filter((room) => !planned.includes(room) && metricsById.get(room.id)?.isoClass != null);
  if (planned.length === 0 && unplanned.length === 0) return;

  let y = startSection(ctx, text(TEXT.heading, ctx.locale));
  y = writeParagraph(ctx, text(TEXT.intro, ctx.locale), PAGE.marginMm, y, contentWidth(ctx.doc)) + 4;
  for (const room of planned) {
    const number = roomNumbers.get(room.id) ?? 0;
    y = writeRoomPlan(ctx, { room, number, metrics: metricsById.get(room.id), sampling: samplingById.get(room.id)! }, y) + 5;
  }
  if (unplanned.length > 0) {
    const names = unplanned.map((room) => `${roomNumbers.get(room.id) ?? 0}. ${room.name}`).join(ctx.locale === 'zh-CN' ? '、' : ', ');
    writeParagraph(ctx, fillTemplate(text(TEXT.withoutPlan, ctx.locale), { rooms: names }), PAGE.marginMm, y, contentWidth(ctx.doc));
  }
}

interface PlannedRoom {
  readonly room: Room;
  readonly number: number;
  readonly metrics: RoomMetrics | undefined;
  readonly sampling: SamplingPlan;
}

function writeRoomPlan(ctx: ReportContext, planned: PlannedRoom, top: number): number {
  const { doc, locale } = ctx;
  const { room, number, metrics, sampling } = planned;
  const locations = listSamplingLocations(room, sampling);
  const volume = sampling.sampleVolumeL === null ? UNKNOWN : formatNumber(sampling.sampleVolumeL, locale, 2);
  const title = fillTemplate(text(TEXT.roomTitle, locale), {
    number,
    name: room.name,
    class: roomClassText(room, metrics, locale),
    count: locations.length,
    method: ctx.text.samplingEditions[sampling.edition],
    volume,
  });

  setFont(doc, 'bold', FONT_SIZE.body);
  const blockTop = ensureSpace(ctx, top, 12 + SKETCH.height);
  let sketchTop = writeParagraph(ctx, title, PAGE.marginMm, blockTop, contentWidth(doc));
  setFont(doc, 'normal', FONT_SIZE.body);
  const basis = volumeBasisText(sampling, locale);
  if (basis !== null) sketchTop = writeParagraph(ctx, basis, PAGE.marginMm, sketchTop, contentWidth(doc));
  sketchTop += 1;
  const startPage = doc.getCurrentPageInfo().pageNumber;
  drawSketch(ctx, room.polygon, locations, { x: PAGE.marginMm, y: sketchTop });

  const tableLeft = PAGE.marginMm + SKETCH.width + SKETCH.gap;
  const tableBottom = drawTable(ctx, {
    startY: sketchTop,
    margin: { top: PAGE.marginMm, bottom: PAGE.marginMm + PAGE.footerMm, left: tableLeft, right: PAGE.marginMm },
    head: [[...TEXT.columns[locale]]],
    body: locations.map((location) => [location.label, formatNumber(location.xM, locale, 2), formatNumber(location.yM, locale, 2), volume]),
    columnStyles: { 1: { halign: 'right' }, 2: { halign: 'right' }, 3: { halign: 'right' } },
  });
  const tableMovedOn = doc.getCurrentPageInfo().pageNumber !== startPage;
  return tableMovedOn ? tableBottom : Math.max(tableBottom, sketchTop + SKETCH.height);
}

/** Says which particle size and class limit set the sample volume, and the minimum sampling time; null when the plan lacks them. */
function volumeBasisText(sampling: SamplingPlan, locale: Locale): string | null {
  const { largestSizeUm, limitPerM3, minDurationMin } = sampling;
  if (largestSizeUm == null || limitPerM3 == null || minDurationMin === undefined) return null;
  return fillTemplate(text(TEXT.volumeBasis, locale), {
    size: largestSizeUm,
    limit: formatNumber(limitPerM3, locale, 0),
    minutes: formatNumber(minDurationMin, locale, 1),
  });
}

/**
 * Draws the room outline scaled to fit the sketch box, keeping its proportions, with a dot and
 * its label at each sampling location.
 */
function drawSketch(ctx: ReportContext, polygon: readonly PointMm[], locations: readonly SamplingLocation[], origin: PointMm): void {
  const { doc } = ctx;
  const bounds = boundsOf(polygon);
  if (bounds === null || polygon.length < 3) return;
  const widthMm = Math.max(bounds.maxX - bounds.minX, 1);
  const heightMm = Math.max(bounds.maxY - bounds.minY, 1);
  const scale = Math.min(SKETCH.width / widthMm, SKETCH.height / heightMm);
  const toPaper = (point: PointMm): PointMm => ({ x: origin.x + (point.x - bounds.minX) * scale, y: origin.y + (point.y - bounds.minY) * scale });

  const corners = polygon.map(toPaper);
  const deltas = corners.slice(1).map((corner, index) => [corner.x - corners[index]!.x, corner.y - corners[index]!.y]);
  doc.setDrawColor(...OUTLINE_GREY);
  doc.setLineWidth(0.3);
  doc.lines(deltas, corners[0]!.x, corners[0]!.y, [1, 1], 'S', true);

  setFont(doc, 'normal', POINT_LABEL_PT);
  doc.setTextColor(...POINT_BLUE);
  for (const location of locations) {
    const point = toPaper(location.positionMm);
    // Text drawing resets the PDF fill colour, so it is set again for every dot.
    doc.setFillColor(...POINT_BLUE);
    doc.circle(point.x, point.y, POINT_RADIUS_MM, 'F');
    doc.text(location.label, point.x + POINT_RADIUS_MM + 0.3, point.y - POINT_RADIUS_MM, { baseline: 'bottom' });
  }
  doc.setTextColor(20);
  setFont(doc, 'normal', FONT_SIZE.body);
  doc.setDrawColor(0);
  doc.setLineWidth(0.2);
}
