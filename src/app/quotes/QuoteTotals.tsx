import { formatMoney, parseMoney, toChineseCapitalAmount } from '../../domain/money';
import { PRICE_DISPLAY_LABELS, type PriceDisplay, type PricedQuote, type QuoteContent, type QuoteDiscount } from '../../domain/quote';
import type { Locale } from '../../i18n/locale';
import { useT } from '../i18n/index';
import { quotesText } from '../i18n/quotes';
import { isPercentText } from './lineEdits';

interface DiscountProps {
  readonly content: QuoteContent;
  readonly onChange: (content: QuoteContent) => void;
  readonly onError: (message: string | null) => void;
}

/** Writes the discount for its input field; amounts assume two minor digits like the line prices. */
function discountText(discount: QuoteDiscount): string {
  if (discount.kind === 'percent') return discount.pct;
  if (discount.kind === 'amount') return (discount.amount.minor / 100).toFixed(2);
  return '';
}

/** Chooses the quote discount: none, a percentage or an amount in the quote's currency. */
export function QuoteDiscountEditor({ content, onChange, onError }: DiscountProps) {
  const t = useT(quotesText);
  const { discount } = content;

  function commit(kind: QuoteDiscount['kind'], text: string) {
    const trimmed = text.trim() === '' ? '0' : text.trim();
    if (kind === 'none') return onChange({ ...content, discount: { kind: 'none' } });
    if (kind === 'percent') {
      if (!isPercentText(trimmed)) return onError(t('invalidPercent', { value: trimmed }));
      onError(null);
      return onChange({ ...content, discount: { kind: 'percent', pct: trimmed } });
    }
    try {
      onChange({ ...content, discount: { kind: 'amount', amount: parseMoney(trimmed, content.currency, t('discountAmount')) } });
      onError(null);
    } catch (caught) {
      onError(t('invalidPrice', { value: trimmed, detail: caught instanceof Error ? caught.message : String(caught) }));
    }
  }

  return (
    <fieldset className="quote-discount">
      <legend>{t('discountHeading')}</legend>
      <select value={discount.kind} data-testid="quote-discount-kind" onChange={(event) => commit(event.target.value as QuoteDiscount['kind'], '0')}>
        <option value="none">{t('discountNone')}</option>
        <option value="percent">{t('discountPercent')}</option>
        <option value="amount">{t('discountAmount')}</option>
      </select>
      {discount.kind === 'none' ? null : (
        <input key={`${discount.kind}-${discountText(discount)}`} defaultValue={discountText(discount)} size={10} data-testid="quote-discount-value" onBlur={(event) => commit(discount.kind, event.target.value)} />
      )}
    </fieldset>
  );
}

interface TotalsProps {
  readonly priced: PricedQuote;
  readonly locale: Locale;
  readonly priceDisplay: PriceDisplay;
  readonly onPriceDisplay: (display: PriceDisplay) => void;
}

/** Shows the totals of the priced working copy, the same figures the PDF and the spreadsheet print. */
export function QuoteTotals({ priced, locale, priceDisplay, onPriceDisplay }: TotalsProps) {
  const t = useT(quotesText);
  const { totals, discount } = priced;
  const discounts = { ...totals.list, minor: totals.lineDiscounts.minor + totals.quoteDiscount.minor };

  return (
    <section className="crm-panel quote-totals" data-testid="quote-totals">
      <h3>{t('totalsHeading')}</h3>
      <label>
        {t('priceDisplay')}{' '}
        <select value={priceDisplay} data-testid="quote-price-display" onChange={(event) => onPriceDisplay(event.target.value as PriceDisplay)}>
          {(['tax-exclusive', 'tax-inclusive'] as const).map((display) => (
            <option key={display} value={display}>
              {PRICE_DISPLAY_LABELS[display][locale]}
            </option>
          ))}
        </select>
      </label>
      <dl>
        <dt>{t('totalList')}</dt>
        <dd>{formatMoney(totals.list, locale)}</dd>
        <dt>{t('totalDiscounts')}</dt>
        <dd>{formatMoney(discounts, locale)}</dd>
        <dt>{t('totalNet')}</dt>
        <dd data-testid="quote-total-net">{formatMoney(totals.net, locale)}</dd>
        <dt>{t('totalTax')}</dt>
        <dd>{formatMoney(totals.tax, locale)}</dd>
        <dt>{t('totalGross')}</dt>
        <dd data-testid="quote-total-gross">
          <strong>{formatMoney(totals.gross, locale)}</strong>
        </dd>
        {totals.gross.currency === 'CNY' ? (
          <>
            <dt>{t('totalCapital')}</dt>
            <dd data-testid="quote-total-capital">{toChineseCapitalAmount(totals.gross)}</dd>
          </>
        ) : null}
      </dl>
      <p className="crm-muted">{t('effectiveDiscount', { pct: discount.effectivePct, threshold: discount.thresholdPct })}</p>
      {discount.approvalRequired ? (
        <p className="crm-error" data-testid="quote-approval-required">
          {t('approvalRequired')}
        </p>
      ) : null}
      {priced.toBeQuoted > 0 ? <p className="crm-muted">{t('toBeQuotedCount', { count: priced.toBeQuoted })}</p> : null}
    </section>
  );
}
