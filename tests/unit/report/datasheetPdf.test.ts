import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Locale } from '../../../src/i18n/locale';
import { roomDataSheetPdf } from '../../../src/report/datasheet/pdf';
import { roomDataSheetRows } from '../../../src/report/datasheet/rows';
import type { DataSheet } from '../../../src/report/datasheet/types';
import { loadFontsFromDisk } from '../../../src/report/pdf/fonts.node';
import { buildDataSheetFixture } from './datasheetFixture';
import { pdfToText, writeTempPdf } from './pdfTools';

const GENERATED_AT = new Date('2026-12-04T08:30:00Z');

/**
 * Extracts the text in content-stream order (`pdftotext -raw`), so a wrapped table cell comes
 * back as consecutive lines, and drops all whitespace, so a header reads back whole.
 */
function pdfToCompactText(path: string): string {
  return execFileSync('/usr/bin/pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

interface RenderedSheet {
  readonly sheet: DataSheet;
  readonly layoutText: string;
  readonly compactText: string;
  readonly pageSizes: string;
}

async function renderSheet(locale: Locale, paper: 'a4' | 'a3', edit?: (sheet: DataSheet) => DataSheet): Promise<RenderedSheet> {
  const { project, result } = buildDataSheetFixture();
  const built = roomDataSheetRows(project, result, locale);
  const sheet = edit ? edit(built) : built;
  const bytes = await roomDataSheetPdf(sheet, { fonts: await loadFontsFromDisk(), paper, generatedAt: GENERATED_AT });
  const path = writeTempPdf(bytes, `datasheet-${locale}-${paper}.pdf`);
  const pageSizes = execFileSync('/usr/bin/pdfinfo', ['-l', '99', path], { encoding: 'utf8' });
  return { sheet, layoutText: pdfToText(path), compactText: pdfToCompactText(path), pageSizes };
}

describe.each<[Locale, 'a4' | 'a3']>([
  ['zh-CN', 'a3'],
  ['zh-CN', 'a4'],
  ['en', 'a3'],
  ['en', 'a4'],
])('room data sheet PDF (%s, %s)', (locale, paper) => {
  let rendered: RenderedSheet;
  beforeAll(async () => {
    rendered = await renderSheet(locale, paper);
  });

  test('every header comes back exactly', () => {
    for (const table of [rendered.sheet.rooms, rendered.sheet.ahus, rendered.sheet.doors, rendered.sheet.testPlan]) {
      expect(rendered.compactText).toContain(compact(table.name));
      for (const column of table.columns) expect(rendered.compactText, column.header).toContain(compact(column.header));
    }
  });

  test('title, project and notes come back', () => {
    expect(rendered.layoutText).toContain(rendered.sheet.title);
    expect(rendered.layoutText).toContain('无菌制剂车间洁净区');
    expect(rendered.layoutText).toContain('华东制药有限公司');
    for (const note of rendered.sheet.notes) expect(rendered.compactText).toContain(compact(note));
  });

  test('room names and values come back', () => {
    for (const name of ['一更', '灌装间', '负压隔离间', '物料气闸']) expect(rendered.layoutText).toContain(name);
    expect(rendered.layoutText).toContain('1,216');
    expect(rendered.compactText).toContain(compact('HEPA 484×484 × 4'));
    expect(rendered.layoutText).toContain('2.83');
    expect(rendered.layoutText).toContain('-260');
    expect(rendered.layoutText).toContain('—');
  });

  test('door flows come back', () => {
    expect(rendered.layoutText).toMatch(/灌装间\s+洁净走廊\s+\S+\s+0\.0185\s+10\s+262/);
  });

  test('test plan lists the locations', () => {
    expect(rendered.layoutText).toMatch(/L1\s+0\.83\s+1\s+5\s+2,930\s+2\.83\s+1/);
    expect(rendered.layoutText).toMatch(/L3\s+4\.17\s+2\s+5\s+2,930\s+2\.83\s+1/);
  });

  test('pages are landscape in the chosen size', () => {
    const expectedSize = paper === 'a3' ? /1190\.5\d* x 841\.8\d* pts \(A3\)/ : /841\.8\d* x 595\.2\d* pts \(A4\)/;
    const sizes = [...rendered.pageSizes.matchAll(/Page\s+\d+ size:\s+(.*)/g)].map((match) => match[1]!);
    expect(sizes.length).toBeGreaterThan(0);
    for (const size of sizes) expect(size).toMatch(expectedSize);
  });

  test('footer numbers the pages', () => {
    const footer = locale === 'zh-CN' ? '第 1 页' : 'Page 1 of';
    expect(rendered.layoutText).toContain(footer);
    expect(rendered.layoutText).toContain('2026-12-04 08:30 UTC');
  });
});

describe('room data sheet PDF glyph coverage', () => {
  test('undrawable character prints its code point', async () => {
    const rendered = await renderSheet('zh-CN', 'a3', (sheet) => ({
      ...sheet,
      rooms: { ...sheet.rooms, rows: sheet.rooms.rows.map((row, index) => (index === 0 ? [row[0]!, '堃更衣', ...row.slice(2)] : row)) },
    }));
    expect(rendered.layoutText).toContain('[U+5803]更衣');
    expect(rendered.compactText).toContain(compact('嵌入字体无法绘制以下字符，以其码位代替：[U+5803]。'));
  });
});
