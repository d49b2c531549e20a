import type { DoorGapsMm, DoorType, ProjectAirside } from './airside';
import type { Biosafety } from './biosafety';
import type { Cleanliness } from './cleanliness';
import type { RoomMeasurements } from './measurements';

/** A point on the plan, in millimetres. The y axis points down, as on the canvas. */
export interface PointMm {
  readonly x: number;
  readonly y: number;
}

/** Air distribution in a room, as GB 50073 distinguishes it for air changes and noise. */
export type AirflowPattern = 'non-unidirectional' | 'unidirectional' | 'mixed';

/**
 * Design values entered for a room. `null` means "not given": rules that need the value report
 * "cannot evaluate". Supply air may be given in one of three ways (ACH, m³/h or unidirectional
 * velocity); the engine derives the others.
 */
export interface RoomDesign {
  /** Design air changes per hour (h⁻¹). */
  readonly ach: number | null;
  /** Design supply airflow (m³/h). */
  readonly supplyM3h: number | null;
  /** Mean unidirectional airflow velocity over the room's floor section (m/s). */
  readonly velocityMs: number | null;
  /** Outdoor (fresh) air delivered to the room (m³/h). */
  readonly freshAirM3h: number | null;
  /** Air exhausted from the room (m³/h). */
  readonly exhaustM3h: number | null;
  /** Static pressure relative to outdoors (Pa). Negative for rooms held below atmosphere. */
  readonly pressurePa: number | null;
  /** Design dry-bulb temperature (°C). */
  readonly temperatureC: number | null;
  /** Design relative humidity (%RH). */
  readonly rhPct: number | null;
  /** Design illuminance on the working plane (lx). */
  readonly illuminanceLx: number | null;
  /** Design noise level, as-built (dB(A)). */
  readonly noiseDbA: number | null;
  /** Design number of occupants. */
  readonly occupants: number | null;
  /**
   * Share of the ceiling (vertical flow) or wall (horizontal flow) covered by filter faces in a
   * unidirectional room (%). Optional so that projects saved before it existed still load.
   */
  readonly filterCoveragePct?: number | null;
  /** Air returned to the air-handling unit from the room (m³/h); optional, absent on older files. */
  readonly returnM3h?: number | null;
  /** Lighting heat gain per floor area (W/m²), for the cooling airflow. */
  readonly lightingWm2?: number | null;
  /** Sensible heat gain of process equipment (W), for the cooling airflow. */
  readonly equipmentW?: number | null;
  /** Room temperature minus supply-air temperature (K), for the cooling airflow. */
  readonly supplyDeltaTK?: number | null;
}

export interface Room {
  readonly id: string;
  readonly name: string;
  /** Room use as a vocabulary id (`airlock`, `corridor`, `gowning`, …) or free text; null if unknown. */
  readonly use: string | null;
  /** Outline on the plan in millimetres, as a simple polygon (no self-intersections), any winding. */
  readonly polygon: readonly PointMm[];
  /** Clear height from finished floor to finished ceiling (m). */
  readonly clearHeightM: number | null;
  /** Parsed cleanliness class; null when none was given. */
  readonly cleanliness: Cleanliness | null;
  /** The class as the user wrote it (`万级`, `ISO 7`, `Grade B`), for reports. */
  readonly classLabel: string | null;
  /** Air distribution; null lets the engine infer it (a design velocity implies unidirectional). */
  readonly airflowPattern: AirflowPattern | null;
  /**
   * Set when the room must be held below its neighbours (containment, biohazard, powders,
   * solvents). Pressure-direction rules then expect air to flow into this room.
   */
  readonly containment: boolean;
  /** Biosafety level and type of a laboratory room (GB 50346-2011); absent or null for other rooms. */
  readonly biosafety?: Biosafety | null;
  readonly design: RoomDesign;
  /** Particle counts and microbial results measured after construction; absent or null until entered. */
  readonly measurements?: RoomMeasurements | null;
  /**
   * False when the room was imported without an area (a schedule row with no area or width and
   * length): its polygon is then a placeholder square for drawing only, and rules that need area or
   * volume must report "cannot evaluate". Absent means true.
   */
  readonly areaKnown?: boolean;
  /** Air-handling unit serving the room (an `Ahu` id); absent or null when unassigned. */
  readonly ahuId?: string | null;
  /** Supply terminal chosen from the catalog (a `TerminalSpec` id); absent or null lets the engine pick none. */
  readonly terminalId?: string | null;
  /** Terminal count entered by the engineer; absent or null uses the count the engine derives. */
  readonly terminalCount?: number | null;
}

/** Marker for the outdoor side of a door in an external wall. */
export const OUTSIDE = 'outside' as const;
export type Outside = typeof OUTSIDE;

export interface Door {
  readonly id: string;
  /** Room on one side (a room id). */
  readonly roomA: string;
  /** Room on the other side, or `outside` for a door in an external wall. */
  readonly roomB: string | Outside;
  /** Centre of the door on the wall, in millimetres; null for doors imported from a schedule without a plan. */
  readonly position: PointMm | null;
  /** Clear leaf width (mm); for a double door, the width of both leaves together. */
  readonly widthMm: number;
  /** Construction; absent means `single`. */
  readonly type?: DoorType;
  /** Clear leaf height (mm); absent or null uses the default door height of the leakage data. */
  readonly heightMm?: number | null;
  /** Crack widths (mm); absent or null uses the gap preset of the leakage data. */
  readonly gapsMm?: DoorGapsMm | null;
  /** Leakage area entered directly (m²); when set it overrides type, size and gaps. */
  readonly leakageAreaM2?: number | null;
}

export interface Project {
  readonly id: string;
  readonly name: string;
  readonly customerName: string;
  /** Date the design is checked against (ISO 8601 `YYYY-MM-DD`); it picks rule editions in force. */
  readonly referenceDate: string;
  /** Rule-set ids chosen for the project, e.g. `gb-50073-2013`. */
  readonly ruleSetIds: readonly string[];
  readonly rooms: readonly Room[];
  readonly doors: readonly Door[];
  /** Air-side settings; absent on projects saved before they existed (then `DEFAULT_PROJECT_AIRSIDE`). */
  readonly airside?: ProjectAirside;
}

export const EMPTY_DESIGN: RoomDesign = {
  ach: null,
  supplyM3h: null,
  velocityMs: null,
  freshAirM3h: null,
  exhaustM3h: null,
  pressurePa: null,
  temperatureC: null,
  rhPct: null,
  illuminanceLx: null,
  noiseDbA: null,
  occupants: null,
};

export const DEFAULT_RULE_SET_IDS: readonly string[] = ['iso-14644-1-2015', 'gb-50073-2013'];
