import { useMemo, useState } from 'react';
import type { User } from '../../domain/crm';
import { currentRevision, QUOTE_STATUS_LABELS, reviseQuote, type PriceDisplay, type PricedQuote, type PriceList, type QuoteContent, type QuoteLine, type QuoteRecord } from '../../domain/quote';
import type { Locale } from '../../i18n/locale';
import { useT } from '../i18n/index';
import { quotesText } from '../i18n/quotes';
import { ExportPanel } from './ExportPanel';
import { contentFromDrawing, priceContent, type CheckedDrawing, type WorkspaceData } from './quoteData';
import { QuoteLinesTable } from './QuoteLinesTable';
import { QuoteDiscountEditor, QuoteTotals } from './QuoteTotals';
import { RevisionPanel } from './RevisionPanel';

interface QuoteEditorProps {
  readonly data: WorkspaceData;
  readonly drawing: CheckedDrawing | null;
  readonly record: QuoteRecord;
  readonly currentUser: User | null;
  readonly locale: Locale;
  readonly onSave: (record: QuoteRecord) => Promise<void>;
}

type Pricing = { readonly ok: true; readonly priced: PricedQuote } | { readonly ok: false; readonly detail: string };

function tryPrice(content: QuoteContent, priceDisplay: PriceDisplay, priceLists: readonly PriceList[]): Pricing {
  try {
    return { ok: true, priced: priceContent(content, priceDisplay, priceLists) };
  } catch (caught) {
    return { ok: false, detail: caught instanceof Error ? caught.message : String(caught) };
  }
}

/**
 * Carries the user's pricing choices (unit price, discount, VAT category, to be quoted) from the
 * working copy over to lines of freshly generated content with the same id. Overrides are not
 * carried, because the new layout quantity replaces the one that was overridden.
 */
function keepLineChoices(fresh: QuoteContent, previous: QuoteContent): QuoteContent {
  const previousLines = new Map(previous.sections.flatMap((section) => section.lines).map((line) => [line.id, line]));
  const carry = (line: QuoteLine): QuoteLine => {
    const before = previousLines.get(line.id);
    if (!before) return line;
    const manualQuantity = line.quantity.source.kind === 'manual' ? before.quantity : line.quantity;
    return { ...line, quantity: manualQuantity, unitPrice: before.unitPrice, discountPct: before.discountPct, vatCategory: before.vatCategory, toBeQuoted: before.toBeQuoted };
  };
  return { ...fresh, quoteDate: previous.quoteDate, validUntil: previous.validUntil, discount: previous.discount, sections: fresh.sections.map((section) => ({ ...section, lines: section.lines.map(carry) })) };
}

/**
 * Edits the working copy of a quote (lines, discount, totals) on top of the current revision. The
 * copy is stored only as a new revision, because stored revisions never change.
 */
export function QuoteEditor({ data, drawing, record, currentUser, locale, onSave }: QuoteEditorProps) {
  const t = useT(quotesText);
  const current = currentRevision(record);
  const [draft, setDraft] = useState<QuoteContent>(current.content);
  const [priceDisplay, setPriceDisplay] = useState<PriceDisplay>('tax-exclusive');
  const [message, setMessage] = useState<string | null>(null);
  const [inputError, setInputError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  // Records reloaded from IndexedDB are copies, so compare content by value, not by reference.
  const dirty = useMemo(() => JSON.stringify(draft) !== JSON.stringify(current.content), [draft, current.content]);
  const pricing = useMemo(() => tryPrice(draft, priceDisplay, data.priceLists), [draft, priceDisplay, data.priceLists]);
  const stored = useMemo(() => tryPrice(current.content, priceDisplay, data.priceLists), [current.content, priceDisplay, data.priceLists]);
  const exportRequest = drawing && stored.ok ? { data, drawing, record, revision: current, priced: stored.priced } : null;

  async function revise() {
    setSaving(true);
    try {
      const revised = reviseQuote(record, draft, new Date().toISOString());
      await onSave(revised);
      setMessage(t('reviseDone', { revision: `R${currentRevision(revised).revision}` }));
    } catch (caught) {
      setMessage(t('saveFailed', { detail: caught instanceof Error ? caught.message : String(caught) }));
    } finally {
      setSaving(false);
    }
  }

  function regenerate() {
    if (!drawing) return;
    setDraft(keepLineChoices(contentFromDrawing(drawing, draft.quoteDate), draft));
    setMessage(t('regenerateDone'));
  }

  return (
    <div data-testid="quote-editor" data-quote-number={record.number}>
      <h3 data-testid="quote-heading">{t('revisionHeading', { number: record.number, revision: `R${current.revision}`, status: QUOTE_STATUS_LABELS[current.status][locale] })}</h3>
      <p className="crm-muted">{t('workingCopy', { revision: `R${current.revision}` })}</p>
      <div className="crm-actions">
        <button type="button" disabled={!drawing} data-testid="quote-regenerate" onClick={regenerate}>
          {t('regenerate')}
        </button>
        <button type="button" className="primary" disabled={!dirty || saving || !pricing.ok} data-testid="quote-revise" onClick={() => void revise()}>
          {t('revise', { next: `R${current.revision + 1}` })}
        </button>
        {dirty ? <span className="crm-muted" data-testid="quote-unsaved">{t('unsaved')}</span> : null}
      </div>
      {message ? <p className="crm-muted" data-testid="quote-message">{message}</p> : null}
      {pricing.ok ? null : (
        <p className="crm-error" role="alert" data-testid="quote-pricing-error">
          {t('pricingFailed', { detail: pricing.detail })}
        </p>
      )}
      {inputError ? (
        <p className="crm-error" role="alert">
          {inputError}
        </p>
      ) : null}

      <QuoteLinesTable content={draft} priced={pricing.ok ? pricing.priced : null} locale={locale} onChange={setDraft} />
      <QuoteDiscountEditor content={draft} onChange={setDraft} onError={setInputError} />
      {pricing.ok ? <QuoteTotals priced={pricing.priced} locale={locale} priceDisplay={priceDisplay} onPriceDisplay={setPriceDisplay} /> : null}
      <RevisionPanel key={`${record.id}-${record.revisions.length}`} record={record} locale={locale} priceDisplay={priceDisplay} priceLists={data.priceLists} currentUser={currentUser} onSave={onSave} />
      <ExportPanel request={exportRequest} dirty={dirty} />
    </div>
  );
}
