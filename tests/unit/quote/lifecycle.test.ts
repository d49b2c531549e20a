import { describe, expect, it } from 'vitest';
import {
  changeRevisionStatus,
  createQuote,
  currentRevision,
  diffRevisions,
  priceQuote,
  reviseQuote,
  revisionLabel,
  type QuoteContent,
  type QuoteRecord,
} from '../../../src/domain/quote';
import { catalogLine, cny, OPTIONS, PRICE_LIST_2026, sampleContent } from './fixtures';

const IDENTITY = { id: 'q1', number: 'Q-2026-0012', projectId: 'p1' };

function sentQuote(): QuoteRecord {
  let record = createQuote(IDENTITY, sampleContent(), '2026-03-02T09:00:00Z');
  record = changeRevisionStatus(record, 1, 'approved', false, '2026-03-02T10:00:00Z');
  return changeRevisionStatus(record, 1, 'sent', false, '2026-03-02T11:00:00Z');
}

describe('quote status transitions', () => {
  it('walks draft to accepted', () => {
    let record = createQuote(IDENTITY, sampleContent(), '2026-03-02T09:00:00Z');
    record = changeRevisionStatus(record, 1, 'awaiting-approval', true, '2026-03-02T09:30:00Z');
    record = changeRevisionStatus(record, 1, 'approved', true, '2026-03-02T10:00:00Z');
    record = changeRevisionStatus(record, 1, 'sent', true, '2026-03-02T11:00:00Z');
    record = changeRevisionStatus(record, 1, 'accepted', true, '2026-03-09T15:00:00Z');
    expect(currentRevision(record).status).toBe('accepted');
    expect(currentRevision(record).statusHistory.map((change) => change.status)).toEqual(['draft', 'awaiting-approval', 'approved', 'sent', 'accepted']);
  });

  it('names the status and allowed next ones', () => {
    const record = sentQuote();
    expect(() => changeRevisionStatus(record, 1, 'draft', false, '2026-03-03T00:00:00Z')).toThrow(
      'Q-2026-0012 R1 cannot go from "sent" to "draft"; allowed next statuses: accepted, rejected, expired',
    );
  });

  it('stops a discount above threshold skipping approval', () => {
    const record = createQuote(IDENTITY, sampleContent(), '2026-03-02T09:00:00Z');
    expect(() => changeRevisionStatus(record, 1, 'approved', true, '2026-03-02T10:00:00Z')).toThrow(
      /cannot go from "draft" to "approved" because its discount is above the approval threshold; allowed next statuses: awaiting-approval/,
    );
  });

  it('treats accepted, rejected and expired as final', () => {
    const rejected = changeRevisionStatus(sentQuote(), 1, 'rejected', false, '2026-03-05T00:00:00Z');
    expect(() => changeRevisionStatus(rejected, 1, 'sent', false, '2026-03-06T00:00:00Z')).toThrow(/"rejected" is final; create a new revision/);
  });

  it('accepts only the current revision', () => {
    const revised = reviseQuote(sentQuote(), sampleContent(), '2026-03-04T09:00:00Z');
    expect(() => changeRevisionStatus(revised, 1, 'accepted', false, '2026-03-05T00:00:00Z')).toThrow(
      /Q-2026-0012 R1 cannot go from "sent" to "accepted" because a newer revision exists/,
    );
    const expired = changeRevisionStatus(revised, 1, 'expired', false, '2026-04-02T00:00:00Z');
    expect(expired.revisions[0]!.status).toBe('expired');
  });
});

