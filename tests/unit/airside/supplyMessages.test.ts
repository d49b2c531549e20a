import { describe, expect, it } from 'vitest';
import type { Room } from '../../../src/domain/project';
import { freshAirRequirements } from '../../../src/engine/airside/freshAir';
import { recoveryEstimate } from '../../../src/engine/airside/recovery';
import { governingSupply } from '../../../src/engine/airside/supply';
import type { Finding } from '../../../src/engine/findings';
import { computeRoomMetrics } from '../../../src/engine/index';
import { getRuleSets } from '../../../src/engine/rules/registry';
import { describeSupplyBasis } from '../../../src/i18n/airsideMessages';
import { describeFinding } from '../../../src/i18n/findingMessages';
import { LOCALES } from '../../../src/i18n/locale';
import { GRADE, ISO, makeRoom } from '../engine/fixtures';
import { installAirsideFindingMessages } from '../../../src/i18n/airsideFindingMessages';

// The air side's sentences load apart from findingMessages.ts; install them as the CLI and report do.
installAirsideFindingMessages();

const roomName = () => 'Filling 1';

function input(room: Room, ruleSetIds: readonly string[], offsetM3h: number | null) {
  return { room, metrics: computeRoomMetrics(room), offsetM3h, ruleSets: getRuleSets(ruleSetIds) };
}

function sentences(finding: Finding): Record<string, string> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, describeFinding(finding, locale, roomName)]));
}

const COOLING = { occupants: 4, lightingWm2: 15, equipmentW: 20_000, supplyDeltaTK: 10, temperatureC: 22, exhaustM3h: 500 };

describe('air-side finding sentences', () => {
  it('supply below the cooling requirement', () => {
    const room = makeRoom({ id: 'r', cleanliness: ISO(7), design: { ...COOLING, supplyM3h: 4_000 } });
    const text = sentences(governingSupply(input(room, ['gb-50073-2013'], 300)).findings[0]!);
    expect(text.en).toBe('Filling 1: the design supply of 4,000 m³/h is below the required supply of 6,466 m³/h, set by cooling; fail.');
    expect(text['zh-CN']).toBe('Filling 1：设计送风量 4,000 m³/h 小于所需送风量 6,466 m³/h（由冷负荷控制），不符合。');
  });

  it('passing supply states the margin', () => {
    const room = makeRoom({ id: 'r', cleanliness: ISO(7), design: { ...COOLING, supplyM3h: 7_000 } });
    const text = sentences(governingSupply(input(room, ['gb-50073-2013'], 300)).findings[0]!);
    expect(text.en).toBe(
      'Filling 1: the design supply of 7,000 m³/h meets the required supply of 6,466 m³/h, set by cooling with a margin of 3,226 m³/h over the next term; pass.',
    );
    expect(text['zh-CN']).toBe('Filling 1：设计送风量 7,000 m³/h 满足所需送风量 6,466 m³/h（由冷负荷控制，领先次项 3,226 m³/h），符合。');
  });

  it('supply with a missing term names it', () => {
    const room = makeRoom({ id: 'r', cleanliness: ISO(7), design: { supplyM3h: 5_000, exhaustM3h: 0 } });
    const text = sentences(governingSupply(input(room, ['gb-50073-2013'], 100)).findings[0]!);
    expect(text.en).toContain('the cooling term is not known');
    expect(text['zh-CN']).toContain('冷负荷风量尚未算出');
  });

  it('fresh air below the make-up', () => {
    const room = makeRoom({ id: 'r', cleanliness: ISO(7), design: { occupants: 2, exhaustM3h: 300, freshAirM3h: 450 } });
    const text = sentences(freshAirRequirements(input(room, ['gb-50073-2013'], 200)).findings[0]!);
    expect(text.en).toBe('Filling 1: fresh air with make-up requires at least 500 m³/h; the design has 450 m³/h, fail.');
    expect(text['zh-CN']).toBe('Filling 1：新风量（含补偿风量）要求不小于 500 m³/h，设计新风量为 450 m³/h，不符合。');
  });

  it('clean-up estimate', () => {
    const room = makeRoom({ id: 'r', cleanliness: GRADE('B'), design: { ach: 20 } });
    const text = sentences(recoveryEstimate(input(room, ['eu-gmp-annex1-2022'], null)).findings[0]!);
    expect(text.en).toBe('Filling 1: a well-mixed estimate at 20 h⁻¹ falls 100:1 in 13.8 min; the clean-up time is under 20 min, pass.');
    expect(text['zh-CN']).toBe('Filling 1：按完全混合估算，在 20 次/h 下浓度下降 100:1 需 13.8 min，自净时间要求小于 20 min，符合。');
  });
});

describe('dispersion finding sentence', () => {
  it('names people and both supplies', () => {
    const room = makeRoom({ id: 'r', cleanliness: ISO(7), design: { occupants: 4, supplyM3h: 600 } });
    const findings = recoveryEstimate(input(room, [], null)).findings;
    const text = sentences(findings.find((finding) => finding.ruleId === 'airside-design/dispersion-supply')!);
    expect(text.en).toBe(
      'Filling 1: the design supply of 600 m³/h is below the 695 m³/h that dispersion from 4 people needs to stay within the class limit (guidance estimate); fail.',
    );
    expect(text['zh-CN']).toBe('Filling 1：设计送风量 600 m³/h 小于按 4 人发尘量维持级别限值所需的 695 m³/h（指导性估算），不符合。');
  });
});

describe('supply basis lines', () => {
  it('every candidate renders without a raw code', () => {
    const room = makeRoom({ id: 'r', cleanliness: ISO(7), design: { ...COOLING, supplyM3h: 4_000 } });
    const { supply } = governingSupply(input(room, ['gb-50073-2013'], 300));
    for (const candidate of supply.candidates) {
      for (const locale of LOCALES) {
        const line = describeSupplyBasis(candidate.basis, locale);
        expect(line, `${candidate.term} ${locale}`).not.toBe(candidate.basis.code);
        expect(line, `${candidate.term} ${locale}`).not.toContain('NaN');
      }
    }
  });

  it('unread rule names its missing input', () => {
    const room = makeRoom({ id: 'r', cleanliness: null, design: { occupants: 2 } });
    const cleanliness = governingSupply(input(room, ['gb-50073-2013', 'practice-iest-ach'], null)).supply.candidates.find((entry) => entry.term === 'cleanliness')!;
    expect(describeSupplyBasis(cleanliness.basis, 'en')).toBe('not computed; missing: cleanliness class');
    expect(describeSupplyBasis(cleanliness.basis, 'zh-CN')).toBe('无法计算，缺少：洁净度级别');
  });

  it('missing inputs are named', () => {
    const room = makeRoom({ id: 'r', cleanliness: ISO(7), design: { occupants: 2 } });
    const cooling = governingSupply(input(room, ['gb-50073-2013'], null)).supply.candidates.find((entry) => entry.term === 'cooling')!;
    expect(describeSupplyBasis(cooling.basis, 'en')).toBe('not computed; missing: lighting W/m², equipment heat gain, supply temperature difference');
  });
});
