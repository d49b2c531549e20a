import { describe, expect, it } from 'vitest';
import type { HospitalClass } from '../../src/domain/cleanliness';
import { EMPTY_DESIGN, type Room, type RoomDesign } from '../../src/domain/project';
import { freshAirRequirements } from '../../src/engine/airside/freshAir';
import { governingSupply } from '../../src/engine/airside/supply';
import { computeRoomMetrics } from '../../src/engine/index';
import { getRuleSets } from '../../src/engine/rules/registry';

/**
 * Operating-room supply and fresh air against published figures. Each case names where its
 * expected value comes from; the engine reads the figures from the GB 50333 rule data.
 */

function operatingRoom(hospitalClass: HospitalClass, widthMm: number, depthMm: number, design: Partial<RoomDesign> = {}): Room {
  return {
    id: `or-${hospitalClass}`,
    name: `OR class ${hospitalClass}`,
    use: 'operating-room',
    polygon: [
      { x: 0, y: 0 },
      { x: widthMm, y: 0 },
      { x: widthMm, y: depthMm },
      { x: 0, y: depthMm },
    ],
    clearHeightM: 3.0,
    cleanliness: { kind: 'hospital', hospitalClass },
    classLabel: `${hospitalClass} 级`,
    airflowPattern: hospitalClass === 'I' ? 'unidirectional' : 'non-unidirectional',
    containment: false,
    design: { ...EMPTY_DESIGN, ...design },
  };
}

function supplyOf(room: Room, ruleSetId: string, offsetM3h: number | null = null) {
  return governingSupply({ room, metrics: computeRoomMetrics(room), offsetM3h, ruleSets: getRuleSets([ruleSetId]) }).supply;
}

function cleanlinessOf(room: Room, ruleSetId: string) {
  const candidate = supplyOf(room, ruleSetId).candidates.find((entry) => entry.term === 'cleanliness');
  expect(candidate).toBeDefined();
  return candidate!;
}

// GB 50333-2013 Table 4.0.1 minimum air changes (II 24, III 18, IV 12 h⁻¹) applied to one OR of
// 6.0 × 5.4 m and 3.0 m clear height (97.2 m³): 24 × 97.2, 18 × 97.2 and 12 × 97.2 m³/h.
const MINIMUM_SUPPLY_2013 = [
  { hospitalClass: 'II' as const, supplyM3h: 2_332.8 },
  { hospitalClass: 'III' as const, supplyM3h: 1_749.6 },
  { hospitalClass: 'IV' as const, supplyM3h: 1_166.4 },
];

describe('GB 50333-2013 OR minimum supply', () => {
  for (const { hospitalClass, supplyM3h } of MINIMUM_SUPPLY_2013) {
    it(`class ${hospitalClass} needs ${supplyM3h} m³/h`, () => {
      const candidate = cleanlinessOf(operatingRoom(hospitalClass, 6_000, 5_400), 'gb-50333-2013');
      expect(candidate.m3h).toBeCloseTo(supplyM3h, 6);
      expect(candidate.citation?.clause).toBe('Table 4.0.1');
      expect(candidate.kind).toBe('mandatory');
    });
  }

  it('class II design at the minimum passes', () => {
    const room = operatingRoom('II', 6_000, 5_400, { supplyM3h: 2_332.8, exhaustM3h: 0, occupants: 8, lightingWm2: 20, equipmentW: 1_500, supplyDeltaTK: 8 });
    const result = governingSupply({ room, metrics: computeRoomMetrics(room), offsetM3h: 150, ruleSets: getRuleSets(['gb-50333-2013']) });
    expect(result.supply.governing).toBe('cleanliness');
    expect(result.supply.incomplete).toBe(false);
    expect(result.findings[0]?.outcome).toBe('pass');
  });
});

