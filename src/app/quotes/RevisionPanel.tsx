import { useState } from 'react';
import { formatMoney } from '../../domain/money';
import {
  changeRevisionStatus,
  diffRevisions,
  QUOTE_STATUS_LABELS,
  QUOTE_TRANSITIONS,
  type PriceDisplay,
  type PricedQuote,
  type PriceList,
  type QuoteRecord,
  type QuoteStatus,
} from '../../domain/quote';
import type { User } from '../../domain/crm';
import type { Locale } from '../../i18n/locale';
import { useT } from '../i18n/index';
import { quotesText } from '../i18n/quotes';
import { priceContent } from './quoteData';

interface RevisionPanelProps {
  readonly record: QuoteRecord;
  readonly locale: Locale;
  readonly priceDisplay: PriceDisplay;
  readonly priceLists: readonly PriceList[];
  readonly currentUser: User | null;
  readonly onSave: (record: QuoteRecord) => Promise<void>;
}

function tryPrice(record: QuoteRecord, revision: number, priceDisplay: PriceDisplay, priceLists: readonly PriceList[]): PricedQuote | null {
  const found = record.revisions.find((candidate) => candidate.revision === revision);
  if (!found) return null;
  try {
    return priceContent(found.content, priceDisplay, priceLists);
  } catch {
    // A later price-list change can make a stored revision unpriceable. The diff then shows
    // nothing for it rather than a wrong figure.
    return null;
  }
}

/**
 * Lists the revisions with their status and the status changes the life cycle allows, and shows
 * the differences between two revisions. Approving needs a manager as current user.
 */
export function RevisionPanel({ record, locale, priceDisplay, priceLists, currentUser, onSave }: RevisionPanelProps) {
  const t = useT(quotesText);
  const [error, setError] = useState<string | null>(null);
  const count = record.revisions.length;
  const [fromRevision, setFromRevision] = useState(Math.max(1, count - 1));
  const [toRevision, setToRevision] = useState(count);
  const isManager = currentUser?.role === 'manager';

  async function changeStatus(revision: number, to: QuoteStatus) {
    setError(null);
    try {
      const priced = tryPrice(record, revision, priceDisplay, priceLists);
      const approvalRequired = priced?.discount.approvalRequired ?? true;
      await onSave(changeRevisionStatus(record, revision, to, approvalRequired, new Date().toISOString()));
    } catch (caught) {
      setError(t('statusFailed', { detail: caught instanceof Error ? caught.message : String(caught) }));
    }
  }

  const older = tryPrice(record, fromRevision, priceDisplay, priceLists);
  const newer = tryPrice(record, toRevision, priceDisplay, priceLists);
  const diff = older && newer && fromRevision !== toRevision ? diffRevisions(older, newer) : null;
  const describeLine = (lineId: string) => newer?.lines.find((line) => line.lineId === lineId)?.description[locale] ?? lineId;
  const options = record.revisions.map((revision) => (
    <option key={revision.revision} value={revision.revision}>
      R{revision.revision}
    </option>
  ));

  return (
    <section className="crm-panel" data-testid="quote-revisions">
      <h3>{t('statusHeading')}</h3>
      <ul>
        {record.revisions.map((revision) => (
          <li key={revision.revision} data-testid={`revision-R${revision.revision}`}>
            <strong>
              {record.number} R{revision.revision}
            </strong>{' '}
            · <span data-testid={`revision-status-R${revision.revision}`}>{QUOTE_STATUS_LABELS[revision.status][locale]}</span> · {revision.createdAt.slice(0, 10)}{' '}
            {QUOTE_TRANSITIONS[revision.status].map((to) => {
              const needsManager = to === 'approved' && revision.status === 'awaiting-approval' && !isManager;
              return (
                <button
                  key={to}
                  type="button"
                  disabled={needsManager}
                  title={needsManager ? t('approveManagerOnly') : undefined}
                  data-testid={`status-R${revision.revision}-${to}`}
                  onClick={() => void changeStatus(revision.revision, to)}
                >
                  {t('statusTo', { status: QUOTE_STATUS_LABELS[to][locale] })}
                </button>
              );
            })}
          </li>
        ))}
      </ul>
      {error ? (
        <p className="crm-error" role="alert" data-testid="quote-status-error">
          {error}
        </p>
      ) : null}

      {count > 1 ? (
        <div data-testid="quote-diff">
          <h3>{t('diffHeading')}</h3>
          <label>
            {t('diffFrom')}{' '}
            <select value={fromRevision} data-testid="diff-from" onChange={(event) => setFromRevision(Number(event.target.value))}>
              {options}
            </select>
          </label>{' '}
          <label>
            {t('diffTo')}{' '}
            <select value={toRevision} data-testid="diff-to" onChange={(event) => setToRevision(Number(event.target.value))}>
              {options}
            </select>
          </label>
          {diff ? (
            <>
              {diff.added.length + diff.removed.length + diff.changed.length === 0 ? <p>{t('diffNone')}</p> : null}
              <ul>
                {diff.added.map((line) => (
                  <li key={`added-${line.lineId}`} data-testid="diff-added">
                    {t('diffAdded')}: {line.description[locale]}
                  </li>
                ))}
                {diff.removed.map((line) => (
                  <li key={`removed-${line.lineId}`} data-testid="diff-removed">
                    {t('diffRemoved')}: {line.description[locale]}
                  </li>
                ))}
                {diff.changed.map((change) => (
                  <li key={`changed-${change.lineId}`} data-testid={`diff-changed-${change.lineId}`}>
                    {t('diffChanged')}: {describeLine(change.lineId)}
                    {change.quantity ? ` · ${t('diffQuantity', { from: change.quantity.from, to: change.quantity.to })}` : ''}
                    {change.unitPrice ? ` · ${t('diffUnitPrice', { from: formatMoney(change.unitPrice.from, locale), to: formatMoney(change.unitPrice.to, locale) })}` : ''}
                    {change.discountPct ? ` · ${t('diffDiscount', { from: change.discountPct.from, to: change.discountPct.to })}` : ''}
                  </li>
                ))}
              </ul>
              <p data-testid="diff-totals">
                {t('diffTotals', {
                  from: formatMoney(diff.totals.from.gross, locale),
                  to: formatMoney(diff.totals.to.gross, locale),
                  delta: formatMoney(diff.totals.delta.gross, locale),
                })}
              </p>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
