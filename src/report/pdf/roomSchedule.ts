import type { Room } from '../../domain/project';
import type { RoomMetrics } from '../../engine/findings';
import { FONT_SIZE, startSection, type ReportContext } from './page';
import { roomUseText } from './roomUses';
import { drawTable } from './tables';
import type { CompliancePdfInput } from './types';
import { UNKNOWN, formatOptional, roomClassText } from './values';

/** Writes the room schedule table, one row per room in project order, numbered as the plan labels them. */
export function writeRoomSchedule(ctx: ReportContext, input: CompliancePdfInput, roomNumbers: ReadonlyMap<string, number>): void {
  const y = startSection(ctx, ctx.text.scheduleHeading);
  const metricsById = new Map(input.result.rooms.map((metrics) => [metrics.roomId, metrics]));
  const body = input.project.rooms.map((room) => scheduleRow(ctx, room, metricsById.get(room.id), roomNumbers.get(room.id) ?? 0));

  drawTable(ctx, {
    startY: y,
    head: [[...ctx.text.scheduleColumns]],
    body,
    styles: { fontSize: FONT_SIZE.small },
    headStyles: { halign: 'center', valign: 'middle' },
    columnStyles: {
      0: { cellWidth: 7, halign: 'right' },
      1: { cellWidth: 26 },
      2: { cellWidth: 18 },
      3: { cellWidth: 20 },
      4: { halign: 'right' },
      5: { halign: 'right' },
      6: { halign: 'right' },
      7: { cellWidth: 18, halign: 'right' },
      8: { halign: 'right' },
      9: { halign: 'right' },
      10: { halign: 'right' },
    },
  });
}

function scheduleRow(ctx: ReportContext, room: Room, metrics: RoomMetrics | undefined, number: number): string[] {
  const { locale, text } = ctx;
  const supply = metrics?.supplyM3h ?? null;
  const supplySource = metrics?.supplySource ? `\n(${text.supplySources[metrics.supplySource]})` : '';
  const samplingEdition = metrics?.samplingEdition ? `\n(${text.samplingEditions[metrics.samplingEdition]})` : '';
  return [
    String(number),
    room.name,
    roomUseText(room.use, locale) ?? UNKNOWN,
    roomClassText(room, metrics, locale),
    formatOptional(metrics?.areaM2 ?? null, locale, 1),
    formatOptional(metrics?.heightM ?? room.clearHeightM, locale, 2),
    formatOptional(metrics?.volumeM3 ?? null, locale, 1),
    supply === null ? UNKNOWN : `${formatOptional(supply, locale, 0)}${supplySource}`,
    formatOptional(metrics?.ach ?? null, locale, 1),
    formatSignedNumber(room.design.pressurePa, locale),
    `${formatOptional(metrics?.samplingLocations ?? null, locale, 0)}${samplingEdition}`,
  ];
}

/** Formats a pressure without unit but with its sign: `+15`, `−30` (U+2212 minus), `0`. */
function formatSignedNumber(value: number | null, locale: Parameters<typeof formatOptional>[1]): string {
  if (value === null) return UNKNOWN;
  const magnitude = formatOptional(Math.abs(value), locale, 1);
  if (magnitude === '0') return '0';
  return `${value > 0 ? '+' : '−'}${magnitude}`;
}
