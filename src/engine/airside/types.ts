import type { PointMm } from '../../domain/project';
import type { Citation, RequirementKind } from '../findings';

/**
 * The air-side design the engine derives from the plan: per room, the supply each requirement
 * needs and which one governs, fresh air, the offset that keeps the room's pressure, terminals,
 * return grilles, recovery estimates and sampling locations; per door, the leakage flow; per AHU,
 * the totals. Findings about these values go into `CheckResult.findings` like any other.
 * Every number is SI (m³/h, m², Pa, min, L); positions are plan millimetres.
 */

/** A requirement that sets a room's supply airflow. */
export type SupplyTerm = 'cleanliness' | 'make-up' | 'cooling';

/** One candidate supply airflow and where it comes from. */
export interface SupplyCandidate {
  readonly term: SupplyTerm;
  /** Supply this requirement needs (m³/h); null when an input is missing. */
  readonly m3h: number | null;
  /** Rule the figure follows: a standard's ACH or velocity rule, or an `airside-design` rule for the make-up and cooling arithmetic. */
  readonly citation: Citation | null;
  readonly kind: RequirementKind | null;
  readonly verified: boolean;
  /** Message code and parameters saying how the figure was worked out, for the data sheet. */
  readonly basis: { readonly code: string; readonly params: Readonly<Record<string, string | number | null>> };
}

export interface GoverningSupply {
  readonly candidates: readonly SupplyCandidate[];
  /** Largest candidate; null when no candidate could be evaluated. */
  readonly governing: SupplyTerm | null;
  readonly requiredM3h: number | null;
  /** Governing figure minus the next largest (m³/h); null with fewer than two evaluated candidates. */
  readonly marginM3h: number | null;
  /** True when some candidate could not be evaluated, so the governing term may change once it is. */
  readonly incomplete: boolean;
}

/**
 * A fresh-air term: exhaust make-up plus door leakage, a rate per person, per m² of floor, as air
 * changes of the room volume (GB 50333 auxiliary rooms), or a fixed figure per room (GB 50333-2002 ORs).
 */
export type FreshAirTerm = 'make-up' | 'per-person' | 'per-area' | 'air-changes' | 'per-room';

/** Fresh-air requirement of one standard: the terms compared and the larger one. */
export interface FreshAirRequirement {
  readonly ruleSetId: string;
  readonly citation: Citation;
  readonly terms: readonly { readonly term: FreshAirTerm; readonly m3h: number | null }[];
  readonly governing: FreshAirTerm | null;
  readonly requiredM3h: number | null;
}

/** Well-mixed recovery estimates at the design airflow (minutes). */
export interface RecoveryEstimate {
  /** Air changes per hour the estimate uses. */
  readonly ach: number | null;
  /** Time for the concentration to fall by `ratio` (e.g. 100 for 100:1), in minutes. */
  readonly decays: readonly { readonly ratio: number; readonly minutes: number | null; readonly citation: Citation }[];
  /**
   * Supply needed to hold a target concentration from occupants' dispersion and filter
   * efficiency (Whyte et al. method), m³/h; null when inputs are missing.
   */
  readonly dispersionSupplyM3h: number | null;
  /** Message code and parameters of the dispersion figure (inputs, or why it is missing), for the data sheet. */
  readonly dispersionBasis?: { readonly code: string; readonly params: Readonly<Record<string, string | number | null>> };
}

export interface TerminalLayout {
  readonly terminalId: string;
  readonly count: number;
  /** Filter face area over floor (ceiling) area (%). */
  readonly coveragePct: number | null;
  /**
   * Count the required supply needs before any engineer override; null when the required supply
   * is unknown and the count comes from the override alone.
   */
  readonly derivedCount: number | null;
  /** True when `count` is the engineer's `Room.terminalCount` rather than `derivedCount`. */
  readonly countOverridden?: boolean;
  /** Rated airflow of one terminal (m³/h), from the catalog entry. */
  readonly ratedM3h?: number;
  /** Centres of the terminals on the plan (mm); empty when the room's area is not known. */
  readonly positionsMm: readonly PointMm[];
}

