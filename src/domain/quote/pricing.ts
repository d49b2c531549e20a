import {
  allocateProportionally,
  compareFractions,
  formatFraction,
  fraction,
  isDecimal,
  multiplyMoney,
  parseDecimal,
  subtractMoney,
  sumMoney,
  zeroMoney,
  addMoney,
  type BilingualText,
  type CurrencyCode,
  type Fraction,
  type Money,
} from '../money';
import { findPriceListItem, type PriceList } from './priceList';
import type { LineQuantitySource, QuantityUnit, QuoteContent, QuoteLine, QuoteSection } from './types';
import { findVatCategory, type VatRateTable } from './vatRates';

/** Whether unit prices and line amounts are shown with VAT included (含税) or excluded (不含税). */
export type PriceDisplay = 'tax-exclusive' | 'tax-inclusive';

export interface PricingOptions {
  readonly vatRates: VatRateTable;
  readonly priceDisplay: PriceDisplay;
  /** Effective discount in percent above which a manager must approve the quote (`"10"`). */
  readonly approvalThresholdPct: string;
}

/** Net, VAT and gross amounts of a line, a section or the whole quote. */
export interface MoneyTotals {
  readonly net: Money;
  readonly tax: Money;
  readonly gross: Money;
}

export interface PricedLine extends MoneyTotals {
  readonly sectionId: string;
  readonly lineId: string;
  readonly itemCode: string | null;
  readonly description: BilingualText;
  readonly quantity: string;
  readonly unit: QuantityUnit;
  readonly quantitySource: LineQuantitySource;
  /** True when a user replaced the layout quantity (the reason is in `quantitySource`). */
  readonly overridden: boolean;
  /** Tax-exclusive unit price used. */
  readonly unitPrice: Money;
  readonly discountPct: string;
  /** Quantity × unit price before any discount. */
  readonly listAmount: Money;
  readonly lineDiscount: Money;
  /** This line's share of the quote discount. */
  readonly quoteDiscount: Money;
  readonly vatCategory: string;
  readonly vatRatePct: string;
  /** Unit price as `priceDisplay` shows it. A tax-inclusive unit price is rounded for display only. */
  readonly displayUnitPrice: Money;
  /** `net` or `gross`, as `priceDisplay` selects. */
  readonly displayAmount: Money;
}

/** A "to be quoted" line: listed on the quote, in no total. */
export interface UnpricedLine {
  readonly sectionId: string;
  readonly lineId: string;
  readonly itemCode: string | null;
  readonly description: BilingualText;
  readonly quantity: string;
  readonly unit: QuantityUnit;
}

export interface PricedSection {
  readonly sectionId: string;
  readonly title: BilingualText;
  readonly lines: readonly PricedLine[];
  readonly toBeQuotedLines: readonly UnpricedLine[];
  readonly subtotal: MoneyTotals;
}

export interface QuoteTotals extends MoneyTotals {
  /** Sum of the lines' list amounts, before line and quote discounts. */
  readonly list: Money;
  readonly lineDiscounts: Money;
  readonly quoteDiscount: Money;
}

export interface TaxByCategory {
  readonly vatCategory: string;
  readonly ratePct: string;
  readonly net: Money;
  readonly tax: Money;
}

export interface DiscountApproval {
  /** (list − net) / list in percent, two decimals; "0.00" for an empty quote. */
  readonly effectivePct: string;
  readonly thresholdPct: string;
  /** True when the exact effective discount is above the threshold; equal to it needs no approval. */
  readonly approvalRequired: boolean;
}

/** The priced quote. Screen, PDF and spreadsheet read every figure from here. */
export interface PricedQuote {
  readonly currency: CurrencyCode;
  readonly priceListId: string | null;
  readonly priceDisplay: PriceDisplay;
  readonly lines: readonly PricedLine[];
  readonly sections: readonly PricedSection[];
  readonly totals: QuoteTotals;
  readonly taxByCategory: readonly TaxByCategory[];
  /** Number of "to be quoted" lines, which are left out of every total. */
  readonly toBeQuoted: number;
  readonly discount: DiscountApproval;
}

