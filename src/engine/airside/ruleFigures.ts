import type { Citation, RequirementKind } from '../findings';
import type { RoomContext } from '../rooms';
import type { LoadedRuleSet } from '../rules/load';
import type { RuleData } from '../rules/schema';
import { standardRuleSet } from './airsideData';

/**
 * Reads the figure a standard's room rule sets for one room (the minimum ACH of its class, the
 * Table 4.0.1 fresh air of an OR) without repeating any number in code. The rule's compiled check
 * is run on the room, and the bound it judged against is taken. Because the check does the row
 * lookup (class, grade, use, airflow pattern, clear height), sizing and checking use the same row.
 */

/** A lower bound a rule sets for the room, with where it comes from. */
export interface RuleFigure {
  readonly ruleId: string;
  /** Generic check of the rule (`room-class-table`, `room-hospital-table`, …). */
  readonly check: RuleData['check'];
  readonly quantity: string;
  readonly min: number;
  /** Upper bound of the same row, when the rule gives one. */
  readonly max: number | null;
  readonly kind: RequirementKind;
  readonly citation: Citation;
  readonly verified: boolean;
}

/** A rule that applies to the room but whose figure could not be read, with the check's reason code. */
export interface UnavailableFigure {
  readonly ruleId: string;
  readonly quantity: string;
  readonly code: string;
  readonly kind: RequirementKind;
  readonly citation: Citation;
  readonly verified: boolean;
}

export interface RuleFigures {
  readonly figures: readonly RuleFigure[];
  readonly unavailable: readonly UnavailableFigure[];
}

/**
 * Reason codes of a "cannot evaluate" that concern only the design value being judged. The
 * requirement the check returns with them is still the right one for the room.
 */
const DESIGN_VALUE_CODES: ReadonlySet<string> = new Set(['supply-missing', 'value-missing', 'area-missing', 'volume-missing']);

/** Returns the quantity a rule bounds from below, or null for rules with no lower bound to read. */
function boundedQuantity(rule: RuleData): string | null {
  if (!('quantity' in rule)) return null;
  // The upper end of an ACH range (a `bound: max` table rule) sets no minimum supply.
  if (rule.check === 'room-class-table' && rule.bound === 'max') return null;
  return rule.quantity;
}

interface FigureRule {
  readonly ruleId: string;
  readonly rule: RuleData;
  readonly quantity: string;
  readonly compiled: Extract<LoadedRuleSet['checks'][number], { readonly scope: 'room' }>;
}

/** Each set's room rules with a lower bound to read, found once per loaded set rather than once per room. */
const figureRulesCache = new WeakMap<LoadedRuleSet, readonly FigureRule[]>();

function figureRules(set: LoadedRuleSet): readonly FigureRule[] {
  const cached = figureRulesCache.get(set);
  if (cached !== undefined) return cached;
  const data = standardRuleSet(set.info.id);
  const compiledById = new Map(set.checks.map((check) => [check.header.ruleId, check] as const));
  const entries: FigureRule[] = [];
  for (const rule of data?.rules ?? []) {
    const quantity = boundedQuantity(rule);
    if (quantity === null) continue;
    const ruleId = `${set.info.id}/${rule.id}`;
    const compiled = compiledById.get(ruleId);
    if (compiled === undefined || compiled.scope !== 'room') continue;
    entries.push({ ruleId, rule, quantity, compiled });
  }
  figureRulesCache.set(set, entries);
  return entries;
}

/**
 * Returns the lower bounds that the room rules of `ruleSets` set on any of `quantities` for this
 * room. Rules that do not apply (another class, use or airflow pattern) are left out. Rules that
 * apply but lack an input (class, clear height) are listed as unavailable. Rule sets registered at
 * run time have no figures to read and are skipped.
 */
export function roomRuleFigures(context: RoomContext, ruleSets: readonly LoadedRuleSet[], quantities: readonly string[]): RuleFigures {
  const figures: RuleFigure[] = [];
  const unavailable: UnavailableFigure[] = [];
  for (const set of ruleSets) {
    for (const { ruleId, rule, quantity, compiled } of figureRules(set)) {
      if (!quantities.includes(quantity)) continue;
      const finding = compiled.evaluate(context);
      if (finding === null || finding.outcome === 'not-applicable') continue;

      const required = finding.required;
      const usable = finding.outcome !== 'cannot-evaluate' || DESIGN_VALUE_CODES.has(finding.reason.code);
      if (required === null || !usable) {
        const { kind, citation, verified } = compiled.header;
        unavailable.push({ ruleId, quantity, code: finding.reason.code, kind, citation, verified });
        continue;
      }
      if (required.min === null) continue;
      figures.push({
        ruleId,
        check: rule.check,
        quantity,
        min: required.min,
        max: required.max,
        kind: compiled.header.kind,
        citation: compiled.header.citation,
        verified: compiled.header.verified,
      });
    }
  }
  return { figures, unavailable };
}
