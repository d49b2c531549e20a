import { OUTSIDE, type PointMm, type Project, type Room } from '../../domain/project';
import { MM_PER_M } from '../../domain/units';
import type { AhuSummary, DoorFlow, FreshAirRequirement, GoverningSupply, RoomAirside, SamplingPlan } from '../../engine/airside/types';
import type { CheckResult, RoomMetrics } from '../../engine/findings';
import { projectTerminalCatalog } from '../../engine/airside/terminalCatalog';
import { designationWithEdition } from '../../engine/rules/designation';
import { formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/locale';
import { roomClassText } from '../pdf/values';
import { DATASHEET_TEXT, type AhuColumnKey, type DataSheetText, type DoorColumnKey, type RoomColumnKey, type TestPlanColumnKey } from './strings';
import { MISSING_MARK, type DataSheet, type DataSheetCell, type DataSheetColumn, type DataSheetTable } from './types';

/** Column layout: key, value type and printed decimals. Titles and units come from `DATASHEET_TEXT`. */
const ROOM_COLUMNS: readonly ColumnSpec<RoomColumnKey>[] = [
  ['number', 'number', 0],
  ['room', 'text', 0],
  ['areaM2', 'number', 1],
  ['heightM', 'number', 2],
  ['volumeM3', 'number', 1],
  ['class', 'text', 0],
  ['pressurePa', 'number', 1],
  ['temperatureC', 'number', 1],
  ['rhPct', 'number', 0],
  ['supplyDesignM3h', 'number', 0],
  ['supplyRequiredM3h', 'number', 0],
  ['governing', 'text', 0],
  ['marginM3h', 'number', 0],
  ['returnM3h', 'number', 0],
  ['exhaustM3h', 'number', 0],
  ['freshAirDesignM3h', 'number', 0],
  ['freshAirRequired', 'text', 0],
  ['offsetM3h', 'number', 0],
  ['terminals', 'text', 0],
  ['terminalCoveragePct', 'number', 0],
  ['returnGrilles', 'number', 0],
  ['ahu', 'text', 0],
  ['samplingCount', 'number', 0],
  ['sampleVolumeL', 'number', 2],
];

const AHU_COLUMNS: readonly ColumnSpec<AhuColumnKey>[] = [
  ['ahu', 'text', 0],
  ['roomsServed', 'text', 0],
  ['roomCount', 'number', 0],
  ['supplyM3h', 'number', 0],
  ['returnM3h', 'number', 0],
  ['freshAirM3h', 'number', 0],
  ['exhaustM3h', 'number', 0],
  ['freshAirRatioPct', 'number', 1],
  ['missingRooms', 'text', 0],
];

const DOOR_COLUMNS: readonly ColumnSpec<DoorColumnKey>[] = [
  ['from', 'text', 0],
  ['to', 'text', 0],
  ['type', 'text', 0],
  ['leakageAreaM2', 'number', 4],
  ['dpPa', 'number', 1],
  ['flowM3h', 'number', 0],
];

const TEST_PLAN_COLUMNS: readonly ColumnSpec<TestPlanColumnKey>[] = [
  ['number', 'number', 0],
  ['room', 'text', 0],
  ['class', 'text', 0],
  ['method', 'text', 0],
  ['location', 'text', 0],
  ['xM', 'number', 2],
  ['yM', 'number', 2],
  ['sizeUm', 'text', 0],
  ['limitPerM3', 'number', 0],
  ['sampleVolumeL', 'number', 2],
  ['minDurationMin', 'number', 1],
];

type ColumnSpec<Key extends string> = readonly [key: Key, type: DataSheetColumn['type'], decimals: number];

/** A sampling location as the test plan lists it. */
export interface SamplingLocation {
  /** `L1` … `Ln`, in the order the engine placed the locations. */
  readonly label: string;
  /** Distance from the left edge of the room's extent on the plan (m). */
  readonly xM: number;
  /** Distance from the top edge of the room's extent on the plan (m); y points down, as drawn. */
  readonly yM: number;
  /** The engine's position on the plan (mm), for drawings. */
  readonly positionMm: PointMm;
}

/**
 * Builds the room data sheet of a checked project in `locale`: one row per room, one per AHU,
 * one per door and one per ISO 14644-1 sampling location. Air-side figures come from `result.airside` and
 * derived room figures from `result.rooms`. Design inputs (temperature, RH, exhaust, fresh air,
 * and return air when the engine laid out no grilles) are printed as entered. Nothing is
 * recomputed here, and an absent value stays null, which both outputs print as `MISSING_MARK`.
 */
export function roomDataSheetRows(project: Project, result: CheckResult, locale: Locale): DataSheet {
  const text = DATASHEET_TEXT[locale];
  const metricsById = new Map(result.rooms.map((metrics) => [metrics.roomId, metrics]));
  const airsideById = new Map((result.airside?.rooms ?? []).map((airside) => [airside.roomId, airside]));

  const roomRows = project.rooms.map((room, index) =>
    roomRow({ project, room, number: index + 1, metrics: metricsById.get(room.id), airside: airsideById.get(room.id), locale, text }),
  );
  const ahuRows = (result.airside?.ahus ?? []).map((summary) => ahuRow(summary, project, locale, text));
  const doorRows = (result.airside?.doors ?? []).map((flow) => doorRow(flow, project, text));
  const testPlanRows = project.rooms.flatMap((room, index) =>
    testPlanRowsOfRoom(room, index + 1, metricsById.get(room.id), airsideById.get(room.id)?.sampling ?? null, locale, text),
  );

  const notes = [text.notes.missing, text.notes.pressure, text.notes.supply, text.notes.doors, text.notes.testPlan];
  if (result.airside === undefined) notes.push(text.notes.notComputed);

  return {
    locale,
    title: text.title,
    projectName: project.name,
    customerName: project.customerName,
    rooms: table(text.tableNames.rooms, buildColumns(ROOM_COLUMNS, text.roomColumns), roomRows),
    ahus: table(text.tableNames.ahus, buildColumns(AHU_COLUMNS, text.ahuColumns), ahuRows),
    doors: table(text.tableNames.doors, buildColumns(DOOR_COLUMNS, text.doorColumns), doorRows),
    testPlan: table(text.tableNames.testPlan, buildColumns(TEST_PLAN_COLUMNS, text.testPlanColumns), testPlanRows),
    notes,
  };
}

/**
 * Lists a room's sampling locations with labels `L1`…`Ln` and positions in metres from the
 * top-left corner of the room's extent on the plan.
 */
export function listSamplingLocations(room: Room, sampling: SamplingPlan): SamplingLocation[] {
  const minX = Math.min(...room.polygon.map((point) => point.x));
  const minY = Math.min(...room.polygon.map((point) => point.y));
  return sampling.positionsMm.map((positionMm, index) => ({
    label: `L${index + 1}`,
    xM: (positionMm.x - minX) / MM_PER_M,
    yM: (positionMm.y - minY) / MM_PER_M,
    positionMm,
  }));
}

/** Formats a cell for print: numbers with the column's decimals, null as `MISSING_MARK`. */
export function formatCell(cell: DataSheetCell, column: DataSheetColumn, locale: Locale): string {
  if (cell === null) return MISSING_MARK;
  if (typeof cell === 'number') return formatNumber(cell, locale, column.decimals);
  return cell;
}

function table(name: string, columns: readonly DataSheetColumn[], rows: readonly DataSheetCell[][]): DataSheetTable {
  return { name, columns, rows };
}

function buildColumns<Key extends string>(
  specs: readonly ColumnSpec<Key>[],
  texts: Readonly<Record<Key, { readonly title: string; readonly unit: string | null }>>,
): DataSheetColumn[] {
  return specs.map(([key, type, decimals]) => {
    const { title, unit } = texts[key];
    return { key, title, unit, header: unit === null ? title : `${title} (${unit})`, type, decimals };
  });
}

interface RoomRowInput {
  readonly project: Project;
  readonly room: Room;
  readonly number: number;
  readonly metrics: RoomMetrics | undefined;
  readonly airside: RoomAirside | undefined;
  readonly locale: Locale;
  readonly text: DataSheetText;
}

function roomRow({ project, room, number, metrics, airside, locale, text }: RoomRowInput): DataSheetCell[] {
  const design = room.design;
  const supply = airside?.supply ?? null;
  const cells: Record<RoomColumnKey, DataSheetCell> = {
    number,
    room: room.name,
    areaM2: metrics?.areaM2 ?? null,
    heightM: metrics?.heightM ?? room.clearHeightM,
    volumeM3: metrics?.volumeM3 ?? null,
    class: roomClassText(room, metrics, locale),
    pressurePa: airside?.pressurePa ?? design.pressurePa,
    temperatureC: design.temperatureC,
    rhPct: design.rhPct,
    supplyDesignM3h: metrics?.supplyM3h ?? null,
    supplyRequiredM3h: supply?.requiredM3h ?? null,
    governing: governingText(supply, text),
    marginM3h: supply?.marginM3h ?? null,
    returnM3h: airside?.returnGrilles?.returnM3h ?? design.returnM3h ?? null,
    exhaustM3h: design.exhaustM3h,
    freshAirDesignM3h: design.freshAirM3h,
    freshAirRequired: freshAirText(airside?.freshAir ?? [], locale, text),
    offsetM3h: airside?.offsetM3h ?? null,
    terminals: terminalText(project, airside, locale, text),
    terminalCoveragePct: airside?.terminals?.coveragePct ?? null,
    returnGrilles: airside?.returnGrilles?.count ?? null,
    ahu: ahuName(project, room.ahuId ?? null),
    samplingCount: airside?.sampling?.count ?? null,
    sampleVolumeL: airside?.sampling?.sampleVolumeL ?? null,
  };
  return ROOM_COLUMNS.map(([key]) => cells[key]);
}

function governingText(supply: GoverningSupply | null, text: DataSheetText): string | null {
  if (supply?.governing == null) return null;
  const term = text.governing[supply.governing];
  return supply.incomplete ? term + text.governingIncomplete : term;
}

/** Lists each standard's fresh-air requirement with its governing term, e.g. `GB 50073-2013: 240 (per person)`. */
function freshAirText(requirements: readonly FreshAirRequirement[], locale: Locale, text: DataSheetText): string | null {
  if (requirements.length === 0) return null;
  const parts = requirements.map((requirement) => {
    const designation = designationWithEdition(requirement.citation.standard, requirement.citation.edition);
    const value = requirement.requiredM3h === null ? MISSING_MARK : formatNumber(requirement.requiredM3h, locale, 0);
    const term = requirement.governing ? ` (${text.freshAirTerms[requirement.governing]})` : '';
    return `${designation}: ${value}${term}`;
  });
  return parts.join('; ');
}

/**
 * Names the terminal type and count, e.g. `FFU 1175×575 × 12`, with the catalog entry's name
 * (the project's catalog, else the default one) or else the terminal id.
 */
function terminalText(project: Project, airside: RoomAirside | undefined, locale: Locale, text: DataSheetText): string | null {
  const layout = airside?.terminals;
  if (!layout) return null;
  const spec = projectTerminalCatalog(project).find((candidate) => candidate.id === layout.terminalId);
  const name = spec?.name ?? layout.terminalId;
  const overridden = layout.countOverridden ? text.terminalCountOverridden : '';
  return `${name} × ${formatNumber(layout.count, locale, 0)}${overridden}`;
}

function ahuName(project: Project, ahuId: string | null): string | null {
  if (ahuId === null) return null;
  return project.airside?.ahus.find((ahu) => ahu.id === ahuId)?.name ?? ahuId;
}

function ahuRow(summary: AhuSummary, project: Project, locale: Locale, text: DataSheetText): DataSheetCell[] {
  const punctuation = LIST_PUNCTUATION[locale];
  const roomNames = (roomIds: readonly string[]) =>
    roomIds.map((roomId) => project.rooms.find((room) => room.id === roomId)?.name ?? roomId).join(punctuation.item);
  const cells: Record<AhuColumnKey, DataSheetCell> = {
    ahu: summary.known === false ? summary.name + text.ahuUnknown : summary.name,
    roomsServed: summary.roomIds.length > 0 ? roomNames(summary.roomIds) : null,
    roomCount: summary.roomIds.length,
    supplyM3h: summary.supplyM3h,
    returnM3h: summary.returnM3h,
    freshAirM3h: summary.freshAirM3h,
    exhaustM3h: summary.exhaustM3h,
    freshAirRatioPct: summary.freshAirRatioPct,
    missingRooms: missingRoomsText(summary, roomNames, locale, text),
  };
  return AHU_COLUMNS.map(([key]) => cells[key]);
}

/** Separators of a list of rooms and of a list of such lists, as each language punctuates them. */
const LIST_PUNCTUATION: Readonly<Record<Locale, { item: string; label: string; group: string }>> = {
  en: { item: ', ', label: ': ', group: '; ' },
  'zh-CN': { item: '、', label: '：', group: '；' },
};

/**
 * Lists, per AHU total, the rooms whose value is unknown and so left out of it, e.g.
 * `supply: Room 1, Room 2`. The totals are sums of the known values, so without this list a
 * partial total would read as complete. Null when every total is complete.
 */
function missingRoomsText(
  summary: AhuSummary,
  roomNames: (roomIds: readonly string[]) => string,
  locale: Locale,
  text: DataSheetText,
): string | null {
  const missing = summary.missingRoomIds;
  if (!missing) return null;
  const punctuation = LIST_PUNCTUATION[locale];
  const totals = (['supplyM3h', 'returnM3h', 'freshAirM3h', 'exhaustM3h'] as const).filter((total) => missing[total].length > 0);
  if (totals.length === 0) return null;
  return totals.map((total) => `${text.ahuTotals[total]}${punctuation.label}${roomNames(missing[total])}`).join(punctuation.group);
}

/**
 * Builds one door row, turned round when the engine's flow is negative so that the air always
 * flows from the first room to the second. Turning round negates flow and ΔP together, which
 * keeps both as the engine computed them.
 */
function doorRow(flow: DoorFlow, project: Project, text: DataSheetText): DataSheetCell[] {
  const door = project.doors.find((candidate) => candidate.id === flow.doorId);
  const roomName = (id: string) => (id === OUTSIDE ? text.outdoors : (project.rooms.find((room) => room.id === id)?.name ?? id));
  const reversed = flow.flowM3h !== null && flow.flowM3h < 0;
  const negate = (value: number | null) => (value === null ? null : -value);
  const cells: Record<DoorColumnKey, DataSheetCell> = {
    from: roomName(reversed ? flow.to : flow.from),
    to: roomName(reversed ? flow.from : flow.to),
    type: text.doorTypes[door?.type ?? 'single'],
    leakageAreaM2: flow.leakageAreaM2,
    dpPa: reversed ? negate(flow.dpPa) : flow.dpPa,
    flowM3h: reversed ? negate(flow.flowM3h) : flow.flowM3h,
  };
  return DOOR_COLUMNS.map(([key]) => cells[key]);
}

/**
 * Builds the test-plan rows of one room, one per sampling location. A classified room without a
 * sampling plan (area unknown, or the air side not computed) gets one row of missing values, so
 * the gap shows. Rooms without an ISO class are left out.
 */
function testPlanRowsOfRoom(
  room: Room,
  number: number,
  metrics: RoomMetrics | undefined,
  sampling: SamplingPlan | null,
  locale: Locale,
  text: DataSheetText,
): DataSheetCell[][] {
  const classText = roomClassText(room, metrics, locale);
  if (sampling === null || sampling.positionsMm.length === 0) {
    if (metrics?.isoClass == null) return [];
    const missing = { method: null, location: null, xM: null, yM: null, sizeUm: null, limitPerM3: null, sampleVolumeL: null, minDurationMin: null };
    return [testPlanRow({ number, room: room.name, class: classText, ...missing })];
  }
  const method = text.samplingEditions[sampling.edition];
  return listSamplingLocations(room, sampling).map((location) =>
    testPlanRow({
      number,
      room: room.name,
      class: classText,
      method,
      location: location.label,
      xM: location.xM,
      yM: location.yM,
      sizeUm: sampling.largestSizeUm ?? null,
      limitPerM3: sampling.limitPerM3 ?? null,
      sampleVolumeL: sampling.sampleVolumeL,
      minDurationMin: sampling.minDurationMin ?? null,
    }),
  );
}

function testPlanRow(cells: Record<TestPlanColumnKey, DataSheetCell>): DataSheetCell[] {
  return TEST_PLAN_COLUMNS.map(([key]) => cells[key]);
}
