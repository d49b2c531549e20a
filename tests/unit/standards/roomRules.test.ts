import { describe, expect, it } from 'vitest';
import { checkProject } from '../../../src/engine/index';
import { GRADE, ISO, UNCLASSIFIED, makeProject, makeRoom } from '../../unit/engine/fixtures';

function finding(ruleId: string, room: ReturnType<typeof makeRoom>) {
  const ruleSetId = ruleId.split('/')[0]!;
  const found = checkProject(makeProject([room], [], [ruleSetId])).findings.find((f) => f.ruleId === ruleId);
  if (!found) throw new Error(`no finding of ${ruleId}`);
  return found;
}

// GB 50457-2019 §3.2: grades A/B/C 20–24 °C and 45–60 %RH; grade D 18–26 °C and 45–65 %RH.
describe('GB 50457-2019 temperature and humidity', () => {
  it('passes grade C at 22 °C', () => {
    const result = finding('gb-50457-2019/temperature-by-grade-abc', makeRoom({ id: 'r', cleanliness: GRADE('C'), design: { temperatureC: 22 } }));
    expect(result.outcome).toBe('pass');
    expect(result.required).toMatchObject({ min: 20, max: 24, unit: 'degC' });
  });

  it('fails grade B at 25 °C', () => {
    const result = finding('gb-50457-2019/temperature-by-grade-abc', makeRoom({ id: 'r', cleanliness: GRADE('B'), design: { temperatureC: 25 } }));
    expect(result.outcome).toBe('fail');
    expect(result.reason.code).toBe('above-max');
  });

  it('gives grade D the wider range', () => {
    const room = makeRoom({ id: 'r', cleanliness: GRADE('D'), design: { temperatureC: 25, rhPct: 64 } });
    expect(finding('gb-50457-2019/temperature-by-grade-d', room).outcome).toBe('pass');
    expect(finding('gb-50457-2019/rh-by-grade-d', room).outcome).toBe('pass');
    expect(finding('gb-50457-2019/temperature-by-grade-abc', room).outcome).toBe('not-applicable');
  });

  it('fails grade A at 40 %RH', () => {
    const result = finding('gb-50457-2019/rh-by-grade-abc', makeRoom({ id: 'r', cleanliness: GRADE('A'), design: { rhPct: 40 } }));
    expect(result.outcome).toBe('fail');
    expect(result.reason.code).toBe('below-min');
  });

  it('cannot evaluate a missing temperature', () => {
    const result = finding('gb-50457-2019/temperature-by-grade-abc', makeRoom({ id: 'r', cleanliness: GRADE('C') }));
    expect(result.outcome).toBe('cannot-evaluate');
    expect(result.reason.params?.quantity).toBe('temperatureC');
  });

  it('cannot evaluate an ISO class without a grade', () => {
    const result = finding('gb-50457-2019/temperature-by-grade-abc', makeRoom({ id: 'r', cleanliness: ISO(7), design: { temperatureC: 22 } }));
    expect(result.outcome).toBe('cannot-evaluate');
    expect(result.reason.code).toBe('grade-missing');
  });

  it('judges a maximum-only noise level', () => {
    const quiet = finding('gb-50457-2019/noise-grades-bcd', makeRoom({ id: 'r', cleanliness: GRADE('C'), design: { noiseDbA: 58 } }));
    const loud = finding('gb-50457-2019/noise-grades-bcd', makeRoom({ id: 'r', cleanliness: GRADE('C'), design: { noiseDbA: 61 } }));
    expect(quiet.outcome).toBe('pass');
    expect(quiet.required).toMatchObject({ min: null, max: 60 });
    expect(loud.outcome).toBe('fail');
    expect(loud.verified).toBe(false);
  });
});

// GB 50457-2008: 10000级 15–25, 100000级 10–15, 300000级 8–12 h⁻¹; 100000/300000级 18–26 °C.
describe('GB 50457-2008 class rules', () => {
  const room = (isoClass: number, design: Parameters<typeof makeRoom>[0]['design']) => makeRoom({ id: 'r', cleanliness: ISO(isoClass), design });

  it('pins the air-change minimums', () => {
    expect(finding('gb-50457-2008/ach-non-unidirectional-min', room(7, { ach: 15 })).outcome).toBe('pass');
    expect(finding('gb-50457-2008/ach-non-unidirectional-min', room(7, { ach: 14 })).outcome).toBe('fail');
    expect(finding('gb-50457-2008/ach-non-unidirectional-min', room(8, { ach: 10 })).outcome).toBe('pass');
    expect(finding('gb-50457-2008/ach-non-unidirectional-min', room(8.5, { ach: 8 })).outcome).toBe('pass');
    expect(finding('gb-50457-2008/ach-non-unidirectional-min', room(8.5, { ach: 7.9 })).outcome).toBe('fail');
  });

  it('pins the air-change maximums', () => {
    expect(finding('gb-50457-2008/ach-non-unidirectional-max', room(8.5, { ach: 12 })).outcome).toBe('pass');
    expect(finding('gb-50457-2008/ach-non-unidirectional-max', room(8.5, { ach: 13 })).outcome).toBe('fail');
  });

  it('takes 300000级 temperatures from the wider row', () => {
    const result = finding('gb-50457-2008/temperature-100000-300000', room(8.5, { temperatureC: 26 }));
    expect(result.outcome).toBe('pass');
    expect(result.required).toMatchObject({ min: 18, max: 26 });
  });

  it('does not apply to unclassified rooms', () => {
    const result = finding('gb-50457-2008/rh-100-10000', makeRoom({ id: 'r', cleanliness: UNCLASSIFIED, design: { rhPct: 50 } }));
    expect(result.outcome).toBe('not-applicable');
  });
});

