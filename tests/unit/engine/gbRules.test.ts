import { describe, expect, it } from 'vitest';
import type { Door, Room } from '../../../src/domain/project';
import { checkProject, type Finding } from '../../../src/engine/index';
import { GRADE, ISO, UNCLASSIFIED, makeDoor, makeProject, makeRoom, rectangle } from './fixtures';

const GB = ['gb-50073-2013'];

function findingsFor(rooms: Room[], doors: Door[] = []): readonly Finding[] {
  return checkProject(makeProject(rooms, doors, GB)).findings;
}

function roomFinding(room: Room, rule: string): Finding {
  const finding = findingsFor([room]).find((candidate) => candidate.ruleId === `gb-50073-2013/${rule}`);
  if (!finding) throw new Error(`no ${rule} finding for room ${room.id}`);
  return finding;
}

function doorFindings(rooms: Room[], door: Door, rule: string): Finding[] {
  return findingsFor(rooms, [door]).filter((finding) => finding.doorId === door.id && finding.ruleId === `gb-50073-2013/${rule}`);
}

function doorFinding(rooms: Room[], door: Door, rule: string): Finding {
  const found = doorFindings(rooms, door, rule);
  expect(found).toHaveLength(1);
  return found[0]!;
}

// GB 50073-2013 Table 6.3.3: ISO 7 non-unidirectional rooms under 4.0 m need 15–25 air changes per hour.
describe('ach-non-unidirectional-min (GB 50073-2013 6.3.3)', () => {
  const iso7 = (design: Partial<Room['design']>, extra: Partial<Parameters<typeof makeRoom>[0]> = {}) =>
    makeRoom({ id: 'r', cleanliness: ISO(7), design, ...extra });

  it('passes at the minimum', () => {
    const finding = roomFinding(iso7({ ach: 15 }), 'ach-non-unidirectional-min');
    expect(finding.outcome).toBe('pass');
    expect(finding.kind).toBe('mandatory');
    expect(finding.required).toEqual({ min: 15, max: null, unit: '1/h' });
    expect(finding.actual).toBe(15);
    expect(finding.citation).toEqual({ ruleSetId: 'gb-50073-2013', standard: 'GB 50073', edition: '2013', clause: '6.3.3, Table 6.3.3' });
  });

  it('fails below the minimum', () => {
    const finding = roomFinding(iso7({ ach: 12 }), 'ach-non-unidirectional-min');
    expect(finding.outcome).toBe('fail');
    expect(finding.reason.code).toBe('below-min');
  });

  it('cannot evaluate without a supply value', () => {
    const finding = roomFinding(iso7({}), 'ach-non-unidirectional-min');
    expect(finding.outcome).toBe('cannot-evaluate');
    expect(finding.reason.code).toBe('supply-missing');
  });

  it('cannot evaluate without a clear height', () => {
    const finding = roomFinding(iso7({ ach: 20 }, { clearHeightM: null }), 'ach-non-unidirectional-min');
    expect(finding.outcome).toBe('cannot-evaluate');
    expect(finding.reason.code).toBe('height-missing');
  });

  it('cannot evaluate at 4.0 m clear height or more', () => {
    const finding = roomFinding(iso7({ ach: 20 }, { clearHeightM: 4.0 }), 'ach-non-unidirectional-min');
    expect(finding.outcome).toBe('cannot-evaluate');
    expect(finding.reason.code).toBe('height-outside-table');
    expect(finding.reason.params).toMatchObject({ heightM: 4, limitM: 4 });
  });

  it('cannot evaluate a room without a class', () => {
    const finding = roomFinding(makeRoom({ id: 'r', design: { ach: 20 } }), 'ach-non-unidirectional-min');
    expect(finding.outcome).toBe('cannot-evaluate');
    expect(finding.reason.code).toBe('class-missing');
  });

  it('does not apply to an unclassified room', () => {
    const finding = roomFinding(makeRoom({ id: 'r', cleanliness: UNCLASSIFIED, design: { ach: 2 } }), 'ach-non-unidirectional-min');
    expect(finding.outcome).toBe('not-applicable');
  });

  it('does not apply to a unidirectional room', () => {
    const room = makeRoom({ id: 'r', cleanliness: ISO(7), airflowPattern: 'unidirectional', design: { ach: 2 } });
    expect(roomFinding(room, 'ach-non-unidirectional-min').outcome).toBe('not-applicable');
  });

  it('does not apply to a class the table has no row for', () => {
    const finding = roomFinding(makeRoom({ id: 'r', cleanliness: ISO(5), design: { ach: 2 } }), 'ach-non-unidirectional-min');
    expect(finding.outcome).toBe('not-applicable');
    expect(finding.reason.code).toBe('class-not-in-table');
  });

  it('judges ISO 8.5 by the ISO 8–9 row', () => {
    const finding = roomFinding(makeRoom({ id: 'r', cleanliness: ISO(8.5), design: { ach: 9 } }), 'ach-non-unidirectional-min');
    expect(finding.outcome).toBe('fail');
    expect(finding.required?.min).toBe(10);
  });

  it('judges a grade room at its at-rest ISO class and says so', () => {
    // China GMP 2010 Annex 1: grade C at rest is ISO 7, so GB 50073 requires at least 15 h⁻¹.
    const finding = roomFinding(makeRoom({ id: 'r', cleanliness: GRADE('C'), design: { ach: 14 } }), 'ach-non-unidirectional-min');
    expect(finding.outcome).toBe('fail');
    expect(finding.required?.min).toBe(15);
    expect(finding.reason.params).toMatchObject({ isoClass: 7, fromGrade: 'C' });
  });
});

