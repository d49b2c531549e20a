import { describe, expect, it } from 'vitest';
import { classifyIso1999, classifyIso2015, requiredSampleVolume } from '../../../src/engine/measurement';
import { locations, measurement, sample, uniformLocations } from '../../unit/measurement/fixtures';

// Golden cases worked by hand from ISO 14644-1:2015 Table 1, A.4.1 Table A.1 and A.4.2, and from
// ISO 14644-1:1999 Table 1, B.4.1, B.4.2 and Annex C (Table C.1 Student t).

describe('ISO 14644-1 single-sample volume (A.4.2)', () => {
  it('needs 5.68 L for 20 particles at ISO 5, 0.5 µm', () => {
    // 20 / 3 520 × 1000 = 5.6818 L; one minute at 28.3 L/min (28.3 L) is larger.
    const volume = requiredSampleVolume(3520, 28.3);
    expect(volume.twentyParticleL).toBeCloseTo(5.6818, 4);
    expect(volume.oneMinuteL).toBeCloseTo(28.3, 10);
    expect(volume.requiredL).toBeCloseTo(28.3, 10);
  });

  it('needs about 690 L at 29 particles/m³', () => {
    // 20 / 29 × 1000 = 689.66 L, the ISO 5 limit at 5 µm of the 1999 edition.
    expect(requiredSampleVolume(29, 28.3).requiredL).toBeCloseTo(689.655, 3);
  });

  it('never drops below 2 L', () => {
    // A 1 L/min counter at ISO 8, 0.5 µm: 20 / 3 520 000 × 1000 = 0.0057 L, one minute = 1 L.
    expect(requiredSampleVolume(3_520_000, 1).requiredL).toBe(2);
  });
});

describe('ISO 14644-1:2015 classification', () => {
  it('passes an ISO 7 room of 36 m² at 9 locations', () => {
    // Table A.1: 36 m² → 9 locations. ISO 7 limits 352 000 (0.5 µm) and 2 930 (5 µm).
    // 30 L samples with 3 000 and 30 counts: 100 000 and 1 000 particles/m³ at every location.
    const data = measurement(7, ['0.5', '5'], uniformLocations(9, sample(30, { '0.5': 3000, '5': 30 })));
    const result = classifyIso2015(36, data);

    expect(result.outcome).toBe('pass');
    expect(result.requiredLocations).toBe(9);
    // 20 / 2 930 × 1000 = 6.83 L, so the one-minute volume of 28.3 L governs.
    expect(result.requiredVolume?.requiredL).toBeCloseTo(28.3, 10);
    expect(result.locations).toHaveLength(9);
    expect(result.locations[0]?.sizes[0]?.meanPerM3).toBeCloseTo(100_000, 6);
    expect(result.locations[0]?.sizes[1]?.meanPerM3).toBeCloseTo(1_000, 6);
    expect(result.ucl).toEqual([]);
  });

  it('reports ISO 6.6 as the cleanest supported class', () => {
    // At 5 µm the class formula gives 10^6.5 × (0.1/5)^2.08 = 925 < 1 000 for ISO 6.5, and
    // 10^6.6 × (0.1/5)^2.08 = 1 165 → 1 170 for ISO 6.6. At 0.5 µm ISO 6.6 allows 140 000.
    const data = measurement(7, ['0.5', '5'], uniformLocations(9, sample(30, { '0.5': 3000, '5': 30 })));
    expect(classifyIso2015(36, data).achievedClass).toBe(6.6);
  });

  it('fails when one location exceeds the limit', () => {
    // L9 at 5 µm: 90 counts in 30 L = 3 000 particles/m³ > 2 930.
    const samples = Array.from({ length: 9 }, (_, index) => [sample(30, { '0.5': 3000, '5': index === 8 ? 90 : 30 })]);
    const result = classifyIso2015(36, measurement(7, ['0.5', '5'], locations(samples)));

    expect(result.outcome).toBe('fail');
    expect(result.locations[8]?.pass).toBe(false);
    expect(result.locations[8]?.sizes[1]?.limitPerM3).toBe(2930);
    expect(result.locations[7]?.pass).toBe(true);
    // 3 000 particles/m³ at 5 µm needs ISO 7.1: 10^7.1 × (0.1/5)^2.08 = 3 684 → 3 680.
    expect(result.achievedClass).toBe(7.1);
  });

  it('rejects √A locations at 16 m²', () => {
    // Table A.1 gives 6 locations for 16 m²; the 1999 edition's √16 = 4 is not enough in 2015.
    const data = measurement(7, ['0.5'], uniformLocations(4, sample(30, { '0.5': 3000 })));
    const result = classifyIso2015(16, data);

    expect(result.outcome).toBe('cannot-evaluate');
    expect(result.problems).toContainEqual({ code: 'too-few-locations', required: 6, found: 4 });
    expect(result.achievedClass).toBeNull();
  });

  it('rejects ISO 5 at 5 µm', () => {
    // The 2015 Table 1 gives no ISO 5 limit at 5 µm (the macroparticle descriptor applies).
    const data = measurement(5, ['0.5', '5'], uniformLocations(2, sample(700, { '0.5': 100, '5': 0 })));
    const result = classifyIso2015(4, data);

    expect(result.outcome).toBe('cannot-evaluate');
    expect(result.problems).toContainEqual({ code: 'size-not-classified', sizeUm: '5' });
  });
});

