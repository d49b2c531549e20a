import { describe, expect, it } from 'vitest';
import type { Room } from '../../../src/domain/project';
import { governingSupply } from '../../../src/engine/airside/supply';
import type { SupplyCandidate } from '../../../src/engine/airside/types';
import { computeRoomMetrics } from '../../../src/engine/index';
import { getRuleSets } from '../../../src/engine/rules/registry';
import { ISO, UNCLASSIFIED, makeRoom } from '../engine/fixtures';

// Fixture rooms are 10 × 8 m with 2.7 m clear height: 80 m² and 216 m³.

function run(room: Room, ruleSetIds: readonly string[], offsetM3h: number | null) {
  return governingSupply({ room, metrics: computeRoomMetrics(room), offsetM3h, ruleSets: getRuleSets(ruleSetIds) });
}

function candidate(candidates: readonly SupplyCandidate[], term: SupplyCandidate['term']): SupplyCandidate {
  const found = candidates.find((entry) => entry.term === term);
  expect(found, `candidate ${term}`).toBeDefined();
  return found!;
}

/** Every cooling input, for tests about other terms. */
const COOLING = { occupants: 4, lightingWm2: 15, equipmentW: 2_000, supplyDeltaTK: 10, temperatureC: 22 };

describe('cleanliness supply term', () => {
  it('GB 50073 ISO 7 is 15 h⁻¹ × 216 m³', () => {
    const { supply } = run(makeRoom({ id: 'r', cleanliness: ISO(7) }), ['gb-50073-2013'], null);
    const term = candidate(supply.candidates, 'cleanliness');
    expect(term.m3h).toBeCloseTo(3_240, 6);
    expect(term.kind).toBe('mandatory');
    expect(term.citation?.clause).toBe('6.3.3, Table 6.3.3');
    expect(term.basis.code).toBe('cleanliness-ach');
    // GB 50073 states the upper end as a separate guidance rule, which sets no minimum.
    expect(term.basis.params.maxM3h).toBeNull();
  });

  it('largest rule set figure governs', () => {
    const { supply } = run(makeRoom({ id: 'r', cleanliness: ISO(7) }), ['gb-50073-2013', 'practice-iest-ach'], null);
    const term = candidate(supply.candidates, 'cleanliness');
    expect(term.m3h).toBeCloseTo(60 * 216, 6);
    expect(term.citation?.ruleSetId).toBe('practice-iest-ach');
    expect(term.kind).toBe('practice');
  });

  it('unidirectional section velocity uses floor area', () => {
    const room = makeRoom({ id: 'r', cleanliness: ISO(5), airflowPattern: 'unidirectional' });
    const term = candidate(run(room, ['gb-50073-2013'], null).supply.candidates, 'cleanliness');
    expect(term.m3h).toBeCloseTo(0.2 * 80 * 3600, 6);
    expect(term.basis.params.areaBasis).toBe('floor');
    expect(term.verified).toBe(false);
  });

  it('unclassified room has no cleanliness term', () => {
    const { supply } = run(makeRoom({ id: 'r', cleanliness: UNCLASSIFIED }), ['gb-50073-2013'], null);
    expect(supply.candidates.map((entry) => entry.term)).toEqual(['make-up', 'cooling']);
  });

  it('missing class leaves the term null', () => {
    const { supply } = run(makeRoom({ id: 'r', cleanliness: null }), ['gb-50073-2013'], 0);
    const term = candidate(supply.candidates, 'cleanliness');
    expect(term.m3h).toBeNull();
    expect(term.basis.code).toBe('cleanliness-missing');
    expect(supply.incomplete).toBe(true);
  });

  it('room of 4 m or more is outside Table 6.3.3', () => {
    const { supply } = run(makeRoom({ id: 'r', cleanliness: ISO(7), clearHeightM: 4.5 }), ['gb-50073-2013'], 0);
    const term = candidate(supply.candidates, 'cleanliness');
    expect(term.m3h).toBeNull();
    expect(String(term.basis.params.missing)).toContain('height-outside-table');
  });
});

describe('make-up supply term', () => {
  it('adds exhaust and a positive offset', () => {
    const room = makeRoom({ id: 'r', cleanliness: ISO(8), design: { exhaustM3h: 500 } });
    const term = candidate(run(room, ['gb-50073-2013'], 300).supply.candidates, 'make-up');
    expect(term.m3h).toBe(800);
  });

  it('negative room keeps its offset sign', () => {
    const room = makeRoom({ id: 'r', cleanliness: ISO(8), containment: true, design: { exhaustM3h: 500 } });
    const term = candidate(run(room, ['gb-50073-2013'], -700).supply.candidates, 'make-up');
    expect(term.m3h).toBe(0);
    expect(term.basis.params.offsetM3h).toBe(-700);
    expect(term.basis.params.balanceM3h).toBe(-200);
  });

  it('negative offset smaller than exhaust', () => {
    const room = makeRoom({ id: 'r', cleanliness: ISO(8), containment: true, design: { exhaustM3h: 500 } });
    expect(candidate(run(room, ['gb-50073-2013'], -150).supply.candidates, 'make-up').m3h).toBe(350);
  });

  it('unknown offset leaves the term null', () => {
    const room = makeRoom({ id: 'r', cleanliness: ISO(8), design: { exhaustM3h: 500 } });
    const term = candidate(run(room, ['gb-50073-2013'], null).supply.candidates, 'make-up');
    expect(term.m3h).toBeNull();
    expect(term.basis.params.missing).toBe('offsetM3h');
  });
});

