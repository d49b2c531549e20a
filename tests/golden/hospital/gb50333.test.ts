import { describe, expect, it } from 'vitest';
import { computeSupplyAirflow } from '../../../src/engine/airflow';
import { onlyFinding, operatingRoom } from '../../unit/hospital/fixtures';

// Figures from GB 50333-2013 Table 4.0.1 and GB 50333-2002 Table 4.0.1. The worked operating room
// (6.0 × 5.4 m, 3.0 m high, 97.2 m³; supply 2 332.8 / 1 749.6 / 1 166.4 m³/h for classes II / III / IV;
// fresh air 486–648 m³/h) follows a published Chinese article on determining the supply airflow of
// clean operating rooms. The full-ceiling OR (36 m² at 0.25–0.35 m/s, 32 400–45 360 m³/h) is from the
// same article; the class I ceiling of 2.4 × 2.6 m at 0.25 m/s (5 616 m³/h) is derived from it.

describe('GB 50333-2013 operating-room air changes', () => {
  const cases = [
    { hospitalClass: 'II', minimumSupplyM3h: 2332.8, minimumAch: 24 },
    { hospitalClass: 'III', minimumSupplyM3h: 1749.6, minimumAch: 18 },
    { hospitalClass: 'IV', minimumSupplyM3h: 1166.4, minimumAch: 12 },
  ] as const;

  it.each(cases)('class $hospitalClass passes at $minimumSupplyM3h m³/h', ({ hospitalClass, minimumSupplyM3h, minimumAch }) => {
    const finding = onlyFinding('gb-50333-2013/or-air-changes', [operatingRoom(hospitalClass, { design: { supplyM3h: minimumSupplyM3h } })]);
    expect(finding.outcome).toBe('pass');
    expect(finding.required).toMatchObject({ min: minimumAch, max: null, unit: '1/h' });
    expect(finding.actual).toBeCloseTo(minimumAch, 9);
  });

  it.each(cases)('class $hospitalClass fails just below its minimum', ({ hospitalClass, minimumSupplyM3h }) => {
    const finding = onlyFinding('gb-50333-2013/or-air-changes', [operatingRoom(hospitalClass, { design: { supplyM3h: minimumSupplyM3h - 1 } })]);
    expect(finding.outcome).toBe('fail');
    expect(finding.reason.code).toBe('below-min');
  });

  it('class II minimum is 24, not the 2002 range', () => {
    const room = operatingRoom('II', { design: { ach: 24 } });
    const finding2013 = onlyFinding('gb-50333-2013/or-air-changes', [room]);
    const finding2002 = onlyFinding('gb-50333-2002/or-air-changes', [room]);
    expect(finding2013.outcome).toBe('pass');
    expect(finding2002.outcome).toBe('fail');
    expect(finding2002.required).toMatchObject({ min: 30, max: 36 });
  });

  it('2013 leaves the upper limit open', () => {
    const finding = onlyFinding('gb-50333-2013/or-air-changes', [operatingRoom('II', { design: { ach: 40 } })]);
    expect(finding.outcome).toBe('pass');
  });

  it('cites the 2013 table', () => {
    const finding = onlyFinding('gb-50333-2013/or-air-changes', [operatingRoom('II', { design: { ach: 24 } })]);
    expect(finding.citation).toMatchObject({ standard: 'GB 50333', edition: '2013', clause: 'Table 4.0.1' });
    expect(finding.verified).toBe(true);
  });
});

