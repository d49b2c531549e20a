import { describe, expect, it } from 'vitest';
import type { TerminalSpec } from '../../../src/domain/airside';
import { ahuNameProblem, nextAhuName, patchTerminalSpec } from '../../../src/app/panels/airsideProject';

const template = (n: number) => `AHU-${n}`;
/** Face-velocity arithmetic Q = W × L × v × 3600 (W, L in mm, v in m/s), as the terminal catalog rates filters. */
const ratedFor = (widthMm: number, lengthMm: number, velocityMs: number) => (widthMm / 1000) * (lengthMm / 1000) * velocityMs * 3600;

const hepa: TerminalSpec = { id: 't', kind: 'hepa', name: 'H', faceWidthMm: 610, faceLengthMm: 610, faceVelocityMs: 0.45, ratedM3h: ratedFor(610, 610, 0.45) };

describe('nextAhuName', () => {
  it('starts at AHU-1', () => {
    expect(nextAhuName([], template)).toBe('AHU-1');
  });
  it('skips taken tags', () => {
    const ahus = [
      { id: 'a', name: 'AHU-1' },
      { id: 'b', name: 'AHU-3' },
    ];
    expect(nextAhuName(ahus, template)).toBe('AHU-2');
  });
});

describe('ahuNameProblem', () => {
  const ahus = [
    { id: 'a', name: 'AHU-1' },
    { id: 'b', name: 'AHU-2' },
  ];
  it('rejects an empty tag', () => {
    expect(ahuNameProblem('  ', ahus, 'a')).toBe('empty');
  });
  it('rejects another AHU tag', () => {
    expect(ahuNameProblem('AHU-2 ', ahus, 'a')).toBe('duplicate');
  });
  it('accepts the AHU own tag', () => {
    expect(ahuNameProblem('AHU-1', ahus, 'a')).toBeNull();
  });
});

describe('patchTerminalSpec', () => {
  it('re-rates a default rating on resize', () => {
    const resized = patchTerminalSpec(hepa, { faceWidthMm: 1220 }, ratedFor);
    expect(resized.ratedM3h).toBeCloseTo(ratedFor(1220, 610, 0.45), 9);
  });
  it('keeps a typed rating on resize', () => {
    const typed = { ...hepa, ratedM3h: 500 };
    expect(patchTerminalSpec(typed, { faceVelocityMs: 0.5 }, ratedFor).ratedM3h).toBe(500);
  });
  it('takes a rating from the patch', () => {
    expect(patchTerminalSpec(hepa, { ratedM3h: 650 }, ratedFor).ratedM3h).toBe(650);
  });
});
