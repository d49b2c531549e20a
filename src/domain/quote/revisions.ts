import { nextQuoteStatus, type QuoteStatus } from './status';
import type { QuoteContent } from './types';

export interface StatusChange {
  readonly status: QuoteStatus;
  /** ISO 8601 timestamp of the change. */
  readonly at: string;
}

/**
 * One revision of a quote: a frozen snapshot of its content plus its status. The content never
 * changes after creation; a status change yields a new revision object with the same content.
 */
export interface QuoteRevision {
  /** 1 for R1, 2 for R2, … */
  readonly revision: number;
  readonly createdAt: string;
  readonly content: QuoteContent;
  readonly status: QuoteStatus;
  readonly statusHistory: readonly StatusChange[];
}

/** A quote with all its revisions, oldest first; the last one is the current revision. */
export interface QuoteRecord {
  readonly id: string;
  /** Quote number as printed, e.g. `Q-2026-0012`. */
  readonly number: string;
  /** CRM project the quote belongs to. */
  readonly projectId: string;
  readonly revisions: readonly QuoteRevision[];
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Copies and freezes content, so later edits of the caller's draft cannot reach the snapshot. */
function snapshot(content: QuoteContent): QuoteContent {
  return deepFreeze(structuredClone(content));
}

export function revisionLabel(record: QuoteRecord, revision: number): string {
  return `${record.number} R${revision}`;
}

export function currentRevision(record: QuoteRecord): QuoteRevision {
  return record.revisions[record.revisions.length - 1]!;
}

function findRevision(record: QuoteRecord, revision: number): QuoteRevision {
  const found = record.revisions.find((candidate) => candidate.revision === revision);
  if (!found) {
    const known = record.revisions.map((candidate) => `R${candidate.revision}`).join(', ');
    throw new RangeError(`${revisionLabel(record, revision)} not found; the quote has ${known}`);
  }
  return found;
}

function newRevision(revision: number, content: QuoteContent, at: string): QuoteRevision {
  return deepFreeze({ revision, createdAt: at, content: snapshot(content), status: 'draft', statusHistory: [{ status: 'draft', at }] });
}

/** Creates a quote whose first revision, R1, is a draft of `content`. */
export function createQuote(identity: { id: string; number: string; projectId: string }, content: QuoteContent, at: string): QuoteRecord {
  return deepFreeze({ ...identity, revisions: [newRevision(1, content, at)] });
}

/**
 * Adds the next revision (R2, R3, …) as a draft of `content`. Earlier revisions stay as they
 * were. An accepted quote is not revised, because its accepted revision is the agreed offer.
 */
export function reviseQuote(record: QuoteRecord, content: QuoteContent, at: string): QuoteRecord {
  const current = currentRevision(record);
  if (current.status === 'accepted') {
    throw new RangeError(`${revisionLabel(record, current.revision)} was accepted, so the quote cannot be revised; start a new quote for changes`);
  }
  const revisions = [...record.revisions, newRevision(current.revision + 1, content, at)];
  return deepFreeze({ ...record, revisions });
}

/**
 * Moves one revision to status `to` and returns the updated record. The life cycle in status.ts
 * decides what is allowed. `approvalRequired` comes from pricing the revision's content.
 */
export function changeRevisionStatus(record: QuoteRecord, revision: number, to: QuoteStatus, approvalRequired: boolean, at: string): QuoteRecord {
  const target = findRevision(record, revision);
  const isCurrentRevision = target === currentRevision(record);
  const status = nextQuoteStatus(revisionLabel(record, revision), target.status, to, { approvalRequired, isCurrentRevision });

  const updated: QuoteRevision = { ...target, status, statusHistory: [...target.statusHistory, { status, at }] };
  const revisions = record.revisions.map((candidate) => (candidate === target ? updated : candidate));
  return deepFreeze({ ...record, revisions });
}
