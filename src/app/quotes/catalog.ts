import * as z from 'zod/mini';
import '../../domain/zodLocale';
import { isCurrencyCode, isDecimal, parseMoney, type BilingualText, type CurrencyCode } from '../../domain/money';
import { isIsoDate, QUANTITY_UNITS, type PriceList, type QuantityUnit } from '../../domain/quote';
import catalogJson from './data/defaultCatalog.json';

/*
 * The product catalog a quote is generated from: sections, items with the layout quantity that
 * feeds each, dated price lists and the defaults of a new quote (validity, approval threshold,
 * payment milestones, terms). The shipped file, data/defaultCatalog.json, contains illustrative
 * prices only. A company edits that file or passes its own catalog to `quoteFromLayout`.
 */

export const DEFAULT_CATALOG_FILE = 'src/app/quotes/data/defaultCatalog.json';

/**
 * Layout quantity an item is priced against. `doors` needs the item's `doorType`,
 * `air-handling-units` its `ahuMaxM3h` band, and `manual` its `manualQuantity`.
 */
export type CatalogQuantitySource =
  | 'wall-panels'
  | 'ceiling-panels'
  | 'floor-finish'
  | 'coving-floor'
  | 'coving-ceiling'
  | 'doors'
  | 'pass-boxes'
  | 'hepa-terminals'
  | 'ffus'
  | 'return-grilles'
  | 'air-handling-units'
  | 'clean-floor-area'
  | 'certification-sampling'
  | 'manual';

const QUANTITY_SOURCES: readonly CatalogQuantitySource[] = [
  'wall-panels',
  'ceiling-panels',
  'floor-finish',
  'coving-floor',
  'coving-ceiling',
  'doors',
  'pass-boxes',
  'hepa-terminals',
  'ffus',
  'return-grilles',
  'air-handling-units',
  'clean-floor-area',
  'certification-sampling',
  'manual',
];

/** Door constructions a catalog item can price; pass boxes and open doorways have their own handling. */
export type CatalogDoorType = 'single' | 'double' | 'sliding';

export interface CatalogItem {
  readonly code: string;
  readonly section: string;
  readonly unit: QuantityUnit;
  readonly vatCategory: string;
  readonly quantityFrom: CatalogQuantitySource;
  readonly description: BilingualText;
  readonly doorType?: CatalogDoorType;
  /** Largest AHU supply airflow of the band (m³/h); null for the open top band. */
  readonly ahuMaxM3h?: number | null;
  /** Quantity a `manual` item starts with, as a decimal string. */
  readonly manualQuantity?: string;
}

export interface CatalogSection {
  readonly id: string;
  readonly title: BilingualText;
}

export interface PaymentMilestone {
  readonly label: BilingualText;
  /** Share of the tax-inclusive total in percent, as a decimal string. */
  readonly pct: string;
}

export interface QuoteDefaults {
  readonly currency: CurrencyCode;
  readonly validityDays: number;
  readonly approvalThresholdPct: string;
  readonly paymentMilestones: readonly PaymentMilestone[];
  readonly terms: readonly BilingualText[];
}

export interface Catalog {
  readonly id: string;
  readonly title: BilingualText;
  readonly estimating: { readonly doorHeightMm: number; readonly passBoxHeightMm: number };
  readonly quoteDefaults: QuoteDefaults;
  readonly sections: readonly CatalogSection[];
  readonly items: readonly CatalogItem[];
  /** Price lists with tax-exclusive unit prices for the items, converted to `Money`. */
  readonly priceLists: readonly PriceList[];
}

const bilingual = z.strictObject({ en: z.string().check(z.minLength(1)), 'zh-CN': z.string().check(z.minLength(1)) });
const decimalText = z.string().check(z.refine(isDecimal, 'a decimal number as text, e.g. "12.5"'));
const isoDate = z.string().check(z.refine(isIsoDate, 'a date as YYYY-MM-DD'));

const itemSchema = z.strictObject({
  code: z.string().check(z.regex(/^[A-Z0-9][A-Z0-9-]*$/, 'an item code of capital letters, digits and hyphens')),
  section: z.string(),
  unit: z.enum(QUANTITY_UNITS as [QuantityUnit, ...QuantityUnit[]]),
  vatCategory: z.string(),
  quantityFrom: z.enum(QUANTITY_SOURCES as [CatalogQuantitySource, ...CatalogQuantitySource[]]),
  description: bilingual,
  doorType: z.optional(z.enum(['single', 'double', 'sliding'])),
  ahuMaxM3h: z.optional(z.nullable(z.number().check(z.positive()))),
  manualQuantity: z.optional(decimalText),
});

