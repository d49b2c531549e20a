import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../../src/engine/rules/load';
import { ruleSetSchema } from '../../../src/engine/rules/schema';
import { NC, doors, findingsOf, grade, iso, project, room, verdicts } from './fixtures';

const GB = 'gb-50073-2013/suite-flow-direction';
const GMP = 'china-gmp-2010/suite-flow-direction';

describe('suite pressure direction', () => {
  it('passes a rising cascade', () => {
    const suite = project(
      [room('corridor', { cleanliness: NC, pressurePa: 0 }), room('gown', { cleanliness: grade('D'), pressurePa: 10 }), room('fill', { cleanliness: grade('C'), pressurePa: 25 })],
      doors(['corridor', 'gown'], ['gown', 'fill'], ['corridor', 'outside']),
    );
    expect(verdicts(findingsOf(suite, GMP))).toEqual(['pass:flow-directions-hold']);
  });

  it('names both rooms of a reversed door', () => {
    const suite = project([room('c', { cleanliness: grade('C'), pressurePa: 10 }), room('b', { cleanliness: grade('B'), pressurePa: 5 })], doors(['c', 'b']));
    const findings = findingsOf(suite, GMP);
    expect(verdicts(findings)).toEqual(['fail:wrong-direction']);
    expect(findings[0]!.roomIds).toEqual(['b', 'c']);
    expect(findings[0]!.doorId).toBe('d1');
    expect(findings[0]!.actual).toBe(-5);
  });

  it('fails equal pressures between classes', () => {
    const suite = project([room('a', { cleanliness: iso(7), pressurePa: 15 }), room('b', { cleanliness: iso(8), pressurePa: 15 })], doors(['a', 'b']), ['gb-50073-2013']);
    expect(verdicts(findingsOf(suite, GB))).toEqual(['fail:equal-pressure']);
  });

  it('expects air into a containment room', () => {
    const rooms = (containmentPa: number) => [
      room('lab', { cleanliness: iso(7), pressurePa: containmentPa, containment: true }),
      room('corridor', { cleanliness: iso(8), pressurePa: -5 }),
    ];
    expect(verdicts(findingsOf(project(rooms(-20), doors(['lab', 'corridor']), ['gb-50073-2013']), GB))).toEqual(['pass:flow-directions-hold']);
    expect(verdicts(findingsOf(project(rooms(0), doors(['lab', 'corridor']), ['gb-50073-2013']), GB))).toEqual(['fail:wrong-direction']);
  });

  it('keeps negative pressures as given', () => {
    // Both rooms below atmosphere: the cleaner one is still the higher, so the flow direction holds.
    const suite = project([room('a', { cleanliness: iso(7), pressurePa: -10 }), room('b', { cleanliness: iso(8), pressurePa: -25 })], doors(['a', 'b']), ['gb-50073-2013']);
    expect(verdicts(findingsOf(suite, GB))).toEqual(['pass:flow-directions-hold']);
  });

  it('cannot evaluate a missing pressure', () => {
    const suite = project([room('a', { cleanliness: grade('B'), pressurePa: null }), room('b', { cleanliness: grade('C'), pressurePa: 10 })], doors(['a', 'b']));
    const findings = findingsOf(suite, GMP);
    expect(verdicts(findings)).toEqual(['cannot-evaluate:suite-input-missing']);
    expect(findings[0]!.roomIds).toEqual(['a']);
  });

  it('cannot evaluate a missing class', () => {
    const suite = project([room('a', { cleanliness: null, pressurePa: 20 }), room('b', { cleanliness: grade('C'), pressurePa: 10 })], doors(['a', 'b']));
    expect(verdicts(findingsOf(suite, GMP))).toEqual(['cannot-evaluate:suite-input-missing']);
  });

  it('reports a failure beside missing input', () => {
    const suite = project(
      [room('a', { cleanliness: grade('B'), pressurePa: 5 }), room('b', { cleanliness: grade('C'), pressurePa: 10 }), room('x', { cleanliness: grade('D'), pressurePa: null })],
      doors(['a', 'b'], ['b', 'x']),
    );
    expect(verdicts(findingsOf(suite, GMP))).toEqual(['fail:wrong-direction', 'cannot-evaluate:suite-input-missing']);
  });

  it('does not apply within one class', () => {
    const suite = project([room('a', { cleanliness: grade('C'), pressurePa: 5 }), room('b', { cleanliness: grade('C'), pressurePa: 10 })], doors(['a', 'b']));
    expect(verdicts(findingsOf(suite, GMP))).toEqual(['not-applicable:no-class-change']);
  });
});

describe('suite pressure direction by roman class', () => {
  const hospital = (hospitalClass: 'I' | 'II' | 'III' | 'IV') => ({ kind: 'hospital', hospitalClass }) as const;
  const food = (foodClass: 'I' | 'II' | 'III' | 'IV') => ({ kind: 'food', foodClass }) as const;
  const rule = (rankBy: 'hospital-class' | 'food-class') => ({
    id: 'direction',
    check: 'suite-pressure-direction',
    kind: 'mandatory',
    label: { en: 'Direction', 'zh-CN': '方向' },
    clause: 'test',
    rankBy,
    verified: false,
    lastChecked: '2026-12-04',
  });
  const ruleSet = (rankBy: 'hospital-class' | 'food-class') =>
    loadRuleSet({
      folder: 'rules/test-set',
      files: {
        'ruleset.json': {
          data: { id: 'test-set', standard: 'Test', title: { en: 'Test', 'zh-CN': '测试' }, edition: '2026', publicationDate: '2026-01-01', effectiveDate: '2026-01-01', datesVerified: false, kind: 'practice', rules: [rule(rankBy)] },
          schema: ruleSetSchema,
        },
      },
    });

  it('ranks GB 50333 class I above class II', () => {
    const suite = project([room('or', { cleanliness: hospital('I'), pressurePa: 8 }), room('periphery', { cleanliness: hospital('II'), pressurePa: 12 })], doors(['or', 'periphery']));
    const findings = findingsOf(suite, 'test-set/direction', [ruleSet('hospital-class')]);
    expect(verdicts(findings)).toEqual(['fail:wrong-direction']);
    expect(findings[0]!.roomIds).toEqual(['or', 'periphery']);
  });

  it('ranks GB 50687 classes', () => {
    const suite = project([room('filling', { cleanliness: food('II'), pressurePa: 15 }), room('packing', { cleanliness: food('IV'), pressurePa: 5 })], doors(['filling', 'packing']));
    expect(verdicts(findingsOf(suite, 'test-set/direction', [ruleSet('food-class')]))).toEqual(['pass:flow-directions-hold']);
  });

  it('cannot rank an ISO class by hospital class', () => {
    const suite = project([room('or', { cleanliness: hospital('I'), pressurePa: 8 }), room('corridor', { cleanliness: iso(8), pressurePa: 5 })], doors(['or', 'corridor']));
    expect(verdicts(findingsOf(suite, 'test-set/direction', [ruleSet('hospital-class')]))).toEqual(['cannot-evaluate:suite-input-missing']);
  });
});