export interface ReturnGrilleLayout {
  /** Grille size the count is based on, from `rules/terminals/return-grilles.json`. */
  readonly grilleId?: string;
  readonly grilleWidthMm?: number;
  readonly grilleHeightMm?: number;
  /** Airflow of one grille at the design face velocity (m³/h). */
  readonly ratedM3h?: number;
  /** Zero when the room returns no air (`returnM3h` at or below 0). */
  readonly count: number;
  readonly returnM3h: number;
  /** Grille centres on the room's walls (points on the polygon edges, mm). */
  readonly positionsMm: readonly PointMm[];
}

/** ISO 14644-1 sampling locations placed on the room, with the sample volume of each. */
export interface SamplingPlan {
  readonly count: number;
  readonly edition: 'iso-14644-1-2015' | 'iso-14644-1-1999';
  readonly positionsMm: readonly PointMm[];
  /** Minimum single-sample volume (L) for the class's largest considered particle size. */
  readonly sampleVolumeL: number | null;
  /** Particle size (µm, as Table 1 heads its columns) that sets `sampleVolumeL`; null with it. */
  readonly largestSizeUm?: string | null;
  /** Class limit at `largestSizeUm` (particles/m³); null with it. */
  readonly limitPerM3?: number | null;
  /** Minimum sampling time per sample (min), which adds counter flow × time to the volume. */
  readonly minDurationMin?: number;
}

export interface RoomAirside {
  readonly roomId: string;
  readonly supply: GoverningSupply;
  /** Supply − return − exhaust the room needs to hold its pressure through its doors (m³/h). */
  readonly offsetM3h: number | null;
  /** Pressure of the room (Pa), given or solved; null when unknown. */
  readonly pressurePa: number | null;
  readonly freshAir: readonly FreshAirRequirement[];
  readonly recovery: RecoveryEstimate | null;
  readonly terminals: TerminalLayout | null;
  readonly returnGrilles: ReturnGrilleLayout | null;
  readonly sampling: SamplingPlan | null;
}

/** Air crossing one door; `flowM3h` is positive from `from` to `to`. */
export interface DoorFlow {
  readonly doorId: string;
  /** Room id or `outside`. */
  readonly from: string;
  readonly to: string;
  readonly leakageAreaM2: number | null;
  readonly dpPa: number | null;
  readonly flowM3h: number | null;
}

/**
 * Totals of one air-handling unit. Each total is the sum over the rooms that have the value. Rooms
 * that lack it are listed in `missingRoomIds`, so a total with missing rooms is a lower bound.
 */
export interface AhuSummary {
  readonly ahuId: string;
  readonly name: string;
  readonly roomIds: readonly string[];
  readonly supplyM3h: number | null;
  readonly returnM3h: number | null;
  readonly freshAirM3h: number | null;
  readonly exhaustM3h: number | null;
  /** Fresh air over supply (%); null unless both totals are complete and the supply is above 0. */
  readonly freshAirRatioPct: number | null;
  /** Rooms left out of each total because the value is unknown for them. */
  readonly missingRoomIds?: {
    readonly supplyM3h: readonly string[];
    readonly returnM3h: readonly string[];
    readonly freshAirM3h: readonly string[];
    readonly exhaustM3h: readonly string[];
  };
  /** False when `ahuId` names no AHU of `ProjectAirside.ahus` (a room assigned to a deleted unit). */
  readonly known?: boolean;
}

/** Airlock recognised from the pressures around it. */
export interface AirlockRecognition {
  readonly roomId: string;
  readonly type: 'cascade' | 'bubble' | 'sink';
}

export interface AirsideResult {
  readonly rooms: readonly RoomAirside[];
  readonly doors: readonly DoorFlow[];
  readonly ahus: readonly AhuSummary[];
  readonly airlocks: readonly AirlockRecognition[];
}