describe('ISO 14644-1:1999 classification', () => {
  it('fails the UCL while every mean passes', () => {
    // 16 m²: √16 = 4 locations. 50 L samples, so particles/m³ = count × 20.
    // Means 340 000, 340 000, 20 000, 20 000 (each ≤ 352 000 for ISO 7 at 0.5 µm).
    // M = 180 000, s = √(4 × 160 000² / 3) = 184 752.1, t(4) = 2.4,
    // UCL = 180 000 + 2.4 × 184 752.1 / √4 = 401 702.5 > 352 000.
    const samples = [17_000, 17_000, 1_000, 1_000].map((count) => [sample(50, { '0.5': count })]);
    const result = classifyIso1999(16, measurement(7, ['0.5'], locations(samples)));

    expect(result.requiredLocations).toBe(4);
    expect(result.locations.every((location) => location.pass)).toBe(true);
    expect(result.ucl).toHaveLength(1);
    expect(result.ucl[0]?.meanOfMeansPerM3).toBeCloseTo(180_000, 6);
    expect(result.ucl[0]?.standardDeviationPerM3).toBeCloseTo(184_752.1, 0);
    expect(result.ucl[0]?.studentT).toBe(2.4);
    expect(result.ucl[0]?.uclPerM3).toBeCloseTo(401_702.5, 0);
    expect(result.ucl[0]?.pass).toBe(false);
    expect(result.outcome).toBe('fail');
  });

  it('supports ISO 7.1 for that UCL', () => {
    // ISO 7.1 at 0.5 µm: 10^7.1 × (0.1/0.5)^2.08 = 442 827 → 443 000 ≥ UCL 401 702.5.
    const samples = [17_000, 17_000, 1_000, 1_000].map((count) => [sample(50, { '0.5': count })]);
    expect(classifyIso1999(16, measurement(7, ['0.5'], locations(samples))).achievedClass).toBe(7.1);
  });

  it('applies no UCL at 10 locations', () => {
    // 100 m²: √100 = 10 locations, where Annex C no longer applies.
    const result = classifyIso1999(100, measurement(7, ['0.5'], uniformLocations(10, sample(30, { '0.5': 3000 }))));
    expect(result.outcome).toBe('pass');
    expect(result.ucl).toEqual([]);
  });

  it('needs three samples at a single location', () => {
    // 1 m²: √1 = 1 location, which B.4.2 samples at least three times.
    const result = classifyIso1999(1, measurement(7, ['0.5'], locations([[sample(30, { '0.5': 3000 }), sample(30, { '0.5': 3000 })]])));
    expect(result.outcome).toBe('cannot-evaluate');
    expect(result.problems).toContainEqual({ code: 'too-few-samples', location: 'L1', required: 3, found: 2 });
  });

  it('classifies ISO 5 at 5 µm with 690 L', () => {
    // The 1999 Table 1 gives ISO 5 a limit of 29 at 5 µm: 20 / 29 × 1000 = 689.66 L per sample.
    const ok = classifyIso1999(4, measurement(5, ['0.5', '5'], uniformLocations(2, sample(700, { '0.5': 100, '5': 0 }))));
    const short = classifyIso1999(4, measurement(5, ['0.5', '5'], uniformLocations(2, sample(600, { '0.5': 100, '5': 0 }))));

    expect(ok.outcome).toBe('pass');
    expect(short.outcome).toBe('cannot-evaluate');
    expect(short.problems[0]).toMatchObject({ code: 'sample-volume-too-small', location: 'L1', sample: 1, foundL: 600 });
  });
});
