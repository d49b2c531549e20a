import type { FlowLaw } from './flowLaw';

/** Node id of the outdoors: fixed at 0 Pa, the reference of every room pressure. */
export const OUTSIDE_NODE = 'outside';

/**
 * A room of the pressure network. Give `fixedPressurePa` to hold the room at that pressure (the
 * solver then returns the offset it needs), or `offsetM3h` to let the solver find its pressure.
 * A room with both is held at its pressure and its given offset is compared with the one needed.
 * A room with neither cannot be evaluated, nor can the rooms whose pressures depend on it.
 */
export interface NetworkRoom {
  readonly id: string;
  /** Pressure relative to outdoors (Pa), negative allowed, or null when the solver must find it. */
  readonly fixedPressurePa: number | null;
  /** Net supply − return − exhaust delivered to the room (m³/h), or null when not given. */
  readonly offsetM3h: number | null;
  /** Design pressure relative to outdoors (Pa) that the solved pressure is checked against. */
  readonly targetPressurePa?: number | null;
}

/** Kind of path. Only `door` paths are checked for a too small ΔP. */
export type PathKind = 'door' | 'leak';

/** Direction air must take through a path by design, e.g. into a containment room. */
export type RequiredFlow = 'from-to' | 'to-from';

/** An airflow path between two rooms, or between a room and `outside`. */
export interface NetworkPath {
  readonly id: string;
  readonly kind: PathKind;
  /** Room id or `outside`. Flow and ΔP are positive from `from` to `to`. */
  readonly from: string;
  /** Room id or `outside`, other than `from`. */
  readonly to: string;
  /** Flow law. A power law's coefficient must be positive, because a path that carries no air is no path. */
  readonly law: FlowLaw;
  readonly requiredFlow?: RequiredFlow;
}

/** Limits that turn solved values into findings. A check runs only when its limit is given. */
export interface NetworkChecks {
  /** Doors with |ΔP| below this (Pa) are reported, e.g. the 5 Pa step of GB 50073-2013 6.2.2. */
  readonly minDoorDeltaPa?: number;
  /** Solved rooms with |pressure| above this (Pa) are reported as not holdable by the network. */
  readonly maxRoomPressurePa?: number;
  /** Solved rooms further than this (Pa) from their target pressure are reported. */
  readonly pressureTolerancePa?: number;
  /** Fixed-pressure rooms whose given offset differs from the needed one by more than this (m³/h). */
  readonly offsetToleranceM3h?: number;
}

/** Numerical settings of the Newton solver. */
export interface SolverSettings {
  /** Below this |ΔP| (Pa) every flow law is replaced by a smooth cubic whose derivative stays finite. */
  readonly regularisedBelowPa: number;
  /** Largest accepted mass-balance residual per room (m³/h). */
  readonly toleranceM3h: number;
  /** Newton iterations before the solve is reported as not converged. */
  readonly maxIterations: number;
}

export interface SolveOptions {
  readonly checks?: NetworkChecks;
  readonly settings?: Partial<SolverSettings>;
}

export interface RoomSolution {
  readonly id: string;
  /** Pressure relative to outdoors (Pa), or null when it cannot be evaluated. */
  readonly pressurePa: number | null;
  readonly pressureSource: 'fixed' | 'solved' | null;
  /**
   * Offset (supply − return − exhaust, m³/h) that closes the room's mass balance: the sum of its
   * outflows minus its inflows through every path. Null when a path's flow is unknown.
   */
  readonly offsetM3h: number | null;
  /** `offsetM3h` minus the given offset (m³/h), or null when no offset was given or the balance is unknown. */
  readonly residualM3h: number | null;
}

export interface PathSolution {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  /** Pressure of `from` minus pressure of `to` (Pa), or null when either is unknown. */
  readonly deltaPa: number | null;
  /** Flow from `from` to `to` (m³/h), negative when air flows the other way, or null when unknown. */
  readonly flowM3h: number | null;
  /** True when a table law was extrapolated beyond its rows. */
  readonly outsideTableRange: boolean;
}

export type NetworkFindingCode =
  /** A room has neither a fixed pressure nor an offset. */
  | 'missing-input'
  /** A room with an unknown pressure has no path at all, so nothing sets its pressure. */
  | 'no-path'
  /** Rooms with unknown pressures are connected only to each other, never to a fixed pressure. */
  | 'no-reference'
  /** The Newton solver stopped before every residual was within tolerance. */
  | 'not-converged'
  /** A solved room pressure exceeds `maxRoomPressurePa`: the network cannot carry the offset at a holdable pressure. */
  | 'pressure-limit'
  /** A solved room misses its target pressure by more than `pressureTolerancePa`. */
  | 'target-pressure-missed'
  /** A fixed-pressure room's given offset differs from the needed one by more than `offsetToleranceM3h`. */
  | 'offset-mismatch'
  /** A door's |ΔP| is below `minDoorDeltaPa`. */
  | 'small-door-dp'
  /** Required flow directions form a cycle, which no set of pressures can satisfy. */
  | 'direction-cycle'
  /** Air crosses a path against its required direction, or not at all. */
  | 'reverse-flow'
  /** A table law was read outside its rows. */
  | 'outside-table-range';

/** A network finding as data, which the caller maps to an engine `Finding` and renders. */
export interface NetworkFinding {
  readonly code: NetworkFindingCode;
  /** Rooms the finding is about (never `outside`). */
  readonly roomIds: readonly string[];
  readonly pathIds: readonly string[];
  /** Rooms left without a pressure because of this finding. */
  readonly unevaluatedRoomIds: readonly string[];
  readonly params: Readonly<Record<string, string | number | null>>;
}

export type SolveStatus =
  /** Every room has a pressure and a balancing offset. */
  | 'solved'
  /** Some room pressures or offsets could not be evaluated, and the findings give the reason. */
  | 'partial'
  /** The solver did not converge, so the rooms it had to solve are left without pressures. */
  | 'not-converged';

export interface NetworkSolution {
  readonly status: SolveStatus;
  readonly rooms: readonly RoomSolution[];
  readonly paths: readonly PathSolution[];
  readonly findings: readonly NetworkFinding[];
  /** Newton iterations used, 0 when no pressure had to be solved. */
  readonly iterations: number;
  /** Largest mass-balance residual of a solved room (m³/h), or null when none was solved. */
  readonly maxResidualM3h: number | null;
}
