import { INDUSTRIES, type Company, type Contract, type CrmProject, type Industry, type PipelineStage } from '../../domain/crm';
import { sumMoney, type Money } from '../../domain/money';
import { currentRevision, daysBetween, type QuoteRecord } from '../../domain/quote';

/** Stages at which a project counts as won: the contract is signed. */
const WON_STAGES: ReadonlySet<PipelineStage> = new Set(['contract', 'construction', 'acceptance-testing', 'service']);

export interface WinRate {
  readonly won: number;
  readonly lost: number;
  /** won / (won + lost) in percent, or null while no project is decided. */
  readonly pct: number | null;
}

/** Counts won projects (contract signed or later, not lost) against lost ones. */
export function winRate(projects: readonly CrmProject[]): WinRate {
  const lost = projects.filter((project) => project.lostReason !== null).length;
  const won = projects.filter((project) => project.lostReason === null && WON_STAGES.has(project.stage)).length;
  const decided = won + lost;
  return { won, lost, pct: decided === 0 ? null : (won / decided) * 100 };
}

/** Sums CNY contract revenue by the customer's industry, in the fixed industry order. */
export function revenueByIndustry(contracts: readonly Contract[], companies: readonly Company[]): { industry: Industry; revenue: Money }[] {
  const industryOf = new Map(companies.map((company) => [company.id, company.industry]));
  const inCny = contracts.filter((contract) => contract.revenue.currency === 'CNY');
  return INDUSTRIES.map((industry) => {
    const own = inCny.filter((contract) => industryOf.get(contract.companyId) === industry);
    return { industry, revenue: sumMoney(own.map((contract) => contract.revenue), 'CNY') };
  });
}

/** Sums CNY contract revenue by signing month (`YYYY-MM`) for the `months` months ending with `asOf`'s month. */
export function revenueByMonth(contracts: readonly Contract[], asOf: string, months: number): { month: string; revenue: Money }[] {
  const year = Number(asOf.slice(0, 4));
  const month = Number(asOf.slice(5, 7));
  const keys = Array.from({ length: months }, (_, index) => {
    const offset = month - 1 - (months - 1 - index);
    const shiftedYear = year + Math.floor(offset / 12);
    const shiftedMonth = ((offset % 12) + 12) % 12 + 1;
    return `${shiftedYear}-${String(shiftedMonth).padStart(2, '0')}`;
  });
  const inCny = contracts.filter((contract) => contract.revenue.currency === 'CNY');
  return keys.map((key) => ({ month: key, revenue: sumMoney(inCny.filter((contract) => contract.signedOn.startsWith(key)).map((contract) => contract.revenue), 'CNY') }));
}

export interface AwaitingQuote {
  readonly quote: QuoteRecord;
  /** Days since the current revision was sent, on `asOf`. */
  readonly daysWaiting: number;
}

/** Lists quotes whose current revision is sent and not yet accepted, rejected or expired, longest waiting first. */
export function quotesAwaitingAnswer(quotes: readonly QuoteRecord[], asOf: string): AwaitingQuote[] {
  const awaiting = quotes.flatMap((quote) => {
    const current = currentRevision(quote);
    if (current.status !== 'sent') return [];
    const sentAt = [...current.statusHistory].reverse().find((change) => change.status === 'sent')?.at ?? current.createdAt;
    return [{ quote, daysWaiting: Math.max(0, daysBetween(sentAt.slice(0, 10), asOf)) }];
  });
  return awaiting.sort((a, b) => b.daysWaiting - a.daysWaiting || a.quote.number.localeCompare(b.quote.number));
}
