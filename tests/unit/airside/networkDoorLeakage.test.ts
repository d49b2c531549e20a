import { describe, expect, it } from 'vitest';
import { DEFAULT_PROJECT_AIRSIDE } from '../../../src/domain/airside';
import type { Door } from '../../../src/domain/project';
import { doorLeakage } from '../../../src/engine/airside/doorLeakage';
import { doorDefaults, loadDoorDefaults } from '../../../src/engine/airside/networkData';
import { flowM3h, gapPreset } from '../../../src/engine/network';

const BASE: Door = { id: 'd1', roomA: 'a', roomB: 'b', position: null, widthMm: 1_000 };
const GAPS = { headMm: 3, thresholdMm: 10, jambMm: 4, meetingMm: 6 };

function ok(result: ReturnType<typeof doorLeakage>) {
  if (!result.ok) throw new Error(`expected a leakage, got an invalid ${result.field}`);
  return result;
}

describe('doorLeakage', () => {
  it('entered area wins over size and method', () => {
    const result = ok(doorLeakage({ ...BASE, leakageAreaM2: 0.02, gapsMm: GAPS }, { ...DEFAULT_PROJECT_AIRSIDE, leakageMethod: 'door-table' }));
    expect(result.basis).toBe('entered-area');
    expect(result.areaM2).toBe(0.02);
    // BS EN 12101-6 form: 0.83 × 0.02 × √10 m³/s
    expect(flowM3h(result.law!, 10)).toBeCloseTo(0.83 * 0.02 * Math.sqrt(10) * 3600, 6);
  });

  it('single leaf from size and gaps', () => {
    const result = ok(doorLeakage({ ...BASE, heightMm: 2_100, gapsMm: GAPS }));
    // 1.0 × (3 + 10) mm + 2 × 2.1 × 4 mm = 29.8 × 10⁻³ m²
    expect(result.basis).toBe('gaps');
    expect(result.areaM2).toBeCloseTo(0.0298, 12);
    expect(result.defaultHeight).toBe(false);
    expect(result.gapPresetId).toBeNull();
  });

  it('double door splits the width into two leaves', () => {
    const result = ok(doorLeakage({ ...BASE, type: 'double', widthMm: 1_800, heightMm: 2_100, gapsMm: GAPS }));
    // 2 × 0.9 × 13 mm + 2 × 2.1 × 4 mm + 2.1 × 6 mm = 52.8 × 10⁻³ m²
    expect(result.areaM2).toBeCloseTo(0.0528, 12);
  });

  it('missing height and gaps use the defaults', () => {
    const result = ok(doorLeakage(BASE));
    const preset = gapPreset(doorDefaults().gapPresetByType.single);
    const heightM = doorDefaults().defaultHeight.heightM;
    const expected = 1.0 * (preset.headMm + preset.thresholdMm) / 1000 + 2 * heightM * preset.jambMm / 1000;
    expect(result.defaultHeight).toBe(true);
    expect(result.gapPresetId).toBe(preset.id);
    expect(result.areaM2).toBeCloseTo(expected, 12);
  });

  it('opening leaks over width × height', () => {
    const result = ok(doorLeakage({ ...BASE, type: 'opening', widthMm: 300, heightMm: 200 }, { ...DEFAULT_PROJECT_AIRSIDE, leakageMethod: 'door-table' }));
    expect(result.basis).toBe('opening');
    expect(result.areaM2).toBeCloseTo(0.06, 12);
  });

  it('door table reads the double-leaf row', () => {
    const result = ok(doorLeakage({ ...BASE, type: 'double' }, { ...DEFAULT_PROJECT_AIRSIDE, leakageMethod: 'door-table' }));
    expect(result.basis).toBe('door-table');
    expect(result.areaM2).toBeNull();
    // UK hospital table: a double door passes 0.08 m³/s at 10 Pa.
    expect(flowM3h(result.law!, 10)).toBeCloseTo(0.08 * 3600, 9);
  });

  it('zero area gives no flow law', () => {
    const result = ok(doorLeakage({ ...BASE, leakageAreaM2: 0 }));
    expect(result.law).toBeNull();
  });

  it('zero width names the door field', () => {
    const result = doorLeakage({ ...BASE, widthMm: 0, gapsMm: GAPS });
    expect(result).toEqual({ ok: false, field: 'widthMm', found: 0, expected: 'a positive width in mm' });
  });

  it('negative gap names the gap field', () => {
    const result = doorLeakage({ ...BASE, gapsMm: { ...GAPS, jambMm: -1 } });
    expect(result).toMatchObject({ ok: false, field: 'gapsMm.jambMm', found: -1 });
  });

  it('negative entered area is invalid', () => {
    expect(doorLeakage({ ...BASE, leakageAreaM2: -0.01 })).toMatchObject({ ok: false, field: 'leakageAreaM2' });
  });
});

describe('loadDoorDefaults', () => {
  const shipped = structuredClone(doorDefaults()) as Record<string, unknown>;

  it('rejects an unknown gap preset', () => {
    const data = { ...shipped, gapPresetByType: { ...(shipped.gapPresetByType as object), sliding: 'no-such-preset' } };
    expect(() => loadDoorDefaults(data)).toThrow(/door-defaults\.json: \$\.gapPresetByType\.sliding: expected a gap preset id/);
  });

  it('rejects an unknown key', () => {
    expect(() => loadDoorDefaults({ ...shipped, heightMm: 2100 })).toThrow(/door-defaults\.json: \$\.heightMm/);
  });
});
