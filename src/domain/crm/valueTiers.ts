import { compareFractions, fraction, parseDecimal, subtractMoney, sumMoney, isDecimal, type CurrencyCode, type Money } from '../money';
import { requireIsoDate } from '../quote/calendarDate';
import type { Contract } from './types';

/** Customer value tier from net revenue (contract revenue minus cost) over a period. */
export type ValueTier = 'vip' | 'important' | 'general' | 'low-value' | 'potential';
export const VALUE_TIERS: readonly ValueTier[] = ['vip', 'important', 'general', 'low-value', 'potential'];

export interface ValueTierOptions {
  /** First and last day of the period (`YYYY-MM-DD`, both inclusive); contracts are taken by signing date. */
  readonly from: string;
  readonly to: string;
  readonly currency: CurrencyCode;
  /** Share of customers with positive net revenue that are important, in percent; 20 by default. */
  readonly importantPct?: string;
  /** Share of the important customers that are VIP, in percent (chosen by the user). */
  readonly vipPct: string;
}

export interface CustomerTier {
  readonly companyId: string;
  readonly tier: ValueTier;
  /** Net revenue in the period; zero for a potential customer. */
  readonly netRevenue: Money;
  /** 1 for the highest net revenue among customers with positive net revenue; null otherwise. Tied customers share a rank. */
  readonly rank: number | null;
}

const DEFAULT_IMPORTANT_PCT = '20';

/** Returns ceil(pct % × count), exactly: 20 % of 12 customers is 2.4, so 3 customers. */
function ceilShare(pct: string, count: number, field: string): number {
  if (!isDecimal(pct)) throw new RangeError(`${field}: expected a percentage from 0 to 100, found "${pct}"`);
  const share = parseDecimal(pct, field);
  if (compareFractions(share, fraction(0n)) < 0 || compareFractions(share, fraction(100n)) > 0) {
    throw new RangeError(`${field}: expected a percentage from 0 to 100, found "${pct}"`);
  }
  const numerator = share.numerator * BigInt(count);
  const denominator = share.denominator * 100n;
  return Number((numerator + denominator - 1n) / denominator);
}

/**
 * Returns how many of the ranked customers fall in the top `size`, extended over ties. Customers
 * tied with the one at the boundary join the group, so equal net revenue never lands in two tiers.
 */
function topWithTies(ranked: readonly { netRevenue: Money }[], size: number): number {
  if (size <= 0) return 0;
  let end = Math.min(size, ranked.length);
  const boundary = ranked[end - 1]!.netRevenue.minor;
  while (end < ranked.length && ranked[end]!.netRevenue.minor === boundary) end += 1;
  return end;
}

function tierAt(index: number, vipCount: number, importantCount: number): ValueTier {
  if (index < vipCount) return 'vip';
  if (index < importantCount) return 'important';
  return 'general';
}

/**
 * Classifies customers into value tiers over a period:
 * - customers with no contract signed up to the period's end are `potential`;
 * - the others get net revenue = Σ (revenue − cost) of contracts signed in the period;
 * - zero or negative net revenue is `low-value` (zero includes customers who signed nothing in
 *   this period, because they brought no value in it);
 * - customers with positive net revenue are ranked, highest first. The top `importantPct` % of
 *   them by count, rounded up (20 % of 11 is 3), are `important`. The group widens to take every
 *   customer tied with its last one. The top `vipPct` % of the important ones, counted the same
 *   way, are `vip`. The remaining positive ones are `general`.
 * Results are in ranked order (net revenue descending, then company id), potential customers last.
 */
export function classifyValueTiers(companyIds: readonly string[], contracts: readonly Contract[], options: ValueTierOptions): CustomerTier[] {
  requireIsoDate(options.from, 'value tier period start');
  requireIsoDate(options.to, 'value tier period end');

  const everSigned = new Set(contracts.filter((contract) => contract.signedOn <= options.to).map((contract) => contract.companyId));
  const inPeriod = contracts.filter((contract) => contract.signedOn >= options.from && contract.signedOn <= options.to);

  const customers = companyIds.map((companyId) => {
    const own = inPeriod.filter((contract) => contract.companyId === companyId);
    const revenue = sumMoney(own.map((contract) => contract.revenue), options.currency);
    const cost = sumMoney(own.map((contract) => contract.cost), options.currency);
    return { companyId, netRevenue: subtractMoney(revenue, cost), signed: everSigned.has(companyId) };
  });

  const byNetRevenue = (p: { companyId: string; netRevenue: Money }, q: { companyId: string; netRevenue: Money }) =>
    q.netRevenue.minor - p.netRevenue.minor || p.companyId.localeCompare(q.companyId);
  const positive = customers.filter((customer) => customer.signed && customer.netRevenue.minor > 0).sort(byNetRevenue);
  const importantCount = topWithTies(positive, ceilShare(options.importantPct ?? DEFAULT_IMPORTANT_PCT, positive.length, 'important share'));
  const vipCount = topWithTies(positive.slice(0, importantCount), ceilShare(options.vipPct, importantCount, 'VIP share'));

  const tiers: CustomerTier[] = [];
  let rank = 0;
  positive.forEach((customer, index) => {
    const tiedWithPrevious = index > 0 && positive[index - 1]!.netRevenue.minor === customer.netRevenue.minor;
    if (!tiedWithPrevious) rank = index + 1;
    tiers.push({ companyId: customer.companyId, tier: tierAt(index, vipCount, importantCount), netRevenue: customer.netRevenue, rank });
  });

  const rest = customers.filter((customer) => !(customer.signed && customer.netRevenue.minor > 0)).sort(byNetRevenue);
  for (const customer of rest.filter((candidate) => candidate.signed)) {
    tiers.push({ companyId: customer.companyId, tier: 'low-value', netRevenue: customer.netRevenue, rank: null });
  }
  for (const customer of rest.filter((candidate) => !candidate.signed)) {
    tiers.push({ companyId: customer.companyId, tier: 'potential', netRevenue: customer.netRevenue, rank: null });
  }
  return tiers;
}
