import { describe, expect, it } from 'vitest';
import type { TerminalSpec } from '../../../src/domain/airside';
import type { Room } from '../../../src/domain/project';
import { copyRuleSet } from '../../../src/engine/company/copy';
import { loadCompanyRuleSet } from '../../../src/engine/company/document';
import { defaultTerminalCatalog, faceVelocityAirflowM3h, projectTerminalCatalog } from '../../../src/engine/airside/terminalCatalog';
import { layoutTerminals } from '../../../src/engine/airside/terminals';
import type { Finding } from '../../../src/engine/findings';
import { computeRoomMetrics } from '../../../src/engine/rooms';
import { getRuleSets } from '../../../src/engine/rules/registry';
import { ISO, UNCLASSIFIED, makeProject, makeRoom, rectangle } from '../engine/fixtures';

// Fixture rooms are 10 × 8 m (80 m²) unless a test draws another outline.

function spec(id: string): TerminalSpec {
  const found = defaultTerminalCatalog().find((entry) => entry.id === id);
  expect(found, id).toBeDefined();
  return found!;
}

function layout(room: Room, requiredSupplyM3h: number | null, ruleSetIds: readonly string[] = ['gb-50073-2013']) {
  return layoutTerminals({ room, metrics: computeRoomMetrics(room), requiredSupplyM3h, catalog: defaultTerminalCatalog(), ruleSets: getRuleSets(ruleSetIds) });
}

function finding(findings: readonly Finding[], ruleId: string): Finding {
  const found = findings.find((entry) => entry.ruleId === ruleId);
  expect(found, ruleId).toBeDefined();
  return found!;
}

function withTerminal(room: Room, terminalId: string, terminalCount?: number): Room {
  return { ...room, terminalId, ...(terminalCount === undefined ? {} : { terminalCount }) };
}

describe('default terminal catalog', () => {
  // Expected ratings: Q = W × L × v × 3600 at 0.45 m/s over the nominal face, worked by hand.
  const ratings: [string, number][] = [
    ['hepa-484x484', 379.49],
    ['hepa-570x570', 526.34],
    ['hepa-610x610', 602.8],
    ['hepa-915x610', 904.2],
    ['hepa-1220x610', 1_205.6],
    ['ffu-575x575', 535.61],
    ['ffu-1175x575', 1_094.51],
    ['ffu-1175x1175', 2_236.61],
  ];

  it.each(ratings)('%s is rated at %d m³/h', (id, expected) => {
    expect(spec(id).ratedM3h).toBeCloseTo(expected, 1);
    expect(spec(id).faceVelocityMs).toBe(0.45);
  });

  it('lists HEPA outlets and FFUs with unique ids', () => {
    const catalog = defaultTerminalCatalog();
    expect(new Set(catalog.map((entry) => entry.id)).size).toBe(catalog.length);
    expect(catalog.some((entry) => entry.kind === 'hepa')).toBe(true);
    expect(catalog.some((entry) => entry.kind === 'ffu')).toBe(true);
  });

  it('face-velocity arithmetic scales with velocity', () => {
    expect(faceVelocityAirflowM3h(1_000, 1_000, 1)).toBe(3_600);
    expect(faceVelocityAirflowM3h(610, 610, 0.35) / faceVelocityAirflowM3h(610, 610, 0.45)).toBeCloseTo(0.78, 2);
  });
});

describe('projectTerminalCatalog', () => {
  it('uses the defaults when the project has no catalog', () => {
    expect(projectTerminalCatalog(makeProject([]))).toBe(defaultTerminalCatalog());
  });

  it("uses the project's own catalog", () => {
    const own: TerminalSpec[] = [{ id: 'supplier-a', kind: 'hepa', name: 'Supplier A 484', faceWidthMm: 484, faceLengthMm: 484, ratedM3h: 1_000, faceVelocityMs: 1.19 }];
    const project = { ...makeProject([]), airside: { leakageMethod: 'gaps' as const, doorTableId: null, ahus: [], terminalCatalog: own } };
    expect(projectTerminalCatalog(project)).toBe(own);
  });
});

