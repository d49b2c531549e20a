import { describe, expect, it } from 'vitest';
import { EMPTY_DESIGN, OUTSIDE, type Door, type PointMm, type Project, type Room } from '../../../src/domain/project';
import { computeBoq, toLineQuantity, type BoqParameters } from '../../../src/engine/boq';
import { describeQuantityOrigin } from '../../../src/domain/quote';

/*
 * Fixture: three rooms on a 6 × 8 m footprint (mm, y down).
 *
 *   (0,0)        (4000,0)   (6000,0)
 *     +------------+----------+
 *     | r1 gowning | r2 air-  |      r1: 4 × 3 m, 2.6 m high, ISO 8
 *     | 12 m²      | lock 6 m²|      r2: 2 × 3 m, 2.6 m high, ISO 7
 *     +------------+----------+ y=3000
 *     | r3 filling room 30 m² |      r3: 6 × 5 m, 3.0 m high, ISO 7
 *     +-----------------------+ (6000,8000)
 *
 * Wall pieces (each once):
 *   partitions  r1|r2  3.0 m × 2.6 (both rooms 2.6 m high)            =  7.80 m²
 *               r1|r3  4.0 m × 3.0 (r3 is higher)                      = 12.00 m²
 *               r2|r3  2.0 m × 3.0                                     =  6.00 m²
 *   exterior    r1: top 4.0 + left 3.0 = 7.0 m × 2.6                   = 18.20 m²
 *               r2: top 2.0 + right 3.0 = 5.0 m × 2.6                  = 13.00 m²
 *               r3: right 5.0 + bottom 6.0 + left 5.0 = 16.0 m × 3.0   = 48.00 m²
 *   gross 105.00 m² over 3 partitions + 7 exterior segments = 10 pieces.
 *   (Adding each room's perimeter × height would give 128.40 m², doubling the partitions.)
 * Openings (door height 2100 mm):
 *   d1 outside→r1 0.9 × 2.1 = 1.89, d2 r1→r2 0.9 × 2.1 = 1.89, d3 r2→r3 1.5 × 2.1 = 3.15,
 *   window w1 r1|r3 1.2 × 0.9 = 1.08 → 8.01 m² deducted.
 *   Wall panels: 105.00 − 8.01 = 96.99 m².
 * Ceiling panels = floor finish = 12 + 6 + 30 = 48.00 m².
 * Coving, per room's own junctions: perimeters r1 14 m, r2 10 m, r3 22 m.
 *   wall–ceiling: 46.00 m. floor–wall: 46 − doors (r1: d1 0.9 + d2 0.9; r2: d2 0.9 + d3 1.5;
 *   r3: d3 1.5 → 5.7 m) = 40.30 m.
 * Doors: single-leaf 900 × 2100: 2 (d1, d2); double-leaf 1500 × 2100: 1 (d3).
 * Sampling (ISO 14644-1:2015 Table A.1): r1 12 m² → 6, r2 6 m² → 3, r3 30 m² → 8; total 17.
 */

function rectangle(x: number, y: number, width: number, depth: number): PointMm[] {
  return [
    { x, y },
    { x: x + width, y },
    { x: x + width, y: y + depth },
    { x, y: y + depth },
  ];
}

function room(id: string, polygon: PointMm[], clearHeightM: number | null, isoClass: number | null): Room {
  return {
    id,
    name: id,
    use: null,
    polygon,
    clearHeightM,
    cleanliness: isoClass === null ? null : { kind: 'iso', isoClass },
    classLabel: isoClass === null ? null : `ISO ${isoClass}`,
    airflowPattern: null,
    containment: false,
    design: EMPTY_DESIGN,
  };
}

const DOORS: Door[] = [
  { id: 'd1', roomA: 'r1', roomB: OUTSIDE, position: { x: 0, y: 1500 }, widthMm: 900 },
  { id: 'd2', roomA: 'r1', roomB: 'r2', position: { x: 4000, y: 1500 }, widthMm: 900 },
  { id: 'd3', roomA: 'r2', roomB: 'r3', position: { x: 5000, y: 3000 }, widthMm: 1500 },
];

