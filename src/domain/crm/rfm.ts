import { sumMoney, type CurrencyCode, type Money } from '../money';
import { daysBetween, requireIsoDate } from '../quote/calendarDate';
import type { Contract } from './types';

/**
 * The eight RFM customer segments. Monetary value decides important (重要) or general (一般);
 * recency and frequency decide the rest: both high is value (价值), recent but infrequent is
 * development (发展), frequent but not recent is retention (保持), neither is win-back (挽留).
 */
export type RfmSegment =
  | 'important-value'
  | 'important-development'
  | 'important-retention'
  | 'important-win-back'
  | 'general-value'
  | 'general-development'
  | 'general-retention'
  | 'general-win-back';

export type RfmLevel = 'high' | 'low';

/** Segment for each combination of R, F and M levels, written `${r}-${f}-${m}`. */
export const RFM_SEGMENTS: Readonly<Record<`${RfmLevel}-${RfmLevel}-${RfmLevel}`, RfmSegment>> = {
  'high-high-high': 'important-value',
  'high-low-high': 'important-development',
  'low-high-high': 'important-retention',
  'low-low-high': 'important-win-back',
  'high-high-low': 'general-value',
  'high-low-low': 'general-development',
  'low-high-low': 'general-retention',
  'low-low-low': 'general-win-back',
};

/**
 * Cut points between high and low, set by the user. R is high when the last contract is at most
 * `recencyDays` old on the "as of" date. F is high when the customer has at least `projects`
 * contracted projects, and M is high when contract value reaches `monetary`.
 */
export interface RfmCutPoints {
  readonly recencyDays: number;
  readonly projects: number;
  readonly monetary: Money;
}

export interface RfmOptions {
  /** Date the analysis is pinned to (`YYYY-MM-DD`); contracts signed later are ignored. */
  readonly asOf: string;
  /** Optional first day of the window (`YYYY-MM-DD`); without it every contract up to `asOf` counts. */
  readonly since?: string;
  readonly currency: CurrencyCode;
  readonly cutPoints: RfmCutPoints;
}

export interface CustomerRfm {
  readonly companyId: string;
  /** Days from the last contract to `asOf`; null when the customer has no contract in the window. */
  readonly recencyDays: number | null;
  /** Number of distinct projects with a contract. */
  readonly projects: number;
  /** Total contract revenue. */
  readonly monetary: Money;
  /** Null for a customer without a contract in the window, who has no RFM segment. */
  readonly segment: RfmSegment | null;
}

function checkCutPoints(cutPoints: RfmCutPoints, currency: CurrencyCode): void {
  if (!Number.isInteger(cutPoints.recencyDays) || cutPoints.recencyDays < 0) {
    throw new RangeError(`RFM recency cut point is ${cutPoints.recencyDays} days: expected a whole number of days, 0 or more`);
  }
  if (!Number.isInteger(cutPoints.projects) || cutPoints.projects < 1) {
    throw new RangeError(`RFM frequency cut point is ${cutPoints.projects} projects: expected a whole number, 1 or more`);
  }
  if (cutPoints.monetary.currency !== currency) {
    throw new RangeError(`RFM monetary cut point is in ${cutPoints.monetary.currency}: expected ${currency}, the currency of the analysis`);
  }
}

/**
 * Computes recency, frequency (projects) and monetary value per customer from contracts signed in
 * the window, and maps each to one of the eight segments with the cut points.
 */
export function classifyRfm(companyIds: readonly string[], contracts: readonly Contract[], options: RfmOptions): CustomerRfm[] {
  requireIsoDate(options.asOf, 'RFM "as of" date');
  if (options.since !== undefined) requireIsoDate(options.since, 'RFM window start');
  checkCutPoints(options.cutPoints, options.currency);

  const inWindow = contracts.filter((contract) => contract.signedOn <= options.asOf && (options.since === undefined || contract.signedOn >= options.since));
  const byCompany = new Map<string, Contract[]>();
  for (const contract of inWindow) {
    const own = byCompany.get(contract.companyId);
    if (own) own.push(contract);
    else byCompany.set(contract.companyId, [contract]);
  }

  return companyIds.map((companyId) => {
    const own = byCompany.get(companyId) ?? [];
    const monetary = sumMoney(own.map((contract) => contract.revenue), options.currency);
    if (own.length === 0) return { companyId, recencyDays: null, projects: 0, monetary, segment: null };

    const lastSigned = own.map((contract) => contract.signedOn).sort().at(-1)!;
    const recencyDays = daysBetween(lastSigned, options.asOf);
    const projects = new Set(own.map((contract) => contract.projectId)).size;
    const { cutPoints } = options;
    const r: RfmLevel = recencyDays <= cutPoints.recencyDays ? 'high' : 'low';
    const f: RfmLevel = projects >= cutPoints.projects ? 'high' : 'low';
    const m: RfmLevel = monetary.minor >= cutPoints.monetary.minor ? 'high' : 'low';
    return { companyId, recencyDays, projects, monetary, segment: RFM_SEGMENTS[`${r}-${f}-${m}`] };
  });
}
