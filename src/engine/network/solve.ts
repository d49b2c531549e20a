import { checkSolution } from './checks';
import { evaluateFlowLaw } from './flowLaw';
import { regularise, type RegularisedLaw } from './regularised';
import { solveMassBalance, type NewtonResult } from './newton';
import { analyseTopology, indexNetwork, type IndexedNetwork } from './topology';
import type { NetworkFinding, NetworkPath, NetworkRoom, NetworkSolution, PathSolution, RoomSolution, SolveOptions, SolverSettings, SolveStatus } from './types';
import { NetworkInputError, validateNetworkInput } from './validateInput';

const SECONDS_PER_HOUR = 3600;

/**
 * Default numerical settings. 0.01 Pa keeps the regularised region far below any design step.
 * The 0.01 m³/h tolerance is the mass-balance accuracy promised per room. The networks in the
 * tests need under 20 iterations, so reaching 100 means the solve has failed.
 */
export const DEFAULT_SOLVER_SETTINGS: SolverSettings = {
  regularisedBelowPa: 0.01,
  toleranceM3h: 0.01,
  maxIterations: 100,
};

function resolveSettings(overrides: Partial<SolverSettings> | undefined): SolverSettings {
  const settings = { ...DEFAULT_SOLVER_SETTINGS, ...overrides };
  for (const key of ['regularisedBelowPa', 'toleranceM3h', 'maxIterations'] as const) {
    const value = settings[key];
    if (!(value > 0) || !Number.isFinite(value)) throw new NetworkInputError(`settings.${key}`, 'a positive number', String(value));
  }
  return settings;
}

function pressureOrNull(pressure: Float64Array, node: number): number | null {
  const value = pressure[node]!;
  return Number.isNaN(value) ? null : value;
}

/** Pressures that can be reported: fixed ones, and solved ones when the solve converged. */
function reportedPressures(network: IndexedNetwork, unknown: Uint8Array, newton: NewtonResult): Float64Array {
  const pressure = new Float64Array(network.fixedPressurePa);
  if (!newton.converged) return pressure;
  unknown.forEach((flag, node) => {
    if (flag === 1) pressure[node] = newton.pressurePa[node]!;
  });
  return pressure;
}

function solvePaths(paths: readonly NetworkPath[], laws: readonly RegularisedLaw[], network: IndexedNetwork, pressure: Float64Array): PathSolution[] {
  const out = new Float64Array(2);
  return paths.map((path, index) => {
    const fromPa = pressureOrNull(pressure, network.pathFrom[index]!);
    const toPa = pressureOrNull(pressure, network.pathTo[index]!);
    if (fromPa === null || toPa === null) {
      return { id: path.id, from: path.from, to: path.to, deltaPa: null, flowM3h: null, outsideTableRange: false };
    }
    const deltaPa = fromPa - toPa;
    laws[index]!.evaluate(deltaPa, out);
    const outsideTableRange = evaluateFlowLaw(path.law, deltaPa).outsideTableRange;
    return { id: path.id, from: path.from, to: path.to, deltaPa, flowM3h: out[0]! * SECONDS_PER_HOUR, outsideTableRange };
  });
}

/** Sums the net outflow (m³/h) of every node through its paths, NaN where a path's flow is unknown. */
function nodeBalances(network: IndexedNetwork, solvedPaths: readonly PathSolution[]): Float64Array {
  const balance = new Float64Array(network.nodeIds.length);
  solvedPaths.forEach((result, index) => {
    const flow = result.flowM3h ?? Number.NaN;
    balance[network.pathFrom[index]!]! += flow;
    balance[network.pathTo[index]!]! -= flow;
  });
  return balance;
}

function solveRooms(rooms: readonly NetworkRoom[], unknown: Uint8Array, pressure: Float64Array, balance: Float64Array): RoomSolution[] {
  return rooms.map((room, index) => {
    const node = index + 1;
    const pressurePa = pressureOrNull(pressure, node);
    let pressureSource: RoomSolution['pressureSource'] = null;
    if (pressurePa !== null) pressureSource = unknown[node] === 1 ? 'solved' : 'fixed';
    const offsetM3h = Number.isNaN(balance[node]!) || pressurePa === null ? null : balance[node]!;
    const residualM3h = offsetM3h === null || room.offsetM3h === null ? null : offsetM3h - room.offsetM3h;
    return { id: room.id, pressurePa, pressureSource, offsetM3h, residualM3h };
  });
}

