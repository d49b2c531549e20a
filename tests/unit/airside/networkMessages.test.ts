import { describe, expect, it } from 'vitest';
import type { Project } from '../../../src/domain/project';
import { checkProject, type Finding } from '../../../src/engine/index';
import { networkRuleLabel } from '../../../src/engine/airside/networkData';
import { ruleLabel } from '../../../src/i18n/findingMessages';
import { describeNetworkFinding, isNetworkFinding } from '../../../src/i18n/networkMessages';
import { door, project, room } from './networkFixtures';
import { installAirsideFindingMessages } from '../../../src/i18n/airsideFindingMessages';

// The air side's sentences load apart from findingMessages.ts; install them as the CLI and report do.
installAirsideFindingMessages();

function findingsOf(input: Project): Finding[] {
  return [...checkProject(input).findings];
}

/** Renders a finding as describeFinding does for network findings: practice label, else the rule set's. */
function sentence(finding: Finding, locale: 'en' | 'zh-CN') {
  expect(isNetworkFinding(finding)).toBe(true);
  const label = networkRuleLabel(finding.ruleId)?.[locale] ?? ruleLabel(finding.ruleId, locale);
  return describeNetworkFinding(finding, locale, (id) => `[${id}]`, label);
}

function byCode(findings: readonly Finding[], code: string): Finding {
  const found = findings.find((finding) => finding.reason.code === code);
  if (found === undefined) throw new Error(`no finding with reason ${code}`);
  return found;
}

describe('network finding sentences', () => {
  it('practice rule label in both languages', () => {
    expect(networkRuleLabel('airside-practice/room-offset-balance')).toEqual({ en: 'Design airflows hold the room pressure', 'zh-CN': '设计风量可维持房间压差' });
    expect(networkRuleLabel('gb-50073-2013/dp-between-classes')).toBeNull();
  });

  it('missing input names the room', () => {
    const finding = byCode(findingsOf(project([room('corridor', 0, { pressurePa: 0 }), room('store', 1, {})], [door('d1', 'store', 'corridor', 0.02)])), 'network-missing-input');
    expect(sentence(finding, 'en')).toBe(
      '[store]: Room pressure or airflow balance given cannot be evaluated because the room has no design pressure and not all of its supply, return and exhaust airflows, so its pressure and door flows are unknown.',
    );
    expect(sentence(finding, 'zh-CN')).toContain('[store]：房间压差或风量平衡已给定无法判定');
  });

  it('offset mismatch gives both offsets', () => {
    const input = project(
      [room('corridor', 0, { pressurePa: 0 }), room('clean', 1, { pressurePa: 20, supplyM3h: 1_000, returnM3h: 1_000, exhaustM3h: 0 })],
      [door('d1', 'clean', 'corridor', 0.02)],
    );
    const finding = byCode(findingsOf(input), 'network-offset-mismatch');
    // 0.83 × 0.02 × √20 × 3600 = 267 m³/h
    expect(sentence(finding, 'en')).toBe(
      '[clean]: Design airflows hold the room pressure: at the design pressure its doors need an offset (supply − return − exhaust) of 267 m³/h; the design airflows give 0 m³/h, more than 10 m³/h apart, so the design airflows cannot hold the pressure.',
    );
    expect(sentence(finding, 'zh-CN')).toContain('余风量（送风 − 回风 − 排风）为 267 m³/h');
  });

  it('solved step cites the standard rule', () => {
    const input = project(
      [room('corridor', 0, { pressurePa: 0 }), room('clean', 1, { supplyM3h: 300, returnM3h: 250, exhaustM3h: 0 }, { cleanliness: { kind: 'iso', isoClass: 7 } })],
      [door('d1', 'clean', 'corridor', 0.05)],
    );
    const finding = byCode(findingsOf(input), 'network-solved-step');
    expect(sentence(finding, 'en')).toMatch(/^door between \[clean\] and \[corridor\]: Pressure difference between clean rooms of different classes requires at least 5 Pa; the step solved from the design airflows is 0\.\d Pa, which is below the minimum\.$/);
    expect(sentence(finding, 'zh-CN')).toMatch(/按设计风量求得的压差为 0\.\d Pa，低于下限。$/);
  });

  it('reverse flow names both rooms', () => {
    const input = project(
      [room('corridor', 0, { pressurePa: 0 }), room('lab', 1, { supplyM3h: 600, returnM3h: 400, exhaustM3h: 0 }, { containment: true })],
      [door('d1', 'corridor', 'lab', 0.02)],
    );
    const finding = byCode(findingsOf(input), 'network-reverse-flow');
    expect(sentence(finding, 'en')).toBe('door between [corridor] and [lab]: Air crosses the door from the cleaner side: air must flow from [corridor] to [lab], but the network gives 200 m³/h the other way.');
    expect(sentence(finding, 'zh-CN')).toBe('[corridor]与[lab]之间的门：气流从较洁净一侧流经门：空气应从[corridor]流向[lab]，求得 200 m³/h 反向流动。');
  });

  it('invalid door names the field and fix', () => {
    const input = project([room('a', 0, { pressurePa: 10 }), room('b', 1, { pressurePa: 0 })], [door('d1', 'a', 'b', 0, { leakageAreaM2: null, widthMm: 0 })]);
    const finding = byCode(findingsOf(input), 'network-door-leakage-input');
    expect(sentence(finding, 'en')).toBe('door between [a] and [b]: Door size gives a leakage area cannot be evaluated because the door width is 0, which gives no leakage area; enter a width above 0 mm.');
    expect(sentence(finding, 'zh-CN')).toBe('[a]与[b]之间的门：门尺寸可得出漏风面积无法判定，因为门宽为 0，无法得出漏风面积；请填写大于 0 mm 的门宽。');
  });

  it('pressure limit gives the solved pressure', () => {
    const input = project(
      [room('corridor', 0, { pressurePa: 0 }), room('lab', 1, { supplyM3h: 5_000, returnM3h: 0, exhaustM3h: 0 })],
      [door('d1', 'lab', 'corridor', 0.001)],
    );
    const finding = byCode(findingsOf(input), 'network-pressure-limit');
    expect(sentence(finding, 'en')).toMatch(/^\[lab\]: Solved room pressure within a holdable range: its doors pass the offset of its design airflows only at [\d,.]+ Pa, beyond ±150 Pa\.$/);
  });

  it('group without reference lists its rooms', () => {
    const flows = { supplyM3h: 300, returnM3h: 200, exhaustM3h: 0 };
    const finding = byCode(findingsOf(project([room('a', 0, flows), room('b', 1, flows)], [door('d1', 'a', 'b', 0.02)])), 'network-no-reference');
    expect(sentence(finding, 'en')).toMatch(/^\[a\], \[b\]: Room connected to a room of known pressure cannot be evaluated because these rooms open only to each other/);
    expect(sentence(finding, 'zh-CN')).toMatch(/^\[a\]、\[b\]：/);
  });
});