describe('ach-non-unidirectional-max (GB 50073-2013 6.3.3)', () => {
  it('passes at the top of the range', () => {
    const finding = roomFinding(makeRoom({ id: 'r', cleanliness: ISO(7), design: { ach: 25 } }), 'ach-non-unidirectional-max');
    expect(finding.outcome).toBe('pass');
    expect(finding.kind).toBe('guidance');
  });

  it('fails as guidance above the range', () => {
    const finding = roomFinding(makeRoom({ id: 'r', cleanliness: ISO(7), design: { ach: 30 } }), 'ach-non-unidirectional-max');
    expect(finding.outcome).toBe('fail');
    expect(finding.kind).toBe('guidance');
    expect(finding.reason.code).toBe('above-max');
  });

  it('cannot evaluate without a supply value', () => {
    expect(roomFinding(makeRoom({ id: 'r', cleanliness: ISO(7) }), 'ach-non-unidirectional-max').outcome).toBe('cannot-evaluate');
  });
});

describe('velocity-unidirectional (GB 50073-2013, advisory)', () => {
  const uni = (velocityMs: number | null, cleanliness = ISO(5)) =>
    makeRoom({ id: 'r', cleanliness, airflowPattern: 'unidirectional', polygon: rectangle(0, 0, 3_000, 3_000), design: { velocityMs } });

  it('passes inside the range', () => {
    const finding = roomFinding(uni(0.3), 'velocity-unidirectional');
    expect(finding.outcome).toBe('pass');
    expect(finding.verified).toBe(false);
    expect(finding.kind).toBe('guidance');
  });

  it('fails outside the range', () => {
    expect(roomFinding(uni(0.15), 'velocity-unidirectional').outcome).toBe('fail');
    expect(roomFinding(uni(0.6), 'velocity-unidirectional').outcome).toBe('fail');
  });

  it('cannot evaluate without a velocity or supply', () => {
    expect(roomFinding(uni(null), 'velocity-unidirectional').outcome).toBe('cannot-evaluate');
  });

  it('does not apply above ISO 5 or to non-unidirectional rooms', () => {
    expect(roomFinding(uni(0.3, ISO(7)), 'velocity-unidirectional').outcome).toBe('not-applicable');
    const turbulent = makeRoom({ id: 'r', cleanliness: ISO(5), airflowPattern: 'non-unidirectional', design: { ach: 60 } });
    expect(roomFinding(turbulent, 'velocity-unidirectional').outcome).toBe('not-applicable');
  });
});

