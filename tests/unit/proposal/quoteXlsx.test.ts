import readExcelFile from 'read-excel-file/node';
import { beforeAll, describe, expect, test } from 'vitest';
import { toChineseCapitalAmount } from '../../../src/domain/money';
import { DEFAULT_VAT_RATES, type PricedQuote } from '../../../src/domain/quote';
import type { Locale } from '../../../src/i18n/locale';
import { toMajorUnits } from '../../../src/report/proposal/amounts';
import { quoteXlsx } from '../../../src/report/proposal/xlsx';
import { pricedSuiteQuote } from './renderProposal';

type SheetRows = unknown[][];

async function readBack(priced: PricedQuote, locale: Locale): Promise<{ lines: SheetRows; totals: SheetRows }> {
  const blob = await quoteXlsx(priced, locale, DEFAULT_VAT_RATES);
  const sheets = await readExcelFile(Buffer.from(await blob.arrayBuffer()));
  expect(sheets).toHaveLength(2);
  return { lines: sheets[0]!.data as SheetRows, totals: sheets[1]!.data as SheetRows };
}

function valueOf(rows: SheetRows, label: string): unknown {
  const row = rows.find((candidate) => candidate[0] === label);
  expect(row, `row "${label}" missing`).toBeDefined();
  return row![1];
}

describe.each(['zh-CN', 'en'] as const)('quote xlsx in %s', (locale) => {
  let priced: PricedQuote;
  let sheets: { lines: SheetRows; totals: SheetRows };
  beforeAll(async () => {
    priced = pricedSuiteQuote().priced;
    sheets = await readBack(priced, locale);
  });

  const labels = {
    'zh-CN': { net: '不含税合计', gross: '含税总价', capital: '大写金额', header: '序号' },
    en: { net: 'Total excl. VAT', gross: 'Total incl. VAT', capital: 'Amount in Chinese capital numerals (大写金额)', header: 'No.' },
  }[locale];

  test('totals equal the priced quote', () => {
    expect(valueOf(sheets.totals, labels.net)).toBe(toMajorUnits(priced.totals.net));
    expect(valueOf(sheets.totals, labels.gross)).toBe(toMajorUnits(priced.totals.gross));
  });

  test('capital numerals row', () => {
    expect(valueOf(sheets.totals, labels.capital)).toBe(toChineseCapitalAmount(priced.totals.gross));
  });

  test('line amounts add up to the totals', () => {
    const lineRows = sheets.lines.filter((row) => typeof row[0] === 'string' && /^\d+\.\d+$/.test(row[0]) && typeof row[6] === 'number');
    expect(lineRows).toHaveLength(priced.lines.length);
    const netFen = lineRows.reduce((sum, row) => sum + Math.round((row[6] as number) * 100), 0);
    const grossFen = lineRows.reduce((sum, row) => sum + Math.round((row[9] as number) * 100), 0);
    expect(netFen).toBe(priced.totals.net.minor);
    expect(grossFen).toBe(priced.totals.gross.minor);
  });

  test('section subtotals are numbers', () => {
    for (const section of priced.sections) {
      const subtotal = sheets.lines.find((row) => typeof row[1] === 'string' && row[1].includes(section.title[locale]) && typeof row[9] === 'number');
      expect(subtotal, `subtotal of ${section.title[locale]}`).toBeDefined();
      expect(subtotal![6]).toBe(toMajorUnits(section.subtotal.net));
      expect(subtotal![9]).toBe(toMajorUnits(section.subtotal.gross));
    }
  });

  test('header is in the locale', () => {
    expect(sheets.lines[0]![0]).toBe(labels.header);
  });

  test('quantities are numbers', () => {
    const wall = sheets.lines.find((row) => row[2] === 120);
    expect(wall, 'overridden wall panel line').toBeDefined();
  });
});
