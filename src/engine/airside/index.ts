import type { Project, Room } from '../../domain/project';
import type { CheckResult, Finding, RoomMetrics } from '../findings';
import type { LoadedRuleSet } from '../rules/load';
import { doorStepFindings, doorsConcernedByRules } from './doorStepFindings';
import { freshAirRequirements } from './freshAir';
import { networkFindings } from './networkFindings';
import { designOffsetM3h, solveProjectNetwork, type ProjectNetwork } from './projectNetwork';
import { recoveryEstimate } from './recovery';
import { governingSupply, type SupplyInput } from './supply';
import type { AirsideResult, RoomAirside } from './types';

/**
 * Air-side design of a project: the pressure network first, because each room's offset enters its
 * make-up supply and fresh air, then per room the governing supply, fresh air and recovery.
 */

export { doorLeakage, type DoorLeakage, type LeakageBasis } from './doorLeakage';
export { solveProjectNetwork, designOffsetM3h, type ProjectNetwork, type RoomPressure, type InvalidDoor } from './projectNetwork';
export { doorDefaults, networkPractice, networkRuleLabel, type DoorDefaults, type NetworkPractice, type NetworkRule } from './networkData';
export type * from './types';

export interface AirsideOutput {
  readonly airside: AirsideResult;
  readonly findings: Finding[];
}

export interface AirsideCalculator {
  /**
   * Computes the air-side design of `project` from the rule check's result. The network is solved
   * again only when a room value or door it reads changed, and a room's supply, fresh air and
   * recovery only when its Room, metrics or offset changed.
   */
  compute(project: Project, result: CheckResult, ruleSets: readonly LoadedRuleSet[]): AirsideOutput;
}

interface RoomEntry {
  readonly metrics: RoomMetrics;
  readonly offsetM3h: number | null;
  readonly pressurePa: number | null;
  readonly airside: RoomAirside;
  readonly findings: readonly Finding[];
}

interface NetworkEntry {
  readonly doors: Project['doors'];
  readonly settings: Project['airside'];
  readonly roomKeys: readonly string[];
  readonly concernedKey: string;
  readonly network: ProjectNetwork;
  readonly findings: readonly Finding[];
}

function evaluateRoom(room: Room, metrics: RoomMetrics, network: ProjectNetwork, ruleSets: readonly LoadedRuleSet[]): RoomEntry {
  const pressure = network.rooms.get(room.id);
  const offsetM3h = pressure?.offsetM3h ?? null;
  const pressurePa = pressure?.pressurePa ?? null;
  const input: SupplyInput = { room, metrics, offsetM3h, ruleSets };

  const supply = governingSupply(input);
  const freshAir = freshAirRequirements(input);
  const recovery = recoveryEstimate(input);

  // NOTE: terminals, return grilles and sampling locations stay null until their layout modules
  // are composed here.
  const airside: RoomAirside = {
    roomId: room.id,
    supply: supply.supply,
    offsetM3h,
    pressurePa,
    freshAir: freshAir.freshAir,
    recovery: recovery.recovery,
    terminals: null,
    returnGrilles: null,
    sampling: null,
  };
  return { metrics, offsetM3h, pressurePa, airside, findings: [...supply.findings, ...freshAir.findings, ...recovery.findings] };
}

/** Room values the network reads: pressure, design offset, containment, class and use. */
function networkKey(room: Room, metrics: RoomMetrics | undefined): string {
  const offset = designOffsetM3h(room, metrics);
  const unclassified = room.cleanliness?.kind === 'unclassified';
  return `${room.id}|${room.design.pressurePa}|${offset}|${room.containment}|${metrics?.isoClass}|${unclassified}|${room.use}`;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((key, index) => key === b[index]);
}

/** Creates a calculator that reuses its previous results where the project did not change. */
export function createAirsideCalculator(): AirsideCalculator {
  let ruleSetsSeen: readonly LoadedRuleSet[] | null = null;
  let networkEntry: NetworkEntry | null = null;
  let roomCache = new WeakMap<Room, RoomEntry>();

  function networkFor(project: Project, result: CheckResult, ruleSets: readonly LoadedRuleSet[], metricsById: ReadonlyMap<string, RoomMetrics>): NetworkEntry {
    const roomKeys = project.rooms.map((room) => networkKey(room, metricsById.get(room.id)));
    const concerned = doorsConcernedByRules(result.findings);
    const concernedKey = [...concerned].join('\n');
    const cached = networkEntry;
    if (cached !== null && cached.doors === project.doors && cached.settings === project.airside && cached.concernedKey === concernedKey && sameKeys(cached.roomKeys, roomKeys)) {
      return cached;
    }

    const network = solveProjectNetwork(project, result.rooms);
    const findings = [...networkFindings(network), ...doorStepFindings(project, network, ruleSets, concerned)];
    networkEntry = { doors: project.doors, settings: project.airside, roomKeys, concernedKey, network, findings };
    return networkEntry;
  }

  function roomEntry(room: Room, metrics: RoomMetrics, network: ProjectNetwork, ruleSets: readonly LoadedRuleSet[]): RoomEntry {
    const cached = roomCache.get(room);
    const pressure = network.rooms.get(room.id);
    const offsetM3h = pressure?.offsetM3h ?? null;
    const pressurePa = pressure?.pressurePa ?? null;
    if (cached !== undefined && cached.metrics === metrics && cached.offsetM3h === offsetM3h && cached.pressurePa === pressurePa) return cached;

    const entry = evaluateRoom(room, metrics, network, ruleSets);
    roomCache.set(room, entry);
    return entry;
  }

  return {
    compute(project, result, ruleSets) {
      if (ruleSets !== ruleSetsSeen) {
        ruleSetsSeen = ruleSets;
        networkEntry = null;
        roomCache = new WeakMap();
      }
      const metricsById = new Map(result.rooms.map((metrics) => [metrics.roomId, metrics]));
      const { network, findings: networkFindingList } = networkFor(project, result, ruleSets, metricsById);

      const findings: Finding[] = [...networkFindingList];
      const rooms: RoomAirside[] = [];
      for (const room of project.rooms) {
        const metrics = metricsById.get(room.id);
        if (metrics === undefined) continue;
        const entry = roomEntry(room, metrics, network, ruleSets);
        rooms.push(entry.airside);
        for (const finding of entry.findings) findings.push(finding);
      }
      return { airside: { rooms, doors: network.doors, ahus: [], airlocks: network.airlocks }, findings };
    },
  };
}

/**
 * Computes the air-side design of `project` from the rule check's result, and the findings about
 * it: network findings first, then each room's supply, fresh-air and recovery findings.
 */
export function computeAirside(project: Project, result: CheckResult, ruleSets: readonly LoadedRuleSet[]): AirsideOutput {
  return createAirsideCalculator().compute(project, result, ruleSets);
}