function suite(overrides: Partial<Record<'r1' | 'r2' | 'r3', Partial<Room>>> = {}): Project {
  return {
    id: 'p1',
    name: 'Three-room suite',
    customerName: 'Test customer',
    referenceDate: '2026-03-02',
    ruleSetIds: ['iso-14644-1-2015'],
    rooms: [
      { ...room('r1', rectangle(0, 0, 4000, 3000), 2.6, 8), ...overrides.r1 },
      { ...room('r2', rectangle(4000, 0, 2000, 3000), 2.6, 7), ...overrides.r2 },
      { ...room('r3', rectangle(0, 3000, 6000, 5000), 3.0, 7), ...overrides.r3 },
    ],
    doors: DOORS,
  };
}

const PARAMETERS: BoqParameters = {
  doorHeightMm: 2100,
  doorTypes: { d1: 'single-leaf', d2: 'single-leaf', d3: 'double-leaf' },
  openings: [{ id: 'w1', kind: 'window', roomA: 'r1', roomB: 'r3', widthMm: 1200, heightMm: 900 }],
};

describe('computeBoq wall panels', () => {
  const boq = computeBoq(suite(), PARAMETERS);

  it('counts each wall once', () => {
    expect(boq.walls).toHaveLength(10);
    const grossM2 = boq.walls.reduce((sum, wall) => sum + wall.areaM2, 0);
    expect(grossM2).toBeCloseTo(105, 9);
    const partitions = boq.walls.filter((wall) => wall.roomIds.length === 2);
    expect(partitions.map((wall) => [wall.roomIds.join('|'), wall.lengthMm, wall.heightMm])).toEqual([
      ['r1|r2', 3000, 2600],
      ['r1|r3', 4000, 3000],
      ['r2|r3', 2000, 3000],
    ]);
  });

  it('deducts door and window openings', () => {
    expect(boq.wallPanels.quoteValue).toBe('96.99');
    expect(boq.wallPanels.value).toBeCloseTo(96.99, 9);
    expect(boq.wallPanels.origin.deductions.map((deduction) => [deduction.openingId, deduction.areaM2])).toEqual([
      ['d1', 1.89],
      ['d2', 1.89],
      ['d3', 3.15],
      ['w1', 1.08],
    ]);
  });

  it('records its origin', () => {
    expect(boq.wallPanels.origin.roomIds).toEqual(['r1', 'r2', 'r3']);
    expect(boq.wallPanels.origin.wallCount).toBe(10);
    expect(boq.wallPanels.origin.incompleteRoomIds).toEqual([]);
    expect(describeQuantityOrigin(boq.wallPanels.origin, 'en')).toBe('from layout: wall panels, 3 rooms, 10 walls, 4 openings deducted');
    expect(describeQuantityOrigin(boq.wallPanels.origin, 'zh-CN')).toBe('按图纸：墙板，3 个房间，10 段墙，扣除 4 处洞口');
  });

  it('splits partitions between rooms in byRoom', () => {
    // r1: exterior 18.20 + half of r1|r2 3.90 + half of r1|r3 6.00 − d1 1.89 − half of d2 0.945
    //     − half of w1 0.54 = 28.10 − 3.375 = 24.725 m².
    const r1 = boq.wallPanels.byRoom.find((entry) => entry.roomId === 'r1')!;
    expect(r1.value).toBeCloseTo(24.725, 9);
  });
});

describe('computeBoq finishes and coving', () => {
  const boq = computeBoq(suite(), PARAMETERS);

  it('takes ceiling and floor from room areas', () => {
    expect(boq.ceilingPanels.quoteValue).toBe('48.00');
    expect(boq.floorFinish.quoteValue).toBe('48.00');
    expect(boq.floorFinish.byRoom.map((entry) => entry.value)).toEqual([12, 6, 30]);
  });

  it('measures coving per room junction', () => {
    expect(boq.covingCeiling.quoteValue).toBe('46.00');
    expect(boq.covingFloor.quoteValue).toBe('40.30');
  });
});

