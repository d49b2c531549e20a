import { describe, expect, it } from 'vitest';
import type { RoomMeasurements } from '../../../src/domain/measurements';
import type { Room } from '../../../src/domain/project';
import { checkProject } from '../../../src/engine/index';
import { describeFinding } from '../../../src/i18n/findingMessages';
import { GRADE, ISO, makeProject, makeRoom, rectangle } from '../engine/fixtures';
import { locations, measurement, sample, uniformLocations } from './fixtures';

// A 4 × 4 m room: 16 m², so Table A.1 requires 6 locations and the 1999 edition √16 = 4.
function measuredRoom(measurements: RoomMeasurements | undefined, cleanliness = ISO(7)): Room {
  const room = makeRoom({ id: 'r1', cleanliness, polygon: rectangle(0, 0, 4000, 4000) });
  return measurements === undefined ? room : { ...room, measurements };
}

function findingOf(room: Room, ruleSetIds: string[], ruleId: string) {
  return checkProject(makeProject([room], [], ruleSetIds)).findings.find((finding) => finding.ruleId === ruleId);
}

// Means 340 000, 340 000, 20 000, 20 000 particles/m³ at 0.5 µm: every mean meets ISO 7
// (352 000), but the 1999 UCL is 401 702.5.
const UCL_CASE = measurement(7, ['0.5'], locations([17_000, 17_000, 1_000, 1_000].map((count) => [sample(50, { '0.5': count })])));

describe('particle classification rule', () => {
  it('gives no finding without counts', () => {
    expect(findingOf(measuredRoom(undefined), ['iso-14644-1-2015'], 'iso-14644-1-2015/particle-classification')).toBeUndefined();
  });

  it('follows the 1999 method', () => {
    const finding = findingOf(measuredRoom({ particles: UCL_CASE }), ['iso-14644-1-1999'], 'iso-14644-1-1999/particle-classification');

    expect(finding?.outcome).toBe('fail');
    expect(finding?.actual).toBeCloseTo(401_702.5, 0);
    expect(finding?.required?.max).toBe(352_000);
    expect(finding?.reason.params?.achievedClass).toBe(7.1);
    expect(finding?.kind).toBe('mandatory');
    expect(finding?.verified).toBe(false);
  });

  it('needs 6 locations by the 2015 method', () => {
    const finding = findingOf(measuredRoom({ particles: UCL_CASE }), ['iso-14644-1-2015'], 'iso-14644-1-2015/particle-classification');

    expect(finding?.outcome).toBe('cannot-evaluate');
    expect(finding?.reason.code).toBe('particle-data-too-few-locations');
    expect(finding?.reason.params?.required).toBe(6);
    expect(finding?.citation.clause).toBe('A.5, A.6');
  });

  it('passes six clean locations by the 2015 method', () => {
    const particles = measurement(7, ['0.5'], uniformLocations(6, sample(30, { '0.5': 3000 })));
    const finding = findingOf(measuredRoom({ particles }), ['iso-14644-1-2015'], 'iso-14644-1-2015/particle-classification');

    expect(finding?.outcome).toBe('pass');
    expect(finding?.actual).toBeCloseTo(100_000, 6);
  });
});

describe('microbial results rule', () => {
  const microbial = { air: [12], settlePlate: [3], contactPlate: [2], glovePrint: [1] };

  it('fails grade B air above 10 cfu/m³', () => {
    const finding = findingOf(measuredRoom({ microbial }, GRADE('B')), ['china-gmp-2010'], 'china-gmp-2010/microbial-results');
    expect(finding?.outcome).toBe('fail');
    expect(finding?.reason.params?.failed).toBe('air');
  });

  it('passes the same results in grade C', () => {
    const finding = findingOf(measuredRoom({ microbial }, GRADE('C')), ['china-gmp-2010'], 'china-gmp-2010/microbial-results');
    expect(finding?.outcome).toBe('pass');
  });

  it('cannot evaluate a room without a grade', () => {
    const finding = findingOf(measuredRoom({ microbial }), ['eu-gmp-annex1-2022'], 'eu-gmp-annex1-2022/microbial-results');
    expect(finding?.outcome).toBe('cannot-evaluate');
    expect(finding?.reason.code).toBe('grade-missing');
  });
});

describe('measured-data finding sentences', () => {
  it('names the UCL and the supported class', () => {
    const finding = findingOf(measuredRoom({ particles: UCL_CASE }), ['iso-14644-1-1999'], 'iso-14644-1-1999/particle-classification')!;
    const en = describeFinding(finding, 'en', () => 'Fill room');
    const zh = describeFinding(finding, 'zh-CN', () => '灌装间');

    expect(en).toContain('the 95 % UCL is 401,703');
    expect(en).toContain('ISO Class 7.1');
    expect(zh).toContain('95% 置信上限');
    expect(zh).toContain('不符合');
  });

  it('names the missing locations', () => {
    const finding = findingOf(measuredRoom({ particles: UCL_CASE }), ['iso-14644-1-2015'], 'iso-14644-1-2015/particle-classification')!;
    expect(describeFinding(finding, 'en', () => 'Fill room')).toContain('there are 4 locations and at least 6 are required');
  });

  it('names the failed microbial method', () => {
    const microbial = { air: [12], settlePlate: [3], contactPlate: [2], glovePrint: [1] };
    const finding = findingOf(measuredRoom({ microbial }, GRADE('B')), ['china-gmp-2010'], 'china-gmp-2010/microbial-results')!;
    expect(describeFinding(finding, 'zh-CN', () => '灌装间')).toContain('浮游菌超过 B 级限度');
  });
});
