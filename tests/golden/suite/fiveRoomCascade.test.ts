import { describe, expect, it } from 'vitest';
import { NC, doors, findingsOf, grade, iso, project, room, verdicts } from '../../unit/suite/fixtures';

// Source: Siemens Building Technologies, Lab Controls Basic Documentation, chapter "Clean Rooms",
// Fig. 15: personnel corridor 0, airlock +0.050, room 1 +0.100, room 2 +0.150 and cleanest space
// +0.200 in. w.c. relative to the corridor, i.e. 0, 12.5, 24.9, 37.4 and 49.8 Pa. The source gives
// no classes, so this test chooses a gradient that rises with the pressure, as ISO classes and as
// GMP grades. The corridor opens to the outdoors at 0 Pa.
const PRESSURES_PA = [0, 12.5, 24.9, 37.4, 49.8];
const IDS = ['corridor', 'airlock', 'room-1', 'room-2', 'cleanest'];
const ISO_CLASSES = [NC, iso(8), iso(7), iso(6), iso(5)];
const GRADES = [NC, grade('D'), grade('C'), grade('B'), grade('A')];
const USES = ['corridor', 'airlock', 'buffer', 'buffer', 'aseptic'];

function cascade(classes: typeof ISO_CLASSES, ruleSetIds: string[], pressures = PRESSURES_PA) {
  const rooms = IDS.map((id, index) => room(id, { use: USES[index]!, cleanliness: classes[index]!, pressurePa: pressures[index]! }));
  const chain = IDS.slice(1).map((id, index) => [IDS[index]!, id] as const);
  return project(rooms, doors(['corridor', 'outside'], ...chain), ruleSetIds);
}

describe('five-room cascade, suite direction', () => {
  it('passes by ISO class under GB 50073-2013', () => {
    expect(verdicts(findingsOf(cascade(ISO_CLASSES, ['gb-50073-2013']), 'gb-50073-2013/suite-flow-direction'))).toEqual(['pass:flow-directions-hold']);
  });

  it('passes by grade under China GMP 2010', () => {
    expect(verdicts(findingsOf(cascade(GRADES, ['china-gmp-2010']), 'china-gmp-2010/suite-flow-direction'))).toEqual(['pass:flow-directions-hold']);
  });

  it('passes the airlock rule by grade', () => {
    expect(verdicts(findingsOf(cascade(GRADES, ['china-gmp-2010']), 'china-gmp-2010/suite-airlock-grade-change'))).toEqual(['pass:airlocks-at-grade-changes']);
  });

  it('fails when two pressures swap', () => {
    const swapped = [0, 12.5, 37.4, 24.9, 49.8];
    const findings = findingsOf(cascade(ISO_CLASSES, ['gb-50073-2013'], swapped), 'gb-50073-2013/suite-flow-direction');
    expect(verdicts(findings)).toEqual(['fail:wrong-direction']);
    expect(findings[0]!.roomIds).toEqual(['room-2', 'room-1']);
  });
});
