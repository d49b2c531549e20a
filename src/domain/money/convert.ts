import { minorPerMajor, type CurrencyCode } from './currency';
import { fraction, parseDecimal } from './decimal';
import { CurrencyMismatchError, multiplyMoney, money, type Money } from './money';

/**
 * An exchange rate valid on one date: one unit of `base` buys `rate` units of `quote`
 * (base USD, quote CNY, rate "7.1234"). The rate is a decimal string so it stays exact.
 */
export interface ExchangeRate {
  readonly base: CurrencyCode;
  readonly quote: CurrencyCode;
  readonly rate: string;
  /** Date the rate applies to, `YYYY-MM-DD`. Quotes print it beside converted amounts. */
  readonly date: string;
  /** Source of the rate, e.g. "PBOC central parity" or "contract clause 5.2". */
  readonly source: string;
}

/** An amount converted with a dated rate, keeping the rate so the document can state it. */
export interface ConvertedMoney {
  readonly amount: Money;
  readonly rate: ExchangeRate;
}

/**
 * Converts `amount` with `rate`, in either direction (base → quote multiplies, quote → base divides),
 * rounding once to the target currency's minor unit, half away from zero. Throws when the amount's
 * currency is neither side of the rate or the rate is not a positive decimal.
 */
export function convertMoney(amount: Money, rate: ExchangeRate): ConvertedMoney {
  const rateValue = parseDecimal(rate.rate, `exchange rate ${rate.base}/${rate.quote} of ${rate.date}`);
  if (rateValue.numerator <= 0n) throw new RangeError(`Exchange rate ${rate.base}/${rate.quote} of ${rate.date} is "${rate.rate}": expected a positive decimal`);

  const forward = amount.currency === rate.base;
  if (!forward && amount.currency !== rate.quote) throw new CurrencyMismatchError(rate.base, amount.currency, `convertMoney with ${rate.base}/${rate.quote}`);

  const target = forward ? rate.quote : rate.base;
  const factor = forward ? rateValue : fraction(rateValue.denominator, rateValue.numerator);
  const minorScale = fraction(minorPerMajor(target), minorPerMajor(amount.currency));
  const converted = multiplyMoney(amount, factor, minorScale);
  return { amount: money(converted.minor, target), rate };
}
