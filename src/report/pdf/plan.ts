import type { jsPDF } from 'jspdf';
import type { Door, PointMm, Room } from '../../domain/project';
import type { CheckResult, RoomMetrics } from '../../engine/findings';
import { formatNumber } from '../../i18n/format';
import { toDrawableText } from './glyphs';
import { FONT_SIZE, PAGE, contentBottom, contentWidth, setFont, wrapText, type ReportContext } from './page';
import { classColour, drawLegend } from './planLegend';
import {
  boundsOf,
  chooseScaleBarMetres,
  choosePlanScale,
  nearestEdgeDirection,
  polygonCentroid,
  type BoundsMm,
} from './planGeometry';
import { fillTemplate } from './strings';
import type { CompliancePdfInput } from './types';
import { UNKNOWN, formatSignedPressure, roomClassText } from './values';

/** Paper space kept under the drawing for the scale bar and the legend. */
const PLAN_FOOTNOTE_MM = 24;
const DRAWING_TOP_MM = PAGE.marginMm + 10;
const FAIL_RED: [number, number, number] = [200, 30, 30];
const DOOR_COLOUR: [number, number, number] = [40, 40, 40];
const OUTLINE_GREY: [number, number, number] = [60, 60, 60];
const LABEL_FONT_PT = FONT_SIZE.small - 1;
const LABEL_LINE_MM = 2.6;
const MAX_NAME_LINES = 3;

/** Maps model millimetres to paper millimetres at a scale. */
interface PlanTransform {
  readonly denominator: number;
  readonly originModel: PointMm;
  readonly originPaper: PointMm;
}

function toPaper(transform: PlanTransform, point: PointMm): PointMm {
  return {
    x: transform.originPaper.x + (point.x - transform.originModel.x) / transform.denominator,
    y: transform.originPaper.y + (point.y - transform.originModel.y) / transform.denominator,
  };
}

/**
 * Draws the plan on its own page, as vectors from the room polygons, at the largest standard
 * scale that fits. The page is landscape when the plan is wider than tall.
 */
export function writePlan(ctx: ReportContext, input: CompliancePdfInput, roomNumbers: ReadonlyMap<string, number>): void {
  const { doc, text } = ctx;
  const bounds = boundsOf(input.project.rooms.flatMap((room) => room.polygon));
  const landscape = bounds !== null && bounds.maxX - bounds.minX >= bounds.maxY - bounds.minY;
  doc.addPage('a4', landscape ? 'landscape' : 'portrait');
  setFont(doc, 'bold', FONT_SIZE.heading);
  doc.text(text.planHeading, PAGE.marginMm, PAGE.marginMm, { baseline: 'top' });
  setFont(doc, 'normal', FONT_SIZE.body);

  if (bounds === null) {
    doc.text(text.planNoRooms, PAGE.marginMm, DRAWING_TOP_MM, { baseline: 'top' });
    return;
  }

  const area = { width: contentWidth(doc), height: contentBottom(doc) - PLAN_FOOTNOTE_MM - DRAWING_TOP_MM };
  const transform = fitTransform(bounds, area);
  const failing = failingRoomIds(input.result);
  const metricsById = new Map(input.result.rooms.map((metrics) => [metrics.roomId, metrics]));

  withClip(doc, area, () => {
    for (const room of input.project.rooms) drawRoom(ctx, transform, room, metricsById.get(room.id));
    // Failing outlines go on top, so a neighbour's grey outline never covers the red on a shared wall.
    for (const room of input.project.rooms) if (failing.has(room.id)) outlineFailingRoom(doc, transform, room);
    for (const door of input.project.doors) drawDoor(doc, transform, door, input.project.rooms);
    for (const room of input.project.rooms) {
      labelRoom(ctx, transform, room, metricsById.get(room.id), roomNumbers.get(room.id) ?? 0);
    }
  });

  const footnoteTop = DRAWING_TOP_MM + area.height + 4;
  drawScaleBar(ctx, transform.denominator, footnoteTop);
  if (!transformFits(bounds, area, transform.denominator)) {
    doc.setTextColor(...FAIL_RED);
    doc.text(fillTemplate(text.planScaleTooSmall, { denominator: transform.denominator }), PAGE.marginMm, footnoteTop + 9, {
      baseline: 'top',
    });
    doc.setTextColor(20);
  }
  drawLegend(ctx, input, footnoteTop + 14);
}

