import { describe, expect, it } from 'vitest';
import type { Door, Room } from '../../../src/domain/project';
import { checkProject, gmpGradeIsoEquivalent, gmpGradeLimits, type Finding } from '../../../src/engine/index';
import { GRADE, ISO, UNCLASSIFIED, makeDoor, makeProject, makeRoom, rectangle } from './fixtures';

function findings(rooms: Room[], doors: Door[], ruleSetIds: string[]): readonly Finding[] {
  return checkProject(makeProject(rooms, doors, ruleSetIds)).findings;
}

function only(list: readonly Finding[], ruleId: string): Finding {
  const matching = list.filter((finding) => finding.ruleId === ruleId);
  expect(matching).toHaveLength(1);
  return matching[0]!;
}

const GMP = ['china-gmp-2010'];

// China GMP (2010 revision) Annex 1, Art. 9 table, per m³, ≥0.5 µm / ≥5 µm.
describe('gmpGradeLimits', () => {
  it.each([
    ['A', 3_520, 20, 3_520, 20],
    ['B', 3_520, 29, 352_000, 2_900],
    ['C', 352_000, 2_900, 3_520_000, 29_000],
  ] as const)('grade %s', (grade, rest05, rest5, operation05, operation5) => {
    const limits = gmpGradeLimits(grade);
    expect(limits.atRest).toEqual({ '0.5': rest05, '5': rest5 });
    expect(limits.inOperation).toEqual({ '0.5': operation05, '5': operation5 });
  });

  it('leaves grade D in operation undefined, not zero', () => {
    const limits = gmpGradeLimits('D');
    expect(limits.atRest).toEqual({ '0.5': 3_520_000, '5': 29_000 });
    expect(limits.inOperation['0.5']).toBeNull();
    expect(limits.inOperation['5']).toBeNull();
  });

  it('maps grades to ISO classes at rest and in operation', () => {
    // EU GMP Annex 1 / China GMP 2010 Annex 1: A 5/5, B 5/7, C 7/8, D 8/not defined.
    expect(gmpGradeIsoEquivalent('A')).toMatchObject({ atRestIsoClass: 5, inOperationIsoClass: 5 });
    expect(gmpGradeIsoEquivalent('B')).toMatchObject({ atRestIsoClass: 5, inOperationIsoClass: 7 });
    expect(gmpGradeIsoEquivalent('C')).toMatchObject({ atRestIsoClass: 7, inOperationIsoClass: 8 });
    expect(gmpGradeIsoEquivalent('D')).toMatchObject({ atRestIsoClass: 8, inOperationIsoClass: null });
  });
});

describe('china-gmp-2010 pressure steps (Art. 48)', () => {
  const graded = (id: string, grade: 'A' | 'B' | 'C' | 'D', pressurePa: number | null, containment = false) =>
    makeRoom({ id, cleanliness: GRADE(grade), containment, design: { pressurePa } });

  it('passes 10 Pa between grades and fails less', () => {
    const pass = only(findings([graded('b', 'B', 30), graded('c', 'C', 20)], [makeDoor('d', 'c', 'b')], GMP), 'china-gmp-2010/dp-between-grades');
    expect(pass.outcome).toBe('pass');
    expect(pass.kind).toBe('mandatory');
    expect(pass.roomId).toBe('b');
    const fail = only(findings([graded('b', 'B', 28), graded('c', 'C', 20)], [makeDoor('d', 'c', 'b')], GMP), 'china-gmp-2010/dp-between-grades');
    expect(fail.outcome).toBe('fail');
    expect(fail.actual).toBe(8);
  });

  it('does not apply between rooms of the same grade', () => {
    const finding = only(findings([graded('x', 'C', 20), graded('y', 'C', 20)], [makeDoor('d', 'x', 'y')], GMP), 'china-gmp-2010/dp-between-grades');
    expect(finding.outcome).toBe('not-applicable');
    expect(finding.reason.code).toBe('same-grade');
  });

  it('needs 10 Pa between a graded room and a non-clean room or outdoors', () => {
    const rooms = [graded('d1', 'D', 10), makeRoom({ id: 'nc', cleanliness: UNCLASSIFIED, design: { pressurePa: 0 } })];
    const list = findings(rooms, [makeDoor('door1', 'd1', 'nc'), makeDoor('door2', 'd1', 'outside')], GMP);
    const clean = list.filter((finding) => finding.ruleId === 'china-gmp-2010/dp-clean-non-clean');
    expect(clean.map((finding) => finding.outcome)).toEqual(['pass', 'pass']);
    expect(clean[1]!.otherRoomId).toBe('outside');

    const low = findings([graded('d1', 'D', 9)], [makeDoor('door', 'd1', 'outside')], GMP);
    expect(only(low, 'china-gmp-2010/dp-clean-non-clean').outcome).toBe('fail');
  });

  it('cannot evaluate clean versus non-clean without a grade', () => {
    const rooms = [makeRoom({ id: 'x', design: { pressurePa: 20 } }), makeRoom({ id: 'nc', cleanliness: UNCLASSIFIED, design: { pressurePa: 0 } })];
    const finding = only(findings(rooms, [makeDoor('d', 'x', 'nc')], GMP), 'china-gmp-2010/dp-clean-non-clean');
    expect(finding.outcome).toBe('cannot-evaluate');
    expect(finding.reason).toEqual({ code: 'grade-missing', params: { room: 'x' } });
  });

  it('does not apply between two non-clean rooms', () => {
    const rooms = [
      makeRoom({ id: 'n1', cleanliness: UNCLASSIFIED, design: { pressurePa: 0 } }),
      makeRoom({ id: 'n2', cleanliness: UNCLASSIFIED, design: { pressurePa: 0 } }),
    ];
    const list = findings(rooms, [makeDoor('d', 'n1', 'n2')], GMP);
    expect(only(list, 'china-gmp-2010/dp-clean-non-clean').outcome).toBe('not-applicable');
    expect(list.filter((finding) => finding.ruleId === 'china-gmp-2010/dp-between-grades')).toHaveLength(0);
  });

  it('cannot evaluate a step without both pressures', () => {
    const finding = only(findings([graded('b', 'B', 30), graded('c', 'C', null)], [makeDoor('d', 'b', 'c')], GMP), 'china-gmp-2010/dp-between-grades');
    expect(finding.outcome).toBe('cannot-evaluate');
    expect(finding.reason.code).toBe('pressure-missing');
    expect(finding.reason.params?.room).toBe('c');
  });

  it('cannot evaluate grade rules for a room with only an ISO class', () => {
    const rooms = [makeRoom({ id: 'iso', cleanliness: ISO(7), design: { pressurePa: 20 } }), graded('c', 'C', 5)];
    const finding = only(findings(rooms, [makeDoor('d', 'iso', 'c')], GMP), 'china-gmp-2010/dp-between-grades');
    expect(finding.outcome).toBe('cannot-evaluate');
    expect(finding.reason).toEqual({ code: 'grade-missing', params: { room: 'iso', isoClass: 7 } });
  });

  it('judges a containment grade room below its neighbour', () => {
    const rooms = [graded('b', 'B', -25, true), graded('c', 'C', -10)];
    const finding = only(findings(rooms, [makeDoor('d', 'b', 'c')], GMP), 'china-gmp-2010/dp-between-grades');
    expect(finding.outcome).toBe('pass');
    expect(finding.actual).toBe(15);
  });
});