/** Quote content that cannot be priced. The message names the section and line and the fix. */
export class QuotePricingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QuotePricingError';
  }
}

const HUNDRED = fraction(100n);

function percentFactor(pct: string, field: string): Fraction {
  if (!isDecimal(pct)) throw new QuotePricingError(`${field}: expected a percentage such as 5 or 12.5, found "${pct}"`);
  const value = parseDecimal(pct, field);
  if (compareFractions(value, fraction(0n)) < 0 || compareFractions(value, HUNDRED) > 0) {
    throw new QuotePricingError(`${field}: expected a percentage from 0 to 100, found "${pct}"`);
  }
  return fraction(value.numerator, value.denominator * 100n);
}

function oneMinus(factor: Fraction): Fraction {
  return fraction(factor.denominator - factor.numerator, factor.denominator);
}

function onePlus(factor: Fraction): Fraction {
  return fraction(factor.denominator + factor.numerator, factor.denominator);
}

interface LineContext {
  readonly section: QuoteSection;
  readonly line: QuoteLine;
  readonly field: string;
}

function resolveUnitPrice({ line, field }: LineContext, priceList: PriceList | null, currency: CurrencyCode): Money {
  let unitPrice = line.unitPrice;
  if (unitPrice === null) {
    if (line.itemCode === null) throw new QuotePricingError(`${field}: a free line needs a unit price; enter one or mark the line "to be quoted"`);
    if (priceList === null) throw new QuotePricingError(`${field}: item ${line.itemCode} has no unit price and no price list is selected; select a price list or enter a price`);
    const item = findPriceListItem(priceList, line.itemCode);
    if (!item) throw new QuotePricingError(`${field}: item ${line.itemCode} not found in price list ${priceList.id}; add it to the list, enter a price or mark the line "to be quoted"`);
    if (item.unit !== line.quantity.unit) {
      throw new QuotePricingError(`${field}: item ${line.itemCode} is priced per ${item.unit} in price list ${priceList.id} but the line quantity is in ${line.quantity.unit}; change the line's unit`);
    }
    unitPrice = item.unitPrice;
  }
  if (unitPrice.currency !== currency) {
    throw new QuotePricingError(`${field}: unit price is in ${unitPrice.currency} but the quote is in ${currency}; convert the price with a dated exchange rate`);
  }
  return unitPrice;
}

function checkQuantity({ line, field }: LineContext): Fraction {
  const { value, source } = line.quantity;
  if (!isDecimal(value)) throw new QuotePricingError(`${field}: quantity "${value}" is not a decimal number; write it like 123.45`);
  if (source.kind === 'override' && source.reason.trim() === '') {
    throw new QuotePricingError(`${field}: the layout quantity ${source.layoutValue} was overridden with ${value} but no reason is given; enter the reason`);
  }
  return parseDecimal(value, `${field} quantity`);
}

interface LineDraft {
  readonly context: LineContext;
  readonly quantity: Fraction;
  readonly unitPrice: Money;
  readonly listAmount: Money;
  readonly afterLineDiscount: Money;
}

function draftLine(context: LineContext, priceList: PriceList | null, currency: CurrencyCode): LineDraft {
  const quantity = checkQuantity(context);
  const unitPrice = resolveUnitPrice(context, priceList, currency);
  const discount = percentFactor(context.line.discountPct, `${context.field} discount`);
  const listAmount = multiplyMoney(unitPrice, quantity);
  const afterLineDiscount = multiplyMoney(unitPrice, quantity, oneMinus(discount));
  return { context, quantity, unitPrice, listAmount, afterLineDiscount };
}

