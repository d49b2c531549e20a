import type { Project } from '../domain/project';
import { OUTSIDE } from '../domain/project';
import type { CheckResult, Finding, Outcome, RoomAirside, RoomMetrics, RuleSetInfo } from '../engine';
import type { DoorScheduleRow } from '../engine/import';
import { reportedDoors } from './loadDoors';
import { describeFinding, formatRequirement } from '../i18n/findingMessages';
import type { Locale } from '../i18n/locale';
import { designationWithEdition } from '../engine/rules/designation';
import { installAirsideFindingMessages } from '../i18n/airsideFindingMessages';

// Air-side findings (network, terminals, sizing) are rendered here, so their sentences must be in.
installAirsideFindingMessages();

/** Outcome names in the JSON output, in snake case like its keys. */
const JSON_OUTCOMES: Readonly<Record<Outcome, string>> = {
  pass: 'pass',
  fail: 'fail',
  'cannot-evaluate': 'cannot_evaluate',
  'not-applicable': 'not_applicable',
};

/** Decimals kept in JSON numbers: enough for the values schedules give, and no float noise such as 97.20000000000001. */
const JSON_DECIMALS = 3;

export function roundForJson(value: number | null): number | null {
  if (value === null) return null;
  const factor = 10 ** JSON_DECIMALS;
  // Adding 0 turns -0 into 0.
  return Math.round(value * factor) / factor + 0;
}

/**
 * Build the `check --format json` document: rule sets, rooms, door flows, findings and summary,
 * numbers as JSON numbers. `doorRows` are the rows of a --doors schedule, whose names and from/to
 * order the `doors` entries keep.
 */
export function buildJsonReport(project: Project, result: CheckResult, ruleSets: readonly RuleSetInfo[], locale: Locale, doorRows: readonly DoorScheduleRow[] = []) {
  const roomsById = new Map(project.rooms.map((room) => [room.id, room]));
  const roomName = (id: string) => (id === OUTSIDE ? OUTSIDE : (roomsById.get(id)?.name ?? id));
  const metricsById = new Map(result.rooms.map((metrics) => [metrics.roomId, metrics]));
  const airsideById = new Map((result.airside?.rooms ?? []).map((entry) => [entry.roomId, entry]));

  return {
    rule_sets: ruleSets.map((info) => ({ id: info.id, edition: info.edition, hash: info.hash })),
    rooms: project.rooms.map((room) => ({
      ...jsonRoom(room.name, room.design.pressurePa, metricsById.get(room.id) ?? null),
      ...jsonRoomAirside(airsideById.get(room.id) ?? null),
    })),
    doors: reportedDoors(project, result, doorRows, roomName).map((door) => ({
      from: door.from,
      to: door.to,
      leakage_area_m2: roundLeakageArea(door.leakageAreaM2),
      dp_pa: roundForJson(door.dpPa),
      flow_m3h: roundForJson(door.flowM3h),
    })),
    findings: result.findings.map((finding) => jsonFinding(finding, roomName, locale)),
    summary: {
      pass: result.summary.pass,
      fail: result.summary.fail,
      cannot_evaluate: result.summary.cannotEvaluate,
      not_applicable: result.summary.notApplicable,
    },
  };
}

function jsonRoom(name: string, pressurePa: number | null, metrics: RoomMetrics | null) {
  return {
    name,
    area_m2: roundForJson(metrics?.areaM2 ?? null),
    height_m: roundForJson(metrics?.heightM ?? null),
    volume_m3: roundForJson(metrics?.volumeM3 ?? null),
    iso_class: metrics?.isoClass ?? null,
    grade: metrics?.grade ?? null,
    supply_m3h: roundForJson(metrics?.supplyM3h ?? null),
    ach: roundForJson(metrics?.ach ?? null),
    pressure_pa: roundForJson(pressurePa),
    sampling_locations: metrics?.samplingLocations ?? null,
  };
}

/** Decimals kept in leakage areas (m²): crack areas of a few hundredths of a square metre need more than three. */
const LEAKAGE_AREA_DECIMALS = 6;

function roundLeakageArea(value: number | null): number | null {
  if (value === null) return null;
  const factor = 10 ** LEAKAGE_AREA_DECIMALS;
  return Math.round(value * factor) / factor + 0;
}

/**
 * Air-side values of a room: the offset (supply − return − exhaust) that keeps its pressure, the
 * requirement that governs its supply and the supply it needs, and the room's pressure in the
 * network (the design pressure, or the one solved from its airflows).
 */
function jsonRoomAirside(airside: RoomAirside | null) {
  return {
    offset_m3h: roundForJson(airside?.offsetM3h ?? null),
    governing: airside?.supply.governing ?? null,
    required_supply_m3h: roundForJson(airside?.supply.requiredM3h ?? null),
    network_pressure_pa: roundForJson(airside?.pressurePa ?? null),
  };
}

function jsonFinding(finding: Finding, roomName: (id: string) => string, locale: Locale) {
  const { citation, required } = finding;
  return {
    rule: finding.ruleId,
    outcome: JSON_OUTCOMES[finding.outcome],
    kind: finding.kind,
    room: finding.roomId === null ? null : roomName(finding.roomId),
    other_room: finding.otherRoomId === null ? null : roomName(finding.otherRoomId),
    standard: designationWithEdition(citation.standard, citation.edition),
    clause: citation.clause,
    required: required === null ? null : formatRequirement(required, locale),
    actual: roundForJson(finding.actual),
    message: describeFinding(finding, locale, roomName),
    required_min: required?.min ?? null,
    required_max: required?.max ?? null,
    unit: required?.unit ?? null,
    verified: finding.verified,
  };
}