function fitTransform(bounds: BoundsMm, area: { width: number; height: number }): PlanTransform {
  const planWidth = bounds.maxX - bounds.minX;
  const planHeight = bounds.maxY - bounds.minY;
  const scale = choosePlanScale(planWidth, planHeight, area.width, area.height);
  const paperWidth = planWidth / scale.denominator;
  const paperHeight = planHeight / scale.denominator;
  return {
    denominator: scale.denominator,
    originModel: { x: bounds.minX, y: bounds.minY },
    originPaper: {
      x: PAGE.marginMm + Math.max(0, (area.width - paperWidth) / 2),
      y: DRAWING_TOP_MM + Math.max(0, (area.height - paperHeight) / 2),
    },
  };
}

function transformFits(bounds: BoundsMm, area: { width: number; height: number }, denominator: number): boolean {
  return (bounds.maxX - bounds.minX) / denominator <= area.width && (bounds.maxY - bounds.minY) / denominator <= area.height;
}

/** Rooms named by a failing finding, on either side of a door. */
function failingRoomIds(result: CheckResult): Set<string> {
  const ids = new Set<string>();
  for (const finding of result.findings) {
    if (finding.outcome !== 'fail') continue;
    if (finding.roomId) ids.add(finding.roomId);
    if (finding.otherRoomId) ids.add(finding.otherRoomId);
  }
  return ids;
}

/** Runs `draw` with the drawing area as clipping path, so an oversized plan stays off the legend. */
function withClip(doc: jsPDF, area: { width: number; height: number }, draw: () => void): void {
  doc.saveGraphicsState();
  doc.rect(PAGE.marginMm, DRAWING_TOP_MM, area.width, area.height, null);
  doc.clip();
  doc.discardPath();
  draw();
  doc.restoreGraphicsState();
}

function drawRoom(ctx: ReportContext, transform: PlanTransform, room: Room, metrics: RoomMetrics | undefined): void {
  const { doc } = ctx;
  if (room.polygon.length < 3) return;
  doc.setFillColor(...classColour(room, metrics));
  doc.setDrawColor(...OUTLINE_GREY);
  doc.setLineWidth(0.25);
  if (room.areaKnown === false) doc.setLineDashPattern([1.2, 0.8], 0);
  drawPolygon(doc, transform, room.polygon, 'FD');
  doc.setLineDashPattern([], 0);
  doc.setLineWidth(0.2);
  doc.setDrawColor(0);
}

function outlineFailingRoom(doc: jsPDF, transform: PlanTransform, room: Room): void {
  if (room.polygon.length < 3) return;
  doc.setDrawColor(...FAIL_RED);
  doc.setLineWidth(0.6);
  drawPolygon(doc, transform, room.polygon, 'S');
  doc.setLineWidth(0.2);
  doc.setDrawColor(0);
}

function drawPolygon(doc: jsPDF, transform: PlanTransform, polygon: readonly PointMm[], style: 'S' | 'FD'): void {
  const points = polygon.map((point) => toPaper(transform, point));
  const deltas = points.slice(1).map((point, index) => [point.x - points[index]!.x, point.y - points[index]!.y]);
  doc.lines(deltas, points[0]!.x, points[0]!.y, [1, 1], style, true);
}

/** Draws a door as a thick segment of its leaf width along the nearest wall of its first room. */
function drawDoor(doc: jsPDF, transform: PlanTransform, door: Door, rooms: readonly Room[]): void {
  if (!door.position) return;
  const room = rooms.find((candidate) => candidate.id === door.roomA);
  const direction = room ? nearestEdgeDirection(room.polygon, door.position) : { x: 1, y: 0 };
  // Doors narrower than 300 mm are drawn 300 mm wide so that they stay visible at 1:1000.
  const halfWidth = Math.max(door.widthMm, 300) / 2;
  const start = toPaper(transform, { x: door.position.x - direction.x * halfWidth, y: door.position.y - direction.y * halfWidth });
  const end = toPaper(transform, { x: door.position.x + direction.x * halfWidth, y: door.position.y + direction.y * halfWidth });

  doc.setDrawColor(...DOOR_COLOUR);
  doc.setLineWidth(0.9);
  doc.line(start.x, start.y, end.x, end.y);
  doc.setLineWidth(0.2);
  doc.setDrawColor(0);
}

