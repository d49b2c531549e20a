import type { RoomContext } from '../rooms';
import type { HospitalQuantity } from '../rules/hospitalSchema';
import { quantityOf } from './roomChecks';

/** A room value for a hospital or laboratory rule, or the reason it cannot be had. */
export type QuantityValue =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly code: string; readonly params?: Readonly<Record<string, string>> };

function missing(code: string, params?: Readonly<Record<string, string>>): QuantityValue {
  return params ? { ok: false, code, params } : { ok: false, code };
}

/**
 * Returns the design or derived value of a room for a quantity of the hospital and laboratory
 * rules. Fresh air per m² divides the design fresh air by the floor area, and fresh-air changes
 * divide it by the room volume. Velocity is the entered working-area velocity only.
 */
export function hospitalQuantityOf(context: RoomContext, quantity: HospitalQuantity): QuantityValue {
  const freshAirM3h = context.design.freshAirM3h;
  switch (quantity) {
    case 'freshAirM3h':
      return freshAirM3h === null ? missing('value-missing', { quantity }) : { ok: true, value: freshAirM3h };
    case 'freshAirPerAreaM3hM2': {
      if (freshAirM3h === null) return missing('value-missing', { quantity: 'freshAirM3h' });
      const areaM2 = context.metrics.areaM2;
      if (areaM2 === null) return missing('area-missing');
      return { ok: true, value: freshAirM3h / areaM2 };
    }
    case 'freshAirAch': {
      if (freshAirM3h === null) return missing('value-missing', { quantity: 'freshAirM3h' });
      const volumeM3 = context.metrics.volumeM3;
      if (volumeM3 === null) return missing('volume-missing');
      return { ok: true, value: freshAirM3h / volumeM3 };
    }
    case 'velocityMs': {
      // GB 50333 specifies the mean velocity over the working area under the supply ceiling. Supply
      // divided by the whole floor (the derived room velocity) is far lower, so only an entered
      // velocity is judged.
      const velocityMs = context.design.velocityMs;
      return velocityMs === null ? missing('value-missing', { quantity }) : { ok: true, value: velocityMs };
    }
    case 'areaM2': {
      const areaM2 = context.metrics.areaM2;
      return areaM2 === null ? missing('area-missing') : { ok: true, value: areaM2 };
    }
    case 'clearHeightM': {
      const heightM = context.metrics.heightM;
      return heightM === null ? missing('height-missing') : { ok: true, value: heightM };
    }
    case 'ach': {
      const value = quantityOf(context, quantity);
      return value === null ? missing('supply-missing') : { ok: true, value };
    }
    default: {
      const value = quantityOf(context, quantity);
      return value === null ? missing('value-missing', { quantity }) : { ok: true, value };
    }
  }
}
