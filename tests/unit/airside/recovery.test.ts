import { describe, expect, it } from 'vitest';
import type { Room } from '../../../src/domain/project';
import { decayMinutes, recoveryEstimate } from '../../../src/engine/airside/recovery';
import { computeRoomMetrics } from '../../../src/engine/index';
import { getRuleSets } from '../../../src/engine/rules/registry';
import { GRADE, ISO, UNCLASSIFIED, makeRoom } from '../engine/fixtures';

// Fixture rooms are 10 × 8 m with 2.7 m clear height (216 m³), so `ach` sets supply = ach × 216.

/** Runs the estimate and keeps only the recovery-time findings, leaving out the dispersion one. */
function run(room: Room, ruleSetIds: readonly string[]) {
  const result = recoveryEstimate({ room, metrics: computeRoomMetrics(room), offsetM3h: null, ruleSets: getRuleSets(ruleSetIds) });
  return { ...result, findings: result.findings.filter((finding) => !finding.ruleId.startsWith('airside-design/')) };
}

const minutes = (ratio: number, ach: number) => (Math.log(ratio) / ach) * 60;

describe('well-mixed decay time', () => {
  it('100:1 at 20 h⁻¹', () => {
    expect(decayMinutes(100, 20)).toBeCloseTo(13.8155, 4);
  });

  it('no positive ACH gives null', () => {
    expect(decayMinutes(100, null)).toBeNull();
    expect(decayMinutes(100, 0)).toBeNull();
  });
});

describe('Annex 1 clean-up estimate', () => {
  // Annex 1 (2022) Table 1: grade B 0.5 µm limits 3 520 at rest and 352 000 in operation (100:1);
  // §4.29 iii: clean-up in less than 20 minutes.
  it('grade B at 20 h⁻¹ recovers in time', () => {
    const { recovery, findings } = run(makeRoom({ id: 'r', cleanliness: GRADE('B'), design: { ach: 20 } }), ['eu-gmp-annex1-2022']);
    expect(recovery?.ach).toBeCloseTo(20, 9);
    expect(recovery?.decays).toHaveLength(1);
    expect(recovery?.decays[0]?.ratio).toBe(100);
    expect(recovery?.decays[0]?.minutes).toBeCloseTo(minutes(100, 20), 9);
    expect(recovery?.decays[0]?.citation.clause).toBe('Table 1');
    expect(findings[0]?.ruleId).toBe('eu-gmp-annex1-2022/clean-up-time-estimate');
    expect(findings[0]?.outcome).toBe('pass');
    expect(findings[0]?.kind).toBe('guidance');
    expect(findings[0]?.required).toEqual({ min: null, max: 20, unit: 'min', maxExclusive: true });
  });

  // Grade C: 352 000 at rest, 3 520 000 in operation, 10:1. At 6 h⁻¹ that is 23 minutes.
  it('grade C at 6 h⁻¹ is too slow', () => {
    const { recovery, findings } = run(makeRoom({ id: 'r', cleanliness: GRADE('C'), design: { ach: 6 } }), ['eu-gmp-annex1-2022']);
    expect(recovery?.decays[0]?.ratio).toBe(10);
    expect(findings[0]?.actual).toBeCloseTo(minutes(10, 6), 9);
    expect(findings[0]?.outcome).toBe('fail');
  });

  it('2008 edition allows 20 minutes', () => {
    const ach = Math.log(100) * 3;
    const { findings } = run(makeRoom({ id: 'r', cleanliness: GRADE('B'), design: { ach } }), ['eu-gmp-annex1-2008']);
    expect(findings[0]?.actual).toBeCloseTo(20, 9);
    expect(findings[0]?.outcome).toBe('pass');
  });

  it('China GMP lists the decay without a time', () => {
    const { recovery, findings } = run(makeRoom({ id: 'r', cleanliness: GRADE('B'), design: { ach: 20 } }), ['china-gmp-2010']);
    expect(recovery?.decays[0]?.citation.ruleSetId).toBe('china-gmp-2010');
    expect(findings).toEqual([]);
  });

  it('grade A and D have no ratio', () => {
    for (const grade of ['A', 'D'] as const) {
      const { recovery } = run(makeRoom({ id: 'r', cleanliness: GRADE(grade), design: { ach: 20 } }), ['eu-gmp-annex1-2022']);
      expect(recovery?.decays, `grade ${grade}`).toEqual([]);
    }
  });

  it('missing supply cannot be evaluated', () => {
    const { findings } = run(makeRoom({ id: 'r', cleanliness: GRADE('B') }), ['eu-gmp-annex1-2022']);
    expect(findings[0]?.outcome).toBe('cannot-evaluate');
    expect(findings[0]?.reason.params?.missing).toBe('supplyM3h');
  });
});

describe('GB 50333 self-clean estimate', () => {
  const or = (hospitalClass: 'II' | 'IV', ach: number) =>
    makeRoom({ id: 'r', use: 'operating-room', cleanliness: { kind: 'hospital', hospitalClass }, design: { ach } });

  // GB 50333-2013 Table 4.0.1 self-clean time: class II 20 min, class IV 30 min.
  it('class II at 24 h⁻¹ within 20 minutes', () => {
    const { findings } = run(or('II', 24), ['gb-50333-2013']);
    expect(findings[0]?.ruleId).toBe('gb-50333-2013/self-clean-time-estimate');
    expect(findings[0]?.actual).toBeCloseTo(minutes(100, 24), 9);
    expect(findings[0]?.required?.max).toBe(20);
    expect(findings[0]?.outcome).toBe('pass');
    expect(findings[0]?.verified).toBe(false);
  });

  it('class II at 12 h⁻¹ is too slow', () => {
    expect(run(or('II', 12), ['gb-50333-2013']).findings[0]?.outcome).toBe('fail');
  });

  it('class IV at 12 h⁻¹ within 30 minutes', () => {
    expect(run(or('IV', 12), ['gb-50333-2013']).findings[0]?.outcome).toBe('pass');
  });

  it('auxiliary room has no self-clean estimate', () => {
    const room = makeRoom({ id: 'r', use: 'clean-corridor', cleanliness: { kind: 'hospital', hospitalClass: 'III' }, design: { ach: 8 } });
    expect(run(room, ['gb-50333-2013']).findings).toEqual([]);
  });
});

describe('recovery result', () => {
  it('unclassified room has none', () => {
    expect(run(makeRoom({ id: 'r', cleanliness: UNCLASSIFIED, design: { ach: 10 } }), ['eu-gmp-annex1-2022']).recovery).toBeNull();
  });

  it('carries the dispersion supply', () => {
    const { recovery } = run(makeRoom({ id: 'r', cleanliness: ISO(7), design: { ach: 20, occupants: 4 } }), ['gb-50073-2013']);
    expect(recovery?.dispersionSupplyM3h).not.toBeNull();
    expect(recovery?.dispersionBasis?.code).toBe('dispersion');
  });
});
