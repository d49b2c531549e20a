import { useState } from 'react';
import { formatMoney, parseMoney, type Money } from '../../domain/money';
import {
  DEFAULT_VAT_RATES,
  describeQuantityOrigin,
  overrideLineQuantity,
  QUANTITY_UNIT_LABELS,
  type PricedQuote,
  type QuoteContent,
  type QuoteLine,
} from '../../domain/quote';
import type { Locale } from '../../i18n/locale';
import { quotesText } from '../i18n/quotes';
import { useT } from '../i18n/index';
import { isPercentText, isQuantityText, updateLine } from './lineEdits';

interface LinesTableProps {
  readonly content: QuoteContent;
  readonly priced: PricedQuote | null;
  readonly locale: Locale;
  readonly onChange: (content: QuoteContent) => void;
}

type QuotesT = ReturnType<typeof useT<keyof (typeof quotesText)['en']>>;

/**
 * Writes a price for the input field without grouping, e.g. `3800.00`.
 * NOTE: assumes two minor digits, which holds for CNY, the only currency quotes are generated in.
 */
function formatPrice(amount: Money | null): string {
  if (amount === null) return '';
  const magnitude = Math.abs(amount.minor);
  return `${amount.minor < 0 ? '-' : ''}${Math.floor(magnitude / 100)}.${String(magnitude % 100).padStart(2, '0')}`;
}

/** Shows where a line's quantity came from and, for an override, the layout value and the reason. */
function QuantityOrigin({ line, locale, t }: { readonly line: QuoteLine; readonly locale: Locale; readonly t: QuotesT }) {
  const source = line.quantity.source;
  if (source.kind === 'manual') return <small className="crm-muted">{t('manualQuantity')}</small>;
  return (
    <small className="crm-muted" data-testid={`line-origin-${line.id}`}>
      {describeQuantityOrigin(source.origin, locale)}
      {source.kind === 'override' ? (
        <strong data-testid={`line-overridden-${line.id}`}> · {t('overriddenMark', { layoutValue: source.layoutValue, reason: source.reason })}</strong>
      ) : null}
    </small>
  );
}

