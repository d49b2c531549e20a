import { describe, expect, it } from 'vitest';
import type { GmpGrade } from '../../../src/domain/cleanliness';
import type { MicrobialResults } from '../../../src/domain/measurements';
import { evaluateMicrobial } from '../../../src/engine/measurement';

function results(partial: Partial<MicrobialResults>): MicrobialResults {
  return { air: [], settlePlate: [], contactPlate: [], glovePrint: [], ...partial };
}

function evaluate(ruleSetId: string, grade: GmpGrade, partial: Partial<MicrobialResults>) {
  const evaluation = evaluateMicrobial(ruleSetId, grade, results(partial));
  if (!evaluation) throw new Error(`${ruleSetId} has no microbial table`);
  return evaluation;
}

// China GMP 2010 Annex 1 Art. 11 recommended limits (averages), in operation:
// air cfu/m³, settle plate φ90 mm cfu/4 h, contact plate φ55 mm cfu/plate, glove print cfu/glove.
const CHINA_GMP_2010: Record<GmpGrade, [number | null, number | null, number | null, number | null]> = {
  A: [null, null, null, null], // fewer than 1 for every method
  B: [10, 5, 5, 5],
  C: [100, 50, 25, null],
  D: [200, 100, 50, null],
};

describe('China GMP 2010 microbial limits', () => {
  it.each(['B', 'C', 'D'] as const)('grade %s passes at and fails above each limit', (grade) => {
    const [air, settle, contact, glove] = CHINA_GMP_2010[grade];
    const atLimit = evaluate('china-gmp-2010', grade, {
      air: [air!],
      settlePlate: [settle!],
      contactPlate: [contact!],
      glovePrint: glove === null ? [] : [glove],
    });
    const aboveAir = evaluate('china-gmp-2010', grade, {
      air: [air! + 1],
      settlePlate: [settle!],
      contactPlate: [contact!],
      glovePrint: glove === null ? [] : [glove],
    });

    expect(atLimit.outcome).toBe('pass');
    expect(aboveAir.outcome).toBe('fail');
    expect(aboveAir.methods[0]?.outcome).toBe('fail');
  });

  it('skips glove prints in grades C and D', () => {
    for (const grade of ['C', 'D'] as const) {
      const evaluation = evaluate('china-gmp-2010', grade, { air: [0], settlePlate: [0], contactPlate: [0] });
      expect(evaluation.methods[3]?.outcome).toBe('not-applicable');
      expect(evaluation.outcome).toBe('pass');
    }
  });

  it('averages grade A results below 1 cfu', () => {
    // Recommended limits are averages: results 0 and 1 average 0.5, fewer than 1.
    const evaluation = evaluate('china-gmp-2010', 'A', { air: [0, 1], settlePlate: [0], contactPlate: [0], glovePrint: [0] });
    expect(evaluation.methods[0]?.judged).toBe(0.5);
    expect(evaluation.outcome).toBe('pass');
    expect(evaluation.clause).toBe('Annex 1 Art. 11');
  });
});

describe('EU GMP Annex 1 microbial limits', () => {
  it('2022 grade A fails any growth', () => {
    // Annex 1 (2022) Table 6 action limits: grade A no growth, judged per result.
    const evaluation = evaluate('eu-gmp-annex1-2022', 'A', { air: [0, 1], settlePlate: [0], contactPlate: [0], glovePrint: [0] });
    expect(evaluation.methods[0]?.judged).toBe(1);
    expect(evaluation.outcome).toBe('fail');
  });

  it('2022 grade B fails one result above 10 cfu/m³', () => {
    const evaluation = evaluate('eu-gmp-annex1-2022', 'B', { air: [2, 11], settlePlate: [5], contactPlate: [5], glovePrint: [5] });
    expect(evaluation.methods[0]?.outcome).toBe('fail');
    expect(evaluation.outcome).toBe('fail');
  });

  it('2008 grade B averages the same results', () => {
    // Annex 1 (2008) recommended limits are averages: (2 + 11) / 2 = 6.5 ≤ 10.
    const evaluation = evaluate('eu-gmp-annex1-2008', 'B', { air: [2, 11], settlePlate: [5], contactPlate: [5], glovePrint: [5] });
    expect(evaluation.methods[0]?.judged).toBe(6.5);
    expect(evaluation.outcome).toBe('pass');
  });
});

describe('microbial results', () => {
  it('cannot evaluate an unsampled method', () => {
    const evaluation = evaluate('china-gmp-2010', 'B', { air: [1], settlePlate: [1], contactPlate: [1] });
    expect(evaluation.methods[3]?.reason).toBe('not-sampled');
    expect(evaluation.outcome).toBe('cannot-evaluate');
  });

  it('cannot evaluate a negative result', () => {
    const evaluation = evaluate('china-gmp-2010', 'D', { air: [-1], settlePlate: [1], contactPlate: [1] });
    expect(evaluation.methods[0]?.reason).toBe('result-invalid');
    expect(evaluation.outcome).toBe('cannot-evaluate');
  });

  it('fails despite an unsampled method', () => {
    const evaluation = evaluate('china-gmp-2010', 'B', { air: [50] });
    expect(evaluation.outcome).toBe('fail');
  });

  it('returns null without a microbial table', () => {
    expect(evaluateMicrobial('gb-50073-2013', 'B', results({}))).toBeNull();
  });
});
