import type { PointMm } from './project';

/**
 * Air-side design data that issue "Airflow, terminals and pressure cascade" adds to the plan:
 * door construction for leakage, air-handling units, and the terminal catalog. Every field the
 * project file gains is optional, so files saved before it existed load unchanged.
 */

/** Door construction, as the door schedule spells it. */
export type DoorType = 'single' | 'double' | 'sliding' | 'pass_box' | 'opening';

export const DOOR_TYPES: readonly DoorType[] = ['single', 'double', 'sliding', 'pass_box', 'opening'];

/** Crack widths around a closed door (mm). `meetingMm` is the edge between the two leaves of a double door. */
export interface DoorGapsMm {
  readonly headMm: number;
  readonly thresholdMm: number;
  readonly jambMm: number;
  readonly meetingMm: number;
}

/**
 * How door leakage is worked out for the whole project:
 * - `gaps`: leakage area from each door's type, size and gaps (orifice law);
 * - `door-table`: a leakage-per-door table chosen by the user (flow per single or double door
 *   against ΔP), as UK hospital guidance tabulates it.
 */
export type LeakageMethod = 'gaps' | 'door-table';

/** An air-handling unit (空调机组) serving some rooms. */
export interface Ahu {
  readonly id: string;
  /** Tag as drawings name it, e.g. `AHU-1`. */
  readonly name: string;
}

/** Kind of supply terminal: a ducted HEPA outlet (高效送风口) or a fan filter unit (FFU). */
export type TerminalKind = 'hepa' | 'ffu';

/** One entry of the terminal catalog: a filter face size and its rated airflow. */
export interface TerminalSpec {
  readonly id: string;
  readonly kind: TerminalKind;
  /** Model or label, as the supplier lists it. */
  readonly name: string;
  /** Filter face size (mm). */
  readonly faceWidthMm: number;
  readonly faceLengthMm: number;
  /** Rated airflow at `faceVelocityMs` (m³/h). */
  readonly ratedM3h: number;
  /** Face velocity the rating was taken at (m/s). */
  readonly faceVelocityMs: number;
}

/** Project-wide air-side settings; absent on projects saved before they existed. */
export interface ProjectAirside {
  readonly leakageMethod: LeakageMethod;
  /** Id of the leakage-per-door table when `leakageMethod` is `door-table`; null picks the rule data's default. */
  readonly doorTableId: string | null;
  readonly ahus: readonly Ahu[];
  /** Terminal catalog; null uses the defaults in `rules/terminals/`. */
  readonly terminalCatalog: readonly TerminalSpec[] | null;
}

export const DEFAULT_PROJECT_AIRSIDE: ProjectAirside = {
  leakageMethod: 'gaps',
  doorTableId: null,
  ahus: [],
  terminalCatalog: null,
};

/** A position on the plan the engine placed (terminal, grille, sampling location), in millimetres. */
export type PlacedPointMm = PointMm;
