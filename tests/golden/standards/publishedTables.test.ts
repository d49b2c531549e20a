import { describe, expect, it } from 'vitest';
import { cleanUpTime, gradeParticleTable, isoTable1, microbialLimits } from '../../../src/engine/index';

function gradeRow(ruleSetId: string, purpose: 'classification' | 'monitoring', grade: 'A' | 'B' | 'C' | 'D') {
  const table = gradeParticleTable(ruleSetId, purpose);
  if (!table) throw new Error(`${ruleSetId} has no ${purpose} table`);
  const row = table.grades.find((entry) => entry.grade === grade);
  if (!row) throw new Error(`${ruleSetId} has no grade ${grade}`);
  return { clause: table.clause, row };
}

// EU GMP Annex 1 (2022) Table 1 (classification) and Table 5 (monitoring).
describe('Annex 1 2022 particle tables', () => {
  it('leaves grade B at rest 5 µm unspecified in Table 1', () => {
    const { clause, row } = gradeRow('eu-gmp-annex1-2022', 'classification', 'B');
    expect(clause).toBe('Table 1');
    expect(row.atRest['0.5']).toBe(3520);
    expect(row.atRest['5']).toBe('not-specified');
  });

  it('gives grade B at rest 3 520 / 29 in Table 5', () => {
    const { clause, row } = gradeRow('eu-gmp-annex1-2022', 'monitoring', 'B');
    expect(clause).toBe('Table 5');
    expect(row.atRest['0.5']).toBe(3520);
    expect(row.atRest['5']).toBe(29);
  });

  it('pins every Table 1 cell', () => {
    const table = gradeParticleTable('eu-gmp-annex1-2022', 'classification')!;
    expect(table.grades.map((g) => [g.atRest['0.5'], g.atRest['5'], g.inOperation['0.5'], g.inOperation['5']])).toEqual([
      [3520, 'not-specified', 3520, 'not-specified'],
      [3520, 'not-specified', 352000, 2930],
      [352000, 2930, 3520000, 29300],
      [3520000, 29300, 'not-predetermined', 'not-predetermined'],
    ]);
  });

  it('pins every Table 5 cell', () => {
    const table = gradeParticleTable('eu-gmp-annex1-2022', 'monitoring')!;
    expect(table.grades.map((g) => [g.atRest['0.5'], g.atRest['5'], g.inOperation['0.5'], g.inOperation['5']])).toEqual([
      [3520, 29, 3520, 29],
      [3520, 29, 352000, 2930],
      [352000, 2930, 3520000, 29300],
      [3520000, 29300, 'not-predetermined', 'not-predetermined'],
    ]);
  });
});

// EU GMP Annex 1 (2008) classification table, identical to China GMP 2010 Annex 1 Art. 9.
describe('Annex 1 2008 particle table', () => {
  it('gives grade B at rest 3 520 / 29', () => {
    const { row } = gradeRow('eu-gmp-annex1-2008', 'classification', 'B');
    expect(row.atRest['0.5']).toBe(3520);
    expect(row.atRest['5']).toBe(29);
  });

  it('pins every cell', () => {
    const table = gradeParticleTable('eu-gmp-annex1-2008', 'classification')!;
    expect(table.grades.map((g) => [g.atRest['0.5'], g.atRest['5'], g.inOperation['0.5'], g.inOperation['5']])).toEqual([
      [3520, 20, 3520, 20],
      [3520, 29, 352000, 2900],
      [352000, 2900, 3520000, 29000],
      [3520000, 29000, 'not-defined', 'not-defined'],
    ]);
  });

  it('has no monitoring table', () => {
    expect(gradeParticleTable('eu-gmp-annex1-2008', 'monitoring')).toBeNull();
  });
});

