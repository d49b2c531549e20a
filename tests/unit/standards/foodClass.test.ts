import { describe, expect, it } from 'vitest';
import { checkProject, parseCleanliness } from '../../../src/engine/index';
import { ISO, makeDoor, makeProject, makeRoom } from '../../unit/engine/fixtures';
import { formatCleanliness } from '../../../src/i18n/classMessages';

describe('GB 50687 food class parsing', () => {
  const cases: { text: string; foodClass: string }[] = [
    { text: '食品 I级', foodClass: 'I' },
    { text: '食品Ⅱ级', foodClass: 'II' },
    { text: 'Food class III', foodClass: 'III' },
    { text: 'GB 50687 Class IV', foodClass: 'IV' },
    { text: 'food II cleanroom', foodClass: 'II' },
  ];
  for (const { text, foodClass } of cases) {
    it(`reads "${text}"`, () => {
      const result = parseCleanliness(text);
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.value).toEqual({ kind: 'food', foodClass });
    });
  }

  it('keeps a bare numeral as GB 50333', () => {
    const result = parseCleanliness('Ⅱ级');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.kind).toBe('hospital');
  });

  it('rejects food class V', () => {
    expect(parseCleanliness('食品 V级').ok).toBe(false);
  });

  it('formats in both languages', () => {
    expect(formatCleanliness({ kind: 'food', foodClass: 'II' }, 'zh-CN')).toBe('食品Ⅱ级（GB 50687）');
    expect(formatCleanliness({ kind: 'food', foodClass: 'II' }, 'en')).toBe('GB 50687 food class II');
  });
});

const FOOD = (foodClass: 'I' | 'II' | 'III' | 'IV') => ({ kind: 'food' as const, foodClass });

function food(ruleId: string, room: ReturnType<typeof makeRoom>) {
  const found = checkProject(makeProject([room], [], ['gb-50687-2011'])).findings.find((finding) => finding.ruleId === ruleId);
  if (!found) throw new Error(`no finding of ${ruleId}`);
  return found;
}

// GB 50687-2011 4.3.1: classes I–II 20–25 °C and 30–65 %RH; classes III–IV 18–26 °C and 30–70 %RH.
describe('GB 50687-2011 temperature and humidity', () => {
  it('passes class II at 25 °C', () => {
    const result = food('gb-50687-2011/temperature-classes-i-ii', makeRoom({ id: 'r', cleanliness: FOOD('II'), design: { temperatureC: 25 } }));
    expect(result.outcome).toBe('pass');
    expect(result.required).toMatchObject({ min: 20, max: 25, unit: 'degC' });
  });

  it('fails class I at 26 °C', () => {
    const result = food('gb-50687-2011/temperature-classes-i-ii', makeRoom({ id: 'r', cleanliness: FOOD('I'), design: { temperatureC: 26 } }));
    expect(result.outcome).toBe('fail');
  });

  it('gives class IV the wider range', () => {
    const room = makeRoom({ id: 'r', cleanliness: FOOD('IV'), design: { temperatureC: 26, rhPct: 70 } });
    expect(food('gb-50687-2011/temperature-classes-iii-iv', room).outcome).toBe('pass');
    expect(food('gb-50687-2011/rh-classes-iii-iv', room).outcome).toBe('pass');
    expect(food('gb-50687-2011/rh-classes-i-ii', room).outcome).toBe('not-applicable');
  });

  it('cannot evaluate without a food class', () => {
    const result = food('gb-50687-2011/temperature-classes-i-ii', makeRoom({ id: 'r', cleanliness: ISO(8), design: { temperatureC: 22 } }));
    expect(result.outcome).toBe('cannot-evaluate');
    expect(result.reason.code).toBe('food-class-missing');
  });

  it('cannot evaluate a missing humidity', () => {
    const result = food('gb-50687-2011/rh-classes-i-ii', makeRoom({ id: 'r', cleanliness: FOOD('II') }));
    expect(result.outcome).toBe('cannot-evaluate');
    expect(result.reason.code).toBe('value-missing');
  });

  it('judges processing illuminance', () => {
    const dim = food('gb-50687-2011/illuminance', makeRoom({ id: 'r', use: 'filling', cleanliness: FOOD('II'), design: { illuminanceLx: 150 } }));
    expect(dim.outcome).toBe('fail');
    expect(dim.required).toMatchObject({ min: 200, max: null });
  });
});

describe('GB 14881 flow between food classes', () => {
  const flow = (a: ReturnType<typeof makeRoom>, b: ReturnType<typeof makeRoom>) =>
    checkProject(makeProject([a, b], [makeDoor('d1', 'a', 'b')], ['gb-14881-2013'])).findings[0];

  it('passes class II above class III', () => {
    const result = flow(makeRoom({ id: 'a', cleanliness: FOOD('II'), design: { pressurePa: 10 } }), makeRoom({ id: 'b', cleanliness: FOOD('III'), design: { pressurePa: 5 } }));
    expect(result?.outcome).toBe('pass');
  });

  it('fails class III above class II', () => {
    const result = flow(makeRoom({ id: 'a', cleanliness: FOOD('III'), design: { pressurePa: 10 } }), makeRoom({ id: 'b', cleanliness: FOOD('II'), design: { pressurePa: 5 } }));
    expect(result?.outcome).toBe('fail');
  });

  it('cannot compare food and ISO classes', () => {
    const result = flow(makeRoom({ id: 'a', cleanliness: FOOD('II'), design: { pressurePa: 10 } }), makeRoom({ id: 'b', cleanliness: ISO(8), design: { pressurePa: 5 } }));
    expect(result?.outcome).toBe('cannot-evaluate');
    expect(result?.reason.code).toBe('classes-not-comparable');
  });
});
