import { OUTSIDE, type Project, type Room } from '../domain/project';
import type { CheckResult, Finding, Outcome, RoomAirside, RoomMetrics, RuleSetInfo } from '../engine';
import type { DoorScheduleRow } from '../engine/import';
import { reportedDoors } from './loadDoors';
import { formatNumber, formatQuantity } from '../i18n/format';
import { describeFinding, formatRequirement, kindLabel } from '../i18n/findingMessages';
import type { Locale } from '../i18n/locale';
import { designationWithEdition } from '../engine/rules/designation';
import { cliText, type CliMessageKey } from './messages';
import { renderTable } from './textTable';
import { installAirsideFindingMessages } from '../i18n/airsideFindingMessages';

// Air-side findings (network, terminals, sizing) are rendered here, so their sentences must be in.
installAirsideFindingMessages();

/** Groups of findings in print order; not-applicable findings are only counted in the summary. */
const GROUPS: readonly { outcome: Outcome; title: CliMessageKey }[] = [
  { outcome: 'fail', title: 'groupFail' },
  { outcome: 'cannot-evaluate', title: 'groupCannotEvaluate' },
  { outcome: 'pass', title: 'groupPass' },
];

/**
 * Build the `check --format text` output: room schedule, door flows, findings with failures first,
 * summary and verdict. `doorRows` are the rows of a --doors schedule, whose names the door table keeps.
 */
export function buildTextReport(
  project: Project,
  result: CheckResult,
  ruleSets: readonly RuleSetInfo[],
  locale: Locale,
  failingMandatoryCount: number,
  doorRows: readonly DoorScheduleRow[] = [],
): string {
  const displayName = roomDisplayNames(project.rooms);
  const roomName = (id: string) => (id === OUTSIDE ? cliText(locale, 'outdoors') : (displayName.get(id) ?? id));

  const sections = [
    `${project.name}`,
    '',
    cliText(locale, 'roomScheduleTitle'),
    renderRoomSchedule(project, result, roomName, locale),
    '',
    ...renderDoorFlows(project, result, doorRows, roomName, locale),
    cliText(locale, 'findingsTitle'),
    ...GROUPS.flatMap((group) => renderGroup(result.findings, group, roomName, locale)),
    summaryLine(result, ruleSets, locale),
    failingMandatoryCount > 0 ? cliText(locale, 'verdictFail', { count: failingMandatoryCount }) : cliText(locale, 'verdictPass'),
  ];
  return `${sections.join('\n')}\n`;
}

/** Room names for display; a name several rooms share gets the room id in brackets. */
function roomDisplayNames(rooms: readonly Room[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const room of rooms) counts.set(room.name, (counts.get(room.name) ?? 0) + 1);
  return new Map(rooms.map((room) => [room.id, (counts.get(room.name) ?? 0) > 1 ? `${room.name} [${room.id}]` : room.name]));
}

function renderRoomSchedule(project: Project, result: CheckResult, roomName: (id: string) => string, locale: Locale): string {
  const metricsById = new Map(result.rooms.map((metrics) => [metrics.roomId, metrics]));
  const airsideById = new Map((result.airside?.rooms ?? []).map((entry) => [entry.roomId, entry]));
  const keys: CliMessageKey[] = [
    'columnRoom',
    'columnClass',
    'columnArea',
    'columnHeight',
    'columnVolume',
    'columnSupply',
    'columnAch',
    'columnPressure',
    'columnSampling',
    'columnOffset',
    'columnGoverning',
  ];
  const header = keys.map((key) => cliText(locale, key));
  const rows = project.rooms.map((room) => roomRow(room, metricsById.get(room.id), airsideById.get(room.id), roomName, locale));
  return renderTable(header, rows, new Set([2, 3, 4, 5, 6, 7, 8, 9]));
}

const GOVERNING_KEYS: Readonly<Record<string, CliMessageKey>> = {
  cleanliness: 'governingCleanliness',
  'make-up': 'governingMakeUp',
  cooling: 'governingCooling',
};

/** Names the requirement that governs the supply, with the supply it needs. */
function governingText(airside: RoomAirside | undefined, locale: Locale): string {
  const supply = airside?.supply;
  if (supply === undefined || supply.governing === null) return '–';
  const term = cliText(locale, GOVERNING_KEYS[supply.governing] ?? 'governingCleanliness');
  const flow = supply.requiredM3h === null ? '' : ` ${formatNumber(supply.requiredM3h, locale, 0)}`;
  return `${term}${flow}`;
}

