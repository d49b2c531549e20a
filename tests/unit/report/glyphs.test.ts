import { beforeAll, describe, expect, test } from 'vitest';
import { describeGlyphWarning, findMissingGlyphs } from '../../../src/report/pdf/index';
import { toDrawableText } from '../../../src/report/pdf/glyphs';
import { buildFixtureProject } from './fixtureProject';
import { renderReport, type RenderedReport } from './renderFixture';

/** The fixture with room 1 renamed to contain 堃 (U+5803, outside GB 2312) and 𠀀 (U+20000). */
function projectWithRareName() {
  const project = buildFixtureProject();
  const rooms = project.rooms.map((room, index) => (index === 0 ? { ...room, name: '王堃𠀀办公室' } : room));
  return { ...project, rooms };
}

describe('findMissingGlyphs', () => {
  test('detects a rare and an astral character', () => {
    const project = projectWithRareName();
    const warnings = findMissingGlyphs({ project, ruleSets: [] });

    expect(warnings.map((warning) => warning.codePoint)).toEqual([0x5803, 0x20000]);
    expect(warnings[0]!.character).toBe('堃');
    expect(warnings[0]!.placeholder).toBe('[U+5803]');
    expect(warnings[1]!.placeholder).toBe('[U+20000]');
    for (const warning of warnings) {
      expect(warning.field).toBe('room-name');
      expect(warning.ownerId).toBe(project.rooms[0]!.id);
      expect(warning.text).toBe('王堃𠀀办公室');
    }
  });

  test('covers common field characters', () => {
    const project = buildFixtureProject();
    const rooms = [{ ...project.rooms[0]!, name: '洁净走廊 ㎡ ℃ ≥ ≤ ± × µm ° m³/h −15 Pa ／（一）' }];
    expect(findMissingGlyphs({ project: { ...project, rooms }, ruleSets: [] })).toEqual([]);
  });

  test('checks customer name and class label', () => {
    const project = buildFixtureProject();
    const rooms = [{ ...project.rooms[0]!, classLabel: '镕级' }];
    const warnings = findMissingGlyphs({ project: { ...project, customerName: '喆康医药', rooms }, ruleSets: [] });
    expect(warnings.map((warning) => [warning.field, warning.character])).toEqual([
      ['customer-name', '喆'],
      ['room-class', '镕'],
    ]);
  });

  test('warning sentence names field and text', () => {
    const [warning] = findMissingGlyphs({ project: projectWithRareName(), ruleSets: [] });
    expect(describeGlyphWarning(warning!, 'en')).toBe('堃 (U+5803) in the room name "王堃𠀀办公室"');
    expect(describeGlyphWarning(warning!, 'zh-CN')).toBe('房间名称“王堃𠀀办公室”中的 堃（U+5803）');
  });
});

describe('toDrawableText', () => {
  test('replaces uncovered characters', () => {
    expect(toDrawableText('王堃𠀀')).toBe('王[U+5803][U+20000]');
  });

  test('writes h⁻¹ as 1/h', () => {
    expect(toDrawableText('20 h⁻¹')).toBe('20 1/h');
  });
});

describe('PDF with uncovered characters', () => {
  let report: RenderedReport;
  beforeAll(async () => {
    report = await renderReport(projectWithRareName(), 'zh-CN');
  });

  test('returns the warnings', () => {
    expect(report.warnings.map((warning) => warning.codePoint)).toEqual([0x5803, 0x20000]);
  });

  test('prints placeholders in place of the characters', () => {
    expect(report.text).toContain('王[U+5803][U+20000]办公室');
    expect(report.text).not.toContain('堃');
  });

  test('prints the warning box on the cover', () => {
    const cover = report.text.split('\f')[0]!;
    expect(cover).toContain('嵌入字体无法显示的字符');
    expect(cover).toContain('房间名称“王[U+5803][U+20000]办公室”中的 U+5803');
    expect(cover).toContain('中的 U+20000');
  });
});