describe('layoutTerminals count and coverage', () => {
  const room = withTerminal(makeRoom({ id: 'r', cleanliness: ISO(7) }), 'hepa-610x610');

  it('rounds the required supply over the rating up', () => {
    const { terminals } = layout(room, 3_240);
    expect(terminals?.derivedCount).toBe(6);
    expect(terminals?.count).toBe(6);
    expect(terminals?.countOverridden).toBe(false);
    expect(terminals?.ratedM3h).toBeCloseTo(602.802, 6);
  });

  it('computes coverage as face area over floor area', () => {
    const { terminals } = layout(room, 3_240);
    expect(terminals?.coveragePct).toBeCloseTo(((6 * 0.61 * 0.61) / 80) * 100, 9);
  });

  it('asks for exactly n terminals at n ratings', () => {
    expect(layout(room, 3 * spec('hepa-610x610').ratedM3h).terminals?.count).toBe(3);
  });

  it('places every terminal inside the room', () => {
    const positions = layout(room, 3_240).terminals?.positionsMm ?? [];
    expect(positions).toHaveLength(6);
    for (const point of positions) {
      expect(point.x).toBeGreaterThan(0);
      expect(point.x).toBeLessThan(10_000);
      expect(point.y).toBeGreaterThan(0);
      expect(point.y).toBeLessThan(8_000);
    }
  });

  it('passes the fit and capacity rules', () => {
    const { findings } = layout(room, 3_240);
    expect(finding(findings, 'terminal-layout/coverage-fits').outcome).toBe('pass');
    const capacity = finding(findings, 'terminal-layout/capacity');
    expect(capacity.outcome).toBe('pass');
    expect(capacity.actual).toBeCloseTo(6 * 602.802, 6);
    expect(capacity.required).toEqual({ min: 3_240, max: null, unit: 'm3/h' });
  });

  it("keeps the engineer's count and the derived one", () => {
    const { terminals, findings } = layout(withTerminal(room, 'hepa-610x610', 10), 3_240);
    expect(terminals?.count).toBe(10);
    expect(terminals?.derivedCount).toBe(6);
    expect(terminals?.countOverridden).toBe(true);
    expect(terminals?.positionsMm).toHaveLength(10);
    expect(finding(findings, 'terminal-layout/capacity').outcome).toBe('pass');
  });

  it('fails capacity when the override is too small', () => {
    const capacity = finding(layout(withTerminal(room, 'hepa-610x610', 2), 3_240).findings, 'terminal-layout/capacity');
    expect(capacity.outcome).toBe('fail');
    expect(capacity.actual).toBeCloseTo(2 * 602.802, 6);
    expect(capacity.reason.params?.derivedCount).toBe(6);
  });
});

describe('layoutTerminals ceiling fit', () => {
  it('fails when the faces need more than the ceiling', () => {
    // 2 × 2 m room at 0.45 m/s over the whole ceiling would pass 6 480 m³/h; 10 000 needs more faces.
    const small = withTerminal(makeRoom({ id: 's', cleanliness: ISO(5), polygon: rectangle(0, 0, 2_000, 2_000) }), 'ffu-1175x1175');
    const { terminals, findings } = layout(small, 10_000);
    expect(terminals?.count).toBe(5);
    expect(terminals?.coveragePct).toBeCloseTo(((5 * 1.175 * 1.175) / 4) * 100, 9);
    const fit = finding(findings, 'terminal-layout/coverage-fits');
    expect(fit.outcome).toBe('fail');
    expect(fit.required).toEqual({ min: null, max: 100, unit: '%' });
  });
});

describe('layoutTerminals minimum coverage', () => {
  const unidirectional = makeRoom({ id: 'u', cleanliness: ISO(5), airflowPattern: 'unidirectional', polygon: rectangle(0, 0, 4_000, 3_000) });
  const coverageRule = 'gb-50472-2008/filter-coverage-unidirectional';

  it('fails below the GB 50472 vertical minimum with its citation', () => {
    // 12 m² room: 4 × FFU 1175×575 cover 2.70 m², 22.5 %.
    const { findings } = layout(withTerminal(unidirectional, 'ffu-1175x575', 4), null, ['gb-50472-2008']);
    const minimum = finding(findings, coverageRule);
    expect(minimum.outcome).toBe('fail');
    expect(minimum.actual).toBeCloseTo(((4 * 1.175 * 0.575) / 12) * 100, 9);
    expect(minimum.required).toEqual({ min: 60, max: null, unit: '%' });
    expect(minimum.citation.standard).toBe('GB 50472');
    expect(minimum.citation.edition).toBe('2008');
    expect(minimum.kind).toBe('mandatory');
    expect(minimum.verified).toBe(false);
    expect(minimum.reason.code).toBe('terminal-coverage-minimum');
  });

  it('passes at the vertical minimum or above', () => {
    // 11 × 1.175 × 0.575 = 7.43 m², 61.9 % of 12 m².
    const { findings } = layout(withTerminal(unidirectional, 'ffu-1175x575', 11), null, ['gb-50472-2008']);
    expect(finding(findings, coverageRule).outcome).toBe('pass');
  });

  it("reads a company copy's edited minimum", () => {
    const document = copyRuleSet('gb-50472-2008', {
      slug: 'acme',
      standard: 'ACME rules',
      title: { en: 'ACME rules', 'zh-CN': 'ACME 规则' },
      edition: '2026',
      effectiveDate: '2026-01-01',
      today: '2026-12-04',
    });
    const rules = document.ruleSet.rules as Record<string, unknown>[];
    const coverage = rules.find((rule) => rule.check === 'room-filter-coverage')!;
    coverage.verticalMinPct = 20;
    const company = loadCompanyRuleSet(document, 'acme.json');

    const room = withTerminal(unidirectional, 'ffu-1175x575', 4);
    const { findings } = layoutTerminals({ room, metrics: computeRoomMetrics(room), requiredSupplyM3h: null, catalog: defaultTerminalCatalog(), ruleSets: [company] });
    const minimum = finding(findings, 'company-acme/filter-coverage-unidirectional');
    expect(minimum.required?.min).toBe(20);
    expect(minimum.outcome).toBe('pass');
    expect(minimum.citation.ruleSetId).toBe('company-acme');
  });

  it('does not judge non-unidirectional rooms', () => {
    const mixing = withTerminal(makeRoom({ id: 'm', cleanliness: ISO(7) }), 'hepa-610x610');
    const { findings } = layout(mixing, 3_240, ['gb-50472-2008']);
    expect(findings.some((entry) => entry.ruleId === coverageRule)).toBe(false);
  });

  it('does not judge unclassified rooms', () => {
    const room = withTerminal(makeRoom({ id: 'x', cleanliness: UNCLASSIFIED, airflowPattern: 'unidirectional' }), 'hepa-610x610');
    expect(layout(room, 3_240, ['gb-50472-2008']).findings.some((entry) => entry.ruleId === coverageRule)).toBe(false);
  });

  it('gives no minimum without a rule set that sets one', () => {
    const { findings } = layout(withTerminal(unidirectional, 'ffu-1175x575', 4), null, ['gb-50073-2013', 'iso-14644-1-2015']);
    expect(findings.map((entry) => entry.ruleId).sort()).toEqual(['terminal-layout/capacity', 'terminal-layout/coverage-fits']);
  });
});