describe('computeBoq counts', () => {
  it('groups doors by type and size', () => {
    const boq = computeBoq(suite(), PARAMETERS);
    expect(boq.doors.map((group) => [group.type, group.widthMm, group.heightMm, group.quantity.value, group.doorIds])).toEqual([
      ['single-leaf', 900, 2100, 2, ['d1', 'd2']],
      ['double-leaf', 1500, 2100, 1, ['d3']],
    ]);
  });

  it('counts sampling locations per classified room', () => {
    const boq = computeBoq(suite(), PARAMETERS);
    expect(boq.certificationSampling.byRoom).toEqual([
      { roomId: 'r1', value: 6 },
      { roomId: 'r2', value: 3 },
      { roomId: 'r3', value: 8 },
    ]);
    expect(boq.certificationSampling.quoteValue).toBe('17');
  });

  it('leaves unclassified rooms out of sampling', () => {
    const boq = computeBoq(suite({ r1: { cleanliness: { kind: 'unclassified' } } }), PARAMETERS);
    expect(boq.certificationSampling.quoteValue).toBe('11');
    expect(boq.certificationSampling.origin.roomIds).toEqual(['r2', 'r3']);
  });

  it('omits terminals without an airflow design', () => {
    const boq = computeBoq(suite(), PARAMETERS);
    expect(boq.hepaTerminals).toBeNull();
    expect(boq.ffus).toBeNull();
    expect(boq.returnGrilles).toBeNull();
  });

  it('sums given terminals and flags rooms without counts', () => {
    const terminals = { r1: { hepaTerminals: 2, returnGrilles: 2 }, r3: { hepaTerminals: 6, returnGrilles: 4 } };
    const boq = computeBoq(suite(), { ...PARAMETERS, terminals });
    expect(boq.hepaTerminals!.quoteValue).toBe('8');
    expect(boq.hepaTerminals!.origin.incompleteRoomIds).toEqual(['r2']);
    expect(boq.returnGrilles!.quoteValue).toBe('6');
    expect(boq.ffus!.quoteValue).toBe('0');
    expect(boq.ffus!.origin.incompleteRoomIds).toEqual(['r1', 'r2', 'r3']);
  });

  it('rejects a fractional terminal count', () => {
    expect(() => computeBoq(suite(), { ...PARAMETERS, terminals: { r1: { ffus: 1.5 } } })).toThrow(/ffus of room r1 is 1.5: expected a whole number/);
  });
});

describe('computeBoq missing input', () => {
  it('leaves out walls of a room without clear height', () => {
    // r2 has no height: its exterior walls (13.00 m²) drop out. r1|r2 takes r1's 2.6 m and r2|r3
    // takes r3's 3.0 m, as before. 105.00 − 13.00 = 92.00 gross; all openings stay deducted
    // (each touches a room with a height): 92.00 − 8.01 = 83.99 m².
    const boq = computeBoq(suite({ r2: { clearHeightM: null } }), PARAMETERS);
    expect(boq.wallPanels.quoteValue).toBe('83.99');
    expect(boq.wallPanels.origin.incompleteRoomIds).toEqual(['r2']);
    expect(describeQuantityOrigin(boq.wallPanels.origin, 'en')).toContain('1 room left out for missing data');
  });

  it('leaves out a room imported without area', () => {
    // r3 has no outline: walls are r1|r2 7.80 + r1 exterior now incl. bottom 4.0 m → 11.0 × 2.6 =
    // 28.60, r2 exterior incl. bottom 2.0 m → 7.0 × 2.6 = 18.20; gross 54.60. Openings: d1 1.89,
    // d2 1.89 (d3 and w1 touch r3, whose walls are not drawn) → 54.60 − 3.78 = 50.82 m².
    const boq = computeBoq(suite({ r3: { areaKnown: false } }), PARAMETERS);
    expect(boq.wallPanels.quoteValue).toBe('50.82');
    expect(boq.floorFinish.quoteValue).toBe('18.00');
    expect(boq.floorFinish.origin.incompleteRoomIds).toEqual(['r3']);
    expect(boq.certificationSampling.origin.incompleteRoomIds).toEqual(['r3']);
  });

  it('rejects a non-positive door height', () => {
    expect(() => computeBoq(suite(), { ...PARAMETERS, doorHeightMm: 0 })).toThrow(/Door height 0 mm is not valid/);
  });
});

describe('toLineQuantity', () => {
  it('carries the layout origin into a quote line', () => {
    const boq = computeBoq(suite(), PARAMETERS);
    const quantity = toLineQuantity(boq.wallPanels);
    expect(quantity).toEqual({ value: '96.99', unit: 'm2', source: { kind: 'layout', origin: boq.wallPanels.origin } });
  });
});
