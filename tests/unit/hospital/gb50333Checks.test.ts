import { describe, expect, it } from 'vitest';
import { describeFinding } from '../../../src/i18n/findingMessages';
import { makeRoom } from '../engine/fixtures';
import { findingsOf, makeDoor, onlyFinding, operatingRoom, rectangle } from './fixtures';

const name = (id: string) => id;

describe('room-hospital-table check', () => {
  it('cannot evaluate an OR without a class', () => {
    const finding = onlyFinding('gb-50333-2013/or-air-changes', [operatingRoom(null, { design: { ach: 30 } })]);
    expect(finding.outcome).toBe('cannot-evaluate');
    expect(finding.reason.code).toBe('hospital-class-missing');
  });

  it('cannot evaluate a classed room without a use', () => {
    const finding = onlyFinding('gb-50333-2013/or-air-changes', [operatingRoom('II', { use: null, design: { ach: 30 } })]);
    expect(finding.outcome).toBe('cannot-evaluate');
    expect(finding.reason.code).toBe('hospital-use-missing');
  });

  it('cannot evaluate without a supply value', () => {
    const finding = onlyFinding('gb-50333-2013/or-air-changes', [operatingRoom('III')]);
    expect(finding.outcome).toBe('cannot-evaluate');
    expect(finding.reason.code).toBe('supply-missing');
    expect(finding.required).toMatchObject({ min: 18 });
  });

  it('marks class I not applicable to the ACH row', () => {
    const finding = onlyFinding('gb-50333-2013/or-air-changes', [operatingRoom('I', { design: { ach: 30 } })]);
    expect(finding.outcome).toBe('not-applicable');
    expect(finding.reason.code).toBe('hospital-class-not-in-table');
  });

  it('skips rooms whose use no row lists', () => {
    expect(findingsOf('gb-50333-2013/or-air-changes', [makeRoom({ id: 'office', use: 'office', design: { ach: 2 } })])).toEqual([]);
  });

  it('judges auxiliary rooms by use', () => {
    const corridor = makeRoom({ id: 'corridor', use: 'clean-corridor', cleanliness: { kind: 'hospital', hospitalClass: 'III' }, design: { ach: 7 } });
    const finding = onlyFinding('gb-50333-2013/auxiliary-air-changes', [corridor]);
    expect(finding.outcome).toBe('fail');
    expect(finding.required).toMatchObject({ min: 8 });
  });

  it('reads Chinese use names', () => {
    const scrub = makeRoom({ id: 'scrub', use: '刷手间', design: { ach: 8 } });
    expect(onlyFinding('gb-50333-2013/auxiliary-air-changes', [scrub]).outcome).toBe('pass');
  });

  it('needs a volume for fresh-air changes', () => {
    const store = makeRoom({ id: 'store', use: 'sterile-store', clearHeightM: null, design: { freshAirM3h: 100 } });
    const finding = onlyFinding('gb-50333-2013/auxiliary-fresh-air', [store]);
    expect(finding.outcome).toBe('cannot-evaluate');
    expect(finding.reason.code).toBe('volume-missing');
  });

  it('judges the OR noise cap by class', () => {
    expect(onlyFinding('gb-50333-2013/noise', [operatingRoom('I', { design: { noiseDbA: 51 } })]).outcome).toBe('pass');
    expect(onlyFinding('gb-50333-2013/noise', [operatingRoom('II', { design: { noiseDbA: 51 } })]).outcome).toBe('fail');
  });

  it('describes a finding with its row', () => {
    const finding = onlyFinding('gb-50333-2013/or-air-changes', [operatingRoom('II', { design: { ach: 20 } })]);
    expect(describeFinding(finding, 'en', name)).toContain('for a class II operating room requires ≥ 24');
    expect(describeFinding(finding, 'zh-CN', name)).toContain('Ⅱ级洁净手术室');
  });
});

