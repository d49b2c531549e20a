import { describe, expect, test } from 'vitest';
import { DEFAULT_CATALOG, parseCatalog } from '../../../src/app/quotes/catalog';
import { quoteFromLayout } from '../../../src/app/quotes/fromLayout';
import { describeQuantityOrigin, type QuoteContent, type QuoteLine } from '../../../src/domain/quote';
import { checkProject } from '../../../src/engine/index';
// The rule check without the air side, as the app has it before the air-side code loads.
import { checkProject as checkRulesOnly } from '../../../src/engine/check';
import catalogJson from '../../../src/app/quotes/data/defaultCatalog.json';
import { buildSuite, withAirside } from './fixtures';

function linesById(content: QuoteContent): Map<string, QuoteLine> {
  return new Map(content.sections.flatMap((section) => section.lines).map((line) => [line.id, line]));
}

function quantityOf(lines: Map<string, QuoteLine>, id: string): string {
  const line = lines.get(id);
  expect(line, `line ${id} missing`).toBeDefined();
  return line!.quantity.value;
}

describe('quote from the layout alone', () => {
  const project = buildSuite();
  const { content } = quoteFromLayout({ project, result: checkRulesOnly(project), catalog: DEFAULT_CATALOG, quoteDate: '2026-12-04' });
  const lines = linesById(content);

  test('wall panels count shared walls once', () => {
    // 124.8 m² of walls minus 6.66 m² of openings, worked out in fixtures.ts.
    expect(quantityOf(lines, 'wall-50rw')).toBe('118.14');
  });

  test('wall panel origin lists walls and openings', () => {
    const source = lines.get('wall-50rw')!.quantity.source;
    expect(source.kind).toBe('layout');
    if (source.kind !== 'layout') return;
    expect(source.origin.wallCount).toBe(10);
    expect(source.origin.deductions.map((deduction) => deduction.openingId).sort()).toEqual(['d1', 'd2', 'd3', 'p1']);
    expect(describeQuantityOrigin(source.origin, 'zh-CN')).toBe('按图纸：墙板，3 个房间，10 段墙，扣除 4 处洞口');
  });

  test('floor areas and coving', () => {
    expect(quantityOf(lines, 'ceil-50rw')).toBe('63.00');
    expect(quantityOf(lines, 'floor-epoxy')).toBe('63.00');
    expect(quantityOf(lines, 'cove-ceil')).toBe('56.00');
    expect(quantityOf(lines, 'cove-floor')).toBe('50.90');
  });

  test('doors by type and width', () => {
    expect(quantityOf(lines, 'door-single-900')).toBe('2');
    expect(quantityOf(lines, 'door-double-1200')).toBe('1');
    expect(quantityOf(lines, 'pass-box')).toBe('1');
    expect(lines.has('door-sliding-900')).toBe(false);
  });

  test('sampling locations follow Table A.1', () => {
    // ISO 14644-1:2015 Table A.1: 9 m² → 5, 18 m² → 6, 36 m² → 9.
    expect(quantityOf(lines, 'cert-test')).toBe('20');
  });

  test('terminals without counts are incomplete', () => {
    const source = lines.get('hepa-box')!.quantity.source;
    expect(quantityOf(lines, 'hepa-box')).toBe('0');
    expect(source.kind).toBe('layout');
    if (source.kind !== 'layout') return;
    expect(source.origin.incompleteRoomIds).toEqual(['r1', 'r2', 'r3']);
  });

  test('one AHU sized from room supply', () => {
    // Design supply 900 + 1,500 + 6,000 = 8,400 m³/h falls in the 5,001–10,000 m³/h band.
    expect(quantityOf(lines, 'ahu-10k')).toBe('1');
    const source = lines.get('ahu-10k')!.quantity.source;
    expect(source.kind).toBe('layout');
    if (source.kind !== 'layout') return;
    expect(source.origin.basis).toBe('layout');
  });

  test('valid for the catalog default days', () => {
    expect(content.validUntil).toBe('2027-01-03');
  });
});

describe('quote with an airflow design', () => {
  const project = buildSuite();
  const result = withAirside(checkProject(project));
  const { content } = quoteFromLayout({ project, result, catalog: DEFAULT_CATALOG, quoteDate: '2026-12-04' });
  const lines = linesById(content);

  test('terminals come from the design', () => {
    expect(quantityOf(lines, 'hepa-box')).toBe('5');
    expect(quantityOf(lines, 'ffu')).toBe('12');
    expect(quantityOf(lines, 'return-grille')).toBe('10');
  });

  test('origin names the airflow design', () => {
    const source = lines.get('ffu')!.quantity.source;
    expect(source.kind).toBe('layout');
    if (source.kind !== 'layout') return;
    expect(describeQuantityOrigin(source.origin, 'en')).toBe('from airflow design: FFUs, 3 rooms');
  });

  test('sampling locations come from the design', () => {
    expect(quantityOf(lines, 'cert-test')).toBe('21');
  });

  test('AHUs go into their airflow bands', () => {
    expect(quantityOf(lines, 'ahu-10k')).toBe('1');
    expect(quantityOf(lines, 'ahu-40k')).toBe('1');
    expect(lines.has('ahu-5k')).toBe(false);
  });

  test('wall panels are unchanged', () => {
    expect(quantityOf(lines, 'wall-50rw')).toBe('118.14');
  });
});

describe('catalog validation', () => {
  test('shipped catalog has a CNY price list', () => {
    expect(DEFAULT_CATALOG.priceLists[0]!.currency).toBe('CNY');
    expect(DEFAULT_CATALOG.priceLists[0]!.items.find((item) => item.code === 'WALL-50RW')!.unitPrice.minor).toBe(26_000);
  });

  test('price for unknown item is rejected', () => {
    const broken = structuredClone(catalogJson) as { priceLists: { prices: Record<string, string> }[] };
    broken.priceLists[0]!.prices['NO-SUCH-ITEM'] = '1.00';
    expect(() => parseCatalog(broken, 'catalog.json')).toThrow('catalog.json: $.priceLists[0].prices.NO-SUCH-ITEM: item code "NO-SUCH-ITEM" not found');
  });

  test('door item without type is rejected', () => {
    const broken = structuredClone(catalogJson) as { items: { code: string; doorType?: string }[] };
    delete broken.items.find((item) => item.code === 'DOOR-SINGLE')!.doorType;
    expect(() => parseCatalog(broken, 'catalog.json')).toThrow('needs "doorType"');
  });
});

describe('quote with a partial airflow design', () => {
  test('rooms without a design fall back', () => {
    const project = buildSuite();
    const full = withAirside(checkProject(project));
    // The design has a sampling plan and terminals for R1 only; R2 and R3 fall back to the BOQ.
    const partial = {
      ...full,
      airside: { ...full.airside!, rooms: full.airside!.rooms.map((room) => (room.roomId === 'r1' ? room : { ...room, sampling: null, terminals: null, returnGrilles: null })) },
    };
    const lines = linesById(quoteFromLayout({ project, result: partial, catalog: DEFAULT_CATALOG, quoteDate: '2026-12-04' }).content);

    // R1 design 5 + R2 Table A.1 6 + R3 Table A.1 9.
    expect(quantityOf(lines, 'cert-test')).toBe('20');
    expect(quantityOf(lines, 'hepa-box')).toBe('2');
    const source = lines.get('hepa-box')!.quantity.source;
    expect(source.kind).toBe('layout');
    if (source.kind !== 'layout') return;
    expect(source.origin.incompleteRoomIds).toEqual(['r2', 'r3']);
  });
});
