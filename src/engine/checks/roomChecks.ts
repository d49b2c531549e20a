import type { AirflowPattern } from '../../domain/project';
import type { Finding, FindingReason, Requirement } from '../findings';
import { isoClassParams, type RoomContext } from '../rooms';
import type { UnitId } from '../../domain/units';
import type {
  ClassTable,
  FreshAirRule,
  RoomClassRangeRule,
  RoomClassTableRule,
  RoomGradeRangeRule,
  RoomMaxByPatternRule,
  RoomQuantity,
  RoomRangeByUseRule,
} from '../rules/schema';
import { judgeBounds, makeFinding, type RoomRule, type RuleHeader } from './types';

/** Returns the design or derived value of a room for a quantity named in rule data. */
export function quantityOf(context: RoomContext, quantity: RoomQuantity): number | null {
  switch (quantity) {
    case 'ach':
      return context.metrics.ach;
    case 'velocityMs':
      return context.metrics.velocityMs;
    case 'noiseDbA':
      return context.design.noiseDbA;
    case 'illuminanceLx':
      return context.design.illuminanceLx;
    case 'temperatureC':
      return context.design.temperatureC;
    case 'rhPct':
      return context.design.rhPct;
  }
}

/** Reasons without parameters, shared by every finding that has them to save allocations. */
const plainReasons = new Map<string, FindingReason>();

function reasonFor(code: string, params: FindingReason['params'] | undefined): FindingReason {
  if (params) return { code, params };
  let reason = plainReasons.get(code);
  if (reason === undefined) {
    reason = Object.freeze({ code });
    plainReasons.set(code, reason);
  }
  return reason;
}

/** Finding builders that fill in the room, so each rule's code is only its decisions. */
class RoomFindings {
  constructor(
    private readonly header: RuleHeader,
    private readonly context: RoomContext,
  ) {}

  notApplicable(code: string, params?: FindingReason['params']): Finding {
    return this.make('not-applicable', null, null, reasonFor(code, params));
  }

  cannotEvaluate(required: Requirement | null, code: string, params?: FindingReason['params']): Finding {
    return this.make('cannot-evaluate', required, null, reasonFor(code, params));
  }

  judge(required: Requirement, actual: number, params?: FindingReason['params']): Finding {
    const { outcome, code } = judgeBounds(actual, required);
    return this.make(outcome, required, actual, reasonFor(code, params));
  }

  /** Returns the ISO class used and the GMP grade or GB 50333 class it came from, as reason parameters. */
  classParams(): Record<string, string | number | null> {
    return isoClassParams(this.context);
  }

  private make(outcome: Finding['outcome'], required: Requirement | null, actual: number | null, reason: FindingReason): Finding {
    return makeFinding(this.header, { outcome, roomId: this.context.room.id, required, actual, reason });
  }
}

function range(min: number | null, max: number | null, unit: UnitId): Requirement {
  return { min, max, unit };
}

function patternMatches(patterns: readonly AirflowPattern[], pattern: AirflowPattern): boolean {
  return patterns.includes(pattern);
}

/** Compiles a bound looked up by ISO class under airflow and height conditions (GB 50073 Table 6.3.3). */
export function compileRoomClassTable(header: RuleHeader, rule: RoomClassTableRule, table: ClassTable): RoomRule {
  const { airflowPatterns, clearHeightBelowM } = rule.conditions;
  const rowFor = (isoClass: number) => table.rows.find((row) => isoClass >= row.isoClassFrom && isoClass <= row.isoClassTo);

  return {
    scope: 'room',
    header,
    evaluate(context) {
      const findings = new RoomFindings(header, context);
      if (context.unclassified) return findings.notApplicable('unclassified');
      if (!patternMatches(airflowPatterns, context.airflowPattern)) {
        return findings.notApplicable('airflow-pattern', { pattern: context.airflowPattern });
      }
      if (context.isoClass === null) return findings.cannotEvaluate(null, 'class-missing');

      const row = rowFor(context.isoClass);
      if (!row) return findings.notApplicable('class-not-in-table', findings.classParams());
      const required = rule.bound === 'min' ? range(row.min, null, table.unit) : range(null, row.max, table.unit);

      const heightM = context.metrics.heightM;
      if (clearHeightBelowM !== undefined) {
        if (heightM === null) return findings.cannotEvaluate(required, 'height-missing', findings.classParams());
        if (heightM >= clearHeightBelowM) {
          return findings.cannotEvaluate(required, 'height-outside-table', { ...findings.classParams(), heightM, limitM: clearHeightBelowM });
        }
      }

      const actual = quantityOf(context, rule.quantity);
      if (actual === null) return findings.cannotEvaluate(required, 'supply-missing', findings.classParams());
      return findings.judge(required, actual, findings.classParams());
    },
  };
}

