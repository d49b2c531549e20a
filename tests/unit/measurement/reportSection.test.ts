import { describe, expect, it } from 'vitest';
import type { Room } from '../../../src/domain/project';
import { GRADE, ISO, makeProject, makeRoom, rectangle } from '../engine/fixtures';
import { renderReport } from '../report/renderFixture';
import { locations, measurement, sample } from './fixtures';

// A 4 × 4 m ISO 7 room measured at √16 = 4 locations, where the 1999 UCL (401 702.5) fails
// although every mean meets 352 000, and a grade B room with an air result above 10 cfu/m³.
function measuredProject() {
  const particles = measurement(7, ['0.5'], locations([17_000, 17_000, 1_000, 1_000].map((count) => [sample(50, { '0.5': count })])));
  const cleanRoom: Room = { ...makeRoom({ id: 'r1', name: 'Fill room', cleanliness: ISO(7), polygon: rectangle(0, 0, 4000, 4000) }), measurements: { particles } };
  const microbial = { air: [12], settlePlate: [3], contactPlate: [2], glovePrint: [1] };
  const gradeRoom: Room = { ...makeRoom({ id: 'r2', name: 'Grade B room', cleanliness: GRADE('B') }), measurements: { microbial } };
  return makeProject([cleanRoom, gradeRoom], [], ['iso-14644-1-1999', 'china-gmp-2010']);
}

describe('measured data in the PDF', () => {
  it('prints the UCL and supported class in English', async () => {
    const { text } = await renderReport(measuredProject(), 'en');

    expect(text).toContain('Measured data');
    expect(text).toContain('ISO 14644-1:1999 classification, target ISO Class 7, at rest');
    expect(text).toContain('Verdict: fail. Cleanest class the data support: ISO 7.1.');
    expect(text).toMatch(/95 % UCL \(t = 2\.4\)\s+4\s+0\.5\s+401,703\s+352,000\s+fail/);
    expect(text).toMatch(/Air sample \(cfu\/m³\)\s+12\s+12\s+≤ 10\s+fail/);
  });

  it('prints the section in Chinese', async () => {
    const { text } = await renderReport(measuredProject(), 'zh-CN');

    expect(text).toContain('实测数据');
    expect(text).toContain('结论：不符合');
    expect(text).toContain('浮游菌');
  });
});