describe('fresh-air (GB 50073-2013 6.1.5)', () => {
  const room = (design: Partial<Room['design']>) => makeRoom({ id: 'r', cleanliness: ISO(8), design });

  it('passes at 40 m³/h per person when that is the larger term', () => {
    const finding = roomFinding(room({ occupants: 5, exhaustM3h: 100, freshAirM3h: 200 }), 'fresh-air');
    expect(finding.outcome).toBe('pass');
    expect(finding.required?.min).toBe(200);
    expect(finding.reason.params).toMatchObject({ pressurisationNotIncluded: 'true' });
  });

  it('requires the exhaust make-up when it is larger', () => {
    const finding = roomFinding(room({ occupants: 2, exhaustM3h: 500, freshAirM3h: 400 }), 'fresh-air');
    expect(finding.outcome).toBe('fail');
    expect(finding.required?.min).toBe(500);
  });

  it('cannot evaluate without occupants, exhaust or fresh air', () => {
    expect(roomFinding(room({ exhaustM3h: 0, freshAirM3h: 100 }), 'fresh-air').reason.code).toBe('occupants-missing');
    expect(roomFinding(room({ occupants: 2, freshAirM3h: 100 }), 'fresh-air').reason.code).toBe('exhaust-missing');
    const missingFresh = roomFinding(room({ occupants: 2, exhaustM3h: 0 }), 'fresh-air');
    expect(missingFresh.outcome).toBe('cannot-evaluate');
    expect(missingFresh.reason.code).toBe('value-missing');
  });
});

describe('noise-as-built (GB 50073-2013)', () => {
  it('allows 60 dB(A) in a non-unidirectional room and fails above', () => {
    expect(roomFinding(makeRoom({ id: 'r', cleanliness: ISO(7), design: { noiseDbA: 60 } }), 'noise-as-built').outcome).toBe('pass');
    expect(roomFinding(makeRoom({ id: 'r', cleanliness: ISO(7), design: { noiseDbA: 61 } }), 'noise-as-built').outcome).toBe('fail');
  });

  it('allows 65 dB(A) in a unidirectional room', () => {
    const room = makeRoom({ id: 'r', cleanliness: ISO(5), airflowPattern: 'unidirectional', design: { noiseDbA: 65 } });
    const finding = roomFinding(room, 'noise-as-built');
    expect(finding.outcome).toBe('pass');
    expect(finding.required?.max).toBe(65);
  });

  it('cannot evaluate without a noise value', () => {
    expect(roomFinding(makeRoom({ id: 'r', cleanliness: ISO(7) }), 'noise-as-built').outcome).toBe('cannot-evaluate');
  });
});

describe('illuminance (GB 50073-2013)', () => {
  const lit = (use: string | null, illuminanceLx: number | null) => makeRoom({ id: 'r', cleanliness: ISO(7), use, design: { illuminanceLx } });

  it('uses 200–500 lx for production rooms', () => {
    const finding = roomFinding(lit('production', 300), 'illuminance');
    expect(finding.outcome).toBe('pass');
    expect(finding.required).toEqual({ min: 200, max: 500, unit: 'lx' });
    expect(roomFinding(lit('production', 180), 'illuminance').outcome).toBe('fail');
  });

  it('uses 150–300 lx for airlocks and corridors', () => {
    expect(roomFinding(lit('airlock', 150), 'illuminance').outcome).toBe('pass');
    expect(roomFinding(lit('洁净走廊', 350), 'illuminance').outcome).toBe('fail');
  });

  it('cannot evaluate an unknown or missing use', () => {
    expect(roomFinding(lit('boiler room', 300), 'illuminance').reason.code).toBe('use-unknown');
    expect(roomFinding(lit(null, 300), 'illuminance').reason.code).toBe('use-missing');
    expect(roomFinding(lit('gowning', null), 'illuminance').reason.code).toBe('value-missing');
  });
});

