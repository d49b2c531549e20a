import type { Room } from '../../domain/project';
import { SECONDS_PER_HOUR } from '../../domain/units';
import { judgeBounds, makeFinding, type RuleHeader } from '../checks/types';
import type { Finding, FindingReason, Requirement, RoomMetrics } from '../findings';
import { buildRoomContext, type RoomContext } from '../rooms';
import type { LoadedRuleSet } from '../rules/load';
import { airsideRule } from './airsideData';
import { coolingSupply } from './cooling';
import { roomRuleFigures, type RuleFigure } from './ruleFigures';
import type { GoverningSupply, SupplyCandidate } from './types';

/**
 * Governing supply of a room: the largest of the cleanliness requirement of the chosen rule sets,
 * the make-up for exhaust and door leakage, and the cooling requirement. Each term is worked out
 * on its own, so the data sheet can show every candidate and how far the governing one leads.
 */

export interface SupplyInput {
  readonly room: Room;
  readonly metrics: RoomMetrics;
  /**
   * Supply − return − exhaust the room needs to keep its pressure through its doors (m³/h), from the
   * pressure network. It is negative for a room held below its neighbours, and null when not solved.
   */
  readonly offsetM3h: number | null;
  readonly ruleSets: readonly LoadedRuleSet[];
  /**
   * The room's rule context with `metrics`, when the caller has built it already; sizing reads each
   * rule's figure through it. Built from `room` when absent.
   */
  readonly context?: RoomContext;
}

/** Returns the room's rule context with the check's metrics: the caller's when it passed one, else a new one. */
export function sizingContext(input: SupplyInput): RoomContext {
  return input.context ?? { ...buildRoomContext(input.room), metrics: input.metrics };
}

function finiteOrNull(value: number | null | undefined): number | null {
  return value !== null && value !== undefined && Number.isFinite(value) ? value : null;
}

/** Rule checks whose velocity is the mean over the whole room section (GB 50073 Table 6.3.3). */
const SECTION_VELOCITY_CHECKS: ReadonlySet<string> = new Set(['room-class-range', 'room-class-minimum']);

interface FigureSupply {
  readonly figure: RuleFigure;
  readonly m3h: number | null;
  readonly maxM3h: number | null;
  readonly params: Record<string, string | number | null>;
}

/**
 * Converts one rule figure to a supply. ACH is multiplied by the room volume, and a section
 * velocity (GB 50073) by the floor area. A working-area velocity (GB 50333 class I ORs, GMP grade A)
 * is multiplied by the supply face area, floor area × `filterCoveragePct`, because a local supply
 * ceiling usually feeds such a zone.
 */
function figureSupply(figure: RuleFigure, room: Room, metrics: RoomMetrics): FigureSupply {
  const scale = (perUnit: number, factor: number | null) => (factor === null ? null : perUnit * factor);
  if (figure.quantity === 'ach') {
    const volumeM3 = metrics.volumeM3;
    const params = { ruleId: figure.ruleId, achPerHour: figure.min, volumeM3, missing: volumeM3 === null ? 'volumeM3' : null };
    return { figure, m3h: scale(figure.min, volumeM3), maxM3h: figure.max === null ? null : scale(figure.max, volumeM3), params };
  }

  const sectionVelocity = SECTION_VELOCITY_CHECKS.has(figure.check);
  const coveragePct = finiteOrNull(room.design.filterCoveragePct);
  const floorM2 = metrics.areaM2;
  let areaM2: number | null = null;
  if (sectionVelocity) areaM2 = floorM2;
  else if (floorM2 !== null && coveragePct !== null) areaM2 = (floorM2 * coveragePct) / 100;

  let missing: string | null = null;
  if (floorM2 === null) missing = 'areaM2';
  else if (areaM2 === null) missing = 'filterCoveragePct';
  const params = {
    ruleId: figure.ruleId,
    velocityMs: figure.min,
    areaM2,
    areaBasis: sectionVelocity ? 'floor' : 'supply-face',
    coveragePct: sectionVelocity ? null : coveragePct,
    missing,
  };
  const perSecond = areaM2 === null ? null : areaM2 * SECONDS_PER_HOUR;
  return { figure, m3h: scale(figure.min, perSecond), maxM3h: figure.max === null ? null : scale(figure.max, perSecond), params };
}

