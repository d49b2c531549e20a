import { OUTSIDE, type Door, type Project, type Room } from '../../domain/project';
import type { DoorRule } from '../checks/types';
import type { Finding } from '../findings';
import { buildRoomContext, type RoomContext } from '../rooms';
import type { LoadedRuleSet } from '../rules/load';
import { networkPractice } from './networkData';
import { practiceFinding } from './networkFindings';
import type { ProjectNetwork } from './projectNetwork';

/**
 * Judges the pressure step across each door at the pressures the network holds. A door with a
 * solved side is judged by the chosen rule sets' own door rules, as though the solved pressures
 * were design values, because the rule check could not judge it without them. A door that no
 * chosen rule concerns (every rule skips it or finds it not applicable), solved or not, is held to
 * the practice minimum step of `rules/airside-practice/network.json`, so that a door with almost
 * no ΔP is reported.
 */

function doorRulesOf(ruleSets: readonly LoadedRuleSet[]): DoorRule[] {
  return ruleSets.flatMap((set) => set.checks.filter((check): check is DoorRule => check.scope === 'door'));
}

/** Builds room contexts whose design pressure is the network's pressure, once per room. */
function contextFactory(roomsById: ReadonlyMap<string, Room>, network: ProjectNetwork) {
  const contexts = new Map<string, RoomContext>();
  return (roomId: string): RoomContext => {
    let context = contexts.get(roomId);
    if (context === undefined) {
      const room = roomsById.get(roomId)!;
      const pressurePa = network.rooms.get(roomId)?.pressurePa ?? null;
      context = buildRoomContext({ ...room, design: { ...room.design, pressurePa } });
      contexts.set(roomId, context);
    }
    return context;
  };
}

/** Re-stamps a judged rule finding so that its sentence names the step as solved, not designed. */
function solvedStepFinding(finding: Finding): Finding {
  const params = { ...finding.reason.params, verdict: finding.reason.code };
  return { ...finding, reason: { code: 'network-solved-step', params } };
}

function practiceStep(door: Door, dpPa: number): Finding {
  const rule = networkPractice().rules['door-step-minimum'];
  const minPa = networkPractice().limits.minDoorStepPa;
  const stepPa = Math.abs(dpPa);
  const outcome = stepPa >= minPa ? 'pass' : 'fail';
  const params = { deltaPa: dpPa };
  return practiceFinding(rule, {
    outcome,
    roomId: door.roomA,
    otherRoomId: door.roomB,
    doorId: door.id,
    required: { min: minPa, max: null, unit: 'Pa' },
    actual: stepPa,
    code: 'door-step',
    params,
  });
}

/** Outcomes by which a door rule shows it concerns a door: it judged the step or lacked an input for it. */
const CONCERNED: ReadonlySet<Finding['outcome']> = new Set(['pass', 'fail', 'cannot-evaluate']);

/**
 * Ids of the doors that a rule of the rule check judged, or could not judge for a missing input.
 * Network findings (reason codes starting `network-`) are skipped, so a result that already contains
 * the air-side findings gives the same set.
 */
export function doorsConcernedByRules(checkFindings: readonly Finding[]): Set<string> {
  const ids = new Set<string>();
  for (const finding of checkFindings) {
    if (finding.doorId === null || !CONCERNED.has(finding.outcome) || finding.reason.code.startsWith('network-')) continue;
    ids.add(finding.doorId);
  }
  return ids;
}

/**
 * Findings on the step across every door whose two pressures are known. `concernedDoors` are the
 * doors a rule of the rule check concerned at the design pressures (see `doorsConcernedByRules`).
 */
export function doorStepFindings(project: Project, network: ProjectNetwork, ruleSets: readonly LoadedRuleSet[], concernedDoors: ReadonlySet<string>): Finding[] {
  const rules = doorRulesOf(ruleSets);
  const roomsById = new Map(project.rooms.map((room) => [room.id, room]));
  const doorsById = new Map(project.doors.map((door) => [door.id, door]));
  const contextOf = contextFactory(roomsById, network);
  const findings: Finding[] = [];

  for (const flow of network.doors) {
    const door = doorsById.get(flow.doorId);
    if (door === undefined || flow.dpPa === null) continue;
    const solvedSide = [door.roomA, door.roomB].some((id) => network.rooms.get(id)?.pressureSource === 'solved');
    if (!solvedSide && concernedDoors.has(door.id)) continue;
    if (!solvedSide) {
      findings.push(practiceStep(door, flow.dpPa));
      continue;
    }

    const sideB = door.roomB === OUTSIDE ? null : contextOf(door.roomB);
    const concerned = rules
      .map((rule) => rule.evaluate(door, contextOf(door.roomA), sideB))
      .filter((finding): finding is Finding => finding !== null && CONCERNED.has(finding.outcome));
    const judged = concerned.filter((finding) => finding.outcome !== 'cannot-evaluate');

    // A rule that lacks an input for this door already reports it, so the practice step is judged
    // only where no rule concerns the door at all.
    if (concerned.length === 0) findings.push(practiceStep(door, flow.dpPa));
    else findings.push(...judged.map(solvedStepFinding));
  }
  return findings;
}
