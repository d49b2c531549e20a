import type { BilingualText, CurrencyCode, Money } from '../money';
import { requireIsoDate } from './calendarDate';
import type { QuantityUnit } from './types';

/** A catalog item's tax-exclusive price in one price list. */
export interface PriceListItem {
  readonly code: string;
  readonly description: BilingualText;
  readonly unit: QuantityUnit;
  readonly unitPrice: Money;
  /** VAT category the item is usually sold under; a quote line may change it. */
  readonly vatCategory: string;
}

/** Prices in one currency, valid from `validFrom` to `validTo` inclusive (null: until replaced). */
export interface PriceList {
  readonly id: string;
  readonly name: string;
  readonly currency: CurrencyCode;
  readonly validFrom: string;
  readonly validTo: string | null;
  readonly items: readonly PriceListItem[];
}

/** No price list in the quote's currency is in force on the quote date. */
export class PriceListNotFoundError extends Error {
  constructor(currency: CurrencyCode, date: string, lists: readonly PriceList[]) {
    const ranges = lists.filter((list) => list.currency === currency).map((list) => `${list.id} ${list.validFrom}–${list.validTo ?? 'open'}`);
    const available = ranges.length > 0 ? `lists in ${currency}: ${ranges.join(', ')}` : `no list is in ${currency}`;
    super(`No price list in ${currency} is valid on ${date} (${available}); add a list covering that date or change the quote date`);
    this.name = 'PriceListNotFoundError';
  }
}

function isInForce(list: PriceList, date: string): boolean {
  return list.validFrom <= date && (list.validTo === null || date <= list.validTo);
}

/**
 * Selects the price list in force on `date` for `currency`. Both ends of a list's validity are
 * inclusive. When lists overlap, the one with the latest `validFrom` wins, because a newer list
 * replaces an older one. Lists with equal `validFrom` dates are ordered by id.
 */
export function selectPriceList(lists: readonly PriceList[], currency: CurrencyCode, date: string): PriceList {
  requireIsoDate(date, 'quote date');
  const candidates = lists.filter((list) => list.currency === currency && isInForce(list, date));
  if (candidates.length === 0) throw new PriceListNotFoundError(currency, date, lists);

  const byNewestThenId = (p: PriceList, q: PriceList) => (p.validFrom === q.validFrom ? p.id.localeCompare(q.id) : q.validFrom.localeCompare(p.validFrom));
  return [...candidates].sort(byNewestThenId)[0]!;
}

export function findPriceListItem(list: PriceList, code: string): PriceListItem | undefined {
  return list.items.find((item) => item.code === code);
}