describe('GB 50333-2013 OR fresh air per m²', () => {
  // Table 4.0.1: at least 15 m³/(h·m²) for every OR class, so 15 × 32.4 m² = 486 m³/h for the 6.0 × 5.4 m OR.
  it('6.0 × 5.4 m class III OR needs 486 m³/h', () => {
    const room = operatingRoom('III', 6_000, 5_400, { exhaustM3h: 0, freshAirM3h: 500 });
    const result = freshAirRequirements({ room, metrics: computeRoomMetrics(room), offsetM3h: 120, ruleSets: getRuleSets(['gb-50333-2013']) });
    const requirement = result.freshAir[0];
    expect(requirement?.governing).toBe('per-area');
    expect(requirement?.requiredM3h).toBeCloseTo(486, 6);
    expect(result.findings[0]?.outcome).toBe('pass');
  });

  // Published class I OR example with a local supply ceiling (50 m², 3.0 m, 12 occupants): 50 m² at
  // 15–20 m³/(h·m²) is 750–1 000 m³/h, and the rule data's minimum gives the lower end.
  it('50 m² class I OR needs 750 m³/h', () => {
    const room = operatingRoom('I', 10_000, 5_000, { exhaustM3h: 0, freshAirM3h: 700 });
    const result = freshAirRequirements({ room, metrics: computeRoomMetrics(room), offsetM3h: 300, ruleSets: getRuleSets(['gb-50333-2013']) });
    expect(result.freshAir[0]?.requiredM3h).toBeCloseTo(750, 6);
    expect(result.findings[0]?.outcome).toBe('fail');
  });
});

describe('class I OR unidirectional supply', () => {
  // Article on determining the supply of clean ORs (关于手术室净化的送风量技术确定): a 36 m² OR with a
  // fully covered ceiling at 0.25 m/s needs 36 × 0.25 × 3600 = 32 400 m³/h. GB 50333-2002 sets
  // 0.25 m/s as the lower end of class I, so that edition's minimum reproduces the figure.
  it('full ceiling, 36 m², 2002 minimum is 32 400 m³/h', () => {
    const candidate = cleanlinessOf(operatingRoom('I', 6_000, 6_000, { filterCoveragePct: 100 }), 'gb-50333-2002');
    expect(candidate.m3h).toBeCloseTo(32_400, 6);
  });

  // GB 50333-2013 narrows class I to 0.20–0.25 m/s: the same 36 m² ceiling at the upper end
  // gives the article's 32 400 m³/h.
  it('full ceiling, 36 m², 2013 upper end is 32 400 m³/h', () => {
    const candidate = cleanlinessOf(operatingRoom('I', 6_000, 6_000, { filterCoveragePct: 100 }), 'gb-50333-2013');
    expect(candidate.basis.params.maxM3h).toBeCloseTo(32_400, 6);
    expect(candidate.m3h).toBeCloseTo(25_920, 6);
  });

  // The same published class I OR: a supply ceiling of at least 2.4 × 2.6 m = 6.24 m² in the 50 m²
  // room (12.48 % coverage) at 0.20–0.25 m/s. 6.24 m² × 0.25 m/s × 3600 = 5 616 m³/h is the top of
  // the GB 50333-2013 range, and the minimum at 0.20 m/s is 4 492.8 m³/h.
  it('local ceiling, 6.24 m² face, gives 4 492.8–5 616 m³/h', () => {
    const candidate = cleanlinessOf(operatingRoom('I', 10_000, 5_000, { filterCoveragePct: 12.48 }), 'gb-50333-2013');
    expect(candidate.m3h).toBeCloseTo(4_492.8, 6);
    expect(candidate.basis.params.maxM3h).toBeCloseTo(5_616, 6);
    expect(candidate.basis.params.areaBasis).toBe('supply-face');
  });

  it('local ceiling without coverage cannot be sized', () => {
    const supply = supplyOf(operatingRoom('I', 10_000, 5_000), 'gb-50333-2013');
    const candidate = supply.candidates.find((entry) => entry.term === 'cleanliness');
    expect(candidate?.m3h).toBeNull();
    expect(supply.incomplete).toBe(true);
  });
});
