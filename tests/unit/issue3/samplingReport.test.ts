import { describe, expect, it } from 'vitest';
import { renderReport } from '../report/renderFixture';
import { ISO, makeProject, makeRoom, rectangle } from '../engine/fixtures';

// A 6 × 6 m ISO 7 room: 9 locations by ISO 14644-1:2015 Table A.1, 6 by the 1999 square-root rule.
const room36 = makeRoom({ id: 'r36', name: 'Room 36', polygon: rectangle(0, 0, 6_000, 6_000), cleanliness: ISO(7) });

/** Collapses the layout text so that a table cell wrapped over lines can be matched whole. */
function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

describe('room schedule sampling column', () => {
  it('names the 2015 method in English', async () => {
    const report = await renderReport(makeProject([room36], [], ['iso-14644-1-2015']), 'en');
    expect(compact(report.text)).toContain('9(ISO14644-1:2015TableA.1)');
    expect(compact(report.text)).not.toContain('ISO14644-1:1999B.4.1');
  });

  it('names the 1999 method in Chinese', async () => {
    const report = await renderReport(makeProject([room36], [], ['iso-14644-1-1999']), 'zh-CN');
    expect(compact(report.text)).toContain('6(ISO14644-1:1999B.4.1)');
    expect(compact(report.text)).not.toContain('表A.1');
  });
});