const catalogSchema = z.strictObject({
  id: z.string(),
  title: bilingual,
  note: z.optional(z.string()),
  estimating: z.strictObject({ doorHeightMm: z.number().check(z.positive()), passBoxHeightMm: z.number().check(z.positive()) }),
  quoteDefaults: z.strictObject({
    currency: z.string().check(z.refine(isCurrencyCode, 'an ISO 4217 code the money module knows, e.g. "CNY"')),
    validityDays: z.int().check(z.positive()),
    approvalThresholdPct: decimalText,
    paymentMilestones: z.array(z.strictObject({ label: bilingual, pct: decimalText })),
    terms: z.array(bilingual),
  }),
  sections: z.array(z.strictObject({ id: z.string(), title: bilingual })).check(z.minLength(1)),
  items: z.array(itemSchema).check(z.minLength(1)),
  priceLists: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      currency: z.string().check(z.refine(isCurrencyCode, 'an ISO 4217 code the money module knows, e.g. "CNY"')),
      validFrom: isoDate,
      validTo: z.nullable(isoDate),
      prices: z.record(z.string(), z.string()),
    }),
  ),
});

/** Catalog data that does not match its schema; the message names the file, the JSON path and the fix. */
export class CatalogDataError extends Error {
  constructor(file: string, path: string, problem: string) {
    super(`${file}: ${path}: ${problem}`);
    this.name = 'CatalogDataError';
  }
}

function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : `${text}.${String(key)}`), '$');
}

/**
 * Validates catalog data and converts its prices to integer minor units. Besides the schema it
 * checks cross references: every item's section exists, item codes are unique, door items name a
 * door type, AHU items a band, manual items a quantity, and every price belongs to a known item.
 */
export function parseCatalog(data: unknown, file: string): Catalog {
  const result = catalogSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new CatalogDataError(file, jsonPath(issue.path), `expected ${issue.message}`);
  }
  const raw = result.data;
  checkItems(raw.items, new Set(raw.sections.map((section) => section.id)), file);

  const itemsByCode = new Map(raw.items.map((item) => [item.code, item]));
  const priceLists = raw.priceLists.map((list, listIndex): PriceList => {
    const currency = list.currency as CurrencyCode;
    const items = Object.entries(list.prices).map(([code, price]) => {
      const path = `$.priceLists[${listIndex}].prices.${code}`;
      const item = itemsByCode.get(code);
      if (!item) throw new CatalogDataError(file, path, `item code "${code}" not found in $.items; add the item or remove the price`);
      const unitPrice = parseMoney(price, currency, `${file}: ${path}`);
      return { code, description: item.description, unit: item.unit, unitPrice, vatCategory: item.vatCategory };
    });
    return { id: list.id, name: list.name, currency, validFrom: list.validFrom, validTo: list.validTo, items };
  });

  const { note: _note, ...catalog } = raw;
  return { ...catalog, quoteDefaults: { ...raw.quoteDefaults, currency: raw.quoteDefaults.currency as CurrencyCode }, priceLists };
}

function checkItems(items: readonly z.infer<typeof itemSchema>[], sectionIds: ReadonlySet<string>, file: string): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const path = `$.items[${index}]`;
    if (seen.has(item.code)) throw new CatalogDataError(file, `${path}.code`, `item code "${item.code}" is used twice; give each item its own code`);
    seen.add(item.code);
    if (!sectionIds.has(item.section)) throw new CatalogDataError(file, `${path}.section`, `section "${item.section}" not found in $.sections`);
    if (item.quantityFrom === 'doors' && !item.doorType) throw new CatalogDataError(file, path, 'a door item needs "doorType" (single, double or sliding)');
    if (item.quantityFrom === 'air-handling-units' && item.ahuMaxM3h === undefined) {
      throw new CatalogDataError(file, path, 'an AHU item needs "ahuMaxM3h", the top of its airflow band in m³/h (null for the open top band)');
    }
    if (item.quantityFrom === 'manual' && item.manualQuantity === undefined) throw new CatalogDataError(file, path, 'a manual item needs "manualQuantity"');
  });
}

/** The shipped catalog with its illustrative default prices, validated when the module loads. */
export const DEFAULT_CATALOG: Catalog = parseCatalog(catalogJson, DEFAULT_CATALOG_FILE);