// Contractor practice: 万级 ≥ 20, 十万级 ≥ 15, 三十万级 ≥ 10 air changes per hour.
describe('contractor ACH minimums', () => {
  const rule = 'practice-contractor/ach-min-by-class';

  it('passes ISO 7 at 20 h⁻¹', () => {
    const result = finding(rule, makeRoom({ id: 'r', cleanliness: ISO(7), design: { ach: 20 } }));
    expect(result.outcome).toBe('pass');
    expect(result.kind).toBe('practice');
    expect(result.required).toMatchObject({ min: 20, max: null });
  });

  it('fails ISO 8 at 12 h⁻¹', () => {
    expect(finding(rule, makeRoom({ id: 'r', cleanliness: ISO(8), design: { ach: 12 } })).outcome).toBe('fail');
  });

  it('does not apply to ISO 5', () => {
    const result = finding(rule, makeRoom({ id: 'r', cleanliness: ISO(5), design: { ach: 12 } }));
    expect(result.outcome).toBe('not-applicable');
    expect(result.reason.code).toBe('class-not-in-table');
  });

  it('cannot evaluate without a class', () => {
    expect(finding(rule, makeRoom({ id: 'r', design: { ach: 12 } })).outcome).toBe('cannot-evaluate');
  });

  it('cannot evaluate without supply', () => {
    const result = finding(rule, makeRoom({ id: 'r', cleanliness: ISO(7) }));
    expect(result.outcome).toBe('cannot-evaluate');
    expect(result.reason.code).toBe('value-missing');
  });

  it('does not apply to unidirectional rooms', () => {
    const result = finding(rule, makeRoom({ id: 'r', cleanliness: ISO(7), airflowPattern: 'unidirectional', design: { ach: 5 } }));
    expect(result.outcome).toBe('not-applicable');
  });
});

// US design-practice ACH table: ISO 7 60–90, ISO 8 5–48 h⁻¹.
describe('IEST-style ACH practice table', () => {
  it('fails ISO 7 at 25 h⁻¹', () => {
    const result = finding('practice-iest-ach/ach-min', makeRoom({ id: 'r', cleanliness: ISO(7), design: { ach: 25 } }));
    expect(result.outcome).toBe('fail');
    expect(result.required?.min).toBe(60);
    expect(result.verified).toBe(false);
  });

  it('passes ISO 8 at 20 h⁻¹', () => {
    expect(finding('practice-iest-ach/ach-max', makeRoom({ id: 'r', cleanliness: ISO(8), design: { ach: 20 } })).outcome).toBe('pass');
  });
});

// GB 50472-2008 (vendor summary): noise ≤ 65 dB(A) as-built.
describe('GB 50472-2008 noise', () => {
  it('fails 66 dB(A)', () => {
    const result = finding('gb-50472-2008/noise-as-built', makeRoom({ id: 'r', cleanliness: ISO(5), design: { noiseDbA: 66 } }));
    expect(result.outcome).toBe('fail');
    expect(result.required?.max).toBe(65);
  });
});

// GB 50457-2019 (one secondary source): at least 300 lx in main production rooms, 200 lx in auxiliary rooms.
describe('GB 50457-2019 illuminance', () => {
  it('fails a filling room at 250 lx', () => {
    const result = finding('gb-50457-2019/illuminance', makeRoom({ id: 'r', use: 'filling', cleanliness: GRADE('C'), design: { illuminanceLx: 250 } }));
    expect(result.outcome).toBe('fail');
    expect(result.required).toMatchObject({ min: 300, max: null });
  });

  it('passes an airlock at 250 lx', () => {
    const result = finding('gb-50457-2019/illuminance', makeRoom({ id: 'r', use: 'airlock', cleanliness: GRADE('C'), design: { illuminanceLx: 250 } }));
    expect(result.outcome).toBe('pass');
  });

  it('cannot evaluate without a use', () => {
    const result = finding('gb-50457-2019/illuminance', makeRoom({ id: 'r', cleanliness: GRADE('C'), design: { illuminanceLx: 250 } }));
    expect(result.outcome).toBe('cannot-evaluate');
    expect(result.reason.code).toBe('use-missing');
  });
});
