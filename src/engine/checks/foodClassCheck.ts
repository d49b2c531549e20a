import type { Requirement } from '../findings';
import type { RoomFoodClassRangeRule } from '../rules/schema';
import { quantityOf } from './roomChecks';
import { judgeBounds, makeFinding, type RoomRule, type RuleHeader } from './types';

/**
 * Compiles a range for listed GB 50687 food classes. A room classed in another system (ISO, GMP
 * grade, GB 50333) cannot be judged, because no equivalence between those and food classes is known.
 */
export function compileRoomFoodClassRange(header: RuleHeader, rule: RoomFoodClassRangeRule): RoomRule {
  const required: Requirement = { min: rule.min, max: rule.max, unit: rule.unit };

  return {
    scope: 'room',
    header,
    evaluate(context) {
      const roomId = context.room.id;
      const cleanliness = context.room.cleanliness;
      if (context.unclassified) {
        return makeFinding(header, { outcome: 'not-applicable', roomId, required: null, actual: null, reason: { code: 'unclassified' } });
      }
      if (cleanliness === null || cleanliness.kind !== 'food') {
        return makeFinding(header, { outcome: 'cannot-evaluate', roomId, required, actual: null, reason: { code: 'food-class-missing' } });
      }

      const foodClass = cleanliness.foodClass;
      if (!rule.foodClasses.includes(foodClass)) {
        return makeFinding(header, { outcome: 'not-applicable', roomId, required: null, actual: null, reason: { code: 'food-class-not-covered', params: { foodClass } } });
      }
      const actual = quantityOf(context, rule.quantity);
      if (actual === null) {
        return makeFinding(header, { outcome: 'cannot-evaluate', roomId, required, actual: null, reason: { code: 'value-missing', params: { foodClass, quantity: rule.quantity } } });
      }
      const judged = judgeBounds(actual, required);
      return makeFinding(header, { outcome: judged.outcome, roomId, required, actual, reason: { code: judged.code, params: { foodClass } } });
    },
  };
}
