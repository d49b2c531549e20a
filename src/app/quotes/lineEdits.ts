import { isDecimal, parseDecimal, compareFractions, fraction } from '../../domain/money';
import type { QuoteContent, QuoteLine } from '../../domain/quote';

/** Returns the content with one line replaced by `update(line)`. Other lines stay the same objects. */
export function updateLine(content: QuoteContent, lineId: string, update: (line: QuoteLine) => QuoteLine): QuoteContent {
  return {
    ...content,
    sections: content.sections.map((section) => ({
      ...section,
      lines: section.lines.map((line) => (line.id === lineId ? update(line) : line)),
    })),
  };
}

/** Returns true for a decimal string from 0 to 100, the form discounts are stored in. */
export function isPercentText(text: string): boolean {
  if (!isDecimal(text)) return false;
  const value = parseDecimal(text);
  return compareFractions(value, fraction(0n)) >= 0 && compareFractions(value, fraction(100n)) <= 0;
}

/** Returns true for a non-negative decimal string, the form quantities are stored in. */
export function isQuantityText(text: string): boolean {
  return isDecimal(text) && compareFractions(parseDecimal(text), fraction(0n)) >= 0;
}
