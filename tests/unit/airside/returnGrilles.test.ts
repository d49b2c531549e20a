import { describe, expect, it } from 'vitest';
import { layoutReturnGrilles } from '../../../src/engine/airside/returnGrilles';
import { computeRoomMetrics } from '../../../src/engine/rooms';
import { ISO, makeRoom } from '../engine/fixtures';

// The default grille is 600 × 200 mm at 1.5 m/s over the gross face: 0.12 m² × 1.5 × 3600 = 648 m³/h.
const GRILLE_M3H = 648;

function grilles(returnM3h: number | null, areaKnown?: boolean) {
  const room = makeRoom({ id: 'r', cleanliness: ISO(7), ...(areaKnown === undefined ? {} : { areaKnown }) });
  return layoutReturnGrilles({ room, metrics: computeRoomMetrics(room), returnM3h });
}

describe('layoutReturnGrilles', () => {
  it('rates the default grille from its face velocity', () => {
    const result = grilles(1_000);
    expect(result?.grilleId).toBe('grille-600x200');
    expect(result?.grilleWidthMm).toBe(600);
    expect(result?.grilleHeightMm).toBe(200);
    expect(result?.ratedM3h).toBeCloseTo(GRILLE_M3H, 9);
  });

  it('rounds the return over the rating up', () => {
    expect(grilles(1_300)?.count).toBe(3);
    expect(grilles(2 * GRILLE_M3H)?.count).toBe(2);
    expect(grilles(1)?.count).toBe(1);
  });

  it('places each grille on a wall', () => {
    const positions = grilles(3_000)?.positionsMm ?? [];
    expect(positions).toHaveLength(5);
    for (const point of positions) {
      const onWall = point.x === 0 || point.x === 10_000 || point.y === 0 || point.y === 8_000;
      expect(onWall, JSON.stringify(point)).toBe(true);
    }
  });

  it('needs no grilles when the room returns nothing', () => {
    expect(grilles(0)).toMatchObject({ count: 0, returnM3h: 0, positionsMm: [] });
    expect(grilles(-200)).toMatchObject({ count: 0, returnM3h: -200, positionsMm: [] });
  });

  it('has no layout without a return airflow', () => {
    expect(grilles(null)).toBeNull();
    expect(grilles(Number.NaN)).toBeNull();
  });

  it('counts but does not place grilles for an unknown area', () => {
    const result = grilles(1_300, false);
    expect(result?.count).toBe(3);
    expect(result?.positionsMm).toEqual([]);
  });
});
