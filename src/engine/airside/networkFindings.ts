import type { Finding, Outcome, Requirement } from '../findings';
import type { NetworkFinding, NetworkFindingCode, NetworkPath } from '../network/types';
import { networkPractice, type NetworkRule, type NetworkRuleId } from './networkData';
import type { InvalidDoor, ProjectNetwork } from './projectNetwork';

/**
 * Turns the network's own findings into engine findings that cite the practice rules of
 * `rules/airside-practice/network.json`. Reason codes start with `network-` so that
 * src/i18n/networkMessages.ts renders them.
 */

type Params = Record<string, string | number | null>;

/** Rule and outcome of each network finding code; null for checks the project network does not run. */
const MAPPING: Readonly<Record<NetworkFindingCode, { readonly rule: NetworkRuleId; readonly outcome: Outcome } | null>> = {
  'missing-input': { rule: 'network-room-input', outcome: 'cannot-evaluate' },
  'no-path': { rule: 'network-connected', outcome: 'cannot-evaluate' },
  'no-reference': { rule: 'network-connected', outcome: 'cannot-evaluate' },
  'not-converged': { rule: 'network-solvable', outcome: 'cannot-evaluate' },
  'pressure-limit': { rule: 'room-pressure-holdable', outcome: 'fail' },
  'offset-mismatch': { rule: 'room-offset-balance', outcome: 'fail' },
  'direction-cycle': { rule: 'door-flow-direction', outcome: 'fail' },
  'reverse-flow': { rule: 'door-flow-direction', outcome: 'fail' },
  'outside-table-range': { rule: 'door-table-range', outcome: 'fail' },
  // Design pressures have no separate target, and door steps are judged by doorStepFindings.
  'target-pressure-missed': null,
  'small-door-dp': null,
};

interface FindingFields {
  readonly outcome: Outcome;
  readonly roomId: string | null;
  readonly roomIds?: readonly string[];
  readonly otherRoomId?: string | null;
  readonly doorId?: string | null;
  readonly required?: Requirement | null;
  readonly actual?: number | null;
  readonly code: string;
  readonly params: Params;
}

/** Builds a finding of a network practice rule. */
export function practiceFinding(rule: NetworkRule, fields: FindingFields): Finding {
  const finding: Finding = {
    ruleId: rule.ruleId,
    outcome: fields.outcome,
    kind: rule.kind,
    roomId: fields.roomId,
    otherRoomId: fields.otherRoomId ?? null,
    doorId: fields.doorId ?? null,
    citation: rule.citation,
    required: fields.required ?? null,
    actual: fields.actual ?? null,
    verified: rule.verified,
    reason: { code: `network-${fields.code}`, params: fields.params },
  };
  return fields.roomIds === undefined ? finding : { ...finding, roomIds: fields.roomIds };
}

function requirementOf(finding: NetworkFinding): { required: Requirement | null; actual: number | null } {
  const p = finding.params;
  const number = (key: string) => (typeof p[key] === 'number' ? (p[key] as number) : null);
  switch (finding.code) {
    case 'pressure-limit': {
      const max = number('maxPressurePa')!;
      return { required: { min: -max, max, unit: 'Pa' }, actual: number('pressurePa') };
    }
    case 'offset-mismatch': {
      const needed = number('requiredOffsetM3h')!;
      const tolerance = number('toleranceM3h')!;
      return { required: { min: needed - tolerance, max: needed + tolerance, unit: 'm3/h' }, actual: number('givenOffsetM3h') };
    }
    case 'outside-table-range': {
      const deltaPa = number('deltaPa');
      return { required: { min: number('minDeltaPa'), max: number('maxDeltaPa'), unit: 'Pa' }, actual: deltaPa === null ? null : Math.abs(deltaPa) };
    }
    default:
      return { required: null, actual: null };
  }
}

/** Splits findings about several rooms that each lack an input into one finding per room. */
function perRoom(finding: NetworkFinding): NetworkFinding[] {
  if (finding.code !== 'missing-input' && finding.code !== 'no-path') return [finding];
  return finding.roomIds.map((roomId) => ({ ...finding, roomIds: [roomId] }));
}

function mapNetworkFinding(finding: NetworkFinding, pathsById: ReadonlyMap<string, NetworkPath>): Finding | null {
  const mapping = MAPPING[finding.code];
  if (mapping === null) return null;
  const rule = networkPractice().rules[mapping.rule];
  const path = finding.pathIds.length === 1 ? pathsById.get(finding.pathIds[0]!) : undefined;
  const { required, actual } = requirementOf(finding);
  const params: Params = { ...finding.params, unevaluatedCount: finding.unevaluatedRoomIds.length };

  if (path !== undefined) {
    return practiceFinding(rule, { outcome: mapping.outcome, roomId: path.from, otherRoomId: path.to, doorId: path.id, required, actual, code: finding.code, params });
  }
  const roomIds = finding.roomIds.length > 1 ? finding.roomIds : undefined;
  return practiceFinding(rule, { outcome: mapping.outcome, roomId: finding.roomIds[0] ?? null, roomIds, required, actual, code: finding.code, params });
}

/** Tells whether the rule sets' door rules already judge the finding: a reversed flow between two design pressures. */
function judgedElsewhere(finding: NetworkFinding, network: ProjectNetwork): boolean {
  if (finding.code !== 'reverse-flow') return false;
  return finding.roomIds.every((id) => network.rooms.get(id)?.pressureSource === 'fixed');
}

/** Passes for rooms whose design airflows hold their design pressure within the tolerance. */
function offsetBalancePasses(network: ProjectNetwork): Finding[] {
  const rule = networkPractice().rules['room-offset-balance'];
  const tolerance = networkPractice().limits.offsetToleranceM3h;
  const passes: Finding[] = [];
  for (const [roomId, room] of network.rooms) {
    if (room.pressureSource !== 'fixed' || room.offsetM3h === null || room.givenOffsetM3h === null) continue;
    if (Math.abs(room.offsetM3h - room.givenOffsetM3h) > tolerance) continue;
    const required: Requirement = { min: room.offsetM3h - tolerance, max: room.offsetM3h + tolerance, unit: 'm3/h' };
    const params = { requiredOffsetM3h: room.offsetM3h, givenOffsetM3h: room.givenOffsetM3h, toleranceM3h: tolerance };
    passes.push(practiceFinding(rule, { outcome: 'pass', roomId, required, actual: room.givenOffsetM3h, code: 'offset-mismatch', params }));
  }
  return passes;
}

function invalidDoorFinding(door: InvalidDoor): Finding {
  const rule = networkPractice().rules['door-leakage-input'];
  const params = { field: door.field, found: door.found, expected: door.expected };
  return practiceFinding(rule, { outcome: 'cannot-evaluate', roomId: door.roomId, otherRoomId: door.otherRoomId, doorId: door.doorId, code: 'door-leakage-input', params });
}

/** Engine findings of the solved network: unsolvable rooms, contradictions, reversed flows, door inputs. */
export function networkFindings(network: ProjectNetwork): Finding[] {
  const pathsById = new Map(network.paths.map((path) => [path.id, path]));
  const findings: Finding[] = network.invalidDoors.map(invalidDoorFinding);
  for (const raw of network.solution.findings) {
    if (judgedElsewhere(raw, network)) continue;
    for (const split of perRoom(raw)) {
      const finding = mapNetworkFinding(split, pathsById);
      if (finding !== null) findings.push(finding);
    }
  }
  findings.push(...offsetBalancePasses(network));
  return findings;
}
