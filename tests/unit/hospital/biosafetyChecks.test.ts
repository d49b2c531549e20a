import { describe, expect, it } from 'vitest';
import { describeFinding } from '../../../src/i18n/findingMessages';
import { findingsOf, labRoom, makeDoor, onlyFinding, rectangle } from './fixtures';

const name = (id: string) => id;

describe('room-biosafety-pressure check', () => {
  it('skips rooms without a biosafety level', () => {
    expect(findingsOf('gb-50346-2011/pressure-to-atmosphere', [labRoom('office', null, { design: { pressurePa: 5 } })])).toEqual([]);
  });

  it('cannot evaluate BSL-3 without a type', () => {
    const finding = onlyFinding('gb-50346-2011/pressure-to-atmosphere', [labRoom('lab', { level: 'BSL-3', type: null }, { design: { pressurePa: -50 } })]);
    expect(finding.outcome).toBe('cannot-evaluate');
    expect(finding.reason.code).toBe('biosafety-type-missing');
    expect(describeFinding(finding, 'en', name)).toContain('depends on the laboratory type');
  });

  it('has no pressure figure for BSL-2', () => {
    const finding = onlyFinding('gb-50346-2011/pressure-to-atmosphere', [labRoom('lab', { level: 'BSL-2', type: 'a' }, { design: { pressurePa: 0 } })]);
    expect(finding.outcome).toBe('not-applicable');
    expect(finding.reason.code).toBe('biosafety-level-not-covered');
  });

  it('cannot evaluate without a pressure', () => {
    const finding = onlyFinding('gb-50346-2011/pressure-to-atmosphere', [labRoom('lab', { level: 'BSL-3', type: 'a' })]);
    expect(finding.outcome).toBe('cannot-evaluate');
    expect(finding.reason.code).toBe('pressure-missing');
  });

  it('prints the limit as a maximum', () => {
    const finding = onlyFinding('gb-50346-2011/pressure-to-atmosphere', [labRoom('lab', { level: 'BSL-3', type: 'b1' }, { design: { pressurePa: -35 } })]);
    expect(describeFinding(finding, 'en', name)).toContain('≤ -40 Pa');
  });
});

describe('door-biosafety-step check', () => {
  const lab = (pressurePa: number | null) => labRoom('lab', { level: 'BSL-3', type: 'b1' }, { design: { pressurePa } });
  const buffer = (pressurePa: number | null, level: 'BSL-3' | null = null) =>
    labRoom('buffer', level === null ? null : { level, type: 'b1' }, { polygon: rectangle(10_000, 0, 2_000, 8_000), design: { pressurePa } });
  const doors = [makeDoor('d1', 'lab', 'buffer')];

  it('judges the deeper of two contained rooms', () => {
    const finding = onlyFinding('gb-50346-2011/pressure-to-adjacent', [lab(-40), buffer(-25, 'BSL-3')], doors);
    expect(finding.outcome).toBe('pass');
    expect(finding.roomId).toBe('lab');
    expect(finding.otherRoomId).toBe('buffer');
  });

  it('fails a lab above its buffer', () => {
    const finding = onlyFinding('gb-50346-2011/pressure-to-adjacent', [lab(-20), buffer(-30)], doors);
    expect(finding.outcome).toBe('fail');
    expect(finding.reason.code).toBe('wrong-direction');
    expect(finding.actual).toBe(-10);
  });

  it('counts the outdoors as 0 Pa', () => {
    const finding = onlyFinding('gb-50346-2011/pressure-to-adjacent', [lab(-40)], [makeDoor('d2', 'lab', 'outside')]);
    expect(finding.outcome).toBe('pass');
    expect(finding.actual).toBe(40);
  });

  it('cannot evaluate without the neighbour pressure', () => {
    const finding = onlyFinding('gb-50346-2011/pressure-to-adjacent', [lab(-40), buffer(null)], doors);
    expect(finding.outcome).toBe('cannot-evaluate');
    expect(finding.reason.code).toBe('pressure-missing');
  });
});

describe('room-biosafety-range check', () => {
  it('uses the BSL-2 temperature range', () => {
    const finding = onlyFinding('gb-50346-2011/temperature', [labRoom('lab', { level: 'BSL-2', type: 'a' }, { design: { temperatureC: 26 } })]);
    expect(finding.outcome).toBe('pass');
    expect(finding.required).toMatchObject({ min: 18, max: 27 });
  });

  it('uses the BSL-3 temperature range', () => {
    const finding = onlyFinding('gb-50346-2011/temperature', [labRoom('lab', { level: 'BSL-3', type: 'a' }, { design: { temperatureC: 26 } })]);
    expect(finding.outcome).toBe('fail');
    expect(finding.required).toMatchObject({ min: 18, max: 25 });
  });

  it('cannot evaluate a missing illuminance', () => {
    const finding = onlyFinding('gb-50346-2011/illuminance', [labRoom('lab', { level: 'BSL-3', type: 'a' })]);
    expect(finding.outcome).toBe('cannot-evaluate');
    expect(finding.reason.code).toBe('value-missing');
  });
});

describe('biosafety air changes by ISO class', () => {
  const iso = (isoClass: number) => ({ kind: 'iso' as const, isoClass });

  it('asks 15 per hour of an ISO 7 lab', () => {
    const finding = onlyFinding('gb-50346-2011/air-changes', [labRoom('lab', { level: 'BSL-3', type: 'b1' }, { cleanliness: iso(7), design: { ach: 12 } })]);
    expect(finding.outcome).toBe('fail');
    expect(finding.required).toMatchObject({ min: 15 });
  });

  it('asks 12 per hour of an ISO 8 lab', () => {
    const finding = onlyFinding('gb-50346-2011/air-changes', [labRoom('lab', { level: 'BSL-3', type: 'b1' }, { cleanliness: iso(8), design: { ach: 12 } })]);
    expect(finding.outcome).toBe('pass');
    expect(finding.required).toMatchObject({ min: 12 });
  });

  it('cannot evaluate a lab without a class', () => {
    const finding = onlyFinding('gb-50346-2011/air-changes', [labRoom('lab', { level: 'BSL-3', type: 'b1' }, { design: { ach: 20 } })]);
    expect(finding.outcome).toBe('cannot-evaluate');
    expect(finding.reason.code).toBe('class-missing');
  });

  it('has no row for ISO 6', () => {
    const finding = onlyFinding('gb-50346-2011/air-changes', [labRoom('lab', { level: 'BSL-3', type: 'b1' }, { cleanliness: iso(6), design: { ach: 20 } })]);
    expect(finding.outcome).toBe('not-applicable');
    expect(finding.reason.code).toBe('class-not-in-table');
  });
});
