/**
 * Parsing of numeric form fields. Empty input means "not given" (null); anything else must be a
 * plain decimal number inside the field's range. Errors are message keys with parameters so the
 * panel can render them in the UI language.
 */

export interface NumberRange {
  /** Inclusive lower bound unless `minExclusive`. */
  readonly min?: number;
  readonly minExclusive?: boolean;
  /** Inclusive upper bound. */
  readonly max?: number;
  /** Whole numbers only (occupants). */
  readonly integer?: boolean;
}

export type NumberFieldErrorKey = 'errorDecimalComma' | 'errorNotNumber' | 'errorBelowMin' | 'errorNotPositive' | 'errorAboveMax' | 'errorNotWhole';

export type NumberFieldParse =
  | { readonly ok: true; readonly value: number | null }
  | { readonly ok: false; readonly error: NumberFieldErrorKey; readonly params: Readonly<Record<string, string | number>> };

const PLAIN_DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;

/**
 * Parse the text of a numeric field. Full-width digits, signs and points (as Chinese input methods
 * type them) are folded to ASCII first, and a minus sign `−` counts as `-`.
 */
export function parseNumberInput(text: string, range: NumberRange): NumberFieldParse {
  const normalized = text.normalize('NFKC').replace(/\u2212/g, '-').trim();
  if (normalized === '') return { ok: true, value: null };

  const found = { value: text.trim() };
  if (DECIMAL_COMMA.test(normalized)) return { ok: false, error: 'errorDecimalComma', params: found };
  if (!PLAIN_DECIMAL.test(normalized)) return { ok: false, error: 'errorNotNumber', params: found };

  const value = Number(normalized);
  if (!Number.isFinite(value)) return { ok: false, error: 'errorNotNumber', params: found };
  return checkRange(value, range, found.value);
}

function checkRange(value: number, range: NumberRange, foundText: string): NumberFieldParse {
  const params = { value: foundText };
  if (range.integer && !Number.isInteger(value)) return { ok: false, error: 'errorNotWhole', params };

  if (range.min !== undefined) {
    const belowMin = range.minExclusive ? value <= range.min : value < range.min;
    if (belowMin && range.minExclusive && range.min === 0) return { ok: false, error: 'errorNotPositive', params };
    if (belowMin) return { ok: false, error: 'errorBelowMin', params: { ...params, min: range.min } };
  }
  if (range.max !== undefined && value > range.max) return { ok: false, error: 'errorAboveMax', params: { ...params, max: range.max } };
  return { ok: true, value };
}