function quoteDiscountTotal(content: QuoteContent, discountBase: Money): Money {
  const { discount } = content;
  if (discount.kind === 'none') return zeroMoney(content.currency);
  if (discount.kind === 'percent') return multiplyMoney(discountBase, percentFactor(discount.pct, 'quote discount'));

  if (discount.amount.currency !== content.currency) {
    throw new QuotePricingError(`quote discount: amount is in ${discount.amount.currency} but the quote is in ${content.currency}; enter it in ${content.currency}`);
  }
  if (discount.amount.minor < 0 || discount.amount.minor > discountBase.minor) {
    throw new QuotePricingError(`quote discount: ${discount.amount.minor} minor units is outside 0 to ${discountBase.minor}, the discounted lines' net total; enter a smaller discount`);
  }
  return discount.amount;
}

/**
 * Spreads the quote discount over lines with a positive amount (credit lines get none), by
 * largest remainder so the shares add up to the discount exactly.
 */
function allocateQuoteDiscount(drafts: readonly LineDraft[], content: QuoteContent): Money[] {
  const weights = drafts.map((draft) => (draft.afterLineDiscount.minor > 0 ? draft.afterLineDiscount : zeroMoney(content.currency)));
  const base = sumMoney(weights, content.currency);
  const total = quoteDiscountTotal(content, base);
  return allocateProportionally(total, weights);
}

function finishLine(draft: LineDraft, quoteDiscount: Money, options: PricingOptions): PricedLine {
  const { section, line, field } = draft.context;
  const category = findVatCategory(options.vatRates, line.vatCategory, field);
  const rate = percentFactor(category.ratePct, `VAT rate of ${category.id}`);

  const net = subtractMoney(draft.afterLineDiscount, quoteDiscount);
  const tax = multiplyMoney(net, rate);
  const gross = addMoney(net, tax);
  const inclusive = options.priceDisplay === 'tax-inclusive';

  return {
    sectionId: section.id,
    lineId: line.id,
    itemCode: line.itemCode,
    description: line.description,
    quantity: line.quantity.value,
    unit: line.quantity.unit,
    quantitySource: line.quantity.source,
    overridden: line.quantity.source.kind === 'override',
    unitPrice: draft.unitPrice,
    discountPct: line.discountPct,
    listAmount: draft.listAmount,
    lineDiscount: subtractMoney(draft.listAmount, draft.afterLineDiscount),
    quoteDiscount,
    vatCategory: category.id,
    vatRatePct: category.ratePct,
    net,
    tax,
    gross,
    displayUnitPrice: inclusive ? multiplyMoney(draft.unitPrice, onePlus(rate)) : draft.unitPrice,
    displayAmount: inclusive ? gross : net,
  };
}

function totalsOf(lines: readonly PricedLine[], currency: CurrencyCode): MoneyTotals {
  return {
    net: sumMoney(lines.map((line) => line.net), currency),
    tax: sumMoney(lines.map((line) => line.tax), currency),
    gross: sumMoney(lines.map((line) => line.gross), currency),
  };
}

function taxByCategory(lines: readonly PricedLine[], currency: CurrencyCode): TaxByCategory[] {
  const categories = [...new Set(lines.map((line) => line.vatCategory))];
  return categories.map((vatCategory) => {
    const inCategory = lines.filter((line) => line.vatCategory === vatCategory);
    const { net, tax } = totalsOf(inCategory, currency);
    return { vatCategory, ratePct: inCategory[0]!.vatRatePct, net, tax };
  });
}

function discountApproval(totals: QuoteTotals, thresholdPct: string): DiscountApproval {
  const threshold = percentFactor(thresholdPct, 'approval threshold');
  const discountGiven = BigInt(totals.list.minor) - BigInt(totals.net.minor);
  const effective = totals.list.minor > 0 ? fraction(discountGiven, BigInt(totals.list.minor)) : fraction(0n);
  return {
    effectivePct: formatFraction(fraction(effective.numerator * 100n, effective.denominator), 2),
    thresholdPct,
    approvalRequired: compareFractions(effective, threshold) > 0,
  };
}

