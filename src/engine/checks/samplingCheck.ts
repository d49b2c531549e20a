import { minimumSamplingLocations } from '../iso14644/sampling';
import type { SamplingLocationsRule } from '../rules/schema';
import { makeFinding, type RoomRule, type RuleHeader } from './types';

/**
 * Compiles the ISO 14644-1:2015 Annex A check that a classified room's minimum number of sampling
 * locations can be set. It passes with the count as `required.min` once class and area are known.
 * The count is a test-plan figure, not a design value, so `actual` stays null.
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
      const locations = minimumSamplingLocations(areaM2);
      return makeFinding(header, {
        outcome: 'pass',
        roomId,
        required: { min: locations, max: null, unit: 'count' },
        actual: null,
        reason: { code: 'sampling-plan', params: { locations, areaM2, isoClass: context.isoClass } },
      });
    },
  };
}
