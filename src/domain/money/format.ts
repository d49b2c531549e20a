import { isCurrencyCode, minorDigits, minorPerMajor, type CurrencyCode } from './currency';
import { money, type Money } from './money';
import type { DisplayLocale } from './locale';

const CNY_SYMBOL = '¥';

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Formats the magnitude of an amount with thousands separators and all minor digits, e.g. `1,000,005.50`. */
function formatMagnitude(amount: Money): string {
  const magnitude = BigInt(Math.abs(amount.minor));
  const perMajor = minorPerMajor(amount.currency);
  const digits = minorDigits(amount.currency);
  const major = groupThousands((magnitude / perMajor).toString());
  if (digits === 0) return major;
  const minor = (magnitude % perMajor).toString().padStart(digits, '0');
  return `${major}.${minor}`;
}

/**
 * Formats an amount for display: zh-CN writes CNY with the yuan sign (`¥1,000,005.50`), en writes
 * the ISO code (`CNY 1,000,005.50`), and other currencies show their code in both languages.
 * Negative amounts start with a hyphen-minus (`-¥5.00`, `-CNY 5.00`).
 */
export function formatMoney(amount: Money, locale: DisplayLocale): string {
  const sign = amount.minor < 0 ? '-' : '';
  const magnitude = formatMagnitude(amount);
  if (locale === 'zh-CN' && amount.currency === 'CNY') return `${sign}${CNY_SYMBOL}${magnitude}`;
  return `${sign}${amount.currency} ${magnitude}`;
}

/** Text that could not be read as an amount. The message names the field, the value and the fix. */
export class MoneyParseError extends Error {
  readonly field: string;
  readonly value: string;

  constructor(field: string, value: string, problem: string, fix: string) {
    super(`${field}: "${value}" ${problem}; ${fix}`);
    this.name = 'MoneyParseError';
    this.field = field;
    this.value = value;
  }
}

const AMOUNT_PATTERN = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

/** Strips a currency sign or code from either end and checks that it agrees with `currency`. */
function stripCurrency(text: string, currency: CurrencyCode, field: string, original: string): string {
  let body = text.replace(/^[¥￥]/, () => {
    if (currency !== 'CNY') throw new MoneyParseError(field, original, `is in yuan (¥) but the amount must be in ${currency}`, `enter it in ${currency}`);
    return '';
  });
  const code = /^([A-Z]{3})\s*|\s*([A-Z]{3})$/.exec(body);
  if (code) {
    const found = code[1] ?? code[2]!;
    if (!isCurrencyCode(found) || found !== currency) {
      throw new MoneyParseError(field, original, `is in ${found} but the amount must be in ${currency}`, `enter it in ${currency} or convert it first`);
    }
    body = body.replace(code[0], '');
  }
  return body.trim();
}

/**
 * Parses an amount typed by a user or read from a file: `1,000,005.50`, `¥1,000,005.50`,
 * `CNY 1000005.5`, `-12.30`. Thousands separators must group by three. More decimal places than the
 * currency's minor unit are rejected rather than rounded, because a silently rounded price is a
 * different price. `field` names the value in errors, e.g. `price list row 4, unit price`.
 */
export function parseMoney(text: string, currency: CurrencyCode, field = 'amount'): Money {
  const trimmed = text.trim().replace(/^−/, '-');
  const negative = trimmed.startsWith('-');
  const unsigned = negative ? trimmed.slice(1).trim() : trimmed;
  const body = stripCurrency(unsigned, currency, field, text);

  const match = AMOUNT_PATTERN.exec(body);
  if (!match) {
    throw new MoneyParseError(field, text, 'is not an amount', 'write digits with an optional decimal point, e.g. 1,000,005.50');
  }
  const fractionDigits = match[2] ?? '';
  const allowedDigits = minorDigits(currency);
  if (fractionDigits.length > allowedDigits) {
    throw new MoneyParseError(field, text, `has ${fractionDigits.length} decimal places but ${currency} has ${allowedDigits}`, `round it to ${allowedDigits} decimal places`);
  }

  const majorDigits = match[1]!.replaceAll(',', '');
  const minorText = fractionDigits.padEnd(allowedDigits, '0');
  const magnitude = BigInt(majorDigits) * minorPerMajor(currency) + BigInt(minorText === '' ? '0' : minorText);
  return money(negative ? -magnitude : magnitude, currency);
}
