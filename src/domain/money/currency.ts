/**
 * ISO 4217 currencies that quotes may use, with their minor-unit exponent (the number of decimal
 * places of the minor unit: 2 for CNY fen, 0 for JPY). Add a code here before pricing in it.
 */
export const CURRENCY_MINOR_DIGITS = {
  CNY: 2,
  USD: 2,
  EUR: 2,
  GBP: 2,
  HKD: 2,
  SGD: 2,
  CHF: 2,
  JPY: 0,
  KRW: 0,
} as const;

export type CurrencyCode = keyof typeof CURRENCY_MINOR_DIGITS;

export const CURRENCY_CODES = Object.keys(CURRENCY_MINOR_DIGITS) as CurrencyCode[];

export function isCurrencyCode(value: string): value is CurrencyCode {
  return Object.hasOwn(CURRENCY_MINOR_DIGITS, value);
}

export function minorDigits(currency: CurrencyCode): number {
  return CURRENCY_MINOR_DIGITS[currency];
}

/** Number of minor units in one major unit (100 for CNY, 1 for JPY), as a bigint. */
export function minorPerMajor(currency: CurrencyCode): bigint {
  return 10n ** BigInt(minorDigits(currency));
}
