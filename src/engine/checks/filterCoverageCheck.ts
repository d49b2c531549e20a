import type { Requirement } from '../findings';
import type { RoomFilterCoverageRule } from '../rules/schema';
import { judgeBounds, makeFinding, type RoomRule, type RuleHeader } from './types';

/**
 * Compiles the filter-coverage rule for unidirectional rooms. Coverage at or above the vertical
 * minimum meets both directions and passes; below the horizontal minimum it meets neither and fails.
 * In between, the verdict depends on the flow direction, which rooms do not record, so the rule
 * reports "cannot evaluate" instead of guessing.
 */
export function compileRoomFilterCoverage(header: RuleHeader, rule: RoomFilterCoverageRule): RoomRule {
  const vertical: Requirement = { min: rule.verticalMinPct, max: null, unit: '%' };
  const horizontal: Requirement = { min: rule.horizontalMinPct, max: null, unit: '%' };

  return {
    scope: 'room',
    header,
    evaluate(context) {
      const roomId = context.room.id;
      if (context.unclassified) {
        return makeFinding(header, { outcome: 'not-applicable', roomId, required: null, actual: null, reason: { code: 'unclassified' } });
      }
      if (context.airflowPattern !== 'unidirectional') {
        return makeFinding(header, { outcome: 'not-applicable', roomId, required: null, actual: null, reason: { code: 'airflow-pattern', params: { pattern: context.airflowPattern } } });
      }

      const coveragePct = context.design.filterCoveragePct ?? null;
      if (coveragePct === null) {
        return makeFinding(header, { outcome: 'cannot-evaluate', roomId, required: vertical, actual: null, reason: { code: 'value-missing', params: { quantity: 'filterCoveragePct' } } });
      }
      const againstVertical = judgeBounds(coveragePct, vertical);
      if (againstVertical.outcome === 'pass') {
        return makeFinding(header, { outcome: 'pass', roomId, required: vertical, actual: coveragePct, reason: { code: againstVertical.code } });
      }
      const againstHorizontal = judgeBounds(coveragePct, horizontal);
      if (againstHorizontal.outcome === 'fail') {
        return makeFinding(header, { outcome: 'fail', roomId, required: horizontal, actual: coveragePct, reason: { code: againstHorizontal.code } });
      }
      const params = { coveragePct, verticalMinPct: rule.verticalMinPct, horizontalMinPct: rule.horizontalMinPct };
      return makeFinding(header, { outcome: 'cannot-evaluate', roomId, required: vertical, actual: coveragePct, reason: { code: 'flow-direction-missing', params } });
    },
  };
}