describe('door-hospital-pressure-step check', () => {
  const orAt = (pressurePa: number | null, containment = false) =>
    operatingRoom('II', { design: { pressurePa }, containment });
  const corridorAt = (pressurePa: number | null) =>
    makeRoom({ id: 'corridor', use: 'clean-corridor', polygon: rectangle(6_000, 0, 2_000, 5_400), cleanliness: { kind: 'hospital', hospitalClass: 'III' }, design: { pressurePa } });
  const door = [makeDoor('d1', 'or-1', 'corridor')];

  it('passes 5 Pa up to under 20 Pa', () => {
    expect(onlyFinding('gb-50333-2013/dp-different-classes', [orAt(13), corridorAt(8)], door).outcome).toBe('pass');
    expect(onlyFinding('gb-50333-2013/dp-different-classes', [orAt(27.9), corridorAt(8)], door).outcome).toBe('pass');
  });

  it('fails a step of 20 Pa in 2013 but not in 2002', () => {
    const rooms = [orAt(28), corridorAt(8)];
    const finding2013 = onlyFinding('gb-50333-2013/dp-different-classes', rooms, door);
    expect(finding2013.outcome).toBe('fail');
    expect(finding2013.reason.code).toBe('above-max');
    expect(onlyFinding('gb-50333-2002/dp-different-classes', rooms, door).outcome).toBe('pass');
  });

  it('fails a step in the wrong direction', () => {
    const finding = onlyFinding('gb-50333-2013/dp-different-classes', [orAt(5), corridorAt(10)], door);
    expect(finding.outcome).toBe('fail');
    expect(finding.reason.code).toBe('wrong-direction');
    expect(finding.actual).toBe(-5);
  });

  it('cannot evaluate without pressures', () => {
    const finding = onlyFinding('gb-50333-2013/dp-different-classes', [orAt(null), corridorAt(8)], door);
    expect(finding.outcome).toBe('cannot-evaluate');
    expect(finding.reason.code).toBe('pressure-missing');
  });

  it('cannot evaluate a neighbour without a class', () => {
    const unclassedCorridor = { ...corridorAt(8), cleanliness: null };
    const finding = onlyFinding('gb-50333-2013/dp-different-classes', [orAt(15), unclassedCorridor], door);
    expect(finding.outcome).toBe('cannot-evaluate');
    expect(finding.reason.code).toBe('hospital-class-missing');
  });

  it('keeps a negative OR negative', () => {
    const finding = onlyFinding('gb-50333-2013/dp-negative-room', [orAt(-5, true), corridorAt(8)], door);
    expect(finding.outcome).toBe('pass');
    expect(finding.actual).toBe(13);
    expect(finding.roomId).toBe('or-1');
  });

  it('fails a negative OR held above its corridor', () => {
    const finding = onlyFinding('gb-50333-2013/dp-negative-room', [orAt(10, true), corridorAt(8)], door);
    expect(finding.outcome).toBe('fail');
    expect(finding.reason.code).toBe('wrong-direction');
  });

  it('needs 5 Pa from clean to non-clean', () => {
    const lobby = makeRoom({ id: 'lobby', polygon: rectangle(-2_000, 0, 2_000, 5_400), cleanliness: { kind: 'unclassified' }, design: { pressurePa: 0 } });
    const doors = [makeDoor('d2', 'or-1', 'lobby')];
    expect(onlyFinding('gb-50333-2013/dp-clean-non-clean', [orAt(4), lobby], doors).outcome).toBe('fail');
    expect(onlyFinding('gb-50333-2013/dp-clean-non-clean', [orAt(5), lobby], doors).outcome).toBe('pass');
  });

  it('states the cap in the sentence', () => {
    const finding = onlyFinding('gb-50333-2013/dp-different-classes', [orAt(30), corridorAt(8)], door);
    expect(describeFinding(finding, 'en', name)).toContain('at least 5 Pa and less than 20 Pa above corridor');
  });
});

describe('class I working-area velocity', () => {
  it('ignores velocity derived from supply over the floor', () => {
    const finding = onlyFinding('gb-50333-2013/or-class-1-velocity', [operatingRoom('I', { design: { supplyM3h: 5616 } })]);
    expect(finding.outcome).toBe('cannot-evaluate');
    expect(finding.reason.code).toBe('value-missing');
    expect(describeFinding(finding, 'en', name)).toContain('airflow velocity');
  });
});