/**
 * Returns the cleanliness candidate: the largest supply that any applicable ACH or velocity rule of
 * the chosen rule sets requires, with that rule's citation and kind. Returns undefined when no rule
 * applies to the room (an unclassified room). `partial` is set when some applicable rule could not
 * be turned into a supply, because that rule might have governed.
 */
function cleanlinessCandidate(context: RoomContext, input: SupplyInput): { candidate: SupplyCandidate; partial: boolean } | undefined {
  const { figures, unavailable } = roomRuleFigures(context, input.ruleSets, ['ach', 'velocityMs']);
  const supplies = figures.map((figure) => figureSupply(figure, input.room, input.metrics));
  const known = supplies.filter((supply) => supply.m3h !== null);
  const unreadRules = unavailable.map((entry) => `${entry.ruleId}:${entry.code}`);
  const unsizedRules = supplies.filter((supply) => supply.m3h === null).map((supply) => `${supply.figure.ruleId}:${supply.params.missing}`);
  const missingRules = [...unreadRules, ...unsizedRules];
  if (supplies.length === 0 && unavailable.length === 0) return undefined;

  const partial = missingRules.length > 0;
  const best = known.reduce<FigureSupply | null>((largest, supply) => (largest === null || supply.m3h! > largest.m3h! ? supply : largest), null);
  if (best === null) {
    const first = supplies[0];
    const candidate: SupplyCandidate = {
      term: 'cleanliness',
      m3h: null,
      citation: first?.figure.citation ?? null,
      kind: first?.figure.kind ?? null,
      verified: first?.figure.verified ?? false,
      basis: { code: 'cleanliness-missing', params: { missing: missingRules.join(',') } },
    };
    return { candidate, partial: true };
  }

  const code = best.figure.quantity === 'ach' ? 'cleanliness-ach' : 'cleanliness-velocity';
  const params = { ...best.params, maxM3h: best.maxM3h, rulesMissing: partial ? missingRules.join(',') : null };
  const candidate: SupplyCandidate = {
    term: 'cleanliness',
    m3h: best.m3h,
    citation: best.figure.citation,
    kind: best.figure.kind,
    verified: best.figure.verified,
    basis: { code, params },
  };
  return { candidate, partial };
}

/**
 * Returns the make-up airflow: the air that replaces the exhaust and the net air leaving
 * through the doors, exhaust + offset. For a room held below its neighbours the offset is negative,
 * because air flows in through its doors. The offset keeps its sign, and only the resulting airflow
 * stops at zero because a supply cannot be negative. When exhaust + offset is below zero, the door
 * inflow alone covers the exhaust and this term requires no air. The pressure itself is never
 * changed. Null when either input is unknown.
 */
export function makeUpAirflow(exhaustM3h: number | null, offsetM3h: number | null): number | null {
  if (exhaustM3h === null || offsetM3h === null) return null;
  return Math.max(0, exhaustM3h + offsetM3h);
}

/** Returns the make-up candidate of the supply, naming the missing input when exhaust or offset is unknown. */
function makeUpCandidate(room: Room, offsetM3h: number | null): SupplyCandidate {
  const header = airsideRule('make-up-supply');
  const base = { term: 'make-up' as const, citation: header.citation, kind: header.kind, verified: header.verified };
  const exhaustM3h = finiteOrNull(room.design.exhaustM3h);
  const missing = [exhaustM3h === null ? 'exhaustM3h' : null, offsetM3h === null ? 'offsetM3h' : null].filter((name) => name !== null);
  if (exhaustM3h === null || offsetM3h === null) {
    return { ...base, m3h: null, basis: { code: 'make-up-inputs-missing', params: { missing: missing.join(',') } } };
  }
  const balanceM3h = exhaustM3h + offsetM3h;
  const m3h = makeUpAirflow(exhaustM3h, offsetM3h);
  return { ...base, m3h, basis: { code: 'make-up', params: { exhaustM3h, offsetM3h, balanceM3h } } };
}

