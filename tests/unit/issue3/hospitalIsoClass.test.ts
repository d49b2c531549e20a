import { describe, expect, it } from 'vitest';
import { HOSPITAL_CLASSES } from '../../../src/domain/cleanliness';
import { checkProject } from '../../../src/engine/check';
import { hospitalIsoEquivalent, loadHospitalClassCrosswalk } from '../../../src/engine/hospital/isoEquivalent';
import { computeRoomMetrics } from '../../../src/engine/rooms';
import { RuleDataError } from '../../../src/engine/rules/validate';
import { describeFinding } from '../../../src/i18n/findingMessages';
import crosswalkJson from '../../../rules/hospital-class-crosswalk.json';
import { makeProject, makeRoom } from '../engine/fixtures';

const ACH_MIN = 'gb-50073-2013/ach-non-unidirectional-min';

function hospitalRoom(id: string, use: string | null, hospitalClass: 'I' | 'II' | 'III' | 'IV', ach: number | null) {
  return makeRoom({ id, use, cleanliness: { kind: 'hospital', hospitalClass }, design: { ach } });
}

function achFinding(room: ReturnType<typeof hospitalRoom>) {
  const result = checkProject(makeProject([room], [], ['gb-50073-2013']));
  const findings = result.findings.filter((finding) => finding.ruleId === ACH_MIN);
  expect(findings).toHaveLength(1);
  return findings[0]!;
}

describe('GB 50333-2013 ISO equivalents (Tables 3.0.3 and 3.0.4)', () => {
  // GB 50333-2013 Table 3.0.3: operating-room periphery classes ISO 6, 7, 8 and 8.5 for classes I–IV.
  // GB 50333-2013 Table 3.0.4: auxiliary rooms ISO 6 (local zone ISO 5), 7, 8 and 8.5.
  const published = [
    { hospitalClass: 'I', periphery: 6, auxiliary: 6 },
    { hospitalClass: 'II', periphery: 7, auxiliary: 7 },
    { hospitalClass: 'III', periphery: 8, auxiliary: 8 },
    { hospitalClass: 'IV', periphery: 8.5, auxiliary: 8.5 },
  ] as const;

  it.each(published)('class $hospitalClass operating room is periphery ISO $periphery', ({ hospitalClass, periphery }) => {
    const equivalent = hospitalIsoEquivalent(hospitalClass, true);
    expect(equivalent.isoClass).toBe(periphery);
    expect(equivalent.basis).toBe('operating-room-periphery');
    expect(equivalent.source).toBe('GB 50333-2013 Table 3.0.3');
    expect(equivalent.verified).toBe(true);
  });

  it.each(published)('class $hospitalClass auxiliary room is ISO $auxiliary', ({ hospitalClass, auxiliary }) => {
    const equivalent = hospitalIsoEquivalent(hospitalClass, false);
    expect(equivalent.isoClass).toBe(auxiliary);
    expect(equivalent.basis).toBe('auxiliary-room');
    expect(equivalent.source).toBe('GB 50333-2013 Table 3.0.4');
    expect(equivalent.verified).toBe(false);
  });

  it('keeps the class I local zone at ISO 5', () => {
    const rowI = crosswalkJson.auxiliaryRooms.classes.find((row) => row.hospitalClass === 'I');
    expect(rowI?.localZoneIsoClass).toBe(5);
  });

  it('gives the same class by either table', () => {
    for (const hospitalClass of HOSPITAL_CLASSES) {
      expect(hospitalIsoEquivalent(hospitalClass, false).isoClass).toBe(hospitalIsoEquivalent(hospitalClass, true).isoClass);
    }
  });
});