describe('door pressure steps (GB 50073-2013 6.2.2)', () => {
  const clean = (id: string, isoClass: number, pressurePa: number | null, containment = false) =>
    makeRoom({ id, cleanliness: ISO(isoClass), containment, design: { pressurePa } });
  const nonClean = (id: string, pressurePa: number | null) => makeRoom({ id, cleanliness: UNCLASSIFIED, design: { pressurePa } });

  it('passes 5 Pa between classes from the cleaner side', () => {
    const finding = doorFinding([clean('a', 7, 10), clean('b', 8, 5)], makeDoor('d', 'b', 'a'), 'dp-between-classes');
    expect(finding.outcome).toBe('pass');
    expect(finding.kind).toBe('guidance');
    expect(finding.roomId).toBe('a');
    expect(finding.otherRoomId).toBe('b');
    expect(finding.actual).toBe(5);
  });

  it('fails a small step and a reversed step between classes', () => {
    expect(doorFinding([clean('a', 7, 8), clean('b', 8, 5)], makeDoor('d', 'a', 'b'), 'dp-between-classes').reason.code).toBe('below-min');
    const reversed = doorFinding([clean('a', 7, 0), clean('b', 8, 10)], makeDoor('d', 'a', 'b'), 'dp-between-classes');
    expect(reversed.outcome).toBe('fail');
    expect(reversed.reason.code).toBe('wrong-direction');
    expect(reversed.actual).toBe(-10);
  });

  it('does not apply between rooms of the same class', () => {
    expect(doorFinding([clean('a', 7, 10), clean('b', 7, 10)], makeDoor('d', 'a', 'b'), 'dp-between-classes').outcome).toBe('not-applicable');
  });

  it('judges clean versus non-clean as mandatory', () => {
    const pass = doorFinding([clean('a', 8, 5), nonClean('c', 0)], makeDoor('d', 'a', 'c'), 'dp-clean-non-clean');
    expect(pass.outcome).toBe('pass');
    expect(pass.kind).toBe('mandatory');
    expect(doorFinding([clean('a', 8, 4), nonClean('c', 0)], makeDoor('d', 'c', 'a'), 'dp-clean-non-clean').outcome).toBe('fail');
    expect(doorFindings([clean('a', 8, 5), nonClean('c', 0)], makeDoor('d', 'a', 'c'), 'dp-between-classes')).toHaveLength(0);
  });

  it('does not apply between two non-clean rooms', () => {
    expect(doorFinding([nonClean('a', 0), nonClean('b', 0)], makeDoor('d', 'a', 'b'), 'dp-clean-non-clean').outcome).toBe('not-applicable');
  });

  it('cannot evaluate a door next to a room without a class', () => {
    const finding = doorFinding([makeRoom({ id: 'x', design: { pressurePa: 10 } }), nonClean('c', 0)], makeDoor('d', 'x', 'c'), 'dp-clean-non-clean');
    expect(finding.outcome).toBe('cannot-evaluate');
    expect(finding.reason).toEqual({ code: 'class-missing', params: { room: 'x' } });
  });

  it('cannot evaluate a step without both pressures', () => {
    const finding = doorFinding([clean('a', 7, null), nonClean('c', 0)], makeDoor('d', 'a', 'c'), 'dp-clean-non-clean');
    expect(finding.outcome).toBe('cannot-evaluate');
    expect(finding.reason.code).toBe('pressure-missing');
    expect(finding.reason.params?.room).toBe('a');
  });

  it('needs 10 Pa between a clean room and outdoors', () => {
    expect(doorFinding([clean('a', 8, 10)], makeDoor('d', 'a', 'outside'), 'dp-clean-outdoors').outcome).toBe('pass');
    const low = doorFinding([clean('a', 8, 9)], makeDoor('d', 'a', 'outside'), 'dp-clean-outdoors');
    expect(low.outcome).toBe('fail');
    expect(low.otherRoomId).toBe('outside');
    expect(doorFinding([nonClean('c', 0)], makeDoor('d', 'c', 'outside'), 'dp-clean-outdoors').outcome).toBe('not-applicable');
    expect(doorFinding([makeRoom({ id: 'x' })], makeDoor('d', 'x', 'outside'), 'dp-clean-outdoors').outcome).toBe('cannot-evaluate');
  });

  it('judges a containment room below outdoors without flooring it', () => {
    const negative = doorFinding([clean('lab', 7, -15, true)], makeDoor('d', 'lab', 'outside'), 'dp-clean-outdoors');
    expect(negative.outcome).toBe('pass');
    expect(negative.actual).toBe(15);
    expect(negative.reason.params).toMatchObject({ direction: 'cleaner-lower', cleanerPa: -15, otherPa: 0 });

    const notNegativeEnough = doorFinding([clean('lab', 7, -5, true)], makeDoor('d', 'lab', 'outside'), 'dp-clean-outdoors');
    expect(notNegativeEnough.outcome).toBe('fail');
    expect(notNegativeEnough.actual).toBe(5);

    const positive = doorFinding([clean('lab', 7, 15, true)], makeDoor('d', 'lab', 'outside'), 'dp-clean-outdoors');
    expect(positive.reason.code).toBe('wrong-direction');
  });

  it('judges a containment room below its less clean neighbour', () => {
    // Negative cascade: containment ISO 7 lab at −20 Pa next to an ISO 8 corridor at −10 Pa.
    const rooms = [clean('lab', 7, -20, true), clean('corridor', 8, -10)];
    const finding = doorFinding(rooms, makeDoor('d', 'corridor', 'lab'), 'dp-between-classes');
    expect(finding.outcome).toBe('pass');
    expect(finding.roomId).toBe('lab');
    expect(finding.actual).toBe(10);
  });

  it('a negative room that is not containment fails against a positive neighbour', () => {
    const finding = doorFinding([clean('a', 7, -5), nonClean('c', 0)], makeDoor('d', 'a', 'c'), 'dp-clean-non-clean');
    expect(finding.outcome).toBe('fail');
    expect(finding.actual).toBe(-5);
    expect(finding.reason.code).toBe('wrong-direction');
  });
});

