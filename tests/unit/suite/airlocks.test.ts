import { describe, expect, it } from 'vitest';
import { NC, doors, findingsOf, grade, iso, project, room, verdicts } from './fixtures';

const AIRLOCK = 'china-gmp-2010/suite-airlock-grade-change';
const ENTRY = 'china-gmp-2010/suite-entry-path';

/** Builds a sterile-pharma gowning sequence: corridor (NC) → 一更 (NC) → 二更 (D) → buffer (C) → filling (B), with a pass box. */
function gowningSequence() {
  return project(
    [
      room('corridor', { use: 'corridor', cleanliness: NC, pressurePa: 0 }),
      room('gown-1', { use: 'gowning-1', cleanliness: NC, pressurePa: 5 }),
      room('gown-2', { use: 'gowning-2', cleanliness: grade('D'), pressurePa: 15 }),
      room('buffer', { use: 'buffer', cleanliness: grade('C'), pressurePa: 25 }),
      room('filling', { use: 'filling', cleanliness: grade('B'), pressurePa: 40 }),
      room('pass', { use: 'pass-box', cleanliness: grade('D'), pressurePa: 15 }),
    ],
    doors(['corridor', 'outside'], ['corridor', 'gown-1'], ['gown-1', 'gown-2'], ['gown-2', 'buffer'], ['buffer', 'filling'], ['corridor', 'pass'], ['pass', 'buffer']),
  );
}

describe('suite airlock at grade change', () => {
  it('passes a gowning sequence', () => {
    expect(verdicts(findingsOf(gowningSequence(), AIRLOCK))).toEqual(['pass:airlocks-at-grade-changes']);
  });

  it('fails a two-grade jump', () => {
    const suite = project(
      [room('d-room', { use: 'production', cleanliness: grade('D'), pressurePa: 10 }), room('b-room', { use: 'airlock', cleanliness: grade('B'), pressurePa: 30 })],
      doors(['d-room', 'b-room']),
    );
    const findings = findingsOf(suite, AIRLOCK);
    expect(verdicts(findings)).toEqual(['fail:grade-jump']);
    expect(findings[0]!.roomIds).toEqual(['d-room', 'b-room']);
    expect(findings[0]!.reason.params?.step).toBe(2);
  });

  it('fails a grade change without an airlock', () => {
    const suite = project(
      [room('c-room', { use: 'production', cleanliness: grade('C'), pressurePa: 20 }), room('corridor', { use: 'corridor', cleanliness: grade('D'), pressurePa: 10 })],
      doors(['c-room', 'corridor']),
    );
    expect(verdicts(findingsOf(suite, AIRLOCK))).toEqual(['fail:no-airlock']);
  });

  it('cannot evaluate without a use', () => {
    const suite = project(
      [room('c-room', { use: null, cleanliness: grade('C'), pressurePa: 20 }), room('corridor', { use: 'corridor', cleanliness: grade('D'), pressurePa: 10 })],
      doors(['c-room', 'corridor']),
    );
    const findings = findingsOf(suite, AIRLOCK);
    expect(verdicts(findings)).toEqual(['cannot-evaluate:suite-input-missing']);
    expect(findings[0]!.roomIds).toEqual(['c-room']);
  });

  it('cannot evaluate an ISO-only room by grade', () => {
    const suite = project([room('a', { use: 'production', cleanliness: iso(7) }), room('b', { use: 'airlock', cleanliness: grade('D') })], doors(['a', 'b']));
    expect(verdicts(findingsOf(suite, AIRLOCK))).toEqual(['cannot-evaluate:suite-input-missing']);
  });
});

describe('suite entry path', () => {
  it('passes a gowning sequence with a pass box', () => {
    expect(verdicts(findingsOf(gowningSequence(), ENTRY))).toEqual(['pass:entries-through-airlocks']);
  });

  it('fails a clean room opening onto the corridor', () => {
    const base = gowningSequence();
    const suite = { ...base, doors: [...base.doors, ...doors(['corridor', 'filling']).map((door) => ({ ...door, id: 'shortcut' }))] };
    const findings = findingsOf(suite, ENTRY);
    expect(verdicts(findings)).toEqual(['fail:entry-without-airlock']);
    expect(findings[0]!.roomIds).toEqual(['filling', 'corridor']);
    expect(findings[0]!.doorId).toBe('shortcut');
  });

  it('fails a suite without a material entry', () => {
    const base = gowningSequence();
    const suite = { ...base, rooms: base.rooms.filter((entry) => entry.id !== 'pass'), doors: base.doors.filter((door) => door.roomB !== 'pass' && door.roomA !== 'pass') };
    expect(verdicts(findingsOf(suite, ENTRY))).toEqual(['fail:no-material-entry']);
  });

  it('fails a suite without a personnel entry', () => {
    const suite = project(
      [room('corridor', { use: 'corridor', cleanliness: NC }), room('pass', { use: 'pass-box', cleanliness: grade('D') }), room('prod', { use: 'production', cleanliness: grade('D') })],
      doors(['corridor', 'pass'], ['pass', 'prod']),
    );
    expect(verdicts(findingsOf(suite, ENTRY))).toEqual(['fail:no-personnel-entry']);
  });

  it('cannot evaluate a boundary room without a use', () => {
    const suite = project([room('corridor', { use: null, cleanliness: NC }), room('prod', { use: 'production', cleanliness: grade('D') })], doors(['corridor', 'prod']));
    expect(verdicts(findingsOf(suite, ENTRY))).toEqual(['cannot-evaluate:suite-input-missing']);
  });

  it('does not apply to an all-clean suite', () => {
    const suite = project([room('a', { use: 'production', cleanliness: grade('C') }), room('b', { use: 'airlock', cleanliness: grade('D') })], doors(['a', 'b']));
    expect(verdicts(findingsOf(suite, ENTRY))).toEqual(['not-applicable:no-clean-boundary']);
  });
});