function notConvergedFinding(network: IndexedNetwork, unknown: Uint8Array, newton: NewtonResult, settings: SolverSettings): NetworkFinding {
  const roomIds = network.nodeIds.filter((_, node) => unknown[node] === 1);
  const params = { iterations: newton.iterations, maxResidualM3h: newton.maxResidualM3s * SECONDS_PER_HOUR, toleranceM3h: settings.toleranceM3h };
  return { code: 'not-converged', roomIds, pathIds: [], unevaluatedRoomIds: roomIds, params };
}

function maxSolvedResidual(solvedRooms: readonly RoomSolution[]): number | null {
  let max: number | null = null;
  for (const room of solvedRooms) {
    if (room.pressureSource !== 'solved' || room.residualM3h === null) continue;
    max = Math.max(max ?? 0, Math.abs(room.residualM3h));
  }
  return max;
}

function solveStatus(converged: boolean, solvedRooms: readonly RoomSolution[]): SolveStatus {
  if (!converged) return 'not-converged';
  const incomplete = solvedRooms.some((room) => room.pressurePa === null || room.offsetM3h === null);
  return incomplete ? 'partial' : 'solved';
}

/**
 * Solves a pressure network in either direction, or both at once. A room with a fixed pressure
 * gets the offset (supply − return − exhaust) that closes its mass balance. A room with a given
 * offset gets the pressure at which its paths carry exactly that offset, found by Newton–Raphson.
 * The outdoors is fixed at 0 Pa. Rooms that cannot be evaluated, limit checks and a failed solve
 * come back as findings, and `maxIterations` bounds the work.
 *
 * Throws a NetworkInputError for ids, references, numbers or settings that no solve can use.
 */
export function solveNetwork(rooms: readonly NetworkRoom[], paths: readonly NetworkPath[], options: SolveOptions = {}): NetworkSolution {
  validateNetworkInput(rooms, paths);
  const settings = resolveSettings(options.settings);
  const network = indexNetwork(rooms, paths);
  const topology = analyseTopology(network);
  const laws = paths.map((path) => regularise(path.law, settings.regularisedBelowPa));

  const newton = solveMassBalance({
    network,
    laws,
    unknown: topology.unknown,
    toleranceM3s: settings.toleranceM3h / SECONDS_PER_HOUR,
    maxIterations: settings.maxIterations,
  });
  const pressure = reportedPressures(network, topology.unknown, newton);
  const solvedPaths = solvePaths(paths, laws, network, pressure);
  const solvedRooms = solveRooms(rooms, topology.unknown, pressure, nodeBalances(network, solvedPaths));

  const findings: NetworkFinding[] = [...topology.findings];
  if (!newton.converged) findings.push(notConvergedFinding(network, topology.unknown, newton, settings));
  findings.push(...checkSolution(rooms, paths, solvedRooms, solvedPaths, options.checks ?? {}));

  const status = solveStatus(newton.converged, solvedRooms);
  return { status, rooms: solvedRooms, paths: solvedPaths, findings, iterations: newton.iterations, maxResidualM3h: maxSolvedResidual(solvedRooms) };
}

/** A room with its design pressure relative to outdoors (Pa), or null when none is given. */
export interface PressureTarget {
  readonly id: string;
  readonly pressurePa: number | null;
}

/**
 * Computes, from target pressures, every path's ΔP and flow and every room's required offset.
 * A room without a pressure is reported as missing input, and its paths and neighbours' offsets
 * come back as null.
 */
export function offsetsFromPressures(rooms: readonly PressureTarget[], paths: readonly NetworkPath[], options: SolveOptions = {}): NetworkSolution {
  const networkRooms = rooms.map((room) => ({ id: room.id, fixedPressurePa: room.pressurePa, offsetM3h: null }));
  return solveNetwork(networkRooms, paths, options);
}