/**
 * Labels a room with name, class, area and pressure at its centroid. The name wraps onto at most
 * MAX_NAME_LINES lines. Lines are then dropped from the bottom until the block fits the room's
 * outline, and a room too small for its name shows only its number.
 */
function labelRoom(ctx: ReportContext, transform: PlanTransform, room: Room, metrics: RoomMetrics | undefined, number: number): void {
  const { doc, locale } = ctx;
  if (room.polygon.length < 3) return;
  const paperBounds = boundsOf(room.polygon.map((point) => toPaper(transform, point)))!;
  const availableWidth = paperBounds.maxX - paperBounds.minX - 1;
  const availableHeight = paperBounds.maxY - paperBounds.minY - 1;
  const centre = toPaper(transform, polygonCentroid(room.polygon));

  setFont(doc, 'bold', LABEL_FONT_PT);
  const nameLines = wrapText(doc, `${number}. ${room.name}`, availableWidth);
  setFont(doc, 'normal', LABEL_FONT_PT);
  const area = metrics?.areaM2 == null ? UNKNOWN : `${formatNumber(metrics.areaM2, locale, 1)} m²`;
  const detailLines = [roomClassText(room, metrics, locale), area, formatSignedPressure(room.design.pressurePa, locale)].map(
    toDrawableText,
  );

  let lines = nameLines.length <= MAX_NAME_LINES ? [...nameLines, ...detailLines] : [String(number)];
  let boldCount = nameLines.length <= MAX_NAME_LINES ? nameLines.length : 1;
  while (lines.length > boldCount && !fits(doc, lines, availableWidth, availableHeight)) lines = lines.slice(0, -1);
  if (!fits(doc, lines, availableWidth, availableHeight)) {
    lines = [String(number)];
    boldCount = 1;
  }

  const top = centre.y - (lines.length * LABEL_LINE_MM) / 2;
  doc.setTextColor(20);
  lines.forEach((line, index) => {
    setFont(doc, index < boldCount ? 'bold' : 'normal', LABEL_FONT_PT);
    doc.text(line, centre.x, top + index * LABEL_LINE_MM, { baseline: 'top', align: 'center' });
  });
}

function fits(doc: jsPDF, lines: readonly string[], width: number, height: number): boolean {
  const widest = Math.max(...lines.map((line) => doc.getTextWidth(line)));
  return widest <= width && lines.length * LABEL_LINE_MM <= height;
}

/** Draws a black-and-white scale bar in metres and prints the scale beside it. */
function drawScaleBar(ctx: ReportContext, denominator: number, top: number): void {
  const { doc, text } = ctx;
  const metres = chooseScaleBarMetres(denominator);
  const lengthMm = (metres * 1000) / denominator;
  const segments = 4;
  const x = PAGE.marginMm;

  doc.setLineWidth(0.2);
  for (let index = 0; index < segments; index += 1) {
    const shade = index % 2 === 0 ? 0 : 255;
    doc.setFillColor(shade, shade, shade);
    doc.rect(x + (index * lengthMm) / segments, top, lengthMm / segments, 1.6, 'FD');
  }
  setFont(doc, 'normal', FONT_SIZE.small);
  doc.text('0', x, top + 2.4, { baseline: 'top', align: 'center' });
  doc.text(`${formatNumber(metres, ctx.locale, 1)} m`, x + lengthMm, top + 2.4, { baseline: 'top', align: 'center' });

  setFont(doc, 'bold', FONT_SIZE.body);
  doc.text(fillTemplate(text.planScale, { denominator }), x + lengthMm + 12, top, { baseline: 'top' });
  setFont(doc, 'normal', FONT_SIZE.body);
}
