import { describe, expect, it } from 'vitest';
import { checkProject, type Finding } from '../../../src/engine/index';
import { citationText, describeFinding, describeNote, formatRequirement, kindLabel, outcomeLabel, ruleLabel } from '../../../src/i18n/findingMessages';
import { GRADE, ISO, UNCLASSIFIED, makeDoor, makeProject, makeRoom } from './fixtures';

const NAMES: Record<string, string> = { a: 'Filling room', c: 'Corridor', lab: 'BSL lab' };
const roomName = (id: string) => NAMES[id] ?? id;

function find(ruleId: string, ...args: Parameters<typeof makeProject>): Finding {
  const finding = checkProject(makeProject(...args)).findings.find((f) => f.ruleId === ruleId);
  if (!finding) throw new Error(`no ${ruleId} finding`);
  return finding;
}

describe('formatRequirement', () => {
  it.each([
    [{ min: 15, max: null, unit: '1/h' as const }, 'en', '≥ 15 h⁻¹'],
    [{ min: 15, max: 25, unit: '1/h' as const }, 'en', '15–25 h⁻¹'],
    [{ min: 15, max: 25, unit: '1/h' as const }, 'zh-CN', '15–25 次/h'],
    [{ min: 5, max: null, unit: 'Pa' as const }, 'en', '≥ 5 Pa'],
    [{ min: null, max: 20, maxExclusive: true, unit: 'Pa' as const }, 'en', '< 20 Pa'],
    [{ min: 5, max: 20, maxExclusive: true, unit: 'Pa' as const }, 'en', '≥ 5 Pa and < 20 Pa'],
    [{ min: 0.36, max: 0.54, unit: 'm/s' as const }, 'en', '0.36–0.54 m/s'],
    [{ min: 16, max: null, unit: 'count' as const }, 'en', '≥ 16'],
  ] as const)('%j in %s is %s', (requirement, locale, expected) => {
    expect(formatRequirement(requirement, locale)).toBe(expected);
  });
});

describe('labels', () => {
  it('renders citation, outcome, kind and rule labels', () => {
    const citation = { ruleSetId: 'gb-50073-2013', standard: 'GB 50073', edition: '2013', clause: '6.3.3, Table 6.3.3' };
    expect(citationText(citation, 'en')).toBe('GB 50073-2013, 6.3.3, Table 6.3.3');
    expect(citationText(citation, 'zh-CN')).toBe('GB 50073-2013，6.3.3, Table 6.3.3');
    expect(citationText({ ...citation, ruleSetId: 'iso-14644-1-2015', standard: 'ISO 14644-1', edition: '2015', clause: 'A.4.1' }, 'en')).toBe('ISO 14644-1:2015, A.4.1');
    expect(outcomeLabel('cannot-evaluate', 'zh-CN')).toBe('无法判定');
    expect(kindLabel('guidance', 'en')).toBe('Guidance value');
    expect(kindLabel('mandatory', 'zh-CN')).toBe('标准条文');
    expect(ruleLabel('gb-50073-2013/fresh-air', 'zh-CN')).toBe('新鲜空气量');
    expect(ruleLabel('no-such/rule', 'en')).toBe('no-such/rule');
  });
});

describe('describeFinding', () => {
  it('states requirement, design value and verdict of a failure', () => {
    const finding = find('gb-50073-2013/ach-non-unidirectional-min', [makeRoom({ id: 'a', cleanliness: ISO(7), design: { ach: 12 } })]);
    const en = describeFinding(finding, 'en', roomName);
    expect(en).toContain('Filling room');
    expect(en).toContain('ISO Class 7');
    expect(en).toContain('≥ 15 h⁻¹');
    expect(en).toContain('12 h⁻¹');
    expect(en).toContain('below the minimum');
    const zh = describeFinding(finding, 'zh-CN', roomName);
    expect(zh).toContain('≥ 15 次/h');
    expect(zh).toContain('低于下限');
  });

  it('names the missing input when it cannot evaluate', () => {
    const finding = find('gb-50073-2013/ach-non-unidirectional-min', [makeRoom({ id: 'a', cleanliness: ISO(7) })]);
    expect(describeFinding(finding, 'en', roomName)).toContain('no supply design value');
    expect(describeFinding(finding, 'zh-CN', roomName)).toContain('缺少送风设计值');
  });

  it('says when a grade was taken at its at-rest ISO class', () => {
    const finding = find('gb-50073-2013/ach-non-unidirectional-min', [makeRoom({ id: 'a', cleanliness: GRADE('C'), design: { ach: 20 } })]);
    expect(describeFinding(finding, 'en', roomName)).toContain('grade C is taken as its at-rest equivalent, ISO Class 7');
    expect(describeFinding(finding, 'zh-CN', roomName)).toContain('C 级按静态对应 ISO 7 级判定');
  });

  it('describes a containment room below the outdoors', () => {
    const rooms = [makeRoom({ id: 'lab', cleanliness: ISO(7), containment: true, design: { pressurePa: -15 } })];
    const finding = find('gb-50073-2013/dp-clean-outdoors', rooms, [makeDoor('d', 'lab', 'outside')]);
    expect(describeFinding(finding, 'en', roomName)).toContain('BSL lab must be at least 10 Pa below outdoors');
    expect(describeFinding(finding, 'zh-CN', roomName)).toContain('BSL lab应比室外低至少 10 Pa');
  });

  it('names the room whose pressure is missing', () => {
    const rooms = [makeRoom({ id: 'a', cleanliness: ISO(8), design: { pressurePa: 10 } }), makeRoom({ id: 'c', cleanliness: UNCLASSIFIED })];
    const finding = find('gb-50073-2013/dp-clean-non-clean', rooms, [makeDoor('d', 'a', 'c')]);
    expect(describeFinding(finding, 'en', roomName)).toContain('the pressure of Corridor is not given');
  });

  it('says the fresh-air requirement leaves out pressurisation air', () => {
    const room = makeRoom({ id: 'a', cleanliness: ISO(8), design: { occupants: 2, exhaustM3h: 0, freshAirM3h: 100 } });
    const finding = find('gb-50073-2013/fresh-air', [room]);
    expect(finding.outcome).toBe('pass');
    expect(describeFinding(finding, 'en', roomName)).toContain('leaves out the air needed to hold the room pressure');
  });

});

describe('describeNote', () => {
  it('explains disagreeing supply values', () => {
    const note = { code: 'supply-values-disagree', params: { used: 'supply', usedM3h: 4_000, ignored: 'ach', ignoredM3h: 4_320 } };
    expect(describeNote(note, 'en')).toContain('4,000 m³/h');
    expect(describeNote(note, 'zh-CN')).toContain('相差超过 1%');
  });
});