/** Renders the quantity cell: typed directly for manual lines, replaced through an override with a reason for layout lines. */
function QuantityCell({ line, onLine, t }: { readonly line: QuoteLine; readonly onLine: (line: QuoteLine) => void; readonly t: QuotesT }) {
  const [overriding, setOverriding] = useState(false);
  const [value, setValue] = useState(line.quantity.value);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  if (line.quantity.source.kind === 'manual') {
    return (
      <input
        key={line.quantity.value}
        defaultValue={line.quantity.value}
        size={7}
        data-testid={`line-quantity-${line.id}`}
        aria-label={t('columnQuantity')}
        onBlur={(event) => {
          const text = event.target.value.trim();
          if (!isQuantityText(text)) return setError(t('invalidQuantity', { value: text }));
          setError(null);
          if (text !== line.quantity.value) onLine({ ...line, quantity: { ...line.quantity, value: text } });
        }}
      />
    );
  }
  if (!overriding) {
    return (
      <span>
        <span data-testid={`line-quantity-${line.id}`}>{line.quantity.value}</span>{' '}
        <button type="button" className="crm-link" data-testid={`line-override-${line.id}`} onClick={() => setOverriding(true)}>
          {t('overrideOpen')}
        </button>
        {error ? <span className="crm-error">{error}</span> : null}
      </span>
    );
  }

  function apply() {
    const text = value.trim();
    if (!isQuantityText(text)) return setError(t('invalidQuantity', { value: text }));
    try {
      onLine(overrideLineQuantity(line, text, reason));
      setOverriding(false);
      setError(null);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  }

  return (
    <span className="quote-override">
      <input value={value} size={7} aria-label={t('overrideQuantity')} data-testid="override-quantity" onChange={(event) => setValue(event.target.value)} />
      <input value={reason} placeholder={t('overrideReason')} aria-label={t('overrideReason')} data-testid="override-reason" onChange={(event) => setReason(event.target.value)} />
      <button type="button" data-testid="override-apply" disabled={reason.trim() === ''} onClick={apply}>
        {t('overrideApply')}
      </button>
      <button type="button" onClick={() => setOverriding(false)}>
        {t('overrideCancel')}
      </button>
      {error ? <span className="crm-error" role="alert">{error}</span> : null}
    </span>
  );
}

function LineRow({ line, content, priced, locale, onLine, t }: { readonly line: QuoteLine; readonly content: QuoteContent; readonly priced: PricedQuote | null; readonly locale: Locale; readonly onLine: (line: QuoteLine) => void; readonly t: QuotesT }) {
  const [error, setError] = useState<string | null>(null);
  const pricedLine = priced?.lines.find((candidate) => candidate.lineId === line.id);

  function commitPrice(text: string) {
    const trimmed = text.trim();
    if (trimmed === '') return onLine({ ...line, unitPrice: null });
    try {
      const unitPrice = parseMoney(trimmed, content.currency, t('columnUnitPrice'));
      setError(null);
      onLine({ ...line, unitPrice });
    } catch (caught) {
      setError(t('invalidPrice', { value: trimmed, detail: caught instanceof Error ? caught.message : String(caught) }));
    }
  }

  function commitDiscount(text: string) {
    const trimmed = text.trim() === '' ? '0' : text.trim();
    if (!isPercentText(trimmed)) return setError(t('invalidPercent', { value: trimmed }));
    setError(null);
    if (trimmed !== line.discountPct) onLine({ ...line, discountPct: trimmed });
  }

  return (
    <tr data-testid={`quote-line-${line.id}`} className={line.quantity.source.kind === 'override' ? 'quote-line-overridden' : undefined}>
      <td>
        {line.description[locale]}
        <br />
        <QuantityOrigin line={line} locale={locale} t={t} />
        {error ? (
          <span className="crm-error" role="alert">
            <br />
            {error}
          </span>
        ) : null}
      </td>
      <td>
        <QuantityCell line={line} onLine={onLine} t={t} />
      </td>
      <td>{QUANTITY_UNIT_LABELS[line.quantity.unit][locale]}</td>
      <td>
        <input
          key={formatPrice(line.unitPrice)}
          defaultValue={formatPrice(line.unitPrice)}
          placeholder={pricedLine ? `${formatPrice(pricedLine.unitPrice)} (${t('priceListPrice')})` : t('priceListPrice')}
          size={12}
          aria-label={t('columnUnitPrice')}
          data-testid={`line-price-${line.id}`}
          onBlur={(event) => commitPrice(event.target.value)}
        />
      </td>
      <td>
        <input key={line.discountPct} defaultValue={line.discountPct} size={4} aria-label={t('columnDiscount')} data-testid={`line-discount-${line.id}`} onBlur={(event) => commitDiscount(event.target.value)} />
      </td>
      <td>
        <select value={line.vatCategory} aria-label={t('columnVat')} onChange={(event) => onLine({ ...line, vatCategory: event.target.value })}>
          {DEFAULT_VAT_RATES.categories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.ratePct}% {category.label[locale]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input type="checkbox" checked={line.toBeQuoted} aria-label={t('columnToBeQuoted')} data-testid={`line-tbq-${line.id}`} onChange={(event) => onLine({ ...line, toBeQuoted: event.target.checked })} />
      </td>
      <td className="quote-amount" data-testid={`line-amount-${line.id}`}>
        {pricedLine ? formatMoney(pricedLine.displayAmount, locale) : line.toBeQuoted ? t('columnToBeQuoted') : '–'}
      </td>
    </tr>
  );
}

/** Renders the editable lines of the working copy, grouped by section with each section's subtotal. */
export function QuoteLinesTable({ content, priced, locale, onChange }: LinesTableProps) {
  const t = useT(quotesText);
  const onLine = (line: QuoteLine) => onChange(updateLine(content, line.id, () => line));
  const inclusive = priced?.priceDisplay === 'tax-inclusive';

  return (
    <table className="quote-lines" data-testid="quote-lines">
      <thead>
        <tr>
          <th>{t('columnItem')}</th>
          <th>{t('columnQuantity')}</th>
          <th>{t('columnUnit')}</th>
          <th>{t('columnUnitPrice')}</th>
          <th>{t('columnDiscount')}</th>
          <th>{t('columnVat')}</th>
          <th>{t('columnToBeQuoted')}</th>
          <th>{t('columnAmount')}</th>
        </tr>
      </thead>
      {content.sections.map((section) => {
        const subtotal = priced?.sections.find((candidate) => candidate.sectionId === section.id)?.subtotal;
        const subtotalAmount = inclusive ? subtotal?.gross : subtotal?.net;
        return (
          <tbody key={section.id}>
            <tr className="quote-section">
              <th colSpan={7}>{section.title[locale]}</th>
              <th className="quote-amount" data-testid={`section-subtotal-${section.id}`}>
                {subtotalAmount ? formatMoney(subtotalAmount, locale) : '–'}
              </th>
            </tr>
            {section.lines.map((line) => (
              <LineRow key={line.id} line={line} content={content} priced={priced} locale={locale} onLine={onLine} t={t} />
            ))}
          </tbody>
        );
      })}
    </table>
  );
}