/** Compiles a range for a span of ISO classes under airflow conditions (GB 50073 unidirectional velocity). */
export function compileRoomClassRange(header: RuleHeader, rule: RoomClassRangeRule): RoomRule {
  const required = range(rule.min, rule.max, rule.unit);
  return {
    scope: 'room',
    header,
    evaluate(context) {
      const findings = new RoomFindings(header, context);
      if (context.unclassified) return findings.notApplicable('unclassified');
      if (!patternMatches(rule.conditions.airflowPatterns, context.airflowPattern)) {
        return findings.notApplicable('airflow-pattern', { pattern: context.airflowPattern });
      }
      if (context.isoClass === null) return findings.cannotEvaluate(required, 'class-missing');
      if (context.isoClass < rule.isoClassMin || context.isoClass > rule.isoClassMax) {
        return findings.notApplicable('class-not-in-table', findings.classParams());
      }
      const actual = quantityOf(context, rule.quantity);
      if (actual === null) return findings.cannotEvaluate(required, 'value-missing', { ...findings.classParams(), quantity: rule.quantity });
      return findings.judge(required, actual, findings.classParams());
    },
  };
}

/** Compiles a range for listed GMP grades (China GMP grade A velocity). Rooms given only an ISO class cannot be judged. */
export function compileRoomGradeRange(header: RuleHeader, rule: RoomGradeRangeRule): RoomRule {
  const required = range(rule.min, rule.max, rule.unit);
  return {
    scope: 'room',
    header,
    evaluate(context) {
      const findings = new RoomFindings(header, context);
      if (context.unclassified) return findings.notApplicable('unclassified');
      if (context.grade === null) {
        const params = context.isoClass !== null ? { isoClass: context.isoClass } : undefined;
        return findings.cannotEvaluate(required, 'grade-missing', params);
      }
      if (!rule.grades.includes(context.grade)) return findings.notApplicable('grade-not-covered', { grade: context.grade });

      const actual = quantityOf(context, rule.quantity);
      if (actual === null) return findings.cannotEvaluate(required, 'value-missing', { grade: context.grade, quantity: rule.quantity });
      return findings.judge(required, actual, { grade: context.grade });
    },
  };
}

/** Compiles a maximum chosen by the room's airflow pattern (GB 50073 as-built noise). */
export function compileRoomMaxByPattern(header: RuleHeader, rule: RoomMaxByPatternRule): RoomRule {
  return {
    scope: 'room',
    header,
    evaluate(context) {
      const findings = new RoomFindings(header, context);
      if (context.unclassified) return findings.notApplicable('unclassified');
      const limit = rule.limits.find((entry) => patternMatches(entry.airflowPatterns, context.airflowPattern));
      if (!limit) return findings.notApplicable('airflow-pattern', { pattern: context.airflowPattern });

      const required = range(null, limit.max, rule.unit);
      const actual = quantityOf(context, rule.quantity);
      const params = { pattern: context.airflowPattern, quantity: rule.quantity };
      if (actual === null) return findings.cannotEvaluate(required, 'value-missing', params);
      return findings.judge(required, actual, params);
    },
  };
}

/** Compiles a range chosen by the room's use (GB 50073 illuminance). An unknown use cannot be judged. */
export function compileRoomRangeByUse(header: RuleHeader, rule: RoomRangeByUseRule): RoomRule {
  const categoryByUse = new Map<string, RoomRangeByUseRule['categories'][number]>();
  for (const category of rule.categories) {
    for (const use of category.uses) categoryByUse.set(use.toLowerCase(), category);
  }
  return {
    scope: 'room',
    header,
    evaluate(context) {
      const findings = new RoomFindings(header, context);
      if (context.unclassified) return findings.notApplicable('unclassified');
      if (context.useKey === null) return findings.cannotEvaluate(null, 'use-missing');
      const category = categoryByUse.get(context.useKey);
      if (!category) return findings.cannotEvaluate(null, 'use-unknown', { use: context.room.use });

      const required = range(category.min, category.max, rule.unit);
      const actual = quantityOf(context, rule.quantity);
      const params = { category: category.id, quantity: rule.quantity };
      if (actual === null) return findings.cannotEvaluate(required, 'value-missing', params);
      return findings.judge(required, actual, params);
    },
  };
}

/**
 * Compiles the GB 50073 fresh-air rule: at least the larger of the exhaust make-up and the per-person figure. The
 * pressurisation air the standard adds to the make-up is not modelled, so every finding carries
 * `pressurisationNotIncluded` and a pass covers only the two terms that are known.
 */
export function compileFreshAir(header: RuleHeader, rule: FreshAirRule): RoomRule {
  return {
    scope: 'room',
    header,
    evaluate(context) {
      const findings = new RoomFindings(header, context);
      if (context.unclassified) return findings.notApplicable('unclassified');
      const { occupants, exhaustM3h, freshAirM3h } = context.design;
      const base = { perPersonM3h: rule.perPersonM3h, pressurisationNotIncluded: 'true' };
      if (occupants === null) return findings.cannotEvaluate(null, 'occupants-missing', base);
      if (exhaustM3h === null) return findings.cannotEvaluate(null, 'exhaust-missing', base);

      const perPersonTotal = occupants * rule.perPersonM3h;
      const required = range(Math.max(exhaustM3h, perPersonTotal), null, 'm3/h');
      const params = { ...base, occupants, exhaustM3h, perPersonTotalM3h: perPersonTotal };
      if (freshAirM3h === null) return findings.cannotEvaluate(required, 'value-missing', { ...params, quantity: 'freshAirM3h' });
      return findings.judge(required, freshAirM3h, params);
    },
  };
}