function unpricedLine({ section, line }: LineContext): UnpricedLine {
  return { sectionId: section.id, lineId: line.id, itemCode: line.itemCode, description: line.description, quantity: line.quantity.value, unit: line.quantity.unit };
}

function lineContexts(content: QuoteContent): LineContext[] {
  return content.sections.flatMap((section, sectionIndex) =>
    section.lines.map((line, lineIndex) => ({ section, line, field: `section ${sectionIndex + 1} (${section.title.en}), line ${lineIndex + 1} (${line.id})` })),
  );
}

/**
 * Prices a quote revision. Each line is priced on its own and rounded once per figure: net =
 * quantity × unit price × (1 − line discount) minus its share of the quote discount, VAT = net ×
 * rate, gross = net + VAT. Section subtotals and quote totals are sums of those line figures, so
 * the totals always equal the sum of the lines shown. "To be quoted" lines are listed and counted
 * but left out of every total. `priceList` may be null when every line carries its own price.
 */
export function priceQuote(content: QuoteContent, priceList: PriceList | null, options: PricingOptions): PricedQuote {
  const { currency } = content;
  if (priceList !== null && priceList.currency !== currency) {
    throw new QuotePricingError(`Price list ${priceList.id} is in ${priceList.currency} but the quote is in ${currency}; select a list in ${currency}`);
  }

  const contexts = lineContexts(content);
  const drafts = contexts.filter((context) => !context.line.toBeQuoted).map((context) => draftLine(context, priceList, currency));
  const quoteDiscounts = allocateQuoteDiscount(drafts, content);
  const lines = drafts.map((draft, index) => finishLine(draft, quoteDiscounts[index]!, options));
  const unpriced = contexts.filter((context) => context.line.toBeQuoted).map(unpricedLine);

  const sections = content.sections.map((section) => {
    const sectionLines = lines.filter((line) => line.sectionId === section.id);
    const toBeQuotedLines = unpriced.filter((line) => line.sectionId === section.id);
    return { sectionId: section.id, title: section.title, lines: sectionLines, toBeQuotedLines, subtotal: totalsOf(sectionLines, currency) };
  });

  const totals: QuoteTotals = {
    ...totalsOf(lines, currency),
    list: sumMoney(lines.map((line) => line.listAmount), currency),
    lineDiscounts: sumMoney(lines.map((line) => line.lineDiscount), currency),
    quoteDiscount: sumMoney(quoteDiscounts, currency),
  };

  return {
    currency,
    priceListId: priceList?.id ?? null,
    priceDisplay: options.priceDisplay,
    lines,
    sections,
    totals,
    taxByCategory: taxByCategory(lines, currency),
    toBeQuoted: unpriced.length,
    discount: discountApproval(totals, options.approvalThresholdPct),
  };
}

/** Returns `line` with its layout quantity replaced by `value`; throws unless a reason is given. */
export function overrideLineQuantity(line: QuoteLine, value: string, reason: string): QuoteLine {
  const { source } = line.quantity;
  if (source.kind === 'manual') throw new QuotePricingError(`line ${line.id}: the quantity was entered by hand, so there is no layout quantity to override; edit it directly`);
  if (reason.trim() === '') throw new QuotePricingError(`line ${line.id}: overriding the layout quantity needs a reason; enter why the drawn quantity is not used`);
  if (!isDecimal(value)) throw new QuotePricingError(`line ${line.id}: quantity "${value}" is not a decimal number; write it like 123.45`);

  const layoutValue = source.kind === 'override' ? source.layoutValue : line.quantity.value;
  return { ...line, quantity: { ...line.quantity, value, source: { kind: 'override', layoutValue, origin: source.origin, reason: reason.trim() } } };
}
