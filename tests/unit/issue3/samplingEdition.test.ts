import { describe, expect, it } from 'vitest';
import { checkProject, createChecker } from '../../../src/engine/check';
import { ISO, makeProject, makeRoom, rectangle } from '../engine/fixtures';

// A 6 × 6 m room: 36 m². ISO 14644-1:2015 Table A.1 gives 9 locations for up to 36 m²;
// ISO 14644-1:1999 B.4.1 gives the square root of the area, √36 = 6.
const room36 = makeRoom({ id: 'r36', polygon: rectangle(0, 0, 6_000, 6_000), cleanliness: ISO(7) });

function metricsUnder(ruleSetIds: string[]) {
  return checkProject(makeProject([room36], [], ruleSetIds)).rooms[0]!;
}

describe('sampling locations by ISO 14644-1 edition', () => {
  it('counts 9 locations under the 2015 edition', () => {
    const metrics = metricsUnder(['iso-14644-1-2015']);
    expect(metrics.samplingLocations).toBe(9);
    expect(metrics.samplingEdition).toBe('iso-14644-1-2015');
  });

  it('counts 6 locations under the 1999 edition', () => {
    const metrics = metricsUnder(['iso-14644-1-1999']);
    expect(metrics.samplingLocations).toBe(6);
    expect(metrics.samplingEdition).toBe('iso-14644-1-1999');
  });

  it('prefers 2015 when both editions are chosen', () => {
    const metrics = metricsUnder(['iso-14644-1-1999', 'iso-14644-1-2015']);
    expect(metrics.samplingLocations).toBe(9);
  });

  it('uses 2015 without any ISO rule set', () => {
    const metrics = metricsUnder(['gb-50073-2013']);
    expect(metrics.samplingLocations).toBe(9);
  });

  it('gives no count or edition without an area', () => {
    const unknownArea = makeRoom({ id: 'r', cleanliness: ISO(7), areaKnown: false });
    const metrics = checkProject(makeProject([unknownArea], [], ['iso-14644-1-1999'])).rooms[0]!;
    expect(metrics.samplingLocations).toBeNull();
    expect(metrics.samplingEdition).toBeUndefined();
  });

  it('recounts when the project changes edition', () => {
    const checker = createChecker();
    const before = checker.check(makeProject([room36], [], ['iso-14644-1-2015'])).rooms[0]!;
    const after = checker.check(makeProject([room36], [], ['iso-14644-1-1999'])).rooms[0]!;
    expect(before.samplingLocations).toBe(9);
    expect(after.samplingLocations).toBe(6);
  });
});
