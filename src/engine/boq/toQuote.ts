import type { LineQuantity } from '../../domain/quote';
import type { BoqQuantity } from './types';

/** Turns a layout quantity into a quote line quantity that keeps its origin. */
export function toLineQuantity(quantity: BoqQuantity): LineQuantity {
  return { value: quantity.quoteValue, unit: quantity.unit, source: { kind: 'layout', origin: quantity.origin } };
}
