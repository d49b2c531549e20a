import type { RegularisedLaw } from './regularised';
import { SparseLdlt } from './sparse';
import type { IndexedNetwork } from './topology';

/** Secant ΔP (Pa) for the linear first guess: a typical cleanroom pressure step. */
const INITIAL_GUESS_DELTA_PA = 10;
/** Armijo constant of the backtracking line search on the squared residual. */
const SUFFICIENT_DECREASE = 1e-4;
/** Halvings of the Newton step before the line search gives up. */
const MAX_STEP_HALVINGS = 40;

export interface NewtonProblem {
  readonly network: IndexedNetwork;
  readonly laws: readonly RegularisedLaw[];
  /** 1 for nodes whose pressure is solved. */
  readonly unknown: Uint8Array;
  /** Largest accepted residual per node (m³/s). */
  readonly toleranceM3s: number;
  readonly maxIterations: number;
}

export interface NewtonResult {
  /** Pressure per node (Pa), fixed and solved, and NaN elsewhere. */
  readonly pressurePa: Float64Array;
  readonly converged: boolean;
  readonly iterations: number;
  /** Largest |residual| over the unknowns at the last iterate (m³/s). */
  readonly maxResidualM3s: number;
}

/**
 * The mass balance of the unknown nodes as residual r(p) = Σ outflows − offset, with its Jacobian
 * dr/dp. The Jacobian is symmetric, and positive definite because every flow law rises with ΔP and
 * every group of unknowns has a path to a fixed pressure.
 */
class MassBalance {
  readonly size: number;
  readonly solver: SparseLdlt;
  private readonly problem: NewtonProblem;
  /** Unknown index of each node, −1 for fixed or unevaluated nodes. */
  private readonly unknownIndex: Int32Array;
  /** Off-diagonal pair index of each path between two unknowns, −1 otherwise. */
  private readonly pathPair: Int32Array;
  /** Paths with at least one unknown end. */
  private readonly activePaths: Int32Array;
  private readonly pairCount: number;
  private readonly scratch = new Float64Array(2);

  constructor(problem: NewtonProblem) {
    this.problem = problem;
    const { network, unknown } = problem;
    this.unknownIndex = new Int32Array(network.nodeIds.length).fill(-1);
    let size = 0;
    unknown.forEach((flag, node) => {
      if (flag === 1) this.unknownIndex[node] = size++;
    });
    this.size = size;

    const pairOf = new Map<number, number>();
    const pairs: number[] = [];
    const active: number[] = [];
    this.pathPair = new Int32Array(network.pathFrom.length).fill(-1);
    network.pathFrom.forEach((from, path) => {
      const a = this.unknownIndex[from]!;
      const b = this.unknownIndex[network.pathTo[path]!]!;
      if (a < 0 && b < 0) return;
      active.push(path);
      if (a < 0 || b < 0) return;
      const low = Math.min(a, b);
      const high = Math.max(a, b);
      const key = low * size + high;
      let pair = pairOf.get(key);
      if (pair === undefined) {
        pair = pairs.length / 2;
        pairOf.set(key, pair);
        pairs.push(low, high);
      }
      this.pathPair[path] = pair;
    });
    this.activePaths = Int32Array.from(active);
    this.pairCount = pairs.length / 2;
    this.solver = new SparseLdlt({ size, pairs: Int32Array.from(pairs) });
  }

  /** Fills `residual` (m³/s per unknown) at `pressure`, and the Jacobian too when given its arrays. */
  evaluate(pressure: Float64Array, residual: Float64Array, diagonal?: Float64Array, pairValues?: Float64Array): void {
    const { network, laws } = this.problem;
    const out = this.scratch;
    network.givenOffsetM3s.forEach((offset, node) => {
      const k = this.unknownIndex[node]!;
      if (k >= 0) residual[k] = -offset;
    });
    diagonal?.fill(0);
    pairValues?.fill(0);

    for (const path of this.activePaths) {
      const from = network.pathFrom[path]!;
      const to = network.pathTo[path]!;
      laws[path]!.evaluate(pressure[from]! - pressure[to]!, out);
      const a = this.unknownIndex[from]!;
      const b = this.unknownIndex[to]!;
      if (a >= 0) residual[a]! += out[0]!;
      if (b >= 0) residual[b]! -= out[0]!;
      if (diagonal === undefined || pairValues === undefined) continue;
      if (a >= 0) diagonal[a]! += out[1]!;
      if (b >= 0) diagonal[b]! += out[1]!;
      const pair = this.pathPair[path]!;
      if (pair >= 0) pairValues[pair]! -= out[1]!;
    }
  }

