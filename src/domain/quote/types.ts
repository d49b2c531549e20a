import type { BilingualText, CurrencyCode, Money } from '../money';

/** Unit of a quote quantity. Layout quantities come in m², m and counts. */
export type QuantityUnit = 'm2' | 'm' | 'piece' | 'set' | 'location' | 'lot';

export const QUANTITY_UNITS: readonly QuantityUnit[] = ['m2', 'm', 'piece', 'set', 'location', 'lot'];

/** Kind of quantity the bill of quantities (src/engine/boq) takes from a drawn layout. */
export type LayoutQuantityKind =
  | 'wall-panels'
  | 'ceiling-panels'
  | 'floor-finish'
  | 'coving-floor'
  | 'coving-ceiling'
  | 'doors'
  | 'hepa-terminals'
  | 'ffus'
  | 'return-grilles'
  | 'certification-sampling'
  | 'pass-boxes'
  | 'air-handling-units'
  | 'clean-floor-area';

/**
 * Input a layout quantity was taken from: the drawn plan, or the airflow design the checker derives
 * from it (`CheckResult.airside`: terminals, return grilles, sampling locations, AHU airflows).
 */
export type QuantityBasis = 'layout' | 'airflow-design';

/** Opening in a wall: doors come from the project, windows and other openings from the caller. */
export type OpeningKind = 'door' | 'window' | 'pass-box';

/** An opening whose area was deducted from the wall panel area. */
export interface OpeningDeduction {
  readonly openingId: string;
  readonly kind: OpeningKind;
  readonly widthMm: number;
  readonly heightMm: number;
  readonly areaM2: number;
}

/**
 * Record of how a layout quantity was derived, so the quote can show "from layout: wall panels,
 * 3 rooms, 5 walls, 2 openings deducted" and a reviewer can trace each figure.
 */
export interface QuantityOrigin {
  readonly kind: LayoutQuantityKind;
  /** Absent means `layout`, so origins stored before the field existed read as before. */
  readonly basis?: QuantityBasis;
  /** Rooms whose geometry or design values contributed, by room id. */
  readonly roomIds: readonly string[];
  /** Wall pieces counted (each shared partition once); 0 when walls do not apply. */
  readonly wallCount: number;
  readonly deductions: readonly OpeningDeduction[];
  /**
   * Rooms left out because an input was missing (no clear height, area unknown, no airflow count).
   * A quantity with incomplete rooms is a lower bound, and the quote must show that.
   */
  readonly incompleteRoomIds: readonly string[];
}

/** Source of a line's quantity. An override keeps the layout value and needs a reason. */
export type LineQuantitySource =
  | { readonly kind: 'manual' }
  | { readonly kind: 'layout'; readonly origin: QuantityOrigin }
  | { readonly kind: 'override'; readonly layoutValue: string; readonly origin: QuantityOrigin; readonly reason: string };

/** Quantity of a line as an exact decimal string (`"123.45"`) with its unit and source. */
export interface LineQuantity {
  readonly value: string;
  readonly unit: QuantityUnit;
  readonly source: LineQuantitySource;
}

export interface QuoteLine {
  /** Stable id across revisions; the revision diff matches lines by it. */
  readonly id: string;
  /** Catalog item code, or null for a free line that carries its own price. */
  readonly itemCode: string | null;
  readonly description: BilingualText;
  readonly quantity: LineQuantity;
  /** Tax-exclusive unit price. Null takes the price of `itemCode` from the price list in force. */
  readonly unitPrice: Money | null;
  /** Line discount in percent, as a decimal string from "0" to "100". */
  readonly discountPct: string;
  /** VAT category id from the rate table (`goods`, `construction`, `modern-services`). */
  readonly vatCategory: string;
  /** A line whose price is not known yet: listed on the quote, left out of every total, counted. */
  readonly toBeQuoted: boolean;
}

export interface QuoteSection {
  readonly id: string;
  readonly title: BilingualText;
  readonly lines: readonly QuoteLine[];
}

/** Discount on the whole quote, spread over the priced lines in proportion to their net amounts. */
export type QuoteDiscount =
  | { readonly kind: 'none' }
  | { readonly kind: 'percent'; readonly pct: string }
  | { readonly kind: 'amount'; readonly amount: Money };

/** Content of one quote revision: what is priced. Status and revision number live outside it. */
export interface QuoteContent {
  readonly currency: CurrencyCode;
  /** Date of the quote (`YYYY-MM-DD`); it selects the price list in force. */
  readonly quoteDate: string;
  /** Last day the offer is valid (`YYYY-MM-DD`). */
  readonly validUntil: string;
  readonly sections: readonly QuoteSection[];
  readonly discount: QuoteDiscount;
}
