import { describe, expect, it } from 'vitest';
import { checkProject, describeFindingForTest } from './support';
import { GRADE, ISO, UNCLASSIFIED, makeDoor, makeProject, makeRoom } from '../../unit/engine/fixtures';

const FLOW = 'gb-14881-2013/flow-clean-to-less-clean';
const NEGATIVE = 'gb-50457-2019/negative-pressure-uses';

function findingsOf(ruleId: string, rooms: Parameters<typeof makeProject>[0], doors: Parameters<typeof makeProject>[1], ruleSetIds: string[]) {
  return checkProject(makeProject(rooms, doors, ruleSetIds)).findings.filter((finding) => finding.ruleId === ruleId);
}

describe('GB 14881 flow direction', () => {
  const flow = (rooms: Parameters<typeof makeProject>[0], doors = [makeDoor('d1', 'a', 'b')]) => findingsOf(FLOW, rooms, doors, ['gb-14881-2013']);

  it('passes air flowing to the less clean room', () => {
    const [finding] = flow([makeRoom({ id: 'a', cleanliness: ISO(7), design: { pressurePa: 12 } }), makeRoom({ id: 'b', cleanliness: ISO(8), design: { pressurePa: 5 } })]);
    expect(finding?.outcome).toBe('pass');
    expect(finding?.actual).toBe(7);
    expect(finding?.roomId).toBe('a');
  });

  it('fails a reversed flow', () => {
    const [finding] = flow([makeRoom({ id: 'a', cleanliness: ISO(7), design: { pressurePa: 3 } }), makeRoom({ id: 'b', cleanliness: ISO(8), design: { pressurePa: 5 } })]);
    expect(finding?.outcome).toBe('fail');
    expect(finding?.reason.code).toBe('wrong-direction');
  });

  it('fails equal pressures', () => {
    const [finding] = flow([makeRoom({ id: 'a', cleanliness: ISO(7), design: { pressurePa: 5 } }), makeRoom({ id: 'b', cleanliness: UNCLASSIFIED, design: { pressurePa: 5 } })]);
    expect(finding?.outcome).toBe('fail');
    expect(finding?.reason.code).toBe('below-min');
  });

  it('judges a door to outdoors at 0 Pa', () => {
    const [finding] = flow([makeRoom({ id: 'a', cleanliness: GRADE('D'), design: { pressurePa: 8 } })], [makeDoor('d1', 'a', 'outside')]);
    expect(finding?.outcome).toBe('pass');
    expect(finding?.otherRoomId).toBe('outside');
  });

  it('expects flow into a containment room', () => {
    const rooms = [
      makeRoom({ id: 'a', cleanliness: ISO(7), containment: true, design: { pressurePa: -15 } }),
      makeRoom({ id: 'b', cleanliness: ISO(8), design: { pressurePa: -5 } }),
    ];
    const [finding] = flow(rooms);
    expect(finding?.outcome).toBe('pass');
    expect(finding?.roomId).toBe('b');
    expect(finding?.actual).toBe(10);
  });

  it('keeps negative pressures negative', () => {
    const rooms = [
      makeRoom({ id: 'a', cleanliness: ISO(7), design: { pressurePa: -15 } }),
      makeRoom({ id: 'b', cleanliness: ISO(8), design: { pressurePa: -5 } }),
    ];
    const [finding] = flow(rooms);
    expect(finding?.outcome).toBe('fail');
    expect(finding?.actual).toBe(-10);
  });

  it('cannot evaluate without a class', () => {
    const [finding] = flow([makeRoom({ id: 'a', design: { pressurePa: 12 } }), makeRoom({ id: 'b', cleanliness: ISO(8), design: { pressurePa: 5 } })]);
    expect(finding?.outcome).toBe('cannot-evaluate');
    expect(finding?.reason).toEqual({ code: 'class-missing', params: { room: 'a' } });
  });

  it('cannot evaluate without a pressure', () => {
    const [finding] = flow([makeRoom({ id: 'a', cleanliness: ISO(7) }), makeRoom({ id: 'b', cleanliness: ISO(8), design: { pressurePa: 5 } })]);
    expect(finding?.outcome).toBe('cannot-evaluate');
    expect(finding?.reason.code).toBe('pressure-missing');
  });

  it('does not apply between equal classes', () => {
    const [finding] = flow([makeRoom({ id: 'a', cleanliness: ISO(8), design: { pressurePa: 5 } }), makeRoom({ id: 'b', cleanliness: ISO(8), design: { pressurePa: 5 } })]);
    expect(finding?.outcome).toBe('not-applicable');
    expect(finding?.reason.code).toBe('same-class');
  });

  it('states the direction in the message', () => {
    const [finding] = flow([makeRoom({ id: 'a', name: 'Filling', cleanliness: ISO(7), design: { pressurePa: 3 } }), makeRoom({ id: 'b', name: 'Packing', cleanliness: ISO(8), design: { pressurePa: 5 } })]);
    const text = describeFindingForTest(finding!, 'en');
    expect(text).toContain('a must be above b');
    expect(text).not.toContain('0 Pa above');
  });
});

