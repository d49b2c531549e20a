import { describe, expect, it } from 'vitest';
import type { Biosafety } from '../../../src/domain/biosafety';
import { labRoom, makeDoor, onlyFinding, rectangle } from '../../unit/hospital/fixtures';

// GB 50346-2011 Table 3.3.2 pressures of the main laboratory, to atmosphere and to the adjacent
// room on the way out. The figures come from secondary sources, so every finding is unverified.

const cases: { biosafety: Biosafety; toAtmospherePa: number; toAdjacentPa: number }[] = [
  { biosafety: { level: 'BSL-3', type: 'a' }, toAtmospherePa: -30, toAdjacentPa: 10 },
  { biosafety: { level: 'BSL-3', type: 'b1' }, toAtmospherePa: -40, toAdjacentPa: 15 },
  { biosafety: { level: 'ABSL-3', type: 'a' }, toAtmospherePa: -60, toAdjacentPa: 15 },
  { biosafety: { level: 'ABSL-3', type: 'b1' }, toAtmospherePa: -60, toAdjacentPa: 15 },
  { biosafety: { level: 'ABSL-3', type: 'b2' }, toAtmospherePa: -80, toAdjacentPa: 25 },
  { biosafety: { level: 'BSL-4', type: null }, toAtmospherePa: -60, toAdjacentPa: 25 },
  { biosafety: { level: 'ABSL-4', type: 'b2' }, toAtmospherePa: -100, toAdjacentPa: 25 },
];

const label = (biosafety: Biosafety) => `${biosafety.level} ${biosafety.type ?? ''}`.trim();

describe('GB 50346-2011 pressure to atmosphere', () => {
  it.each(cases)('$biosafety.level $biosafety.type passes at its figure', ({ biosafety, toAtmospherePa }) => {
    const finding = onlyFinding('gb-50346-2011/pressure-to-atmosphere', [labRoom('lab', biosafety, { design: { pressurePa: toAtmospherePa } })]);
    expect(finding.outcome, label(biosafety)).toBe('pass');
    expect(finding.required).toMatchObject({ min: null, max: toAtmospherePa, unit: 'Pa' });
    expect(finding.verified).toBe(false);
  });

  it.each(cases)('$biosafety.level $biosafety.type fails 1 Pa short', ({ biosafety, toAtmospherePa }) => {
    const finding = onlyFinding('gb-50346-2011/pressure-to-atmosphere', [labRoom('lab', biosafety, { design: { pressurePa: toAtmospherePa + 1 } })]);
    expect(finding.outcome, label(biosafety)).toBe('fail');
    expect(finding.actual).toBe(toAtmospherePa + 1);
  });

  it('fails a positive lab without flooring it', () => {
    const finding = onlyFinding('gb-50346-2011/pressure-to-atmosphere', [labRoom('lab', { level: 'BSL-3', type: 'b1' }, { design: { pressurePa: 10 } })]);
    expect(finding.outcome).toBe('fail');
    expect(finding.actual).toBe(10);
  });
});

describe('GB 50346-2011 step to the adjacent room', () => {
  it.each(cases)('$biosafety.level $biosafety.type needs $toAdjacentPa Pa', ({ biosafety, toAtmospherePa, toAdjacentPa }) => {
    const lab = labRoom('lab', biosafety, { design: { pressurePa: toAtmospherePa } });
    const buffer = labRoom('buffer', null, { polygon: rectangle(10_000, 0, 2_000, 8_000), design: { pressurePa: toAtmospherePa + toAdjacentPa } });
    const doors = [makeDoor('d1', 'buffer', 'lab')];
    const finding = onlyFinding('gb-50346-2011/pressure-to-adjacent', [lab, buffer], doors);
    expect(finding.outcome, label(biosafety)).toBe('pass');
    expect(finding.roomId).toBe('lab');
    expect(finding.actual).toBe(toAdjacentPa);

    const shallowBuffer = { ...buffer, design: { ...buffer.design, pressurePa: toAtmospherePa + toAdjacentPa - 1 } };
    expect(onlyFinding('gb-50346-2011/pressure-to-adjacent', [lab, shallowBuffer], doors).outcome, label(biosafety)).toBe('fail');
  });
});
