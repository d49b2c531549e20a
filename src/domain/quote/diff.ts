import { compareFractions, parseDecimal, subtractMoney, type Money } from '../money';
import type { MoneyTotals, PricedLine, PricedQuote } from './pricing';

/** A value before and after, present only when it changed. */
export interface Change<T> {
  readonly from: T;
  readonly to: T;
}

export interface LineChange {
  readonly lineId: string;
  readonly quantity?: Change<string>;
  readonly unitPrice?: Change<Money>;
  readonly discountPct?: Change<string>;
  readonly net: Change<Money>;
}

/** Differences between two priced revisions, with lines matched by their id. */
export interface RevisionDiff {
  readonly added: readonly PricedLine[];
  readonly removed: readonly PricedLine[];
  readonly changed: readonly LineChange[];
  readonly totals: { readonly from: MoneyTotals; readonly to: MoneyTotals; readonly delta: MoneyTotals };
  /** "To be quoted" line count before and after. */
  readonly toBeQuoted: Change<number>;
}

/** Compares decimal strings exactly, so "1.10" equals "1.1". */
function sameDecimal(a: string, b: string): boolean {
  return compareFractions(parseDecimal(a), parseDecimal(b)) === 0;
}

function compareLines(older: PricedLine, newer: PricedLine): LineChange | null {
  const quantity = sameDecimal(older.quantity, newer.quantity) ? undefined : { from: older.quantity, to: newer.quantity };
  const unitPrice = older.unitPrice.minor === newer.unitPrice.minor ? undefined : { from: older.unitPrice, to: newer.unitPrice };
  const discountPct = sameDecimal(older.discountPct, newer.discountPct) ? undefined : { from: older.discountPct, to: newer.discountPct };
  if (!quantity && !unitPrice && !discountPct) return null;
  return { lineId: newer.lineId, quantity, unitPrice, discountPct, net: { from: older.net, to: newer.net } };
}

/**
 * Compares two priced revisions (older first). A line is added or removed when its id appears in
 * one revision only. It is changed when its quantity, unit price or line discount differs. Lines
 * whose net moved only through the quote discount are not listed; the totals show that move.
 * "To be quoted" lines are counted but not compared, so a line priced in the newer revision after
 * being "to be quoted" in the older one is listed as added.
 */
export function diffRevisions(older: PricedQuote, newer: PricedQuote): RevisionDiff {
  const olderById = new Map(older.lines.map((line) => [line.lineId, line]));
  const newerById = new Map(newer.lines.map((line) => [line.lineId, line]));

  const added = newer.lines.filter((line) => !olderById.has(line.lineId));
  const removed = older.lines.filter((line) => !newerById.has(line.lineId));
  const changed = newer.lines.flatMap((line) => {
    const before = olderById.get(line.lineId);
    const change = before ? compareLines(before, line) : null;
    return change ? [change] : [];
  });

  const delta: MoneyTotals = {
    net: subtractMoney(newer.totals.net, older.totals.net),
    tax: subtractMoney(newer.totals.tax, older.totals.tax),
    gross: subtractMoney(newer.totals.gross, older.totals.gross),
  };
  return {
    added,
    removed,
    changed,
    totals: { from: older.totals, to: newer.totals, delta },
    toBeQuoted: { from: older.toBeQuoted, to: newer.toBeQuoted },
  };
}
