import type { TerminalSpec } from '../../domain/airside';
import type { Project } from '../../domain/project';
import { daysBetween, requireIsoDate, selectPriceList, type LineQuantity, type PriceList, type QuoteContent, type QuoteLine, type QuoteSection } from '../../domain/quote';
import { toLineQuantity, type BoqQuantity } from '../../engine/boq';
import type { CheckResult } from '../../engine/findings';
import type { Catalog, CatalogItem } from './catalog';
import { collectQuoteQuantities, type AhuDemand, type QuoteQuantities } from './layoutQuantities';

export interface LayoutQuoteInput {
  readonly project: Project;
  /** Check result of the project; its `airside` supplies terminals, grilles, sampling and AHUs. */
  readonly result: CheckResult | null;
  readonly catalog: Catalog;
  /** Date of the quote (`YYYY-MM-DD`); it selects the price list in force. */
  readonly quoteDate: string;
  readonly terminalCatalog?: readonly TerminalSpec[];
}

export interface LayoutQuote {
  readonly content: QuoteContent;
  readonly priceList: PriceList;
  readonly quantities: QuoteQuantities;
}

function addDays(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

function line(item: CatalogItem, id: string, quantity: LineQuantity, description = item.description): QuoteLine {
  return { id, itemCode: item.code, description, quantity, unitPrice: null, discountPct: '0', vatCategory: item.vatCategory, toBeQuoted: false };
}

/** Returns the AHU band item for a supply airflow: the smallest band whose top is at or above it. */
function ahuBandItem(items: readonly CatalogItem[], supplyM3h: number): CatalogItem | undefined {
  const bands = items.filter((item) => item.quantityFrom === 'air-handling-units');
  const bounded = bands.filter((item) => item.ahuMaxM3h != null).sort((a, b) => a.ahuMaxM3h! - b.ahuMaxM3h!);
  return bounded.find((item) => supplyM3h <= item.ahuMaxM3h!) ?? bands.find((item) => item.ahuMaxM3h === null);
}

/**
 * Writes one line per band with the number of AHUs in it. AHUs of unknown supply become one
 * "to be quoted" line, because no band can be chosen for them.
 */
function ahuLines(items: readonly CatalogItem[], demands: readonly AhuDemand[], firstBand: CatalogItem): QuoteLine[] {
  const byBand = new Map<string, { item: CatalogItem; demands: AhuDemand[] }>();
  const unknown: AhuDemand[] = [];
  for (const demand of demands) {
    const item = demand.supplyM3h === null ? undefined : ahuBandItem(items, demand.supplyM3h);
    if (!item) {
      unknown.push(demand);
      continue;
    }
    const entry = byBand.get(item.code) ?? { item, demands: [] };
    entry.demands.push(demand);
    byBand.set(item.code, entry);
  }

  const lines = [...byBand.values()].map(({ item, demands: inBand }) => {
    const roomIds = inBand.flatMap((demand) => demand.origin.roomIds);
    const incompleteRoomIds = inBand.flatMap((demand) => demand.origin.incompleteRoomIds);
    const origin = { ...inBand[0]!.origin, roomIds, incompleteRoomIds };
    return line(item, item.code.toLowerCase(), { value: String(inBand.length), unit: item.unit, source: { kind: 'layout', origin } });
  });
  if (unknown.length > 0) {
    const origin = { ...unknown[0]!.origin, incompleteRoomIds: unknown.flatMap((demand) => demand.origin.incompleteRoomIds) };
    const description = { en: 'Air-handling unit, supply airflow not known', 'zh-CN': '组合式空调机组（送风量未知）' };
    const quantity: LineQuantity = { value: String(unknown.length), unit: firstBand.unit, source: { kind: 'layout', origin } };
    lines.push({ ...line(firstBand, 'ahu-unknown-airflow', quantity, description), itemCode: null, toBeQuoted: true });
  }
  return lines;
}

function doorLines(item: CatalogItem, quantities: QuoteQuantities): QuoteLine[] {
  return quantities.doors
    .filter((group) => group.type === item.doorType)
    .map((group) => {
      const size = `${group.widthMm} × ${group.heightMm} mm`;
      const description = { en: `${item.description.en}, ${size}`, 'zh-CN': `${item.description['zh-CN']}，${size}` };
      return line(item, `${item.code.toLowerCase()}-${group.widthMm}`, toLineQuantity(group.quantity), description);
    });
}

const SIMPLE_SOURCES: Readonly<Record<string, (quantities: QuoteQuantities) => BoqQuantity>> = {
  'wall-panels': (q) => q.boq.wallPanels,
  'ceiling-panels': (q) => q.boq.ceilingPanels,
  'floor-finish': (q) => q.boq.floorFinish,
  'coving-floor': (q) => q.boq.covingFloor,
  'coving-ceiling': (q) => q.boq.covingCeiling,
  'pass-boxes': (q) => q.passBoxes,
  'hepa-terminals': (q) => q.hepaTerminals,
  ffus: (q) => q.ffus,
  'return-grilles': (q) => q.returnGrilles,
  'clean-floor-area': (q) => q.cleanFloorArea,
  'certification-sampling': (q) => q.certificationSampling,
};

function itemLines(item: CatalogItem, quantities: QuoteQuantities): QuoteLine[] {
  if (item.quantityFrom === 'doors') return doorLines(item, quantities);
  if (item.quantityFrom === 'manual') {
    return [line(item, item.code.toLowerCase(), { value: item.manualQuantity ?? '0', unit: item.unit, source: { kind: 'manual' } })];
  }
  const source = SIMPLE_SOURCES[item.quantityFrom];
  if (!source) return [];
  return [line(item, item.code.toLowerCase(), toLineQuantity(source(quantities)))];
}

/**
 * Generates the first draft of a quote from a drawn layout. Each catalog item gets one line with
 * the quantity the layout or the airflow design gives, and each line keeps its origin. Doors get
 * a line per type and width, AHUs a line per airflow band, and manual items start at the
 * catalog's quantity. Line ids are derived from item codes, so regenerating after a layout change gives
 * lines the revision diff can match. Prices come from the catalog's price list in force on
 * `quoteDate`.
 */
export function quoteFromLayout(input: LayoutQuoteInput): LayoutQuote {
  const { catalog, project } = input;
  requireIsoDate(input.quoteDate, 'quote date');
  const defaults = catalog.quoteDefaults;
  const priceList = selectPriceList(catalog.priceLists, defaults.currency, input.quoteDate);
  const quantities = collectQuoteQuantities(project, input.result, {
    doorHeightMm: catalog.estimating.doorHeightMm,
    passBoxHeightMm: catalog.estimating.passBoxHeightMm,
    terminalCatalog: input.terminalCatalog,
  });

  const ahuItems = catalog.items.filter((item) => item.quantityFrom === 'air-handling-units');
  const sections: QuoteSection[] = catalog.sections.map((section) => {
    const lines: QuoteLine[] = [];
    for (const item of catalog.items.filter((candidate) => candidate.section === section.id)) {
      // All AHU bands share one block of lines, placed where the first band item sits.
      if (item.quantityFrom !== 'air-handling-units') lines.push(...itemLines(item, quantities));
      else if (item === ahuItems[0]) lines.push(...ahuLines(ahuItems, quantities.airHandlingUnits, item));
    }
    return { id: section.id, title: section.title, lines };
  });

  const content: QuoteContent = {
    currency: defaults.currency,
    quoteDate: input.quoteDate,
    validUntil: addDays(input.quoteDate, defaults.validityDays),
    sections: sections.filter((section) => section.lines.length > 0),
    discount: { kind: 'none' },
  };
  return { content, priceList, quantities };
}

/** Days from the quote date to the last valid day, as the proposal prints it. */
export function validityDays(content: QuoteContent): number {
  return daysBetween(content.quoteDate, content.validUntil);
}
