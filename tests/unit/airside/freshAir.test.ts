import { describe, expect, it } from 'vitest';
import type { Room } from '../../../src/domain/project';
import { freshAirRequirements } from '../../../src/engine/airside/freshAir';
import { computeRoomMetrics } from '../../../src/engine/index';
import { getRuleSets } from '../../../src/engine/rules/registry';
import { ISO, UNCLASSIFIED, makeRoom } from '../engine/fixtures';

// Fixture rooms are 10 × 8 m with 2.7 m clear height: 80 m² and 216 m³.

function run(room: Room, ruleSetIds: readonly string[], offsetM3h: number | null) {
  return freshAirRequirements({ room, metrics: computeRoomMetrics(room), offsetM3h, ruleSets: getRuleSets(ruleSetIds) });
}

describe('GB 50073 fresh air', () => {
  // GB 50073-2013 §6.1.5: the larger of exhaust make-up plus pressurisation and 40 m³/h per person.
  it('per person governs a small make-up', () => {
    const room = makeRoom({ id: 'r', cleanliness: ISO(7), design: { occupants: 10, exhaustM3h: 100, freshAirM3h: 450 } });
    const { freshAir, findings } = run(room, ['gb-50073-2013'], 150);
    expect(freshAir).toHaveLength(1);
    expect(freshAir[0]?.terms).toEqual([
      { term: 'make-up', m3h: 250 },
      { term: 'per-person', m3h: 400 },
    ]);
    expect(freshAir[0]?.governing).toBe('per-person');
    expect(freshAir[0]?.requiredM3h).toBe(400);
    expect(freshAir[0]?.citation.clause).toBe('6.1.5');
    expect(findings[0]?.ruleId).toBe('gb-50073-2013/fresh-air-with-make-up');
    expect(findings[0]?.outcome).toBe('pass');
  });

  it('pressurisation makes make-up govern', () => {
    const room = makeRoom({ id: 'r', cleanliness: ISO(7), design: { occupants: 2, exhaustM3h: 300, freshAirM3h: 450 } });
    const { freshAir, findings } = run(room, ['gb-50073-2013'], 200);
    expect(freshAir[0]?.governing).toBe('make-up');
    expect(freshAir[0]?.requiredM3h).toBe(500);
    expect(findings[0]?.outcome).toBe('fail');
    expect(findings[0]?.kind).toBe('mandatory');
  });

  it('negative room needs less make-up', () => {
    const room = makeRoom({ id: 'r', cleanliness: ISO(8), containment: true, design: { occupants: 2, exhaustM3h: 600, freshAirM3h: 450 } });
    const { freshAir } = run(room, ['gb-50073-2013'], -200);
    expect(freshAir[0]?.terms[0]).toEqual({ term: 'make-up', m3h: 400 });
  });

  it('unknown offset never passes', () => {
    const room = makeRoom({ id: 'r', cleanliness: ISO(7), design: { occupants: 10, exhaustM3h: 100, freshAirM3h: 2_000 } });
    const { freshAir, findings } = run(room, ['gb-50073-2013'], null);
    expect(freshAir[0]?.requiredM3h).toBeNull();
    expect(freshAir[0]?.governing).toBeNull();
    expect(findings[0]?.outcome).toBe('cannot-evaluate');
    expect(findings[0]?.reason.code).toBe('fresh-air-terms-incomplete');
    expect(findings[0]?.required?.min).toBe(400);
  });

  it('below a known term fails despite gaps', () => {
    const room = makeRoom({ id: 'r', cleanliness: ISO(7), design: { occupants: 10, freshAirM3h: 300 } });
    const { findings } = run(room, ['gb-50073-2013'], null);
    expect(findings[0]?.outcome).toBe('fail');
  });

  it('missing design fresh air', () => {
    const room = makeRoom({ id: 'r', cleanliness: ISO(7), design: { occupants: 10, exhaustM3h: 0 } });
    expect(run(room, ['gb-50073-2013'], 0).findings[0]?.reason.code).toBe('design-fresh-air-missing');
  });

  it('unclassified room has no requirement', () => {
    const room = makeRoom({ id: 'r', cleanliness: UNCLASSIFIED, design: { occupants: 10 } });
    expect(run(room, ['gb-50073-2013'], 0).freshAir).toEqual([]);
  });

  it('GB 50472 rule reads its own figure', () => {
    const room = makeRoom({ id: 'r', cleanliness: ISO(6), design: { occupants: 3, exhaustM3h: 0, freshAirM3h: 200 } });
    const { freshAir, findings } = run(room, ['gb-50472-2008'], 50);
    expect(freshAir[0]?.ruleSetId).toBe('gb-50472-2008');
    expect(freshAir[0]?.requiredM3h).toBe(120);
    expect(findings[0]?.verified).toBe(false);
  });
});

describe('GB 50333 fresh air', () => {
  const hospital = (use: string, hospitalClass: 'I' | 'II' | 'III' | 'IV', design: Record<string, number>) =>
    makeRoom({ id: 'r', use, cleanliness: { kind: 'hospital', hospitalClass }, design });

  // Table 4.0.1: 2 h⁻¹ of fresh air in auxiliary rooms such as the clean corridor; 2 × 216 m³ = 432 m³/h.
  it('auxiliary room fresh air changes', () => {
    const { freshAir } = run(hospital('clean-corridor', 'III', { exhaustM3h: 0 }), ['gb-50333-2013'], 100);
    expect(freshAir[0]?.terms[1]).toEqual({ term: 'air-changes', m3h: 432 });
    expect(freshAir[0]?.governing).toBe('air-changes');
  });

  // GB 50333-2002 Table 4.0.1: at least 800 m³/h for class II and III ORs.
  it('2002 OR fixed figure per room', () => {
    const { freshAir, findings } = run(hospital('operating-room', 'II', { exhaustM3h: 0, freshAirM3h: 800 }), ['gb-50333-2002'], 100);
    expect(freshAir[0]?.terms[1]).toEqual({ term: 'per-room', m3h: 800 });
    expect(findings[0]?.outcome).toBe('pass');
    expect(findings[0]?.ruleId).toBe('gb-50333-2002/fresh-air-with-make-up');
  });

  it('large exhaust governs an OR', () => {
    const { freshAir } = run(hospital('operating-room', 'II', { exhaustM3h: 1_500 }), ['gb-50333-2013'], 100);
    expect(freshAir[0]?.governing).toBe('make-up');
    expect(freshAir[0]?.requiredM3h).toBe(1_600);
  });

  it('OR without a class cannot be sized', () => {
    const room = makeRoom({ id: 'r', use: 'operating-room', cleanliness: null, design: { exhaustM3h: 0, freshAirM3h: 900 } });
    const { freshAir, findings } = run(room, ['gb-50333-2013'], 0);
    expect(freshAir[0]?.terms[1]?.m3h).toBeNull();
    expect(findings[0]?.outcome).toBe('cannot-evaluate');
  });
});
