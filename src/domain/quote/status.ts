/** Life cycle of a quote revision. */
export type QuoteStatus = 'draft' | 'awaiting-approval' | 'approved' | 'sent' | 'accepted' | 'rejected' | 'expired';

export const QUOTE_STATUSES: readonly QuoteStatus[] = ['draft', 'awaiting-approval', 'approved', 'sent', 'accepted', 'rejected', 'expired'];

/**
 * Allowed next statuses. A draft goes to approval, or straight to approved when its discount is
 * within the threshold. A manager approves or returns it to draft. An approved quote is sent or
 * reopened as a draft. A sent quote ends accepted, rejected or expired. The three end states
 * allow nothing, so changing a quote after the customer's decision needs a new revision.
 */
export const QUOTE_TRANSITIONS: Readonly<Record<QuoteStatus, readonly QuoteStatus[]>> = {
  draft: ['awaiting-approval', 'approved'],
  'awaiting-approval': ['approved', 'draft'],
  approved: ['sent', 'draft'],
  sent: ['accepted', 'rejected', 'expired'],
  accepted: [],
  rejected: [],
  expired: [],
};

/** A status change that the life cycle does not allow. The message lists the allowed next statuses. */
export class QuoteStatusError extends Error {
  readonly from: QuoteStatus;
  readonly to: QuoteStatus;
  readonly allowed: readonly QuoteStatus[];

  constructor(quoteLabel: string, from: QuoteStatus, to: QuoteStatus, allowed: readonly QuoteStatus[], reason?: string) {
    const next = allowed.length > 0 ? `allowed next statuses: ${allowed.join(', ')}` : `"${from}" is final; create a new revision to change the quote`;
    super(`${quoteLabel} cannot go from "${from}" to "${to}"${reason ? ` because ${reason}` : ''}; ${next}`);
    this.name = 'QuoteStatusError';
    this.from = from;
    this.to = to;
    this.allowed = allowed;
  }
}

/** Facts about the revision that some transitions depend on. */
export interface TransitionContext {
  /** True when the priced quote's effective discount is above the approval threshold. */
  readonly approvalRequired: boolean;
  /** True when the revision is the newest one of its quote. */
  readonly isCurrentRevision: boolean;
}

/**
 * Checks a status change and returns the new status. Besides the table above, a draft whose
 * discount needs approval cannot skip to approved, and only the current revision can be accepted.
 */
export function nextQuoteStatus(quoteLabel: string, from: QuoteStatus, to: QuoteStatus, context: TransitionContext): QuoteStatus {
  const allowed = QUOTE_TRANSITIONS[from];
  if (!allowed.includes(to)) throw new QuoteStatusError(quoteLabel, from, to, allowed);

  if (from === 'draft' && to === 'approved' && context.approvalRequired) {
    throw new QuoteStatusError(quoteLabel, from, to, ['awaiting-approval'], 'its discount is above the approval threshold');
  }
  if (to === 'accepted' && !context.isCurrentRevision) {
    throw new QuoteStatusError(quoteLabel, from, to, ['rejected', 'expired'], 'a newer revision exists and only the current revision can be accepted');
  }
  return to;
}