// EU GMP Annex 1 (2022) Table 6 action limits and the 2008 recommended limits.
describe('Annex 1 microbial limits', () => {
  it('pins the 2022 Table 6 action limits', () => {
    const limits = microbialLimits('eu-gmp-annex1-2022')!;
    expect(limits.clause).toBe('Table 6');
    expect(limits.limitKind).toBe('action');
    expect(limits.grades.map((g) => [g.air, g.settlePlate, g.contactPlate, g.glovePrint])).toEqual([
      ['no-growth', 'no-growth', 'no-growth', 'no-growth'],
      [{ max: 10 }, { max: 5 }, { max: 5 }, { max: 5 }],
      [{ max: 100 }, { max: 50 }, { max: 25 }, 'not-applicable'],
      [{ max: 200 }, { max: 100 }, { max: 50 }, 'not-applicable'],
    ]);
  });

  it('pins the 2008 recommended limits', () => {
    const limits = microbialLimits('eu-gmp-annex1-2008')!;
    expect(limits.limitKind).toBe('recommended');
    expect(limits.grades.map((g) => [g.air, g.settlePlate, g.contactPlate, g.glovePrint])).toEqual([
      [{ below: 1 }, { below: 1 }, { below: 1 }, { below: 1 }],
      [{ max: 10 }, { max: 5 }, { max: 5 }, { max: 5 }],
      [{ max: 100 }, { max: 50 }, { max: 25 }, 'not-applicable'],
      [{ max: 200 }, { max: 100 }, { max: 50 }, 'not-applicable'],
    ]);
  });

  it('returns null for a set without limits', () => {
    expect(microbialLimits('gb-50073-2013')).toBeNull();
  });
});

// Annex 1 (2022) §4.29 iii: under 20 minutes; Annex 1 (2008): 15–20 minutes.
describe('Annex 1 clean-up time', () => {
  it('is under 20 minutes in 2022', () => {
    const time = cleanUpTime('eu-gmp-annex1-2022')!;
    expect(time.clause).toBe('§4.29 iii');
    expect(time.maxMinutes).toBe(20);
    expect(time.maxExclusive).toBe(true);
    expect(time.minMinutes).toBeNull();
  });

  it('is 15–20 minutes in 2008', () => {
    const time = cleanUpTime('eu-gmp-annex1-2008')!;
    expect(time.minMinutes).toBe(15);
    expect(time.maxMinutes).toBe(20);
  });

  it('rejects an unknown rule set', () => {
    expect(() => cleanUpTime('eu-gmp-annex1-2015')).toThrow(/Unknown rule set "eu-gmp-annex1-2015"/);
  });
});

// ISO 14644-1:1999 Table 1 against ISO 14644-1:2015 Table 1: four cells that 2015 marks n/a.
describe('ISO 14644-1 Table 1 by edition', () => {
  const SIZES = ['0.1', '0.2', '0.3', '0.5', '1', '5'];
  const cell = (ruleSetId: string, isoClass: number, size: string) =>
    isoTable1(ruleSetId)!.rows.find((row) => row.isoClass === isoClass)!.limits[SIZES.indexOf(size)];

  const cases: { isoClass: number; size: string; limit1999: number }[] = [
    { isoClass: 1, size: '0.2', limit1999: 2 },
    { isoClass: 2, size: '0.5', limit1999: 4 },
    { isoClass: 3, size: '1', limit1999: 8 },
    { isoClass: 5, size: '5', limit1999: 29 },
  ];
  for (const { isoClass, size, limit1999 } of cases) {
    it(`fills ISO ${isoClass} at ${size} µm only in 1999`, () => {
      expect(cell('iso-14644-1-1999', isoClass, size)).toBe(limit1999);
      expect(cell('iso-14644-1-2015', isoClass, size)).toBeNull();
    });
  }

  it('agrees with 2015 in every other cell', () => {
    const table1999 = isoTable1('iso-14644-1-1999')!;
    const table2015 = isoTable1('iso-14644-1-2015')!;
    const changed = new Set(cases.map((c) => `${c.isoClass}@${c.size}`));
    for (const row of table1999.rows) {
      row.limits.forEach((limit, index) => {
        if (changed.has(`${row.isoClass}@${SIZES[index]}`)) return;
        expect(limit, `ISO ${row.isoClass} at ${SIZES[index]} µm`).toBe(table2015.rows[row.isoClass - 1]!.limits[index]);
      });
    }
  });
});
