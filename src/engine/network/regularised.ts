import type { FlowLaw, FlowPoint } from './flowLaw';

/**
 * Flow law in the form the Newton solver uses: flow and its derivative dQ/dΔP at a signed ΔP.
 *
 * A power law with n < 1 has an infinite derivative at ΔP = 0, so below `regularisedBelowPa` (ε) the
 * flow is the odd cubic a·ΔP + b·ΔP³ that matches the power law's flow and derivative at ε. Its
 * derivative stays finite and positive, and both laws agree exactly above ε. Below ε the cubic
 * differs from C·|ΔP|ⁿ by at most about 0.2 · C·εⁿ for n = 0.5, and not at all for n = 1.
 */
export interface RegularisedLaw {
  /** Writes the signed flow (m³/s) to `out[0]` and the derivative (m³/(s·Pa), > 0) to `out[1]`. */
  evaluate(deltaPa: number, out: Float64Array): void;
}

/**
 * Smallest derivative of a table law, as a fraction of the secant Q/ΔP. A flat table segment
 * (0.06 m³/s at both 15 and 20 Pa) has a zero derivative. The floor keeps the Jacobian positive
 * definite, and it changes only the Newton steps, not the solution.
 */
const TABLE_SLOPE_FLOOR_FRACTION = 0.05;
const ORIFICE_EXPONENT = 0.5;

/** Evaluates C·|ΔP|ⁿ above ε, and below it the cubic with a = C·εⁿ⁻¹·(3 − n)/2, b = C·εⁿ⁻³·(n − 1)/2. */
function powerFlow(coefficient: number, exponent: number, regularisedBelowPa: number, deltaPa: number, out: Float64Array): void {
  const x = Math.abs(deltaPa);
  if (x < regularisedBelowPa) {
    const scale = coefficient * regularisedBelowPa ** (exponent - 1);
    const linear = scale * (3 - exponent) / 2;
    const cubic = scale * (exponent - 1) / (2 * regularisedBelowPa * regularisedBelowPa);
    out[0] = deltaPa * (linear + cubic * x * x);
    out[1] = linear + 3 * cubic * x * x;
    return;
  }
  const magnitude = coefficient * x ** exponent;
  out[0] = Math.sign(deltaPa) * magnitude;
  out[1] = exponent * magnitude / x;
}

function compileTable(points: readonly FlowPoint[], regularisedBelowPa: number): RegularisedLaw {
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const belowCoefficient = first.flowM3s / Math.sqrt(first.deltaPa);
  const aboveCoefficient = last.flowM3s / Math.sqrt(last.deltaPa);

  return {
    evaluate(deltaPa, out) {
      const x = Math.abs(deltaPa);
      if (x < first.deltaPa) return powerFlow(belowCoefficient, ORIFICE_EXPONENT, regularisedBelowPa, deltaPa, out);
      if (x > last.deltaPa) return powerFlow(aboveCoefficient, ORIFICE_EXPONENT, regularisedBelowPa, deltaPa, out);

      let upperIndex = 1;
      while (points[upperIndex]!.deltaPa < x) upperIndex++;
      const lower = points[upperIndex - 1]!;
      const upper = points[upperIndex]!;
      const segmentSlope = (upper.flowM3s - lower.flowM3s) / (upper.deltaPa - lower.deltaPa);
      const magnitude = lower.flowM3s + (x - lower.deltaPa) * segmentSlope;
      out[0] = Math.sign(deltaPa) * magnitude;
      out[1] = Math.max(segmentSlope, TABLE_SLOPE_FLOOR_FRACTION * magnitude / x);
    },
  };
}

/** Compiles a flow law for the solver, replaced by a smooth cubic below `regularisedBelowPa`. */
export function regularise(law: FlowLaw, regularisedBelowPa: number): RegularisedLaw {
  if (law.kind === 'table') return compileTable(law.points, regularisedBelowPa);
  const { coefficient, exponent } = law;
  return { evaluate: (deltaPa, out) => powerFlow(coefficient, exponent, regularisedBelowPa, deltaPa, out) };
}