/** Combines the candidates: the largest governs, ties going to the earlier term (cleanliness, make-up, cooling). */
function combine(candidates: readonly SupplyCandidate[], partial: boolean): GoverningSupply {
  const evaluated = candidates.filter((candidate) => candidate.m3h !== null);
  const ranked = [...evaluated].sort((a, b) => b.m3h! - a.m3h!);
  const first = ranked[0];
  const second = ranked[1];
  return {
    candidates,
    governing: first?.term ?? null,
    requiredM3h: first?.m3h ?? null,
    marginM3h: first !== undefined && second !== undefined ? first.m3h! - second.m3h! : null,
    incomplete: partial || evaluated.length < candidates.length,
  };
}

/** Header of the supply finding: the governing term's rule when a standard sets it, else the practice rule. */
function findingHeader(supply: GoverningSupply): RuleHeader {
  const header = airsideRule('supply-required');
  const governing = supply.candidates.find((candidate) => candidate.term === supply.governing && candidate.m3h === supply.requiredM3h);
  if (governing === undefined || governing.citation === null || governing.kind === null) return header;
  return { ruleId: header.ruleId, kind: governing.kind, citation: governing.citation, verified: governing.verified };
}

function missingTerms(supply: GoverningSupply): string {
  return supply.candidates
    .filter((candidate) => candidate.m3h === null || (candidate.term === 'cleanliness' && candidate.basis.params.rulesMissing))
    .map((candidate) => candidate.term)
    .join(',');
}

/**
 * Judges the design supply against the governing requirement. A supply below a known candidate
 * fails whatever else is missing. At or above it, a pass needs every candidate evaluated, so with a
 * candidate missing the finding is "cannot evaluate" and names the missing terms.
 */
function supplyFinding(room: Room, metrics: RoomMetrics, supply: GoverningSupply): Finding {
  const header = findingHeader(supply);
  const designM3h = metrics.supplyM3h;
  const params = {
    governing: supply.governing,
    requiredM3h: supply.requiredM3h,
    marginM3h: supply.marginM3h,
    missing: supply.incomplete ? missingTerms(supply) : null,
  };
  const finding = (outcome: Finding['outcome'], required: Requirement | null, actual: number | null, reason: FindingReason) =>
    makeFinding(header, { outcome, roomId: room.id, required, actual, reason });

  if (supply.requiredM3h === null) return finding('cannot-evaluate', null, designM3h, { code: 'supply-requirement-unknown', params });
  const required: Requirement = { min: supply.requiredM3h, max: null, unit: 'm3/h' };
  if (designM3h === null) return finding('cannot-evaluate', required, null, { code: 'design-supply-missing', params });

  const judged = judgeBounds(designM3h, required);
  if (judged.outcome === 'fail') return finding('fail', required, designM3h, { code: 'supply-below-required', params });
  if (supply.incomplete) return finding('cannot-evaluate', required, designM3h, { code: 'supply-terms-incomplete', params });
  return finding('pass', required, designM3h, { code: 'supply-meets-required', params });
}

/**
 * Works out a room's governing supply and judges the design supply against it. The cleanliness
 * term is left out for rooms that no chosen rule covers (unclassified rooms). The make-up and
 * cooling terms are always listed, and a term left null by a missing input marks the result
 * incomplete.
 */
export function governingSupply(input: SupplyInput): { supply: GoverningSupply; findings: Finding[] } {
  const cleanliness = cleanlinessCandidate(sizingContext(input), input);
  const candidates: SupplyCandidate[] = [];
  if (cleanliness !== undefined) candidates.push(cleanliness.candidate);
  candidates.push(makeUpCandidate(input.room, finiteOrNull(input.offsetM3h)));
  candidates.push(coolingSupply(input.room, input.metrics));

  const supply = combine(candidates, cleanliness?.partial ?? false);
  return { supply, findings: [supplyFinding(input.room, input.metrics, supply)] };
}
