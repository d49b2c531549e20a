import type { TerminalSpec } from '../../domain/airside';
import type { Room } from '../../domain/project';
import { MM2_PER_M2 } from '../../domain/units';
import { judgeBounds, makeFinding, type RuleHeader } from '../checks/types';
import type { Finding, FindingReason, Requirement, RoomMetrics } from '../findings';
import type { LoadedRuleSet } from '../rules/load';
import { placeEvenly } from './placement';
import { terminalRuleHeader } from './terminalData';
import type { TerminalLayout } from './types';

/**
 * Supply terminals of one room: how many of the chosen catalog entry the required supply needs,
 * the ceiling coverage they give and where they go on the plan. Findings judge whether they fit
 * the ceiling, deliver the supply and meet a rule set's minimum coverage.
 */

export interface TerminalLayoutInput {
  readonly room: Room;
  readonly metrics: RoomMetrics;
  /** Supply the terminals must deliver (m³/h), usually the governing requirement, or null when unknown. */
  readonly requiredSupplyM3h: number | null;
  readonly catalog: readonly TerminalSpec[];
  readonly ruleSets: readonly LoadedRuleSet[];
}

/** Slack on the count division, so that a supply of exactly n ratings needs n terminals. */
const COUNT_TOLERANCE = 1e-9;

/** The terminal count and where it comes from. `count` is null when neither source gives one. */
interface TerminalCount {
  readonly count: number | null;
  readonly derivedCount: number | null;
  readonly overridden: boolean;
  /** The engineer's count when it is not a whole number of 0 or more, so it was ignored. */
  readonly invalidOverride: number | null;
}

function usableSupply(requiredSupplyM3h: number | null): number | null {
  return requiredSupplyM3h !== null && Number.isFinite(requiredSupplyM3h) && requiredSupplyM3h >= 0 ? requiredSupplyM3h : null;
}

function terminalCount(room: Room, spec: TerminalSpec, requiredSupplyM3h: number | null): TerminalCount {
  const derivedCount = requiredSupplyM3h === null ? null : Math.ceil(requiredSupplyM3h / spec.ratedM3h - COUNT_TOLERANCE);
  const override = room.terminalCount ?? null;
  if (override === null) return { count: derivedCount, derivedCount, overridden: false, invalidOverride: null };
  if (!Number.isInteger(override) || override < 0) return { count: derivedCount, derivedCount, overridden: false, invalidOverride: override };
  return { count: override, derivedCount, overridden: true, invalidOverride: null };
}

function faceAreaM2(spec: TerminalSpec): number {
  return (spec.faceWidthMm * spec.faceLengthMm) / MM2_PER_M2;
}

function judged(header: RuleHeader, roomId: string, required: Requirement, actual: number, code: string, params: FindingReason['params']): Finding {
  const { outcome } = judgeBounds(actual, required);
  return makeFinding(header, { outcome, roomId, required, actual, reason: { code, params } });
}

function cannotEvaluate(header: RuleHeader, roomId: string, required: Requirement | null, code: string, params: FindingReason['params']): Finding {
  return makeFinding(header, { outcome: 'cannot-evaluate', roomId, required, actual: null, reason: { code, params } });
}

const FITS_CEILING: Requirement = { min: null, max: 100, unit: '%' };

function coverageFitsFinding(roomId: string, coveragePct: number | null, count: TerminalCount, params: Record<string, string | number | null>): Finding {
  const header = terminalRuleHeader('coverage-fits');
  if (count.count === null) return cannotEvaluate(header, roomId, FITS_CEILING, 'terminal-count-missing', params);
  if (coveragePct === null) return cannotEvaluate(header, roomId, FITS_CEILING, 'terminal-area-missing', params);
  return judged(header, roomId, FITS_CEILING, coveragePct, 'terminal-coverage', params);
}

function capacityFinding(roomId: string, spec: TerminalSpec, supplyM3h: number | null, count: TerminalCount, params: Record<string, string | number | null>): Finding {
  const header = terminalRuleHeader('capacity');
  const required: Requirement | null = supplyM3h === null ? null : { min: supplyM3h, max: null, unit: 'm3/h' };
  if (count.invalidOverride !== null) return cannotEvaluate(header, roomId, required, 'terminal-count-invalid', { ...params, override: count.invalidOverride });
  if (required === null || count.count === null) return cannotEvaluate(header, roomId, required, 'terminal-supply-missing', params);
  return judged(header, roomId, required, count.count * spec.ratedM3h, 'terminal-capacity', params);
}

