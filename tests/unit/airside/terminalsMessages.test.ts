import { describe, expect, it } from 'vitest';
import type { Room } from '../../../src/domain/project';
import { defaultTerminalCatalog } from '../../../src/engine/airside/terminalCatalog';
import { layoutTerminals } from '../../../src/engine/airside/terminals';
import type { Finding } from '../../../src/engine/findings';
import { computeRoomMetrics } from '../../../src/engine/rooms';
import { getRuleSets } from '../../../src/engine/rules/registry';
import { describeFinding, ruleLabel } from '../../../src/i18n/findingMessages';
import { ISO, makeRoom, rectangle } from '../engine/fixtures';
import { installAirsideFindingMessages } from '../../../src/i18n/airsideFindingMessages';

// The air side's sentences load apart from findingMessages.ts; install them as the CLI and report do.
installAirsideFindingMessages();

function findingsFor(room: Room, requiredSupplyM3h: number | null): readonly Finding[] {
  return layoutTerminals({ room, metrics: computeRoomMetrics(room), requiredSupplyM3h, catalog: defaultTerminalCatalog(), ruleSets: getRuleSets(['gb-50472-2008']) }).findings;
}

function sentence(findings: readonly Finding[], ruleId: string, locale: 'en' | 'zh-CN'): string {
  const finding = findings.find((entry) => entry.ruleId === ruleId);
  expect(finding, ruleId).toBeDefined();
  return describeFinding(finding!, locale, () => 'Filling room');
}

const sized = { ...makeRoom({ id: 'r', cleanliness: ISO(7) }), terminalId: 'hepa-610x610' };

describe('terminal finding sentences', () => {
  it('labels the terminal-layout rules in both languages', () => {
    expect(ruleLabel('terminal-layout/coverage-fits', 'en')).toBe('Terminal faces fit the ceiling');
    expect(ruleLabel('terminal-layout/capacity', 'zh-CN')).toBe('送风末端风量满足送风需求');
  });

  it('states a passing capacity with the figures', () => {
    const findings = findingsFor(sized, 3_240);
    expect(sentence(findings, 'terminal-layout/capacity', 'en')).toBe(
      'Filling room: Terminals deliver the required supply: 6 × HEPA 610×610 at 603 m³/h each give 3,617 m³/h against the required 3,240 m³/h, which meets it.',
    );
    expect(sentence(findings, 'terminal-layout/capacity', 'zh-CN')).toBe(
      'Filling room：送风末端风量满足送风需求——6 台 HEPA 610×610（单台 603 m³/h）共 3,617 m³/h，送风需求 3,240 m³/h，满足要求。',
    );
  });

  it('tells the engineer the count a failing capacity needs', () => {
    const findings = findingsFor({ ...sized, terminalCount: 2 }, 3_240);
    expect(sentence(findings, 'terminal-layout/capacity', 'en')).toContain('raise the count to at least 6');
    expect(sentence(findings, 'terminal-layout/capacity', 'zh-CN')).toContain('请将数量增至至少 6 台');
  });

  it('states a passing fit against 100 %', () => {
    expect(sentence(findingsFor(sized, 3_240), 'terminal-layout/coverage-fits', 'en')).toBe(
      'Filling room: Terminal faces fit the ceiling: 6 × HEPA 610×610 cover 2.8 % of the ceiling (at most 100 %), which meets it.',
    );
  });

  it('says a layout over 100 % cannot fit', () => {
    const small = { ...makeRoom({ id: 's', cleanliness: ISO(5), polygon: rectangle(0, 0, 2_000, 2_000) }), terminalId: 'ffu-1175x1175' };
    const findings = findingsFor(small, 10_000);
    expect(sentence(findings, 'terminal-layout/coverage-fits', 'en')).toContain('would cover 172.6 % of the ceiling, more than it has');
    expect(sentence(findings, 'terminal-layout/coverage-fits', 'zh-CN')).toContain('超过顶棚面积，无法布置');
  });

  it('cites the GB 50472 minimum on a sparse unidirectional ceiling', () => {
    const room = { ...makeRoom({ id: 'u', cleanliness: ISO(5), airflowPattern: 'unidirectional', polygon: rectangle(0, 0, 4_000, 3_000) }), terminalId: 'ffu-1175x575', terminalCount: 4 };
    const findings = findingsFor(room, null);
    const en = sentence(findings, 'gb-50472-2008/filter-coverage-unidirectional', 'en');
    expect(en).toBe(
      'Filling room: Filter coverage, unidirectional room for ceiling terminals (vertical flow) requires at least 60 %; 4 × FFU 1175×575 (2′×4′) cover only 22.5 %, which is below the minimum; add terminals or choose larger ones.',
    );
    expect(sentence(findings, 'gb-50472-2008/filter-coverage-unidirectional', 'zh-CN')).toContain('单向流洁净室过滤器满布率（顶棚送风末端，垂直单向流）要求不低于 60 %');
  });

  it('names the missing input and the fix', () => {
    const unknown = findingsFor({ ...sized, terminalId: 'hepa-999' }, 3_240);
    expect(sentence(unknown, 'terminal-layout/capacity', 'en')).toBe(
      'Filling room: Terminals deliver the required supply cannot be evaluated because the terminal "hepa-999" is not in the project\'s terminal catalog; choose a catalog entry or add it to the catalog.',
    );
    const noSupply = findingsFor(sized, null);
    expect(sentence(noSupply, 'terminal-layout/coverage-fits', 'zh-CN')).toBe(
      'Filling room：送风末端可布置于顶棚无法判定，因为送风需求未知且未填写末端数量；请填写送风设计参数或末端数量。',
    );
    const badCount = findingsFor({ ...sized, terminalCount: 2.5 }, 3_240);
    expect(sentence(badCount, 'terminal-layout/capacity', 'en')).toContain('the entered terminal count 2.5 is not a whole number of 0 or more');
  });
});
