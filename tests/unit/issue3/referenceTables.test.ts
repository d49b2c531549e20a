import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../report/renderFixture';
import { GRADE, makeProject, makeRoom } from '../engine/fixtures';

/** Extracts the PDF text in content-stream order, where one table row stays together, without white space. */
async function reportText(ruleSetIds: string[], locale: 'en' | 'zh-CN'): Promise<string> {
  const rooms = [makeRoom({ id: 'fill', name: 'Filling', cleanliness: GRADE('B') })];
  const report = await renderReport(makeProject(rooms, [], ruleSetIds), locale);
  const raw = execFileSync('/usr/bin/pdftotext', ['-raw', '-enc', 'UTF-8', report.path, '-'], { encoding: 'utf8' });
  return raw.replace(/\s+/g, '');
}

describe('reference tables in the PDF', () => {
  it('prints EU GMP Annex 1 2022 Tables 1 and 5', async () => {
    const text = await reportText(['eu-gmp-annex1-2022'], 'en');
    // Annex 1 (2022) Table 1: grade B at rest 3 520 at 0.5 µm and no 5 µm limit; in operation 352 000 / 2 930.
    expect(text).toContain('Particlelimitsforclassification,particles/m³—EUGMPAnnex12022Table1');
    expect(text).toContain('B3,520notspecified352,0002,930');
    // Annex 1 (2022) Table 5: grade B at rest 3 520 / 29.
    expect(text).toContain('Particlelimitsformonitoring,particles/m³—EUGMPAnnex12022Table5');
    expect(text).toContain('B3,52029352,0002,930');
    // Grade D in operation has no predetermined limit in either table.
    expect(text).toContain('D3,520,00029,300notpredeterminednotpredetermined');
    expect(text).not.toContain('D3,520,00029,30000');
  });

  it('prints Annex 1 2022 microbial limits and clean-up time', async () => {
    const text = await reportText(['eu-gmp-annex1-2022'], 'en');
    // Annex 1 (2022) Table 6 action limits: grade A no growth, grade B 10 / 5 / 5 / 5, grade C has no glove limit.
    expect(text).toContain('EUGMPAnnex12022Table6');
    expect(text).toContain('Anogrowthnogrowthnogrowthnogrowth');
    expect(text).toContain('B10555');
    expect(text).toContain('C1005025notapplicable');
    // Annex 1 (2022) §4.29 iii: less than 20 minutes.
    expect(text).toContain('Returntoat-restlimitswithin<20min');
  });

  it('prints the GB 50333-2013 class table', async () => {
    const text = await reportText(['gb-50333-2013'], 'en');
    expect(text).toContain('Cleanoperatingroomclasses—GB50333-2013Table3.0.3');
    // GB 50333-2013 Table 3.0.3: class II zone ISO 6, periphery ISO 7, 0.75 / 1.5 settling, 25 / 50 airborne, 20 min.
    expect(text).toContain('IIISO6ISO70.75/1.525/5020');
    // Class IV has no airborne limit.
    expect(text).toContain('IVISO8.5ISO8.56/6notspecified/notspecified30');
  });

  it('prints the tables in Chinese', async () => {
    const text = await reportText(['gb-50333-2013', 'eu-gmp-annex1-2022'], 'zh-CN');
    expect(text).toContain('洁净手术室用房分级——GB50333-2013');
    expect(text).toContain('不作规定/不作规定');
    expect(text).toContain('未预先规定');
  });

  it('leaves the section out without those rule sets', async () => {
    const text = await reportText(['iso-14644-1-2015'], 'en');
    expect(text).not.toContain('Referencetables');
  });
});