describe('non-finite design values', () => {
  it('reads NaN air changes as missing', () => {
    const finding = roomFinding(makeRoom({ id: 'r', cleanliness: ISO(7), design: { ach: Number.NaN } }), 'ach-non-unidirectional-min');
    expect(finding.outcome).toBe('cannot-evaluate');
    expect(finding.reason.code).toBe('supply-missing');
  });

  it('reads an infinite noise level as missing', () => {
    const room = makeRoom({ id: 'r', cleanliness: ISO(7), design: { noiseDbA: Number.POSITIVE_INFINITY } });
    expect(roomFinding(room, 'noise-as-built').outcome).toBe('cannot-evaluate');
  });

  it('reads a NaN pressure as missing', () => {
    const rooms = [makeRoom({ id: 'a', cleanliness: ISO(8), design: { pressurePa: Number.NaN } }), makeRoom({ id: 'c', cleanliness: UNCLASSIFIED, design: { pressurePa: 0 } })];
    const finding = doorFinding(rooms, makeDoor('d', 'a', 'c'), 'dp-clean-non-clean');
    expect(finding.outcome).toBe('cannot-evaluate');
    expect(finding.reason.code).toBe('pressure-missing');
  });

  it('reads a NaN clear height as missing', () => {
    const finding = roomFinding(makeRoom({ id: 'r', cleanliness: ISO(7), clearHeightM: Number.NaN, design: { supplyM3h: 4_000 } }), 'ach-non-unidirectional-min');
    expect(finding.outcome).toBe('cannot-evaluate');
    expect(finding.reason.code).toBe('height-missing');
  });
});