describe('layoutTerminals missing inputs', () => {
  const base = makeRoom({ id: 'r', cleanliness: ISO(7) });

  it('gives nothing for a room without a terminal', () => {
    expect(layout(base, 3_240)).toEqual({ terminals: null, findings: [] });
  });

  it('cannot evaluate a terminal missing from the catalog', () => {
    const { terminals, findings } = layout(withTerminal(base, 'no-such-terminal'), 3_240);
    expect(terminals).toBeNull();
    expect(findings).toHaveLength(2);
    for (const entry of findings) {
      expect(entry.outcome).toBe('cannot-evaluate');
      expect(entry.reason).toEqual({ code: 'terminal-unknown', params: { terminalId: 'no-such-terminal' } });
    }
  });

  it('cannot count without a supply or an override', () => {
    const { terminals, findings } = layout(withTerminal(base, 'hepa-610x610'), null);
    expect(terminals).toBeNull();
    expect(finding(findings, 'terminal-layout/coverage-fits').reason.code).toBe('terminal-count-missing');
    expect(finding(findings, 'terminal-layout/capacity').reason.code).toBe('terminal-supply-missing');
    expect(findings.every((entry) => entry.outcome === 'cannot-evaluate')).toBe(true);
  });

  it('lays out an override without a supply', () => {
    const { terminals, findings } = layout(withTerminal(base, 'hepa-610x610', 4), null);
    expect(terminals?.count).toBe(4);
    expect(terminals?.derivedCount).toBeNull();
    expect(finding(findings, 'terminal-layout/coverage-fits').outcome).toBe('pass');
    expect(finding(findings, 'terminal-layout/capacity').outcome).toBe('cannot-evaluate');
  });

  it('ignores a count that is not a whole number', () => {
    const { terminals, findings } = layout(withTerminal(base, 'hepa-610x610', 2.5), 3_240);
    expect(terminals?.count).toBe(6);
    expect(terminals?.countOverridden).toBe(false);
    const capacity = finding(findings, 'terminal-layout/capacity');
    expect(capacity.outcome).toBe('cannot-evaluate');
    expect(capacity.reason.code).toBe('terminal-count-invalid');
    expect(capacity.reason.params?.override).toBe(2.5);
  });

  it('has no coverage or positions for an unknown area', () => {
    const room = withTerminal(makeRoom({ id: 'a', cleanliness: ISO(7), areaKnown: false }), 'hepa-610x610');
    const { terminals, findings } = layout(room, 3_240);
    expect(terminals?.count).toBe(6);
    expect(terminals?.coveragePct).toBeNull();
    expect(terminals?.positionsMm).toEqual([]);
    expect(finding(findings, 'terminal-layout/coverage-fits').reason.code).toBe('terminal-area-missing');
  });

  it('reads a negative or non-finite supply as missing', () => {
    for (const supply of [-100, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(layout(withTerminal(base, 'hepa-610x610'), supply).terminals, String(supply)).toBeNull();
    }
  });
});