describe('cooling supply term', () => {
  // 4 people at light work, 22 °C column: 115 W each = 460 W; lighting 15 W/m² × 80 m² = 1 200 W;
  // equipment 2 000 W. 3 660 W / (1.2 kg/m³ × 1 005 J/(kg·K) × 10 K) × 3600 s/h.
  it('sensible gain over ρ·cp·ΔT', () => {
    const room = makeRoom({ id: 'r', cleanliness: ISO(8), design: COOLING });
    const term = candidate(run(room, ['gb-50073-2013'], 0).supply.candidates, 'cooling');
    expect(term.basis.params.gainW).toBe(3_660);
    expect(term.m3h).toBeCloseTo((3_660 / (1.2 * 1_005 * 10)) * 3_600, 6);
    expect(term.kind).toBe('practice');
  });

  it('operating room occupants stand', () => {
    const room = makeRoom({ id: 'r', use: 'operating-room', design: { ...COOLING, temperatureC: 24 } });
    const term = candidate(run(room, [], 0).supply.candidates, 'cooling');
    expect(term.basis.params.activity).toBe('standing');
    expect(term.basis.params.perPersonW).toBe(82);
  });

  it('no design temperature takes the coolest column', () => {
    const room = makeRoom({ id: 'r', design: { ...COOLING, temperatureC: null } });
    const term = candidate(run(room, [], 0).supply.candidates, 'cooling');
    expect(term.basis.params.columnC).toBe(20);
    expect(term.basis.params.temperatureAssumed).toBe('true');
  });

  it('names each missing input', () => {
    const room = makeRoom({ id: 'r', design: { occupants: 2 } });
    const term = candidate(run(room, [], 0).supply.candidates, 'cooling');
    expect(term.m3h).toBeNull();
    expect(term.basis.params.missing).toBe('lightingWm2,equipmentW,supplyDeltaTK');
  });

  it('rejects a zero temperature difference', () => {
    const room = makeRoom({ id: 'r', design: { ...COOLING, supplyDeltaTK: 0 } });
    const term = candidate(run(room, [], 0).supply.candidates, 'cooling');
    expect(term.m3h).toBeNull();
    expect(term.basis.code).toBe('cooling-delta-t-invalid');
  });
});

describe('governing supply and finding', () => {
  const heavyLoad = { ...COOLING, exhaustM3h: 500, equipmentW: 20_000 };
  const coolingM3h = ((460 + 1_200 + 20_000) / (1.2 * 1_005 * 10)) * 3_600;

  it('cooling governs with its margin', () => {
    const room = makeRoom({ id: 'r', cleanliness: ISO(7), design: { ...heavyLoad, supplyM3h: 4_000 } });
    const { supply, findings } = run(room, ['gb-50073-2013'], 300);
    expect(supply.governing).toBe('cooling');
    expect(supply.requiredM3h).toBeCloseTo(coolingM3h, 6);
    expect(supply.marginM3h).toBeCloseTo(coolingM3h - 3_240, 6);
    expect(supply.incomplete).toBe(false);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.outcome).toBe('fail');
    expect(findings[0]?.kind).toBe('practice');
    expect(findings[0]?.ruleId).toBe('airside-design/supply-required');
  });

  it('design above every term passes', () => {
    const room = makeRoom({ id: 'r', cleanliness: ISO(7), design: { ...heavyLoad, supplyM3h: 7_000 } });
    const finding = run(room, ['gb-50073-2013'], 300).findings[0];
    expect(finding?.outcome).toBe('pass');
    expect(finding?.required?.min).toBeCloseTo(coolingM3h, 6);
  });

  it('cleanliness governs with the standard kind', () => {
    const room = makeRoom({ id: 'r', cleanliness: ISO(7), design: { ...COOLING, exhaustM3h: 0, supplyM3h: 3_000 } });
    const finding = run(room, ['gb-50073-2013'], 200).findings[0];
    expect(finding?.outcome).toBe('fail');
    expect(finding?.kind).toBe('mandatory');
    expect(finding?.citation.ruleSetId).toBe('gb-50073-2013');
  });

  it('missing term never passes', () => {
    const room = makeRoom({ id: 'r', cleanliness: ISO(7), design: { supplyM3h: 5_000, exhaustM3h: 0 } });
    const { supply, findings } = run(room, ['gb-50073-2013'], 100);
    expect(supply.incomplete).toBe(true);
    expect(supply.governing).toBe('cleanliness');
    expect(findings[0]?.outcome).toBe('cannot-evaluate');
    expect(findings[0]?.reason.params?.missing).toBe('cooling');
  });

  it('below a known term fails despite gaps', () => {
    const room = makeRoom({ id: 'r', cleanliness: ISO(7), design: { supplyM3h: 2_000 } });
    expect(run(room, ['gb-50073-2013'], null).findings[0]?.outcome).toBe('fail');
  });

  it('no design supply cannot be evaluated', () => {
    const room = makeRoom({ id: 'r', cleanliness: ISO(7), design: heavyLoad });
    const finding = run(room, ['gb-50073-2013'], 300).findings[0];
    expect(finding?.outcome).toBe('cannot-evaluate');
    expect(finding?.reason.code).toBe('design-supply-missing');
  });

  it('no term known cannot be evaluated', () => {
    const room = makeRoom({ id: 'r', cleanliness: UNCLASSIFIED, design: { supplyM3h: 1_000 } });
    const { supply, findings } = run(room, ['gb-50073-2013'], null);
    expect(supply.governing).toBeNull();
    expect(supply.marginM3h).toBeNull();
    expect(findings[0]?.reason.code).toBe('supply-requirement-unknown');
  });
});