describe('quote revisions', () => {
  it('numbers revisions R1, R2', () => {
    const revised = reviseQuote(sentQuote(), sampleContent(), '2026-03-04T09:00:00Z');
    expect(revised.revisions.map((revision) => revisionLabel(revised, revision.revision))).toEqual(['Q-2026-0012 R1', 'Q-2026-0012 R2']);
    expect(currentRevision(revised).status).toBe('draft');
  });

  it('freezes revision content', () => {
    const record = createQuote(IDENTITY, sampleContent(), '2026-03-02T09:00:00Z');
    const content = record.revisions[0]!.content as { quoteDate: string };
    const firstLine = record.revisions[0]!.content.sections[0]!.lines[0] as { discountPct: string };
    expect(() => {
      content.quoteDate = '2027-01-01';
    }).toThrow(TypeError);
    expect(() => {
      firstLine.discountPct = '50';
    }).toThrow(TypeError);
    expect(Object.isFrozen(record.revisions)).toBe(true);
  });

  it('copies content so later draft edits do not leak', () => {
    const draft = sampleContent() as { -readonly [K in keyof QuoteContent]: QuoteContent[K] };
    const record = createQuote(IDENTITY, draft, '2026-03-02T09:00:00Z');
    draft.validUntil = '2026-12-31';
    expect(record.revisions[0]!.content.validUntil).toBe('2026-04-01');
  });

  it('leaves earlier revisions unchanged', () => {
    const original = sentQuote();
    const before = structuredClone(original.revisions[0]);
    const changedContent: QuoteContent = { ...sampleContent(), discount: { kind: 'percent', pct: '5' } };
    const revised = reviseQuote(original, changedContent, '2026-03-04T09:00:00Z');
    expect(revised.revisions[0]).toEqual(before);
    expect(revised.revisions[0]).toBe(original.revisions[0]);
    expect(original.revisions).toHaveLength(1);
  });

  it('rejects revising an accepted quote', () => {
    const accepted = changeRevisionStatus(sentQuote(), 1, 'accepted', false, '2026-03-05T00:00:00Z');
    expect(() => reviseQuote(accepted, sampleContent(), '2026-03-06T00:00:00Z')).toThrow(/R1 was accepted, so the quote cannot be revised/);
  });
});

describe('diffRevisions', () => {
  it('lists added, removed and changed lines and totals change', () => {
    const older = sampleContent();
    const [envelope, finishes] = older.sections;
    const newerEnvelope = {
      ...envelope!,
      lines: [
        { ...envelope!.lines[0]!, discountPct: '8' },
        { ...envelope!.lines[1]!, quantity: { ...envelope!.lines[1]!.quantity, value: '52.10' } },
        catalogLine('L7', 'DOOR-S', '1', 'piece', '0', 'goods'),
      ],
    };
    const newerFinishes = { ...finishes!, lines: finishes!.lines.filter((line) => line.id !== 'L5') };
    const newer: QuoteContent = { ...older, sections: [newerEnvelope, newerFinishes] };

    const olderPriced = priceQuote(older, PRICE_LIST_2026, OPTIONS);
    const newerPriced = priceQuote(newer, PRICE_LIST_2026, OPTIONS);
    const diff = diffRevisions(olderPriced, newerPriced);

    expect(diff.added.map((line) => line.lineId)).toEqual(['L7']);
    expect(diff.removed.map((line) => line.lineId)).toEqual(['L3', 'L5']);
    expect(diff.changed.map((change) => change.lineId)).toEqual(['L1', 'L2']);
    expect(diff.changed[0]!.discountPct).toEqual({ from: '5', to: '8' });
    expect(diff.changed[0]!.quantity).toBeUndefined();
    expect(diff.changed[1]!.quantity).toEqual({ from: '48.60', to: '52.10' });
    expect(diff.totals.delta.net).toEqual(cny(newerPriced.totals.net.minor - olderPriced.totals.net.minor));
    expect(diff.totals.delta.gross.minor).not.toBe(0);
  });

  it('reports no change for equal decimals', () => {
    const older = sampleContent();
    const [envelope, finishes] = older.sections;
    const sameQuantity = { ...envelope!.lines[1]!, quantity: { ...envelope!.lines[1]!.quantity, value: '48.6' } };
    const newer: QuoteContent = { ...older, sections: [{ ...envelope!, lines: [envelope!.lines[0]!, sameQuantity, envelope!.lines[2]!] }, finishes!] };
    const diff = diffRevisions(priceQuote(older, PRICE_LIST_2026, OPTIONS), priceQuote(newer, PRICE_LIST_2026, OPTIONS));
    expect(diff.changed).toEqual([]);
    expect(diff.totals.delta.net).toEqual(cny(0));
  });
});
