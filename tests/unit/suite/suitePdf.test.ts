import { beforeAll, describe, expect, test } from 'vitest';
import { renderReport, type RenderedReport } from '../report/renderFixture';
import { NC, doors, grade, project, room } from './fixtures';

/**
 * Builds a grade C filling room that opens onto a grade D gowning room at a lower pressure. Its
 * report, read back with pdftotext, must print the China GMP flow-direction failure in the suite
 * section, naming both rooms.
 */
function reversedSuite() {
  const suite = project(
    [
      room('corridor', { use: 'corridor', cleanliness: NC, pressurePa: 0 }),
      room('gown', { use: 'gowning-2', cleanliness: grade('D'), pressurePa: 20 }),
      room('fill', { use: 'filling', cleanliness: grade('C'), pressurePa: 10 }),
    ],
    doors(['corridor', 'gown'], ['gown', 'fill']),
  );
  const names: Record<string, string> = { corridor: '走廊', gown: '二更', fill: '灌装间' };
  return { ...suite, name: '灌装车间', rooms: suite.rooms.map((entry) => ({ ...entry, name: names[entry.id] ?? entry.id })) };
}

describe('suite findings in the PDF', () => {
  let zh: RenderedReport;
  let en: RenderedReport;
  beforeAll(async () => {
    zh = await renderReport(reversedSuite(), 'zh-CN');
    en = await renderReport(reversedSuite(), 'en');
  });

  test('Chinese suite section names both rooms', () => {
    const suitePart = zh.text.slice(zh.text.indexOf('整体检查结果'));
    expect(zh.text).toContain('整体检查结果');
    expect(suitePart.replace(/\s+/g, '')).toContain('灌装间应高于二更');
  });

  test('English suite section names both rooms', () => {
    const suitePart = en.text.slice(en.text.indexOf('Suite-level findings'));
    expect(en.text).toContain('Suite-level findings');
    expect(suitePart.replace(/\s+/g, ' ')).toContain('灌装间 must be above 二更');
  });
});
