import { compareFractions, fraction, isDecimal, minorPerMajor, multiplyMoney, parseDecimal, subtractMoney, sumMoney, type Money } from '../../domain/money';
import type { ProposalMilestone } from './types';

/**
 * Converts an amount to a number of major units (yuan from fen), the one conversion the
 * spreadsheet uses. Amounts up to about 90 billion yuan convert to the nearest double of their
 * two-decimal value, which Excel displays exactly with a two-decimal format.
 */
export function toMajorUnits(amount: Money): number {
  return amount.minor / Number(minorPerMajor(amount.currency));
}

/**
 * Splits the total over the payment milestones by their percentages. Each share is rounded to the
 * minor unit and the last milestone takes the remainder, so the amounts add up to the total
 * exactly. Throws when a percentage is not a decimal or the percentages do not add up to 100.
 */
export function milestoneAmounts(total: Money, milestones: readonly ProposalMilestone[]): Money[] {
  if (milestones.length === 0) return [];
  const shares = milestones.map((milestone, index) => {
    if (!isDecimal(milestone.pct)) throw new RangeError(`Payment milestone ${index + 1}: expected a percentage such as 30, found "${milestone.pct}"`);
    return parseDecimal(milestone.pct);
  });
  const sum = shares.reduce((acc, share) => fraction(acc.numerator * share.denominator + share.numerator * acc.denominator, acc.denominator * share.denominator), fraction(0n));
  if (compareFractions(sum, fraction(100n)) !== 0) {
    const listed = milestones.map((milestone) => milestone.pct).join(' + ');
    throw new RangeError(`Payment milestones add up to ${listed} %, not 100 %; change the percentages so they add up to 100`);
  }

  const leading = shares.slice(0, -1).map((share) => multiplyMoney(total, fraction(share.numerator, share.denominator * 100n)));
  const last = subtractMoney(total, sumMoney(leading, total.currency));
  return [...leading, last];
}
