import { minorDigits, MoneyParseError, parseMoney, type CurrencyCode, type Money } from '../../../domain/money';
import { isIsoDate } from '../../../domain/quote/calendarDate';
import { parseNumberInput, type NumberFieldErrorKey } from '../../panels/fieldParsing';

/**
 * Parsing of CRM form fields. Each parser returns the value or a message key with parameters, so
 * that a form can name the bad value and the fix in the UI language and save nothing until every
 * field is valid. Full-width characters typed by Chinese input methods are folded to ASCII first.
 */
export type FieldErrorKey =
  | NumberFieldErrorKey
  | 'errorRequired'
  | 'errorDate'
  | 'errorEmail'
  | 'errorMoney'
  | 'errorMoneyDecimals'
  | 'errorMoneyCurrency'
  | 'errorDueMissing'
  | 'errorNextStepMissing';

export type FieldParse<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: FieldErrorKey; readonly params: Readonly<Record<string, string | number>> };

function fail<T>(error: FieldErrorKey, params: Readonly<Record<string, string | number>>): FieldParse<T> {
  return { ok: false, error, params };
}

export function parseRequiredText(text: string): FieldParse<string> {
  const trimmed = text.trim();
  return trimmed === '' ? fail('errorRequired', {}) : { ok: true, value: trimmed };
}

/** Empty text means "not given" (null). */
export function parseOptionalText(text: string): FieldParse<string | null> {
  const trimmed = text.trim();
  return { ok: true, value: trimmed === '' ? null : trimmed };
}

/** Parses a `YYYY-MM-DD` calendar date. Empty text is null unless `required`. */
export function parseDateField(text: string, required = false): FieldParse<string | null> {
  const normalized = text.normalize('NFKC').trim();
  if (normalized === '') return required ? fail('errorRequired', {}) : { ok: true, value: null };
  return isIsoDate(normalized) ? { ok: true, value: normalized } : fail('errorDate', { value: text.trim() });
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function parseEmailField(text: string): FieldParse<string | null> {
  const trimmed = text.normalize('NFKC').trim();
  if (trimmed === '') return { ok: true, value: null };
  return EMAIL_PATTERN.test(trimmed) ? { ok: true, value: trimmed } : fail('errorEmail', { value: text.trim() });
}

/** Parses a win probability in percent, 0 to 100. Empty text is null (not estimated). */
export function parsePercentField(text: string): FieldParse<number | null> {
  const parsed = parseNumberInput(text, { min: 0, max: 100 });
  return parsed.ok ? parsed : fail(parsed.error, parsed.params);
}

/** Parses a whole number of at least `min` (RFM cut points). Empty text is rejected as required. */
export function parseWholeNumberField(text: string, min: number): FieldParse<number> {
  const parsed = parseNumberInput(text, { min, integer: true });
  if (!parsed.ok) return fail(parsed.error, parsed.params);
  return parsed.value === null ? fail('errorRequired', {}) : { ok: true, value: parsed.value };
}

/**
 * Parses a percentage and keeps it as decimal text, as the value-tier function takes it (`"10"`, `"12.5"`), so no
 * binary rounding happens on the way.
 */
export function parsePercentText(text: string): FieldParse<string> {
  const parsed = parseNumberInput(text, { min: 0, max: 100 });
  if (!parsed.ok) return fail(parsed.error, parsed.params);
  if (parsed.value === null) return fail('errorRequired', {});
  return { ok: true, value: text.normalize('NFKC').trim().replace(/^\+/, '') };
}

/**
 * Parses an amount in `currency` with the one money parser (`1,000,005.50`, `¥1000005.5`). Empty is
 * null (not estimated). Too many decimal places are rejected, never rounded.
 */
export function parseMoneyField(text: string, currency: CurrencyCode): FieldParse<Money | null> {
  const normalized = text.normalize('NFKC').trim();
  if (normalized === '') return { ok: true, value: null };

  const value = text.trim();
  const code = /[A-Z]{3}/.exec(normalized)?.[0];
  const yuanSign = /^-?\s*[¥￥]/.test(normalized);
  if ((code !== undefined && code !== currency) || (yuanSign && currency !== 'CNY')) return fail('errorMoneyCurrency', { value, currency });
  const decimals = /\.(\d+)\s*$/.exec(normalized)?.[1]?.length ?? 0;
  if (decimals > minorDigits(currency)) return fail('errorMoneyDecimals', { value, currency, digits: minorDigits(currency) });

  try {
    return { ok: true, value: parseMoney(normalized, currency, 'amount') };
  } catch (error) {
    if (error instanceof MoneyParseError || error instanceof RangeError) return fail('errorMoney', { value });
    throw error;
  }
}
