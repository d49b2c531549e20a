import { describe, expect, it } from 'vitest';
import { checkProject, createChecker } from '../../../src/engine/index';
import { ISO, UNCLASSIFIED, makeDoor, makeProject, makeRoom, rectangle } from './fixtures';

function suite() {
  const rooms = [
    makeRoom({ id: 'a', cleanliness: ISO(7), polygon: rectangle(0, 0, 4_000, 4_000), design: { ach: 20, pressurePa: 15 } }),
    makeRoom({ id: 'b', cleanliness: ISO(8), polygon: rectangle(4_000, 0, 4_000, 4_000), design: { ach: 12, pressurePa: 10 } }),
    makeRoom({ id: 'c', cleanliness: UNCLASSIFIED, polygon: rectangle(8_000, 0, 4_000, 4_000), design: { pressurePa: 0 } }),
  ];
  const doors = [makeDoor('ab', 'a', 'b'), makeDoor('bc', 'b', 'c'), makeDoor('a-out', 'a', 'outside')];
  return makeProject(rooms, doors);
}

describe('createChecker', () => {
  it('gives the same result as checkProject', () => {
    const project = suite();
    expect(createChecker().check(project)).toEqual(checkProject(project));
  });

  it('reuses findings of unchanged rooms and doors by identity', () => {
    const checker = createChecker();
    const before = suite();
    const first = checker.check(before);

    const changedRoom = makeRoom({ id: 'b', cleanliness: ISO(8), polygon: rectangle(4_000, 0, 4_000, 4_000), design: { ach: 8, pressurePa: 10 } });
    const after = { ...before, rooms: [before.rooms[0]!, changedRoom, before.rooms[2]!] };
    const second = checker.check(after);

    const roomFindings = (result: typeof first, roomId: string) => result.findings.filter((f) => f.doorId === null && f.roomId === roomId);
    const doorFindings = (result: typeof first, doorId: string) => result.findings.filter((f) => f.doorId === doorId);

    roomFindings(second, 'a').forEach((finding, index) => expect(finding).toBe(roomFindings(first, 'a')[index]));
    roomFindings(second, 'c').forEach((finding, index) => expect(finding).toBe(roomFindings(first, 'c')[index]));
    doorFindings(second, 'a-out').forEach((finding, index) => expect(finding).toBe(doorFindings(first, 'a-out')[index]));
    expect(second.rooms[0]).toBe(first.rooms[0]);

    const achBefore = roomFindings(first, 'b').find((f) => f.ruleId === 'gb-50073-2013/ach-non-unidirectional-min')!;
    const achAfter = roomFindings(second, 'b').find((f) => f.ruleId === 'gb-50073-2013/ach-non-unidirectional-min')!;
    expect(achBefore.outcome).toBe('pass');
    expect(achAfter.outcome).toBe('fail');
    expect(doorFindings(second, 'ab')[0]).not.toBe(doorFindings(first, 'ab')[0]);
    expect(doorFindings(second, 'bc')[0]).not.toBe(doorFindings(first, 'bc')[0]);
  });

  it('re-checks when the project changes rule sets', () => {
    const checker = createChecker();
    const project = suite();
    const first = checker.check(project);
    const second = checker.check({ ...project, ruleSetIds: ['iso-14644-1-2015'] });
    expect(first.findings.some((f) => f.ruleId.startsWith('gb-50073-2013/'))).toBe(true);
    expect(second.findings.some((f) => f.ruleId.startsWith('gb-50073-2013/'))).toBe(false);
  });

  it('counts outcomes in the summary', () => {
    const result = checkProject(suite());
    const count = (outcome: string) => result.findings.filter((f) => f.outcome === outcome).length;
    expect(result.summary).toEqual({
      pass: count('pass'),
      fail: count('fail'),
      cannotEvaluate: count('cannot-evaluate'),
      notApplicable: count('not-applicable'),
    });
    expect(result.summary.pass).toBeGreaterThan(0);
  });

  it('reports the pressure difference of each door', () => {
    const result = checkProject(suite());
    expect(result.doors).toEqual([
      { doorId: 'ab', roomA: 'a', roomB: 'b', deltaPa: 5 },
      { doorId: 'bc', roomA: 'b', roomB: 'c', deltaPa: 10 },
      { doorId: 'a-out', roomA: 'a', roomB: 'outside', deltaPa: 15 },
    ]);
  });
});
