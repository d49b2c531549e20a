/**
 * Exact decimal numbers for quantities, percentages and exchange rates. Money never passes through
 * a JavaScript `number` with a fractional part: every product is formed as a fraction of bigints and
 * rounded once, at the end, by `roundToInteger`.
 */

/** An exact fraction `numerator / denominator`, with a positive denominator. */
export interface Fraction {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

/** A decimal written as text (`"123.45"`, `"-0.5"`, `"7"`) that could not be read. */
export class DecimalParseError extends Error {
  readonly value: string;
  readonly field: string;

  constructor(value: string, field: string) {
    super(`${field}: expected a decimal number such as 123.45, found "${value}"; write digits with a point as decimal separator and no grouping`);
    this.name = 'DecimalParseError';
    this.value = value;
    this.field = field;
  }
}

const DECIMAL_PATTERN = /^([+-]?)(\d+)(?:\.(\d+))?$/;

/**
 * Parses a decimal string into an exact fraction. `field` names the value in the error, e.g.
 * `line 3 quantity`. Exponents, grouping separators and empty strings are rejected.
 */
export function parseDecimal(text: string, field = 'value'): Fraction {
  const match = DECIMAL_PATTERN.exec(text.trim());
  if (!match) throw new DecimalParseError(text, field);

  const sign = match[1] === '-' ? -1n : 1n;
  const integerDigits = match[2]!;
  const fractionDigits = match[3] ?? '';
  const numerator = sign * BigInt(integerDigits + fractionDigits);
  const denominator = 10n ** BigInt(fractionDigits.length);
  return { numerator, denominator };
}

/** Returns true when `text` is a decimal that `parseDecimal` accepts. */
export function isDecimal(text: string): boolean {
  return DECIMAL_PATTERN.test(text.trim());
}

export function fraction(numerator: bigint, denominator = 1n): Fraction {
  if (denominator === 0n) throw new RangeError('Fraction denominator is 0');
  return denominator < 0n ? { numerator: -numerator, denominator: -denominator } : { numerator, denominator };
}

export function multiplyFractions(...factors: readonly Fraction[]): Fraction {
  let numerator = 1n;
  let denominator = 1n;
  for (const factor of factors) {
    numerator *= factor.numerator;
    denominator *= factor.denominator;
  }
  return fraction(numerator, denominator);
}

/** Compares two fractions: negative when a < b, 0 when equal, positive when a > b. */
export function compareFractions(a: Fraction, b: Fraction): number {
  const difference = a.numerator * b.denominator - b.numerator * a.denominator;
  if (difference === 0n) return 0;
  return difference < 0n ? -1 : 1;
}

/**
 * Rounds a fraction to an integer, half away from zero (四舍五入): 2.5 → 3, −2.5 → −3, 2.49 → 2.
 * This is the rounding of Chinese bookkeeping and of the tax amounts on VAT invoices, so a line
 * computed here matches the invoice the customer later receives. Banker's rounding (half to even)
 * is not used in Chinese invoicing.
 */
export function roundToInteger(value: Fraction): bigint {
  const { numerator, denominator } = fraction(value.numerator, value.denominator);
  const magnitude = numerator < 0n ? -numerator : numerator;
  const quotient = magnitude / denominator;
  const remainder = magnitude % denominator;
  const roundedMagnitude = remainder * 2n >= denominator ? quotient + 1n : quotient;
  return numerator < 0n ? -roundedMagnitude : roundedMagnitude;
}

/**
 * Formats a fraction as a decimal string with exactly `decimals` places, rounded half away from zero,
 * e.g. for showing an effective discount of 2/3 % as `"0.67"`.
 */
export function formatFraction(value: Fraction, decimals: number): string {
  const scaled = roundToInteger(multiplyFractions(value, fraction(10n ** BigInt(decimals))));
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(decimals + 1, '0');
  const integerPart = digits.slice(0, digits.length - decimals);
  const fractionPart = digits.slice(digits.length - decimals);
  const body = decimals > 0 ? `${integerPart}.${fractionPart}` : integerPart;
  return negative ? `-${body}` : body;
}
