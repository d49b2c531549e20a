import type { SamplingLocationsSqrtAreaRule } from '../rules/schema';
import { makeFinding, type RoomRule, type RuleHeader } from './types';

/**
 * Returns the ISO 14644-1:1999 (B.4.1) minimum number of sampling locations: the square root of
 * the floor area in m², rounded up. The 2015 edition replaced this with Table A.1, which gives more
 * locations for most areas (for example 6 instead of 4 at 16 m²).
 */
export function minimumSamplingLocationsSqrtArea(areaM2: number): number {
  if (!Number.isFinite(areaM2) || areaM2 <= 0) throw new RangeError(`Area must be a positive number of m², found ${areaM2}`);
  return Math.ceil(Math.sqrt(areaM2));
}

/**
 * Compiles the 1999 sampling-location rule. As with the 2015 rule, the count is a test-plan figure
 * and not a verdict, so the rule reports only what stops the count: no class or no area.
 */
export function compileSamplingLocationsSqrtArea(header: RuleHeader, _rule: SamplingLocationsSqrtAreaRule): RoomRule {
  return {
    scope: 'room',
    header,
    evaluate(context) {
      const roomId = context.room.id;
      if (context.unclassified) {
        return makeFinding(header, { outcome: 'not-applicable', roomId, required: null, actual: null, reason: { code: 'unclassified' } });
      }
      if (context.isoClass === null) {
        return makeFinding(header, { outcome: 'cannot-evaluate', roomId, required: null, actual: null, reason: { code: 'class-missing' } });
      }
      if (context.metrics.areaM2 === null) {
        return makeFinding(header, { outcome: 'cannot-evaluate', roomId, required: null, actual: null, reason: { code: 'area-missing' } });
      }
      return null;
    },
  };
}
