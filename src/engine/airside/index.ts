import type { TerminalSpec } from '../../domain/airside';
import type { Project, Room } from '../../domain/project';
import type { CheckResult, Finding, RoomMetrics } from '../findings';
import type { LoadedRuleSet } from '../rules/load';
import { doorStepFindings, doorsConcernedByRules } from './doorStepFindings';
import { freshAirRequirements } from './freshAir';
import { networkFindings } from './networkFindings';
import { designOffsetM3h, solveProjectNetwork, type ProjectNetwork } from './projectNetwork';
import { recoveryEstimate } from './recovery';
import { layoutReturnGrilles } from './returnGrilles';
import { samplingPlan } from './samplingPlan';
import { governingSupply, sizingContext, type SupplyInput } from './supply';
import { summariseAhus } from './ahuSummary';
import { projectTerminalCatalog } from './terminalCatalog';
import { layoutTerminals } from './terminals';
import type { AirsideResult, RoomAirside } from './types';

/**
 * Air-side design of a project. The pressure network comes first, because each room's offset enters
 * its make-up supply and fresh air. Then each room gets its governing supply, fresh air, recovery,
 * terminals, return grilles and sampling locations, and last the AHUs get their totals.
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
   * again only when a room value or door it reads changed, and a room's own results only when its
   * Room, metrics, offset, pressure or the terminal catalog changed.
   */
  compute(project: Project, result: CheckResult, ruleSets: readonly LoadedRuleSet[]): AirsideOutput;
}

interface RoomEntry {
  readonly metrics: RoomMetrics;
  readonly catalog: readonly TerminalSpec[];
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

function finiteOrNull(value: number | null | undefined): number | null {
  return value !== null && value !== undefined && Number.isFinite(value) ? value : null;
}

/**
 * Return airflow for the grilles: the design value, else supply − exhaust − offset, with the design
 * supply or else the governing requirement. Null when a term is unknown.
 */
function returnAirflowM3h(room: Room, metrics: RoomMetrics, requiredSupplyM3h: number | null, offsetM3h: number | null): number | null {
  const designReturn = finiteOrNull(room.design.returnM3h);
  if (designReturn !== null) return designReturn;
  const supply = finiteOrNull(metrics.supplyM3h) ?? requiredSupplyM3h;
  const exhaust = finiteOrNull(room.design.exhaustM3h);
  if (supply === null || exhaust === null || offsetM3h === null) return null;
  return supply - exhaust - offsetM3h;
}

interface RoomInputs {
  readonly room: Room;
  readonly metrics: RoomMetrics;
  readonly network: ProjectNetwork;
  readonly catalog: readonly TerminalSpec[];
  readonly ruleSets: readonly LoadedRuleSet[];
}

function evaluateRoom({ room, metrics, network, catalog, ruleSets }: RoomInputs): RoomEntry {
  const pressure = network.rooms.get(room.id);
  const offsetM3h = pressure?.offsetM3h ?? null;
  const pressurePa = pressure?.pressurePa ?? null;
  const base: SupplyInput = { room, metrics, offsetM3h, ruleSets };
  const input: SupplyInput = { ...base, context: sizingContext(base) };

  const supply = governingSupply(input);
  const freshAir = freshAirRequirements(input);
  const recovery = recoveryEstimate(input);
  const requiredSupplyM3h = supply.supply.requiredM3h;
  const terminals = layoutTerminals({ room, metrics, requiredSupplyM3h, catalog, ruleSets });
  const returnM3h = returnAirflowM3h(room, metrics, requiredSupplyM3h, offsetM3h);

  const airside: RoomAirside = {
    roomId: room.id,
    supply: supply.supply,
    offsetM3h,
    pressurePa,
    freshAir: freshAir.freshAir,
    recovery: recovery.recovery,
    terminals: terminals.terminals,
    returnGrilles: layoutReturnGrilles({ room, metrics, returnM3h }),
    sampling: samplingPlan({ room, metrics }),
  };
  const findings = [...supply.findings, ...freshAir.findings, ...recovery.findings, ...terminals.findings];
  return { metrics, catalog, offsetM3h, pressurePa, airside, findings };
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

  function roomEntry(inputs: RoomInputs): RoomEntry {
    const { room, metrics, network, catalog } = inputs;
    const cached = roomCache.get(room);
    const pressure = network.rooms.get(room.id);
    const offsetM3h = pressure?.offsetM3h ?? null;
    const pressurePa = pressure?.pressurePa ?? null;
    const unchanged = cached !== undefined && cached.metrics === metrics && cached.catalog === catalog && cached.offsetM3h === offsetM3h && cached.pressurePa === pressurePa;
    if (unchanged) return cached;

    const entry = evaluateRoom(inputs);
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

      const catalog = projectTerminalCatalog(project);
      const findings: Finding[] = [...networkFindingList];
      const rooms: RoomAirside[] = [];
      for (const room of project.rooms) {
        const metrics = metricsById.get(room.id);
        if (metrics === undefined) continue;
        const entry = roomEntry({ room, metrics, network, catalog, ruleSets });
        rooms.push(entry.airside);
        for (const finding of entry.findings) findings.push(finding);
      }
      const ahus = summariseAhus(project, rooms);
      return { airside: { rooms, doors: network.doors, ahus, airlocks: network.airlocks }, findings };
    },
  };
}

/**
 * Computes the air-side design of `project` from the rule check's result, and the findings about
 * it: network findings first, then each room's supply, fresh-air, recovery and terminal findings.
 */
export function computeAirside(project: Project, result: CheckResult, ruleSets: readonly LoadedRuleSet[]): AirsideOutput {
  return createAirsideCalculator().compute(project, result, ruleSets);
}
