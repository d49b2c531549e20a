/** Quotes: the model, price lists, VAT rates, the pricing engine, status life cycle, revisions and diffs. */
export type { LayoutQuantityKind, LineQuantity, LineQuantitySource, OpeningDeduction, OpeningKind, QuantityBasis, QuantityOrigin, QuantityUnit, QuoteContent, QuoteDiscount, QuoteLine, QuoteSection } from './types';
export { QUANTITY_UNITS } from './types';
export { daysBetween, isIsoDate, requireIsoDate } from './calendarDate';
export { applyCompanyVatRates, DEFAULT_VAT_RATES, findVatCategory, parseVatRateTable, VAT_RATES_FILE, VatRateDataError, type CompanyVatRate, type VatCategory, type VatRateTable } from './vatRates';
export { findPriceListItem, PriceListNotFoundError, selectPriceList, type PriceList, type PriceListItem } from './priceList';
export {
  overrideLineQuantity,
  priceQuote,
  QuotePricingError,
  type DiscountApproval,
  type MoneyTotals,
  type PriceDisplay,
  type PricedLine,
  type PricedQuote,
  type PricedSection,
  type PricingOptions,
  type QuoteTotals,
  type TaxByCategory,
  type UnpricedLine,
} from './pricing';
export { nextQuoteStatus, QUOTE_STATUSES, QUOTE_TRANSITIONS, QuoteStatusError, type QuoteStatus, type TransitionContext } from './status';
export { changeRevisionStatus, createQuote, currentRevision, reviseQuote, revisionLabel, type QuoteRecord, type QuoteRevision, type StatusChange } from './revisions';
export { diffRevisions, type Change, type LineChange, type RevisionDiff } from './diff';
export { describeQuantityOrigin, LAYOUT_QUANTITY_LABELS, OVERRIDDEN_LABEL, PRICE_DISPLAY_LABELS, QUANTITY_UNIT_LABELS, QUOTE_STATUS_LABELS, TO_BE_QUOTED_LABEL } from './labels';
