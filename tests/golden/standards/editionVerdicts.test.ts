import { describe, expect, it } from 'vitest';
import { checkProject, minimumSamplingLocations, minimumSamplingLocationsSqrtArea } from '../../../src/engine/index';
import { GRADE, ISO, makeDoor, makeProject, makeRoom, rectangle } from '../../unit/engine/fixtures';

// GB 50457-2008 requires at least 5 Pa between clean rooms of different classes; GB 50457-2019
// §3.2 requires at least 10 Pa between grades. The same grade C / grade D door at a 7 Pa step
// therefore passes under 2008 and fails under 2019.
function pharmaDoor(stepPa: number, ruleSetIds: string[]) {
  const rooms = [
    makeRoom({ id: 'filling-prep', cleanliness: GRADE('C'), design: { pressurePa: 15 + stepPa } }),
    makeRoom({ id: 'packing', cleanliness: GRADE('D'), design: { pressurePa: 15 } }),
  ];
  return makeProject(rooms, [makeDoor('d1', 'filling-prep', 'packing')], ruleSetIds);
}

function doorFinding(ruleSetIds: string[], ruleId: string, stepPa: number) {
  const finding = checkProject(pharmaDoor(stepPa, ruleSetIds)).findings.find((f) => f.ruleId === ruleId);
  if (!finding) throw new Error(`no finding of ${ruleId}`);
  return finding;
}

describe('GB 50457 editions on one door', () => {
  it('passes 7 Pa under the 2008 edition', () => {
    const finding = doorFinding(['gb-50457-2008'], 'gb-50457-2008/dp-between-classes', 7);
    expect(finding.outcome).toBe('pass');
    expect(finding.required?.min).toBe(5);
    expect(finding.actual).toBe(7);
    expect(finding.citation.edition).toBe('2008');
  });

  it('fails 7 Pa under the 2019 edition', () => {
    const finding = doorFinding(['gb-50457-2019'], 'gb-50457-2019/dp-between-grades', 7);
    expect(finding.outcome).toBe('fail');
    expect(finding.required?.min).toBe(10);
    expect(finding.citation.edition).toBe('2019');
  });

  it('keeps the unverified 2019 figure advisory', () => {
    const finding = doorFinding(['gb-50457-2019'], 'gb-50457-2019/dp-between-grades', 7);
    expect(finding.verified).toBe(false);
  });

  it('passes 10 Pa under both editions', () => {
    expect(doorFinding(['gb-50457-2008'], 'gb-50457-2008/dp-between-classes', 10).outcome).toBe('pass');
    expect(doorFinding(['gb-50457-2019'], 'gb-50457-2019/dp-between-grades', 10).outcome).toBe('pass');
  });
});

// ISO 14644-1:1999 B.4.1 takes √A rounded up; ISO 14644-1:2015 Table A.1 is not √A.
describe('ISO 14644-1 sampling locations by edition', () => {
  const cases: { areaM2: number; edition1999: number; edition2015: number }[] = [
    { areaM2: 16, edition1999: 4, edition2015: 6 },
    { areaM2: 2, edition1999: 2, edition2015: 1 },
    { areaM2: 100, edition1999: 10, edition2015: 16 },
    { areaM2: 1000, edition1999: 32, edition2015: 27 },
  ];
  for (const { areaM2, edition1999, edition2015 } of cases) {
    it(`counts ${areaM2} m² per edition`, () => {
      expect(minimumSamplingLocationsSqrtArea(areaM2)).toBe(edition1999);
      expect(minimumSamplingLocations(areaM2)).toBe(edition2015);
    });
  }

  it('rejects a non-positive area', () => {
    expect(() => minimumSamplingLocationsSqrtArea(0)).toThrow(/positive.*found 0/);
  });

  it('reports a missing area under 1999', () => {
    const room = makeRoom({ id: 'r', cleanliness: ISO(7), polygon: rectangle(0, 0, 4_000, 4_000), areaKnown: false });
    const finding = checkProject(makeProject([room], [], ['iso-14644-1-1999'])).findings[0];
    expect(finding?.ruleId).toBe('iso-14644-1-1999/sampling-locations');
    expect(finding?.outcome).toBe('cannot-evaluate');
    expect(finding?.reason.code).toBe('area-missing');
  });
});
