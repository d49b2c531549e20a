import type { Requirement } from '../findings';
import type { RoomClassMinimumRule } from '../rules/schema';
import { isoClassParams } from '../rooms';
import { quantityOf } from './roomChecks';
import { judgeBounds, makeFinding, type RoomRule, type RuleHeader } from './types';

/**
 * Compiles a lower bound looked up by ISO class, for tables that give a minimum and no maximum
 * (contractor ACH figures such as 万级 ≥ 20 h⁻¹). A class outside every row is not applicable.
 */
export function compileRoomClassMinimum(header: RuleHeader, rule: RoomClassMinimumRule): RoomRule {
  const rowFor = (isoClass: number) => rule.rows.find((row) => isoClass >= row.isoClassFrom && isoClass <= row.isoClassTo);

  return {
    scope: 'room',
    header,
    evaluate(context) {
      const roomId = context.room.id;
      const classParams = isoClassParams(context);
      const finding = (outcome: 'pass' | 'fail' | 'cannot-evaluate' | 'not-applicable', required: Requirement | null, actual: number | null, code: string, params?: Record<string, string | number | null>) =>
        makeFinding(header, { outcome, roomId, required, actual, reason: params ? { code, params } : { code } });

      if (context.unclassified) return finding('not-applicable', null, null, 'unclassified');
      if (!rule.conditions.airflowPatterns.includes(context.airflowPattern)) {
        return finding('not-applicable', null, null, 'airflow-pattern', { pattern: context.airflowPattern });
      }
      if (context.isoClass === null) return finding('cannot-evaluate', null, null, 'class-missing');

      const row = rowFor(context.isoClass);
      if (!row) return finding('not-applicable', null, null, 'class-not-in-table', classParams);
      const required: Requirement = { min: row.min, max: null, unit: rule.unit };

      const actual = quantityOf(context, rule.quantity);
      if (actual === null) return finding('cannot-evaluate', required, null, 'value-missing', { ...classParams, quantity: rule.quantity });
      const judged = judgeBounds(actual, required);
      return finding(judged.outcome as 'pass' | 'fail', required, actual, judged.code, classParams);
    },
  };
}