describe('china-gmp-2010 grade A velocity (guidance)', () => {
  const gradeA = (velocityMs: number | null) =>
    makeRoom({ id: 'a', cleanliness: GRADE('A'), polygon: rectangle(0, 0, 2_000, 2_000), design: { velocityMs } });

  it('passes 0.36–0.54 m/s and fails outside', () => {
    const pass = only(findings([gradeA(0.45)], [], GMP), 'china-gmp-2010/velocity-grade-a');
    expect(pass.outcome).toBe('pass');
    expect(pass.kind).toBe('guidance');
    expect(only(findings([gradeA(0.3)], [], GMP), 'china-gmp-2010/velocity-grade-a').outcome).toBe('fail');
    expect(only(findings([gradeA(0.6)], [], GMP), 'china-gmp-2010/velocity-grade-a').outcome).toBe('fail');
  });

  it('cannot evaluate without a velocity, or for an ISO-only room', () => {
    expect(only(findings([gradeA(null)], [], GMP), 'china-gmp-2010/velocity-grade-a').outcome).toBe('cannot-evaluate');
    const isoRoom = makeRoom({ id: 'i', cleanliness: ISO(5), design: { velocityMs: 0.45 } });
    const finding = only(findings([isoRoom], [], GMP), 'china-gmp-2010/velocity-grade-a');
    expect(finding.outcome).toBe('cannot-evaluate');
    expect(finding.reason.code).toBe('grade-missing');
  });

  it('does not apply to other grades or unclassified rooms', () => {
    expect(only(findings([makeRoom({ id: 'b', cleanliness: GRADE('B') })], [], GMP), 'china-gmp-2010/velocity-grade-a').outcome).toBe('not-applicable');
    expect(only(findings([makeRoom({ id: 'n', cleanliness: UNCLASSIFIED })], [], GMP), 'china-gmp-2010/velocity-grade-a').outcome).toBe('not-applicable');
  });
});

describe('iso-14644-1-2015 sampling locations', () => {
  const ISO_SET = ['iso-14644-1-2015'];

  it('puts the Table A.1 count in the metrics, not in a verdict', () => {
    // 10 × 8 m = 80 m²: Table A.1 row "≤ 104 m²" gives 16 locations.
    const result = checkProject(makeProject([makeRoom({ id: 'r', cleanliness: ISO(7) })], [], ISO_SET));
    expect(result.findings.filter((finding) => finding.ruleId === 'iso-14644-1-2015/sampling-locations')).toEqual([]);
    expect(result.rooms[0]!.samplingLocations).toBe(16);
  });

  it('cannot evaluate without an area or a class', () => {
    const noArea = only(findings([makeRoom({ id: 'r', cleanliness: ISO(7), areaKnown: false })], [], ISO_SET), 'iso-14644-1-2015/sampling-locations');
    expect(noArea.outcome).toBe('cannot-evaluate');
    expect(noArea.reason.code).toBe('area-missing');
    const noClass = only(findings([makeRoom({ id: 'r' })], [], ISO_SET), 'iso-14644-1-2015/sampling-locations');
    expect(noClass.reason.code).toBe('class-missing');
  });

  it('does not apply to an unclassified room', () => {
    const finding = only(findings([makeRoom({ id: 'r', cleanliness: UNCLASSIFIED })], [], ISO_SET), 'iso-14644-1-2015/sampling-locations');
    expect(finding.outcome).toBe('not-applicable');
  });
});
