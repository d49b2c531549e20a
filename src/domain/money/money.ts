import { type CurrencyCode } from './currency';
import { fraction, multiplyFractions, roundToInteger, type Fraction } from './decimal';

/**
 * An amount of money as an integer number of minor units (fen for CNY) and its ISO 4217 currency.
 * `minor` is a JavaScript safe integer (|minor| ≤ 2⁵³ − 1, about 90 trillion yuan), so amounts
 * survive JSON and IndexedDB unchanged. Arithmetic with fractions goes through bigint.
 */
export interface Money {
  readonly minor: number;
  readonly currency: CurrencyCode;
}

/** Two amounts in different currencies were combined without a conversion. */
export class CurrencyMismatchError extends Error {
  constructor(expected: CurrencyCode, found: CurrencyCode, context: string) {
    super(`${context}: expected an amount in ${expected}, found ${found}; convert it with convertMoney and a dated exchange rate first`);
    this.name = 'CurrencyMismatchError';
  }
}

/** Creates an amount from minor units; throws a RangeError unless `minor` is a safe integer. */
export function money(minor: number | bigint, currency: CurrencyCode): Money {
  const value = typeof minor === 'bigint' ? Number(minor) : minor;
  if (!Number.isSafeInteger(value) || (typeof minor === 'bigint' && BigInt(value) !== minor)) {
    throw new RangeError(`Amount of ${String(minor)} minor units of ${currency} is not a safe integer: amounts are limited to ±${Number.MAX_SAFE_INTEGER} minor units`);
  }
  return { minor: value === 0 ? 0 : value, currency };
}

export function zeroMoney(currency: CurrencyCode): Money {
  return { minor: 0, currency };
}

function requireSameCurrency(a: Money, b: Money, context: string): void {
  if (a.currency !== b.currency) throw new CurrencyMismatchError(a.currency, b.currency, context);
}

export function addMoney(a: Money, b: Money): Money {
  requireSameCurrency(a, b, 'addMoney');
  return money(BigInt(a.minor) + BigInt(b.minor), a.currency);
}

export function subtractMoney(a: Money, b: Money): Money {
  requireSameCurrency(a, b, 'subtractMoney');
  return money(BigInt(a.minor) - BigInt(b.minor), a.currency);
}

export function negateMoney(amount: Money): Money {
  return money(-amount.minor, amount.currency);
}

/** Adds amounts of one currency; an empty list gives zero in `currency`. */
export function sumMoney(amounts: readonly Money[], currency: CurrencyCode): Money {
  let total = 0n;
  for (const amount of amounts) {
    if (amount.currency !== currency) throw new CurrencyMismatchError(currency, amount.currency, 'sumMoney');
    total += BigInt(amount.minor);
  }
  return money(total, currency);
}

/**
 * Multiplies an amount by exact factors (a quantity, a discount factor, a tax rate) and rounds the
 * product to the minor unit once, half away from zero. Rounding once keeps a line's figure
 * independent of the order of its factors, where rounding after each step can drift by a fen.
 */
export function multiplyMoney(amount: Money, ...factors: readonly Fraction[]): Money {
  const exact = multiplyFractions(fraction(BigInt(amount.minor)), ...factors);
  return money(roundToInteger(exact), amount.currency);
}

/** Returns the amount as an exact fraction of minor units, for callers that round later. */
export function moneyAsFraction(amount: Money): Fraction {
  return fraction(BigInt(amount.minor));
}

export function compareMoney(a: Money, b: Money): number {
  requireSameCurrency(a, b, 'compareMoney');
  return Math.sign(a.minor - b.minor);
}
