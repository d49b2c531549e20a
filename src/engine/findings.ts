import type { AirsideResult } from './airside/types';
import type { GmpGrade } from '../domain/cleanliness';
import type { UnitId } from '../domain/units';

export type Outcome = 'pass' | 'fail' | 'cannot-evaluate' | 'not-applicable';

/**
 * Binding force of a requirement:
 * - `mandatory`: a provision of the standard worded as a requirement (应/不应/必须, "shall").
 * - `guidance`: a recommendation of the standard (宜/不宜, "should") or a guidance value.
 * - `practice`: a design-practice figure with no standard behind it.
 */
export type RequirementKind = 'mandatory' | 'guidance' | 'practice';

/** Source of a requirement: rule set, standard, edition and clause. */
export interface Citation {
  /** Rule-set id, e.g. `gb-50073-2013`. */
  readonly ruleSetId: string;
  /** Standard designation, e.g. `GB 50073`. */
  readonly standard: string;
  /** Edition year, e.g. `2013`. */
  readonly edition: string;
  /** Clause and/or table, e.g. `6.3.3, Table 6.3.3`. */
  readonly clause: string;
}

/** The requirement a finding was judged against. Bounds are inclusive unless marked exclusive. */
export interface Requirement {
  readonly min: number | null;
  readonly max: number | null;
  readonly minExclusive?: boolean;
  readonly maxExclusive?: boolean;
  readonly unit: UnitId;
}

/** Reason for a finding's outcome, as a message code with parameters. The UI, CLI and PDF render it in the reader's language. */
export interface FindingReason {
  readonly code: string;
  readonly params?: Readonly<Record<string, string | number | null>>;
}

export interface Finding {
  /** Rule id, unique across rule sets, e.g. `gb-50073-2013/ach-non-unidirectional`. */
  readonly ruleId: string;
  readonly outcome: Outcome;
  readonly kind: RequirementKind;
  /** Room the finding is about; null for suite-level findings without one room. */
  readonly roomId: string | null;
  /** The other side of a door for pressure findings: a room id or `outside`. */
  readonly otherRoomId: string | null;
  /** Door the finding is about, for pressure-step findings. */
  readonly doorId: string | null;
  /**
   * Every room a suite-level finding (door graph, layout) names, in the order the sentence names
   * them; absent on room and door findings. The canvas marks each of these rooms.
   */
  readonly roomIds?: readonly string[];
  readonly citation: Citation;
  readonly required: Requirement | null;
  /** Design value compared with the requirement, in `required.unit`; null when missing. */
  readonly actual: number | null;
  /** False when the rule's figure has not yet been checked against the official text. */
  readonly verified: boolean;
  readonly reason: FindingReason;
}

/** Values the engine derives for each room; null where inputs are missing. */
export interface RoomMetrics {
  readonly roomId: string;
  /** Floor area from the polygon (m²); null when the room's area is not known (`Room.areaKnown` false). */
  readonly areaM2: number | null;
  readonly heightM: number | null;
  readonly volumeM3: number | null;
  /** ISO class the checks use: the room's own, or the at-rest equivalent of its GMP grade. */
  readonly isoClass: number | null;
  readonly grade: GmpGrade | null;
  readonly supplyM3h: number | null;
  /** Design value the supply was derived from. */
  readonly supplySource: 'ach' | 'supply' | 'velocity' | null;
  readonly ach: number | null;
  readonly velocityMs: number | null;
  readonly airflowPattern: 'non-unidirectional' | 'unidirectional' | 'mixed';
  /**
   * Minimum sampling locations: ISO 14644-1:2015 Table A.1, or the square root of the area of the
   * 1999 edition when `samplingEdition` names that edition; null for unclassified rooms and unknown areas.
   */
  readonly samplingLocations: number | null;
  /** The ISO 14644-1 edition `samplingLocations` follows; absent when there is no count. */
  readonly samplingEdition?: 'iso-14644-1-2015' | 'iso-14644-1-1999';
  /**
   * Remarks on the derived values that are not rule verdicts, e.g. two supply design values that
   * disagree by more than 1 %. Rendered like finding reasons.
   */
  readonly notes?: readonly FindingReason[];
}

export interface DoorMetrics {
  readonly doorId: string;
  readonly roomA: string;
  readonly roomB: string;
  /** Pressure of room A minus pressure of room B (Pa); null when either is unknown. */
  readonly deltaPa: number | null;
}

export interface FindingSummary {
  readonly pass: number;
  readonly fail: number;
  readonly cannotEvaluate: number;
  readonly notApplicable: number;
}

export interface CheckResult {
  readonly rooms: readonly RoomMetrics[];
  readonly doors: readonly DoorMetrics[];
  readonly findings: readonly Finding[];
  readonly summary: FindingSummary;
  /** Air-side design derived from the plan (supply, offsets, door flows, terminals, AHUs). */
  readonly airside?: AirsideResult;
}