describe('GB 50457-2019 negative-pressure uses', () => {
  const negative = (rooms: Parameters<typeof makeProject>[0]) => findingsOf(NEGATIVE, rooms, [makeDoor('d1', 'a', 'b')], ['gb-50457-2019']);

  it('passes a dust room below its corridor', () => {
    const [finding] = negative([
      makeRoom({ id: 'a', use: 'dust-generating', cleanliness: GRADE('D'), design: { pressurePa: 10 } }),
      makeRoom({ id: 'b', use: 'corridor', cleanliness: GRADE('D'), design: { pressurePa: 15 } }),
    ]);
    expect(finding?.outcome).toBe('pass');
    expect(finding?.roomId).toBe('b');
    expect(finding?.actual).toBe(5);
  });

  it('fails a penicillin room above its neighbour', () => {
    const [finding] = negative([
      makeRoom({ id: 'a', use: 'corridor', design: { pressurePa: 10 } }),
      makeRoom({ id: 'b', use: 'Penicillin-type', design: { pressurePa: 15 } }),
    ]);
    expect(finding?.outcome).toBe('fail');
    expect(finding?.reason.code).toBe('wrong-direction');
  });

  it('counts a containment room without a listed use', () => {
    const [finding] = negative([
      makeRoom({ id: 'a', use: null, containment: true, design: { pressurePa: -20 } }),
      makeRoom({ id: 'b', use: 'corridor', design: { pressurePa: -10 } }),
    ]);
    expect(finding?.outcome).toBe('pass');
    expect(finding?.actual).toBe(10);
  });

  it('cannot evaluate a room without a use', () => {
    const [finding] = negative([makeRoom({ id: 'a', use: null, design: { pressurePa: 10 } }), makeRoom({ id: 'b', use: 'corridor', design: { pressurePa: 15 } })]);
    expect(finding?.outcome).toBe('cannot-evaluate');
    expect(finding?.reason).toEqual({ code: 'room-use-missing', params: { room: 'a' } });
  });

  it('cannot evaluate without pressures', () => {
    const [finding] = negative([makeRoom({ id: 'a', use: 'pathogen' }), makeRoom({ id: 'b', use: 'corridor', design: { pressurePa: 15 } })]);
    expect(finding?.outcome).toBe('cannot-evaluate');
    expect(finding?.reason.code).toBe('pressure-missing');
  });

  it('does not apply between two negative rooms', () => {
    const [finding] = negative([makeRoom({ id: 'a', use: 'pathogen', design: { pressurePa: -5 } }), makeRoom({ id: 'b', use: 'radioactive', design: { pressurePa: -10 } })]);
    expect(finding?.outcome).toBe('not-applicable');
    expect(finding?.reason.code).toBe('both-negative');
  });

  it('skips a door with no listed use', () => {
    expect(negative([makeRoom({ id: 'a', use: 'corridor' }), makeRoom({ id: 'b', use: 'production' })])).toEqual([]);
  });
});
