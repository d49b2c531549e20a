import type { SamplingLocationsRule } from '../rules/schema';
import { makeFinding, type RoomRule, type RuleHeader } from './types';

/**
 * Compiles the ISO 14644-1:2015 Annex A sampling-location rule. The count itself is a test-plan
 * figure, not a design value to judge, so it goes to RoomMetrics and the room schedule and the
 * rule reports nothing once class and area are known. It reports "cannot evaluate" when a
 * classified room lacks what the count needs, and "not applicable" for an unclassified room.
 */
export function compileSamplingLocations(header: RuleHeader, _rule: SamplingLocationsRule): RoomRule {
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
      const areaM2 = context.metrics.areaM2;
      if (areaM2 === null) {
        return makeFinding(header, { outcome: 'cannot-evaluate', roomId, required: null, actual: null, reason: { code: 'area-missing' } });
      }
      return null;
    },
  };
}