  /**
   * Fills the residual and matrix of the linear network whose conductances are each path's
   * secant Q/ΔP at the initial-guess ΔP, for the first guess of the pressures.
   */
  evaluateSecant(pressure: Float64Array, residual: Float64Array, diagonal: Float64Array, pairValues: Float64Array): void {
    const { network, laws } = this.problem;
    const out = this.scratch;
    network.givenOffsetM3s.forEach((offset, node) => {
      const k = this.unknownIndex[node]!;
      if (k >= 0) residual[k] = -offset;
    });
    diagonal.fill(0);
    pairValues.fill(0);
    for (const path of this.activePaths) {
      laws[path]!.evaluate(INITIAL_GUESS_DELTA_PA, out);
      const conductance = out[0]! / INITIAL_GUESS_DELTA_PA;
      const from = network.pathFrom[path]!;
      const to = network.pathTo[path]!;
      const flow = conductance * (pressure[from]! - pressure[to]!);
      const a = this.unknownIndex[from]!;
      const b = this.unknownIndex[to]!;
      if (a >= 0) {
        residual[a]! += flow;
        diagonal[a]! += conductance;
      }
      if (b >= 0) {
        residual[b]! -= flow;
        diagonal[b]! += conductance;
      }
      const pair = this.pathPair[path]!;
      if (pair >= 0) pairValues[pair]! -= conductance;
    }
  }

  /** Adds `scale` × `step` to the unknown pressures. */
  applyStep(pressure: Float64Array, step: Float64Array, scale: number, target: Float64Array): void {
    target.set(pressure);
    this.unknownIndex.forEach((k, node) => {
      if (k >= 0) target[node]! += scale * step[k]!;
    });
  }

  get pairs(): number {
    return this.pairCount;
  }
}

function sumOfSquares(values: Float64Array): number {
  let sum = 0;
  for (const value of values) sum += value * value;
  return sum;
}

function maxAbs(values: Float64Array): number {
  let max = 0;
  for (const value of values) max = Math.max(max, Math.abs(value));
  return max;
}

function initialPressures(problem: NewtonProblem): Float64Array {
  const pressure = new Float64Array(problem.network.fixedPressurePa);
  problem.unknown.forEach((flag, node) => {
    if (flag === 1) pressure[node] = 0;
  });
  return pressure;
}

/**
 * Solves the node mass balances for the unknown pressures by Newton–Raphson with the analytic
 * Jacobian, a sparse LDLᵀ solve and a backtracking line search on the squared residual. Starts
 * from the linear network whose conductances are the secants at 10 Pa. Stops when every
 * residual is within tolerance, after `maxIterations`, or when the line search finds no decrease.
 *
 * NOTE: at absurd pressures (10¹⁵ Pa and more in randomised tests, e.g. 10⁶ m³/h through a path
 * with C ≈ 10⁻⁶ m³/(s·Pa⁰·⁵)) rounding stops the line search, and the solve reports no convergence.
 */
export function solveMassBalance(problem: NewtonProblem): NewtonResult {
  const balance = new MassBalance(problem);
  const size = balance.size;
  let pressure: Float64Array = initialPressures(problem);
  let trial: Float64Array = new Float64Array(pressure.length);
  const residual = new Float64Array(size);
  const trialResidual = new Float64Array(size);
  const diagonal = new Float64Array(size);
  const pairValues = new Float64Array(balance.pairs);
  const step = new Float64Array(size);
  if (size === 0) return { pressurePa: pressure, converged: true, iterations: 0, maxResidualM3s: 0 };

  // First guess: the linear network is solved exactly by one step from p = 0.
  balance.evaluateSecant(pressure, residual, diagonal, pairValues);
  if (balance.solver.factor(diagonal, pairValues)) {
    balance.solver.solve(residual, step);
    balance.applyStep(pressure, step, -1, trial);
    [pressure, trial] = [trial, pressure];
  }

  let iterations = 0;
  balance.evaluate(pressure, residual, diagonal, pairValues);
  while (maxAbs(residual) > problem.toleranceM3s && iterations < problem.maxIterations) {
    iterations++;
    if (!balance.solver.factor(diagonal, pairValues)) break;
    balance.solver.solve(residual, step);

    const merit = sumOfSquares(residual);
    let scale = 1;
    let accepted = false;
    for (let halving = 0; halving <= MAX_STEP_HALVINGS && !accepted; halving++) {
      balance.applyStep(pressure, step, -scale, trial);
      balance.evaluate(trial, trialResidual);
      accepted = sumOfSquares(trialResidual) <= (1 - 2 * SUFFICIENT_DECREASE * scale) * merit;
      if (!accepted) scale /= 2;
    }
    if (!accepted) break;
    [pressure, trial] = [trial, pressure];
    balance.evaluate(pressure, residual, diagonal, pairValues);
  }

  const maxResidualM3s = maxAbs(residual);
  return { pressurePa: pressure, converged: maxResidualM3s <= problem.toleranceM3s, iterations, maxResidualM3s };
}
