import { describe, expect, it } from 'vitest';
import { quotesAwaitingAnswer, revenueByIndustry, revenueByMonth, winRate } from '../../../src/app/crm/dashboardData';
import { CRM_SAMPLE } from '../../../src/app/crm/sample';
import type { Contract, CrmProject } from '../../../src/domain/crm';
import { money } from '../../../src/domain/money';
import type { QuoteRecord } from '../../../src/domain/quote';

const yuan = (amount: number) => money(amount * 100, 'CNY');

function contract(id: string, companyId: string, signedOn: string, revenue: number): Contract {
  return { id, companyId, projectId: `project-${id}`, signedOn, revenue: yuan(revenue), cost: yuan(0) };
}

describe('winRate', () => {
  it('counts contract stages as won and lost reasons as lost', () => {
    // The sample has three projects at contract or later and one lost project.
    expect(winRate(CRM_SAMPLE.projects)).toEqual({ won: 3, lost: 1, pct: 75 });
  });

  it('returns no rate while nothing is decided', () => {
    const open = CRM_SAMPLE.projects.filter((project): project is CrmProject => project.stage === 'lead');
    expect(winRate(open)).toEqual({ won: 0, lost: 0, pct: null });
  });
});

describe('revenueByIndustry', () => {
  it('sums the sample contracts by customer industry', () => {
    const rows = revenueByIndustry(CRM_SAMPLE.contracts, CRM_SAMPLE.companies);
    const byIndustry = Object.fromEntries(rows.map((row) => [row.industry, row.revenue.minor]));
    expect(byIndustry).toEqual({ pharma: 560_000_000, food: 0, electronics: 235_000_000, hospital: 0, lab: 105_000_000, other: 0 });
  });
});

describe('revenueByMonth', () => {
  it('buckets contracts by month across a year boundary', () => {
    const contracts = [contract('a', 'c1', '2025-12-31', 100), contract('b', 'c1', '2026-01-01', 200), contract('c', 'c2', '2026-01-15', 50), contract('d', 'c2', '2025-10-01', 999)];
    const rows = revenueByMonth(contracts, '2026-01-20', 3);
    expect(rows.map((row) => row.month)).toEqual(['2025-11', '2025-12', '2026-01']);
    expect(rows.map((row) => row.revenue.minor)).toEqual([0, 10_000, 25_000]);
  });
});

describe('quotesAwaitingAnswer', () => {
  function quote(id: string, status: 'sent' | 'accepted', sentAt: string): QuoteRecord {
    const revision = { revision: 1, createdAt: '2026-01-01T08:00:00Z', content: {} as QuoteRecord['revisions'][number]['content'], status, statusHistory: [{ status: 'sent' as const, at: sentAt }] };
    return { id, number: `Q-2026-${id}`, projectId: 'p', revisions: [revision] };
  }

  it('counts both sample quotes as awaiting', () => {
    const rows = quotesAwaitingAnswer(CRM_SAMPLE.quotes, '2026-12-04');
    expect(rows.map((row) => [row.quote.number, row.daysWaiting])).toEqual([
      ['Q-2026-0001', 32],
      ['Q-2026-0002', 14],
    ]);
  });

  it('lists sent quotes, longest waiting first', () => {
    const rows = quotesAwaitingAnswer([quote('0001', 'sent', '2026-03-01T09:00:00Z'), quote('0002', 'accepted', '2026-01-01T09:00:00Z'), quote('0003', 'sent', '2026-02-01T09:00:00Z')], '2026-03-11');
    expect(rows.map((row) => [row.quote.id, row.daysWaiting])).toEqual([
      ['0003', 38],
      ['0001', 10],
    ]);
  });
});
