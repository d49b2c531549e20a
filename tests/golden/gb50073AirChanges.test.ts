import { describe, expect, it } from 'vitest';
import { EMPTY_DESIGN, type Room } from '../../src/domain/project';
import { checkProject, computeRoomMetrics } from '../../src/engine/index';
import { describeFinding } from '../../src/i18n/findingMessages';

// Source: GB 50073-2013 Table 6.3.3, air changes of non-unidirectional clean rooms under 4.0 m
// clear height: ISO 6 50–60, ISO 7 15–25, ISO 8–9 10–15 h⁻¹. Applied here to a 10 × 8 m room with
// 2.7 m clear height (216 m³), so the supply ranges are that table times 216 m³.
const CASES = [
  { isoClass: 6, minSupplyM3h: 10_800, maxSupplyM3h: 12_960 },
  { isoClass: 7, minSupplyM3h: 3_240, maxSupplyM3h: 5_400 },
  { isoClass: 8, minSupplyM3h: 2_160, maxSupplyM3h: 3_240 },
];

function room(isoClass: number, supplyM3h: number, clearHeightM = 2.7): Room {
  return {
    id: 'r',
    name: 'Room 10 × 8 m',
    use: 'production',
    polygon: [
      { x: 0, y: 0 },
      { x: 10_000, y: 0 },
      { x: 10_000, y: 8_000 },
      { x: 0, y: 8_000 },
    ],
    clearHeightM,
    cleanliness: { kind: 'iso', isoClass },
    classLabel: `ISO ${isoClass}`,
    airflowPattern: 'non-unidirectional',
    containment: false,
    design: { ...EMPTY_DESIGN, supplyM3h },
  };
}

function outcome(isoClass: number, supplyM3h: number, rule: 'min' | 'max', clearHeightM = 2.7) {
  const project = {
    id: 'golden',
    name: 'GB 50073 air changes',
    customerName: '',
    referenceDate: '2026-01-01',
    ruleSetIds: ['gb-50073-2013'],
    rooms: [room(isoClass, supplyM3h, clearHeightM)],
    doors: [],
  };
  const finding = checkProject(project).findings.find((f) => f.ruleId === `gb-50073-2013/ach-non-unidirectional-${rule}`);
  if (!finding) throw new Error(`no ${rule} finding`);
  return finding;
}

describe('GB 50073-2013 air changes on a 216 m³ room', () => {
  it('has a volume of 216 m³', () => {
    expect(computeRoomMetrics(room(7, 3_240)).volumeM3).toBeCloseTo(216, 9);
  });

  it.each(CASES)('ISO $isoClass passes from $minSupplyM3h to $maxSupplyM3h m³/h', ({ isoClass, minSupplyM3h, maxSupplyM3h }) => {
    expect(outcome(isoClass, minSupplyM3h, 'min').outcome).toBe('pass');
    expect(outcome(isoClass, maxSupplyM3h, 'max').outcome).toBe('pass');
  });

  it.each(CASES)('ISO $isoClass fails the minimum just below $minSupplyM3h m³/h', ({ isoClass, minSupplyM3h }) => {
    const finding = outcome(isoClass, minSupplyM3h - 1, 'min');
    expect(finding.outcome).toBe('fail');
    expect(finding.kind).toBe('mandatory');
  });

  it.each(CASES)('ISO $isoClass exceeds the range just above $maxSupplyM3h m³/h (guidance)', ({ isoClass, maxSupplyM3h }) => {
    const finding = outcome(isoClass, maxSupplyM3h + 1, 'max');
    expect(finding.outcome).toBe('fail');
    expect(finding.kind).toBe('guidance');
    expect(outcome(isoClass, maxSupplyM3h + 1, 'min').outcome).toBe('pass');
  });

  it('says a room of 4.0 m or more is outside the table', () => {
    const finding = outcome(7, 4_000, 'min', 4.0);
    expect(finding.outcome).toBe('cannot-evaluate');
    expect(finding.reason.code).toBe('height-outside-table');
    expect(describeFinding(finding, 'en', () => 'Room 10 × 8 m')).toContain('which the table does not cover');
    expect(describeFinding(finding, 'zh-CN', () => '房间')).toContain('超出该表适用范围');
  });
});