describe('hospital rooms under GB 50073-2013 Table 6.3.3', () => {
  it('fails a class II OR below 15 ACH', () => {
    const finding = achFinding(hospitalRoom('or-2', 'operating-room', 'II', 12));
    expect(finding.outcome).toBe('fail');
    expect(finding.required?.min).toBe(15);
    expect(finding.reason.params?.isoClass).toBe(7);
    expect(finding.reason.params?.fromHospitalClass).toBe('II');
    expect(finding.reason.params?.hospitalIsoBasis).toBe('operating-room-periphery');
    expect(finding.reason.params?.hospitalIsoSource).toBe('GB 50333-2013 Table 3.0.3');
    expect(finding.reason.params?.hospitalIsoUnverified).toBeNull();
  });

  it('passes a class II OR at 20 ACH', () => {
    const finding = achFinding(hospitalRoom('or-2', 'operating-room', 'II', 20));
    expect(finding.outcome).toBe('pass');
  });

  it('cannot evaluate a class II OR without ACH', () => {
    const finding = achFinding(hospitalRoom('or-2', 'operating-room', 'II', null));
    expect(finding.outcome).toBe('cannot-evaluate');
    expect(finding.reason.code).toBe('supply-missing');
  });

  it('reads a class I scrub room as auxiliary ISO 6', () => {
    const finding = achFinding(hospitalRoom('scrub', 'scrub', 'I', 40));
    expect(finding.outcome).toBe('fail');
    expect(finding.required?.min).toBe(50);
    expect(finding.reason.params?.hospitalIsoBasis).toBe('auxiliary-room');
    expect(finding.reason.params?.hospitalIsoSource).toBe('GB 50333-2013 Table 3.0.4');
    expect(finding.reason.params?.hospitalIsoUnverified).toBe('unverified');
  });

  it('says which ISO class was derived and why', () => {
    const finding = achFinding(hospitalRoom('or-2', 'operating-room', 'II', 12));
    const english = describeFinding(finding, 'en', () => 'OR 2');
    const chinese = describeFinding(finding, 'zh-CN', () => '2号手术室');
    expect(english).toContain('the class II operating room is taken as a whole at its periphery class, ISO Class 7 (GB 50333-2013 Table 3.0.3)');
    expect(chinese).toContain('II 级洁净手术室按整间房的周边区级别 ISO 7 级判定（GB 50333-2013 Table 3.0.3）');
  });

  it('marks the auxiliary table as unverified in the sentence', () => {
    const finding = achFinding(hospitalRoom('scrub', 'scrub', 'I', 40));
    const english = describeFinding(finding, 'en', () => 'Scrub');
    expect(english).toContain('the class I auxiliary room is taken as ISO Class 6 (GB 50333-2013 Table 3.0.4, unverified)');
  });

  it('no longer reports a hospital room as classless', () => {
    const result = checkProject(makeProject([hospitalRoom('or-3', 'operating-room', 'III', 12)], [], ['iso-14644-1-2015', 'gb-50073-2013']));
    const classMissing = result.findings.filter((finding) => finding.reason.code === 'class-missing');
    expect(classMissing).toEqual([]);
    expect(result.rooms[0]?.isoClass).toBe(8);
  });

  it('still leaves a food class without an ISO class', () => {
    const foodRoom = makeRoom({ id: 'food', cleanliness: { kind: 'food', foodClass: 'II' } });
    expect(computeRoomMetrics(foodRoom).isoClass).toBeNull();
  });
});

describe('loadHospitalClassCrosswalk', () => {
  it('rejects a bad ISO class with file and path', () => {
    const broken = structuredClone(crosswalkJson) as { auxiliaryRooms: { classes: { isoClass: unknown }[] } };
    broken.auxiliaryRooms.classes[1]!.isoClass = 'seven';
    expect(() => loadHospitalClassCrosswalk(broken)).toThrow(RuleDataError);
    expect(() => loadHospitalClassCrosswalk(broken)).toThrow(/rules\/hospital-class-crosswalk\.json: \$\.auxiliaryRooms\.classes\[1\]\.isoClass: .*found "seven"/);
  });
});
