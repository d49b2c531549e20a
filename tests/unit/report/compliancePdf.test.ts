import { beforeAll, describe, expect, test } from 'vitest';
import { listRuleSets } from '../../../src/engine/index';
import { buildFixtureProject } from './fixtureProject';
import { readPdfObjects } from './pdfTools';
import { renderReport, type RenderedReport } from './renderFixture';

const ROOM_NAMES = ['一更', '二更', '灌装间', '洁净走廊', '称量间', '负压隔离间', '物料气闸'];

/** Returns the text between two markers of the extracted text, e.g. one room's findings. */
function sectionBetween(text: string, start: string, end: string): string {
  const from = text.indexOf(start);
  expect(from, `"${start}" not found in the PDF text`).toBeGreaterThanOrEqual(0);
  const to = text.indexOf(end, from + start.length);
  return text.slice(from, to === -1 ? undefined : to);
}

/** Returns the text from `heading` on, skipping the plan labels and schedule rows that also name rooms. */
function findingsPart(text: string, heading: string): string {
  return text.slice(text.indexOf(heading));
}

function pagesOf(text: string): string[] {
  return text.split('\f').filter((page) => page.trim() !== '');
}

describe('compliance PDF in Chinese', () => {
  let report: RenderedReport;
  beforeAll(async () => {
    report = await renderReport(buildFixtureProject(), 'zh-CN');
  });

  test('headings come back exactly', () => {
    for (const heading of ['合规性检查报告', '采用的规则集', '检查结果汇总', '平面图', '房间明细表', '各房间检查结果', '洁净度级别限值']) {
      expect(report.text).toContain(heading);
    }
  });

  test('room names come back exactly', () => {
    for (const name of ROOM_NAMES) expect(report.text).toContain(name);
  });

  test('cover names project and rule sets', () => {
    expect(report.text).toContain('无菌制剂车间洁净区');
    expect(report.text).toContain('华东制药有限公司');
    expect(report.text).toContain('2026-11-30');
    expect(report.text).toContain('2026-12-04 08:30 UTC');
    const projectRuleSetIds = buildFixtureProject().ruleSetIds;
    for (const info of listRuleSets().filter((set) => projectRuleSetIds.includes(set.id))) {
      expect(report.text).toContain(info.standard);
      expect(report.text).toContain(info.title['zh-CN']);
      expect(report.text).toContain(info.hash.slice(0, 12));
      expect(report.text).toContain(info.hash);
    }
  });

  test('failing air change rate shows its verdict', () => {
    const fillingRoom = sectionBetween(findingsPart(report.text, '各房间检查结果'), '3. 灌装间', '4. 洁净走廊');
    expect(fillingRoom).toMatch(/≥ 15 次\/h\s+8 次\/h\s+不符合/);
    expect(fillingRoom).toContain('GB 50073-2013');
    expect(fillingRoom).toContain('6.3.3');
    expect(fillingRoom).toContain('非单向流洁净室换气次数（下限）');
    expect(fillingRoom).toContain('设计值为 8 次/h，低于下限');
  });

  test('cannot evaluate names the missing input', () => {
    const airlock = sectionBetween(findingsPart(report.text, '各房间检查结果'), '7. 物料气闸', '洁净度级别限值');
    expect(airlock).toMatch(/无法判定/);
    expect(airlock).toContain('未给出');
  });

  test('cannot evaluate is explained on the cover', () => {
    const cover = pagesOf(report.text)[0]!;
    expect(cover).toContain('无法判定');
    expect(cover).toContain('它不等于符合');
  });

  test('door findings name both rooms', () => {
    const corridor = sectionBetween(findingsPart(report.text, '各房间检查结果'), '4. 洁净走廊', '5. 称量间');
    expect(corridor).toContain('↔ 灌装间');
    expect(corridor).toContain('↔ 负压隔离间');
  });

  test('schedule prints signed pressures', () => {
    const schedule = sectionBetween(report.text, '房间明细表', '各房间检查结果');
    expect(schedule).toMatch(/负压隔离间.*−15/);
    expect(schedule).toMatch(/灌装间.*\+35/);
    expect(schedule).toContain('按换气次数');
  });

  test('plan prints its scale', () => {
    expect(report.text).toContain('比例 1:100');
    expect(report.text).toMatch(/0\s+5\s*m/);
  });

  test('plan is vectors, not an image', () => {
    const images = readPdfObjects(report.bytes).filter((object) => object.dictionary.includes('/Subtype /Image'));
    expect(images).toEqual([]);
  });

  test('findings list failures first', () => {
    const corridor = sectionBetween(findingsPart(report.text, '各房间检查结果'), '4. 洁净走廊', '5. 称量间');
    const verdicts = [...corridor.matchAll(/(不符合|无法判定|符合|不适用)/g)].map((match) => match[1]);
    const order = ['不符合', '无法判定', '符合', '不适用'];
    const ranks = verdicts.map((verdict) => order.indexOf(verdict!));
    expect(ranks.length).toBeGreaterThan(3);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  test('class limits print not applicable, not 0', () => {
    const limits = sectionBetween(findingsPart(report.text, '洁净度级别限值'), '洁净度级别限值', '规则集内容哈希');
    expect(limits).toMatch(/ISO 14644-1:2015 Table 1，ISO 7 级/);
    expect(limits).toMatch(/最大浓度限值\s+不适用\s+不适用\s+不适用\s+352,000\s+83,200\s+2,930/);
    expect(limits).toMatch(/动态\s+不作规定\s+不作规定/);
  });

  test('every page has the footer', () => {
    const pages = pagesOf(report.text);
    expect(pages.length).toBeGreaterThanOrEqual(5);
    pages.forEach((page, index) => {
      expect(page).toMatch(new RegExp(`第\\s*${index + 1}\\s*页\\s*/\\s*共\\s*${pages.length}\\s*页`));
      expect(page).toContain('无菌制剂车间洁净区');
    });
  });

  test('no glyph warnings for covered text', () => {
    expect(report.warnings).toEqual([]);
    expect(report.text).not.toContain('[U+');
  });
});

describe('compliance PDF in English', () => {
  let report: RenderedReport;
  beforeAll(async () => {
    report = await renderReport(buildFixtureProject(), 'en');
  });

  test('headings are English', () => {
    for (const heading of ['Compliance report', 'Rule sets used', 'Plan', 'Room schedule', 'Findings by room', 'Class limits']) {
      expect(report.text).toContain(heading);
    }
  });

  test('Chinese room names survive', () => {
    for (const name of ROOM_NAMES) expect(report.text).toContain(name);
  });

  test('failing air change rate shows its verdict', () => {
    const fillingRoom = sectionBetween(findingsPart(report.text, 'Findings by room'), '3. 灌装间', '4. 洁净走廊');
    expect(fillingRoom).toMatch(/≥ 15 1\/h\s+8 1\/h\s+Fail/);
  });

  test('plan scale and footer are printed', () => {
    expect(report.text).toContain('Scale 1:100');
    const pages = pagesOf(report.text);
    pages.forEach((page, index) => expect(page).toContain(`Page ${index + 1} of ${pages.length}`));
  });

  test('size stays small', () => {
    expect(report.bytes.length).toBeLessThan(400_000);
  });
});