describe('GB 50333 class I working-area velocity', () => {
  it('2013 accepts 0.20–0.25 m/s', () => {
    expect(onlyFinding('gb-50333-2013/or-class-1-velocity', [operatingRoom('I', { design: { velocityMs: 0.2 } })]).outcome).toBe('pass');
    expect(onlyFinding('gb-50333-2013/or-class-1-velocity', [operatingRoom('I', { design: { velocityMs: 0.25 } })]).outcome).toBe('pass');
    expect(onlyFinding('gb-50333-2013/or-class-1-velocity', [operatingRoom('I', { design: { velocityMs: 0.3 } })]).outcome).toBe('fail');
  });

  it('2002 asks for 0.25–0.30 m/s', () => {
    const finding = onlyFinding('gb-50333-2002/or-class-1-velocity', [operatingRoom('I', { design: { velocityMs: 0.2 } })]);
    expect(finding.outcome).toBe('fail');
    expect(finding.required).toMatchObject({ min: 0.25, max: 0.3 });
    expect(finding.verified).toBe(false);
  });
});

describe('GB 50333-2013 operating-room fresh air', () => {
  it('486 m³/h over 32.4 m² meets 15 m³/(h·m²)', () => {
    const finding = onlyFinding('gb-50333-2013/or-fresh-air', [operatingRoom('II', { design: { freshAirM3h: 486 } })]);
    expect(finding.outcome).toBe('pass');
    expect(finding.actual).toBeCloseTo(15, 9);
  });

  it('648 m³/h gives 20 m³/(h·m²)', () => {
    const finding = onlyFinding('gb-50333-2013/or-fresh-air', [operatingRoom('II', { design: { freshAirM3h: 648 } })]);
    expect(finding.actual).toBeCloseTo(20, 9);
  });

  it('485 m³/h falls short', () => {
    expect(onlyFinding('gb-50333-2013/or-fresh-air', [operatingRoom('II', { design: { freshAirM3h: 485 } })]).outcome).toBe('fail');
  });
});

describe('unidirectional OR supply from ceiling velocity', () => {
  const supplyAt = (areaM2: number, velocityMs: number) =>
    computeSupplyAirflow({ ach: null, supplyM3h: null, velocityMs }, areaM2, null).supplyM3h;

  it('full-ceiling 36 m² OR at 0.25–0.35 m/s', () => {
    expect(supplyAt(36, 0.25)).toBeCloseTo(32_400, 6);
    expect(supplyAt(36, 0.35)).toBeCloseTo(45_360, 6);
  });

  it('class I ceiling of 2.4 × 2.6 m at 0.25 m/s', () => {
    expect(supplyAt(2.4 * 2.6, 0.25)).toBeCloseTo(5_616, 6);
  });

  it('class I velocity is judged as entered', () => {
    const finding = onlyFinding('gb-50333-2013/or-class-1-velocity', [operatingRoom('I', { design: { velocityMs: 0.25 } })]);
    expect(finding.actual).toBe(0.25);
  });
});

describe('GB 50333-2002 OR size guidance', () => {
  it('net height 2.8–3.0 m', () => {
    expect(onlyFinding('gb-50333-2002/or-net-height', [operatingRoom('II')]).outcome).toBe('pass');
    expect(onlyFinding('gb-50333-2002/or-net-height', [operatingRoom('II', { clearHeightM: 3.2 })]).outcome).toBe('fail');
  });

  it('area up to 45 m² plus 25 %', () => {
    const finding = onlyFinding('gb-50333-2002/or-area-max', [operatingRoom('II', { polygon: [{ x: 0, y: 0 }, { x: 7_500, y: 0 }, { x: 7_500, y: 7_600 }, { x: 0, y: 7_600 }] })]);
    expect(finding.outcome).toBe('fail');
    expect(finding.required).toMatchObject({ max: 56.25, unit: 'm2' });
  });

  it('worked OR of 32.4 m² passes both bounds', () => {
    expect(onlyFinding('gb-50333-2002/or-area-max', [operatingRoom('II')]).outcome).toBe('pass');
    expect(onlyFinding('gb-50333-2002/or-area-min', [operatingRoom('II')]).outcome).toBe('pass');
  });

  it('unknown height cannot be evaluated', () => {
    const finding = onlyFinding('gb-50333-2002/or-net-height', [operatingRoom('II', { clearHeightM: null })]);
    expect(finding.outcome).toBe('cannot-evaluate');
    expect(finding.reason.code).toBe('height-missing');
  });
});
