import { describe, expect, it } from 'vitest';
import { NC, doors, findingsOf, iso, layoutPracticeSet, project, room, verdicts } from './fixtures';

const MICRO = 'suite-layout-practice/micro-lab-layout';
const OR = 'suite-layout-practice/operating-department-circulation';

/** Builds a factory QC micro lab: corridor → washing, media, work room → buffer 1 → buffer 2 → aseptic room. */
function microLab(options: { buffers: number; washingAreaM2?: number }) {
  const buffers = Array.from({ length: options.buffers }, (_, index) => room(`buffer-${index + 1}`, { use: 'buffer', cleanliness: iso(7) }));
  const chain = ['work', ...buffers.map((entry) => entry.id), 'aseptic'];
  const chainDoors = chain.slice(1).map((id, index) => [chain[index]!, id] as const);
  return project(
    [
      room('corridor', { use: 'corridor', cleanliness: NC }),
      room('washing', { use: 'washing', cleanliness: NC, areaM2: options.washingAreaM2 ?? 12 }),
      room('media', { use: 'media-preparation', cleanliness: iso(8) }),
      room('work', { use: 'microbiology-work', cleanliness: iso(8) }),
      ...buffers,
      room('aseptic', { use: 'aseptic', cleanliness: iso(5) }),
    ],
    doors(['corridor', 'washing'], ['corridor', 'media'], ['corridor', 'work'], ...chainDoors),
    ['suite-layout-practice'],
  );
}

describe('micro lab layout practice', () => {
  it('passes two buffer rooms', () => {
    expect(verdicts(findingsOf(microLab({ buffers: 2 }), MICRO, [layoutPracticeSet()]))).toEqual(['pass:micro-lab-layout-holds']);
  });

  it('fails one buffer room', () => {
    const findings = findingsOf(microLab({ buffers: 1 }), MICRO, [layoutPracticeSet()]);
    expect(verdicts(findings)).toEqual(['fail:too-few-buffers']);
    expect(findings[0]!.roomIds).toEqual(['aseptic']);
    expect(findings[0]!.reason.params?.buffers).toBe(1);
  });

  it('ignores a pass box to the work room', () => {
    const base = microLab({ buffers: 2 });
    const suite = { ...base, rooms: [...base.rooms, room('pass', { use: 'pass-box', cleanliness: iso(7) })], doors: [...base.doors, ...doors(['aseptic', 'pass'], ['pass', 'work']).map((door) => ({ ...door, id: `pass-${door.id}` }))] };
    expect(verdicts(findingsOf(suite, MICRO, [layoutPracticeSet()]))).toEqual(['pass:micro-lab-layout-holds']);
  });

  it('fails a washing room of 10 m²', () => {
    const findings = findingsOf(microLab({ buffers: 2, washingAreaM2: 10 }), MICRO, [layoutPracticeSet()]);
    expect(verdicts(findings)).toEqual(['fail:washing-room-small']);
    expect(findings[0]!.actual).toBeCloseTo(10, 6);
  });

  it('fails a missing zone', () => {
    const base = microLab({ buffers: 2 });
    const suite = { ...base, rooms: base.rooms.filter((entry) => entry.id !== 'media'), doors: base.doors.filter((door) => door.roomB !== 'media') };
    const findings = findingsOf(suite, MICRO, [layoutPracticeSet()]);
    expect(verdicts(findings)).toEqual(['fail:zone-missing']);
    expect(findings[0]!.reason.params?.zone).toBe('micro-media');
  });

  it('cannot evaluate a buffer without a use', () => {
    const base = microLab({ buffers: 2 });
    const suite = { ...base, rooms: base.rooms.map((entry) => (entry.id === 'buffer-1' ? { ...entry, use: null } : entry)) };
    expect(verdicts(findingsOf(suite, MICRO, [layoutPracticeSet()]))).toEqual(['cannot-evaluate:suite-input-missing']);
  });

  it('does not apply without lab rooms', () => {
    const suite = project([room('a', { use: 'production', cleanliness: iso(7) })], [], ['suite-layout-practice']);
    expect(verdicts(findingsOf(suite, MICRO, [layoutPracticeSet()]))).toEqual(['not-applicable:no-micro-lab']);
  });
});

/** Builds an operating department: clean corridor → scrub → OR-1; clean corridor → OR-2; each OR → dirty corridor. */
function operatingDepartment(extraDoors: readonly (readonly [string, string])[] = []) {
  return project(
    [
      room('clean', { use: 'clean-corridor', cleanliness: iso(7) }),
      room('dirty', { use: 'dirty-corridor', cleanliness: iso(8) }),
      room('scrub', { use: 'scrub', cleanliness: iso(7) }),
      room('or-1', { use: 'operating-room', cleanliness: iso(6) }),
      room('or-2', { use: 'operating-room', cleanliness: iso(6) }),
    ],
    doors(['clean', 'scrub'], ['scrub', 'or-1'], ['clean', 'or-2'], ['or-1', 'dirty'], ['or-2', 'dirty'], ...extraDoors),
    ['suite-layout-practice'],
  );
}

describe('operating department practice', () => {
  it('passes separated corridors', () => {
    expect(verdicts(findingsOf(operatingDepartment(), OR, [layoutPracticeSet()]))).toEqual(['pass:circulation-separated']);
  });

  it('fails a door between the corridors', () => {
    const findings = findingsOf(operatingDepartment([['clean', 'dirty']]), OR, [layoutPracticeSet()]);
    expect(verdicts(findings)).toEqual(['fail:corridors-joined']);
    expect(findings[0]!.roomIds).toEqual(['clean', 'dirty']);
  });

  it('fails an OR reached only from the dirty side', () => {
    const base = operatingDepartment();
    const suite = { ...base, doors: base.doors.filter((door) => !(door.roomA === 'clean' && door.roomB === 'or-2')) };
    const findings = findingsOf(suite, OR, [layoutPracticeSet()]);
    expect(verdicts(findings)).toEqual(['fail:or-not-from-clean-side']);
    expect(findings[0]!.roomIds).toEqual(['or-2']);
  });

  it('fails a department without a clean corridor', () => {
    const base = operatingDepartment();
    const suite = { ...base, rooms: base.rooms.map((entry) => (entry.id === 'clean' ? { ...entry, use: 'corridor' } : entry)) };
    expect(verdicts(findingsOf(suite, OR, [layoutPracticeSet()]))).toEqual(['fail:no-clean-corridor']);
  });

  it('cannot evaluate a room without a use', () => {
    const base = operatingDepartment();
    const suite = { ...base, rooms: base.rooms.map((entry) => (entry.id === 'scrub' ? { ...entry, use: null } : entry)) };
    const findings = findingsOf(suite, OR, [layoutPracticeSet()]);
    expect(verdicts(findings)).toEqual(['cannot-evaluate:suite-input-missing']);
    expect(findings[0]!.roomIds).toEqual(['scrub']);
  });
});
