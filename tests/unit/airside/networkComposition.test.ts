import { describe, expect, it } from 'vitest';
import { DEFAULT_PROJECT_AIRSIDE } from '../../../src/domain/airside';
import { defaultTerminalCatalog } from '../../../src/engine/airside/terminalCatalog';
import { checkProject } from '../../../src/engine/index';
import { door, project, room } from './networkFixtures';

describe('computeAirside composition', () => {
  const terminalId = defaultTerminalCatalog()[0]!.id;
  const input = {
    ...project(
      [
        room('corridor', 0, { pressurePa: 0, ach: 10, exhaustM3h: 0 }, { ahuId: 'ahu-1' }),
        room('clean', 1, { pressurePa: 20, ach: 20, exhaustM3h: 0 }, { ahuId: 'ahu-1', terminalId }),
      ],
      [door('d1', 'clean', 'corridor', 0.02)],
    ),
    airside: { ...DEFAULT_PROJECT_AIRSIDE, ahus: [{ id: 'ahu-1', name: 'AHU-1' }] },
  };
  const airside = checkProject(input).airside!;
  const clean = airside.rooms.find((entry) => entry.roomId === 'clean')!;

  it('lays out terminals for the chosen terminal', () => {
    expect(clean.terminals?.terminalId).toBe(terminalId);
    expect(clean.terminals!.count).toBeGreaterThan(0);
  });

  it('places sampling locations', () => {
    expect(clean.sampling!.count).toBeGreaterThan(0);
  });

  it('counts return grilles from supply − exhaust − offset', () => {
    // 20 h⁻¹ × 4 × 4 × 2.7 m³ = 864 m³/h supply, no exhaust, offset 0.83 × 0.02 × √20 × 3600 m³/h.
    const offsetM3h = 0.83 * 0.02 * Math.sqrt(20) * 3600;
    expect(clean.offsetM3h).toBeCloseTo(offsetM3h, 6);
    expect(clean.returnGrilles!.returnM3h).toBeCloseTo(864 - offsetM3h, 6);
  });

  it('totals the AHU over its rooms', () => {
    expect(airside.ahus.map((ahu) => [ahu.ahuId, ahu.roomIds])).toEqual([['ahu-1', ['corridor', 'clean']]]);
  });
});
