import { describe, expect, it } from 'vitest';
import type { RoomMeasurements } from '../../../src/domain/measurements';
import type { Room } from '../../../src/domain/project';
import { parseProjectFile, serializeProjectFile } from '../../../src/domain/projectFile';
import { ISO, makeProject, makeRoom } from '../engine/fixtures';
import { measurement, sample, uniformLocations } from './fixtures';

const SAVED_AT = new Date('2026-12-04T00:00:00Z');

function fileWith(measurements: unknown): string {
  const room = { ...makeRoom({ id: 'r1', cleanliness: ISO(7) }), measurements } as Room;
  return serializeProjectFile(makeProject([room]), SAVED_AT);
}

describe('project file, measurements', () => {
  it('round-trips particle and microbial data', () => {
    const measurements: RoomMeasurements = {
      particles: measurement(7, ['0.5', '5'], uniformLocations(2, sample(28.3, { '0.5': 120, '5': 1 }))),
      microbial: { air: [3], settlePlate: [1, 0], contactPlate: [], glovePrint: [] },
    };
    const result = parseProjectFile(fileWith(measurements), 'measured.cleanplan.json');

    expect(result.ok).toBe(true);
    if (result.ok) expect(result.project.rooms[0]!.measurements).toEqual(measurements);
  });

  it('loads a room without measurements unchanged', () => {
    const text = serializeProjectFile(makeProject([makeRoom({ id: 'r1' })]), SAVED_AT);
    const result = parseProjectFile(text, 'old.cleanplan.json');

    expect(result.ok).toBe(true);
    if (result.ok) expect('measurements' in result.project.rooms[0]!).toBe(false);
  });

  it('rejects a count written as text', () => {
    const particles = measurement(7, ['0.5'], uniformLocations(1, sample(28.3, { '0.5': '120' as never })));
    const result = parseProjectFile(fileWith({ particles }), 'bad.cleanplan.json');

    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]!.path).toBe('project.rooms[0].measurements.particles.locations[0].samples[0].counts.0.5');
      expect(result.errors[0]!.expected).toBe('measurements');
    }
  });
});
