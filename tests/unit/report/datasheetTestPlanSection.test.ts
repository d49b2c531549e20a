import { beforeAll, describe, expect, test } from 'vitest';
import type { Locale } from '../../../src/i18n/locale';
import { listRuleSets } from '../../../src/engine/index';
import { loadFontsFromDisk } from '../../../src/report/pdf/fonts.node';
import { renderCompliancePdf } from '../../../src/report/pdf/index';
import { buildDataSheetFixture } from './datasheetFixture';
import { pdfToText, writeTempPdf } from './pdfTools';
import { GENERATED_AT, reportInput } from './renderFixture';
import { buildFixtureProject } from './fixtureProject';

const HEADINGS: Readonly<Record<Locale, string>> = { en: 'ISO 14644-1 test plan', 'zh-CN': 'ISO 14644-1 洁净度检测方案' };
const NEXT_HEADINGS: Readonly<Record<Locale, string>> = { en: 'Class limits', 'zh-CN': '洁净度级别限值' };

/** Renders the compliance report of the data sheet fixture, whose airside block is hand-written. */
async function renderWithAirside(locale: Locale): Promise<string> {
  const { project, result } = buildDataSheetFixture();
  const ruleSets = listRuleSets().filter((info) => project.ruleSetIds.includes(info.id));
  const { bytes } = await renderCompliancePdf({ project, result, ruleSets, locale, generatedAt: GENERATED_AT }, await loadFontsFromDisk());
  return pdfToText(writeTempPdf(bytes, `test-plan-${locale}.pdf`));
}

function section(text: string, locale: Locale): string {
  const start = text.indexOf(HEADINGS[locale]);
  expect(start, 'test plan heading').toBeGreaterThanOrEqual(0);
  const end = text.indexOf(NEXT_HEADINGS[locale], start);
  return text.slice(start, end === -1 ? undefined : end);
}

describe.each<Locale>(['zh-CN', 'en'])('compliance report test plan (%s)', (locale) => {
  let text: string;
  beforeAll(async () => {
    text = await renderWithAirside(locale);
  });

  test('room title names count and volume', () => {
    const expected =
      locale === 'zh-CN'
        ? '3. 灌装间，万级 (ISO 7)：按 ISO 14644-1:2015 表 A.1 设 3 个采样点，每点单次采样量不少于 2.83 L'
        : '3. 灌装间, 万级 (ISO 7): 3 locations per ISO 14644-1:2015 Table A.1, at least 2.83 L each';
    expect(section(text, locale)).toContain(expected);
  });

  test('volume basis names size and limit', () => {
    const expected =
      locale === 'zh-CN'
        ? '采样量按 ≥ 5 µm 粒径及其级别限值 2,930 粒/m³ 计算；每个采样点的采样时间不少于 1 min。'
        : 'The volume is for particles ≥ 5 µm at the class limit of 2,930 particles/m³. Sample for at least 1 min at each location.';
    expect(section(text, locale).replace(/\s+/g, '')).toContain(expected.replace(/\s+/g, ''));
  });

  test('table lists each location', () => {
    const plan = section(text, locale);
    expect(plan).toMatch(/L1\s+0\.83\s+1\s+2\.83/);
    expect(plan).toMatch(/L2\s+2\.5\s+1\s+2\.83/);
    expect(plan).toMatch(/L3\s+4\.17\s+2\s+2\.83/);
  });

  test('sketch labels each location', () => {
    const plan = section(text, locale);
    for (const label of ['L1', 'L2', 'L3']) expect(plan.split(label).length - 1, label).toBe(2);
  });

  test('classified rooms without locations are named', () => {
    const plan = section(text, locale);
    const expected = locale === 'zh-CN' ? '以下洁净房间未能布置采样点' : 'No sampling locations could be placed in these classified rooms';
    expect(plan).toContain(expected);
    // The list may wrap between a number and its name, so compare without whitespace.
    expect(plan.replace(/\s+/g, '')).toContain('6.负压隔离间');
  });
});

describe('compliance report without air side', () => {
  test('test plan section is left out', async () => {
    const input = reportInput(buildFixtureProject(), 'zh-CN');
    const withoutAirside = { ...input, result: { ...input.result, airside: undefined } };
    const { bytes } = await renderCompliancePdf(withoutAirside, await loadFontsFromDisk());
    const text = pdfToText(writeTempPdf(bytes, 'without-airside.pdf'));
    expect(text).not.toContain(HEADINGS['zh-CN']);
    expect(text).toContain(NEXT_HEADINGS['zh-CN']);
  });
});
