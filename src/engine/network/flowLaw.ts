import type { DoorLeakageTable, OrificeForm } from './data';

/** Q [m³/s] = coefficient · |ΔP [Pa]|^exponent, in the direction of falling pressure. */
export interface PowerLaw {
  readonly kind: 'power';
  /** C in m³/(s·Paⁿ). */
  readonly coefficient: number;
  /** n, from 0.5 (orifice, turbulent) to 1 (laminar). */
  readonly exponent: number;
}

/** A measured flow at one pressure difference. */
export interface FlowPoint {
  readonly deltaPa: number;
  readonly flowM3s: number;
}

/** Flow per door read from a table: linear between rows, scaled by √(ΔP/ΔP_row) outside them. */
export interface TableLaw {
  readonly kind: 'table';
  readonly tableId: string;
  /** Rows in ascending ΔP with non-decreasing flow, all positive. */
  readonly points: readonly FlowPoint[];
}

export type FlowLaw = PowerLaw | TableLaw;

/** Flow through a path at one pressure difference. */
export interface FlowAtDelta {
  /** Signed flow (m³/s): positive when ΔP is positive, in the direction of falling pressure. */
  readonly flowM3s: number;
  /** True when a table law had to extrapolate beyond its first or last row. */
  readonly outsideTableRange: boolean;
}

export const MIN_EXPONENT = 0.5;
export const MAX_EXPONENT = 1;
const ORIFICE_EXPONENT = 0.5;
const SECONDS_PER_HOUR = 3600;

/** Builds the power law Q = C · ΔPⁿ and throws a RangeError for a negative C or n outside 0.5–1. */
export function powerLaw(coefficient: number, exponent: number): PowerLaw {
  if (!Number.isFinite(coefficient) || coefficient < 0) {
    throw new RangeError(`Flow coefficient: expected 0 or more m³/(s·Paⁿ), found ${coefficient}.`);
  }
  if (!(exponent >= MIN_EXPONENT && exponent <= MAX_EXPONENT)) {
    throw new RangeError(`Flow exponent: expected a number from ${MIN_EXPONENT} to ${MAX_EXPONENT}, found ${exponent}.`);
  }
  return { kind: 'power', coefficient, exponent };
}

/** Builds the orifice law of a leakage area (m²) in the given written form: Q = k · A · √ΔP. */
export function orificeLaw(areaM2: number, form: OrificeForm): PowerLaw {
  if (!Number.isFinite(areaM2) || areaM2 < 0) {
    throw new RangeError(`Leakage area: expected 0 or more m², found ${areaM2}.`);
  }
  return powerLaw(form.coefficient * areaM2, ORIFICE_EXPONENT);
}

/** Builds the table law of one single or double door from a leakage-per-door table. */
export function doorTableLaw(table: DoorLeakageTable, leaves: 'single' | 'double'): TableLaw {
  const points = table.rows.map((row) => ({
    deltaPa: row.deltaPa,
    flowM3s: leaves === 'single' ? row.singleM3s : row.doubleM3s,
  }));
  return { kind: 'table', tableId: table.id, points };
}

/** Orifice scaling from one table row: the flow at |ΔP| = x if the door behaved as Q ∝ √ΔP. */
function scaleFromRow(point: FlowPoint, x: number): number {
  return point.flowM3s * Math.sqrt(x / point.deltaPa);
}

function tableFlowMagnitude(points: readonly FlowPoint[], x: number): FlowAtDelta {
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (x === 0) return { flowM3s: 0, outsideTableRange: false };
  if (x < first.deltaPa) return { flowM3s: scaleFromRow(first, x), outsideTableRange: true };
  if (x > last.deltaPa) return { flowM3s: scaleFromRow(last, x), outsideTableRange: true };

  const upperIndex = points.findIndex((point) => point.deltaPa >= x);
  const upper = points[upperIndex]!;
  const lower = points[Math.max(0, upperIndex - 1)]!;
  if (upper.deltaPa === lower.deltaPa) return { flowM3s: upper.flowM3s, outsideTableRange: false };
  const fraction = (x - lower.deltaPa) / (upper.deltaPa - lower.deltaPa);
  return { flowM3s: lower.flowM3s + fraction * (upper.flowM3s - lower.flowM3s), outsideTableRange: false };
}

/** Evaluates a flow law at a signed ΔP (Pa) exactly, without the solver's regularisation near 0 Pa. */
export function evaluateFlowLaw(law: FlowLaw, deltaPa: number): FlowAtDelta {
  const x = Math.abs(deltaPa);
  const sign = Math.sign(deltaPa);
  if (law.kind === 'power') {
    return { flowM3s: sign * law.coefficient * x ** law.exponent, outsideTableRange: false };
  }
  const magnitude = tableFlowMagnitude(law.points, x);
  return { flowM3s: sign * magnitude.flowM3s, outsideTableRange: magnitude.outsideTableRange };
}

/** Computes the signed flow (m³/h) at ΔP (Pa), positive in the direction of falling pressure. */
export function flowM3h(law: FlowLaw, deltaPa: number): number {
  return evaluateFlowLaw(law, deltaPa).flowM3s * SECONDS_PER_HOUR;
}
