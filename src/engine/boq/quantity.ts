import type { LayoutQuantityKind, OpeningDeduction, QuantityUnit } from '../../domain/quote';
import { MM2_PER_M2, MM_PER_M } from '../../domain/units';
import type { BoqQuantity } from './types';

/** Inputs of a quantity in its base measure: mm² for areas, mm for lengths, a count otherwise. */
export interface QuantityParts {
  readonly kind: LayoutQuantityKind;
  readonly unit: QuantityUnit;
  readonly byRoom: ReadonlyMap<string, number>;
  readonly total: number;
  readonly wallCount?: number;
  readonly deductions?: readonly OpeningDeduction[];
  readonly incompleteRoomIds: ReadonlySet<string>;
}

function baseUnitsPerUnit(unit: QuantityUnit): number {
  if (unit === 'm2') return MM2_PER_M2;
  if (unit === 'm') return MM_PER_M;
  return 1;
}

/**
 * Writes a base-measure total as a quote quantity: hundredths of m² or m, or a whole count, rounded
 * half away from zero like money.
 */
function quoteValueOf(total: number, unit: QuantityUnit): string {
  const roundHalfAwayFromZero = (value: number) => Math.sign(value) * Math.round(Math.abs(value));
  if (unit !== 'm2' && unit !== 'm') return String(roundHalfAwayFromZero(total));
  const hundredths = roundHalfAwayFromZero((total * 100) / baseUnitsPerUnit(unit));
  const sign = hundredths < 0 ? '-' : '';
  const digits = String(Math.abs(hundredths)).padStart(3, '0');
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

export function buildQuantity(parts: QuantityParts): BoqQuantity {
  const scale = baseUnitsPerUnit(parts.unit);
  const byRoom = [...parts.byRoom].map(([roomId, value]) => ({ roomId, value: value / scale }));
  return {
    kind: parts.kind,
    value: parts.total / scale,
    quoteValue: quoteValueOf(parts.total, parts.unit),
    unit: parts.unit,
    byRoom,
    origin: {
      kind: parts.kind,
      roomIds: [...parts.byRoom.keys()],
      wallCount: parts.wallCount ?? 0,
      deductions: parts.deductions ?? [],
      incompleteRoomIds: [...parts.incompleteRoomIds],
    },
  };
}

export function addTo(map: Map<string, number>, key: string, amount: number): void {
  map.set(key, (map.get(key) ?? 0) + amount);
}