function roomRow(room: Room, metrics: RoomMetrics | undefined, airside: RoomAirside | undefined, roomName: (id: string) => string, locale: Locale): string[] {
  const number = (value: number | null | undefined, decimals: number) => (value === null || value === undefined ? '–' : formatNumber(value, locale, decimals));
  return [
    roomName(room.id),
    room.classLabel ?? '–',
    number(metrics?.areaM2, 2),
    number(metrics?.heightM, 2),
    number(metrics?.volumeM3, 1),
    number(metrics?.supplyM3h, 1),
    number(metrics?.ach, 1),
    number(room.design.pressurePa, 1),
    number(metrics?.samplingLocations, 0),
    number(airside?.offsetM3h, 0),
    governingText(airside, locale),
  ];
}

/** Door flows with their leakage area and ΔP, flow positive from the first room named to the second. */
function renderDoorFlows(project: Project, result: CheckResult, doorRows: readonly DoorScheduleRow[], roomName: (id: string) => string, locale: Locale): string[] {
  const doors = reportedDoors(project, result, doorRows, roomName);
  if (doors.length === 0) return [];
  const keys: CliMessageKey[] = ['columnFrom', 'columnTo', 'columnLeakageArea', 'columnDoorDp', 'columnDoorFlow'];
  const header = keys.map((key) => cliText(locale, key));
  const outside = (name: string) => (name === OUTSIDE ? cliText(locale, 'outdoors') : name);
  const number = (value: number | null, decimals: number) => (value === null ? '–' : formatNumber(value, locale, decimals));
  const rows = doors.map((door) => [outside(door.from), outside(door.to), number(door.leakageAreaM2, 4), number(door.dpPa, 1), number(door.flowM3h, 0)]);
  return [cliText(locale, 'doorFlowsTitle'), renderTable(header, rows, new Set([2, 3, 4])), ''];
}

function renderGroup(findings: readonly Finding[], group: (typeof GROUPS)[number], roomName: (id: string) => string, locale: Locale): string[] {
  const members = findings.filter((finding) => finding.outcome === group.outcome);
  const title = `${cliText(locale, group.title)} (${members.length})`;
  if (members.length === 0) return [title, `  ${cliText(locale, 'noFindings')}`, ''];
  return [title, ...members.flatMap((finding) => renderFinding(finding, roomName, locale)), ''];
}

function renderFinding(finding: Finding, roomName: (id: string) => string, locale: Locale): string[] {
  const { citation, required } = finding;
  const zh = locale === 'zh-CN';
  const colon = zh ? '：' : ': ';
  const details: string[] = [];

  if (required !== null || finding.actual !== null) {
    const requiredText = required === null ? '–' : formatRequirement(required, locale);
    const actualText = required === null ? formatNumberOrDash(finding.actual, locale) : formatQuantity(finding.actual, required.unit, locale, 2);
    details.push(`${cliText(locale, 'requiredLabel')}${colon}${requiredText}`, `${cliText(locale, 'actualLabel')}${colon}${actualText}`);
  }
  let kind = kindLabel(finding.kind, locale);
  if (!finding.verified) {
    const unverified = cliText(locale, 'unverifiedLabel');
    kind += zh ? `（${unverified}）` : ` (${unverified})`;
  }
  details.push(kind);
  details.push(`${designationWithEdition(citation.standard, citation.edition)} ${citation.clause}`);

  // describeFinding names the room (or the door's two rooms) itself.
  return [`- ${describeFinding(finding, locale, roomName)}`, `    ${details.join(zh ? '；' : '; ')}`];
}

function formatNumberOrDash(value: number | null, locale: Locale): string {
  return value === null ? '–' : formatNumber(value, locale, 2);
}

function summaryLine(result: CheckResult, ruleSets: readonly RuleSetInfo[], locale: Locale): string {
  const names = ruleSets.map((info) => designationWithEdition(info.standard, info.edition)).join(', ');
  const { pass, fail, cannotEvaluate, notApplicable } = result.summary;
  return cliText(locale, 'summaryLine', { pass, fail, cannotEvaluate, notApplicable, ruleSets: names });
}
