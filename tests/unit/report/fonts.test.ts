import { jsPDF } from 'jspdf';
import { beforeAll, describe, expect, test } from 'vitest';
import { registerFonts } from '../../../src/report/pdf/fontRegistry';
import { loadFontsFromDisk } from '../../../src/report/pdf/fonts.node';
import { wrapText } from '../../../src/report/pdf/page';
import { buildFixtureProject } from './fixtureProject';
import { charactersByEmbeddedFont, pdfFonts } from './pdfTools';
import { renderReport, type RenderedReport } from './renderFixture';

describe('embedded fonts', () => {
  let report: RenderedReport;
  beforeAll(async () => {
    report = await renderReport(buildFixtureProject(), 'zh-CN');
  });

  test('pdffonts lists two embedded Noto faces', () => {
    const noto = pdfFonts(report.path)
      .split('\n')
      .filter((line) => line.startsWith('NotoSansSC'));
    expect(noto).toHaveLength(2);
    for (const line of noto) {
      expect(line).toMatch(/CID TrueType\s+Identity-H\s+yes/);
    }
  });

  test('headings use the bold face', () => {
    const fonts = charactersByEmbeddedFont(report.bytes);
    expect([...fonts.keys()].sort()).toEqual(['NotoSansSC-Bold', 'NotoSansSC-Regular']);
    const bold = fonts.get('NotoSansSC-Bold')!;
    for (const character of '合规性检查报告房间明细表平面图') expect(bold.has(character)).toBe(true);
  });

  test('body text uses the regular face', () => {
    const regular = charactersByEmbeddedFont(report.bytes).get('NotoSansSC-Regular')!;
    for (const character of '华东制药有限公司') expect(regular.has(character)).toBe(true);
  });
});

describe('wrapText', () => {
  test('moves closing punctuation off the line start', async () => {
    const doc = new jsPDF({ unit: 'mm', format: 'a4' });
    registerFonts(doc, await loadFontsFromDisk());
    doc.setFontSize(9);
    const sentence = '洁净室的换气次数，按级别确定；走廊，气闸和更衣室。'.repeat(4);

    let checkedWidths = 0;
    for (let width = 15; width <= 60; width += 0.5) {
      const raw: string[] = doc.splitTextToSize(sentence, width);
      if (!raw.slice(1).some((line) => /^[，；。]/.test(line))) continue;
      checkedWidths += 1;
      const wrapped = wrapText(doc, sentence, width);
      expect(wrapped.join('')).toBe(raw.join(''));
      for (const line of wrapped.slice(1)) expect(line).not.toMatch(/^[，；。]/);
    }
    expect(checkedWidths).toBeGreaterThan(0);
  });

  test('keeps an opening bracket with what follows', async () => {
    const doc = new jsPDF({ unit: 'mm', format: 'a4' });
    registerFonts(doc, await loadFontsFromDisk());
    doc.setFontSize(9);
    const name = '无菌灌装线西侧洁净区灌装间（含轧盖）（二次更衣）';

    let checkedWidths = 0;
    for (let width = 10; width <= 40; width += 0.5) {
      const raw: string[] = doc.splitTextToSize(name, width);
      if (!raw.slice(0, -1).some((line) => line.endsWith('（'))) continue;
      checkedWidths += 1;
      for (const line of wrapText(doc, name, width).slice(0, -1)) expect(line.endsWith('（')).toBe(false);
    }
    expect(checkedWidths).toBeGreaterThan(0);
  });
});