/**
 * Judges the ceiling coverage against every `room-filter-coverage` rule of the chosen rule sets
 * (GB 50472-2008 has one). Terminals in the ceiling give vertical flow, so the vertical minimum
 * applies. Like the rule's own check, it judges only unidirectional rooms that are not
 * `unclassified`. Each finding carries the rule's id, citation, kind and verified flag.
 */
function minimumCoverageFindings(
  input: TerminalLayoutInput,
  coveragePct: number | null,
  count: TerminalCount,
  params: Record<string, string | number | null>,
): Finding[] {
  const { room, metrics, ruleSets } = input;
  if (metrics.airflowPattern !== 'unidirectional' || room.cleanliness?.kind === 'unclassified') return [];

  const findings: Finding[] = [];
  for (const set of ruleSets) {
    for (const rule of set.ruleData) {
      if (rule.check !== 'room-filter-coverage') continue;
      const ruleId = `${set.info.id}/${rule.id}`;
      const header = set.checks.find((check) => check.header.ruleId === ruleId)?.header;
      if (header === undefined) continue;

      const required: Requirement = { min: rule.verticalMinPct, max: null, unit: '%' };
      if (count.count === null) findings.push(cannotEvaluate(header, room.id, required, 'terminal-count-missing', params));
      else if (coveragePct === null) findings.push(cannotEvaluate(header, room.id, required, 'terminal-area-missing', params));
      else findings.push(judged(header, room.id, required, coveragePct, 'terminal-coverage-minimum', params));
    }
  }
  return findings;
}

function unknownTerminalFindings(roomId: string, terminalId: string): Finding[] {
  const params = { terminalId };
  return [
    cannotEvaluate(terminalRuleHeader('coverage-fits'), roomId, FITS_CEILING, 'terminal-unknown', params),
    cannotEvaluate(terminalRuleHeader('capacity'), roomId, null, 'terminal-unknown', params),
  ];
}

/**
 * Lays out the room's supply terminals (`Room.terminalId` from `catalog`). The count is the required
 * supply over the terminal's rated airflow, rounded up, unless the engineer set `Room.terminalCount`.
 * Coverage is count × face area over the floor area. Terminals are placed evenly on the drawn
 * outline (the ceiling is taken to have the floor's shape).
 *
 * A room without a terminal gets no layout and no findings. A terminal id missing from the catalog,
 * an unknown count or an unknown area give "cannot evaluate", never a pass. The layout is null when
 * there is no count; its positions are empty when the area is unknown.
 */
export function layoutTerminals(input: TerminalLayoutInput): { terminals: TerminalLayout | null; findings: Finding[] } {
  const { room, metrics, catalog } = input;
  const terminalId = room.terminalId ?? null;
  if (terminalId === null) return { terminals: null, findings: [] };
  const spec = catalog.find((entry) => entry.id === terminalId);
  if (spec === undefined) return { terminals: null, findings: unknownTerminalFindings(room.id, terminalId) };

  const supplyM3h = usableSupply(input.requiredSupplyM3h);
  const count = terminalCount(room, spec, supplyM3h);
  const areaM2 = metrics.areaM2;
  const coveragePct = count.count === null || areaM2 === null ? null : ((count.count * faceAreaM2(spec)) / areaM2) * 100;
  const params = { terminalId, terminal: spec.name, count: count.count, derivedCount: count.derivedCount, ratedM3h: spec.ratedM3h, coveragePct };

  const findings = [
    coverageFitsFinding(room.id, coveragePct, count, params),
    capacityFinding(room.id, spec, supplyM3h, count, params),
    ...minimumCoverageFindings(input, coveragePct, count, params),
  ];
  if (count.count === null) return { terminals: null, findings };

  const terminals: TerminalLayout = {
    terminalId,
    count: count.count,
    coveragePct,
    derivedCount: count.derivedCount,
    countOverridden: count.overridden,
    ratedM3h: spec.ratedM3h,
    positionsMm: areaM2 === null ? [] : placeEvenly(room.polygon, count.count),
  };
  return { terminals, findings };
}
