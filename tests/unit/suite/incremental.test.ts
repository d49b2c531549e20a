import { describe, expect, it } from 'vitest';
import type { Project } from '../../../src/domain/project';
import { createChecker } from '../../../src/engine/index';
import { NC, doors, grade, project, room } from './fixtures';

const RULE = 'china-gmp-2010/suite-flow-direction';

function cascade(): Project {
  return project(
    [room('corridor', { use: 'corridor', cleanliness: NC, pressurePa: 0 }), room('c', { use: 'buffer', cleanliness: grade('D'), pressurePa: 10 }), room('b', { use: 'filling', cleanliness: grade('C'), pressurePa: 25 })],
    doors(['corridor', 'c'], ['c', 'b']),
  );
}

function withRoom(base: Project, id: string, change: (room: Project['rooms'][number]) => Project['rooms'][number]): Project {
  return { ...base, rooms: base.rooms.map((entry) => (entry.id === id ? change(entry) : entry)) };
}

function suiteFinding(checker: ReturnType<typeof createChecker>, suite: Project) {
  return checker.check(suite).findings.find((finding) => finding.ruleId === RULE)!;
}

describe('incremental suite checking', () => {
  it('reuses suite findings after an ACH edit', () => {
    const checker = createChecker();
    const base = cascade();
    const before = suiteFinding(checker, base);
    const after = suiteFinding(checker, withRoom(base, 'b', (entry) => ({ ...entry, design: { ...entry.design, ach: 40 } })));
    expect(after).toBe(before);
  });

  it('recomputes after a pressure edit', () => {
    const checker = createChecker();
    const base = cascade();
    expect(suiteFinding(checker, base).outcome).toBe('pass');
    const reversed = withRoom(base, 'b', (entry) => ({ ...entry, design: { ...entry.design, pressurePa: 5 } }));
    expect(suiteFinding(checker, reversed).outcome).toBe('fail');
  });

  it('reruns only rules that read pressure', () => {
    const checker = createChecker();
    const base = cascade();
    const airlockRule = 'china-gmp-2010/suite-airlock-grade-change';
    const findAirlock = (suite: Project) => checker.check(suite).findings.find((finding) => finding.ruleId === airlockRule)!;
    const airlockBefore = findAirlock(base);
    const flowBefore = suiteFinding(checker, base);

    const raised = withRoom(base, 'b', (entry) => ({ ...entry, design: { ...entry.design, pressurePa: 30 } }));
    expect(findAirlock(raised)).toBe(airlockBefore);
    expect(suiteFinding(checker, raised)).not.toBe(flowBefore);
  });

  it('recomputes after a class, containment or use edit', () => {
    const checker = createChecker();
    const base = cascade();
    expect(suiteFinding(checker, base).outcome).toBe('pass');
    expect(suiteFinding(checker, withRoom(base, 'c', (entry) => ({ ...entry, cleanliness: grade('A') }))).outcome).toBe('fail');
    expect(suiteFinding(checker, withRoom(base, 'b', (entry) => ({ ...entry, containment: true }))).outcome).toBe('fail');

    const airlockRule = 'china-gmp-2010/suite-airlock-grade-change';
    const airlockOutcome = (suite: Project) => checker.check(suite).findings.find((finding) => finding.ruleId === airlockRule)!.outcome;
    expect(airlockOutcome(base)).toBe('pass');
    expect(airlockOutcome(withRoom(base, 'c', (entry) => ({ ...entry, use: 'production' })))).toBe('fail');
  });

  it('recomputes after a door is removed', () => {
    const checker = createChecker();
    const base = cascade();
    const reversed = withRoom(base, 'b', (entry) => ({ ...entry, design: { ...entry.design, pressurePa: 5 } }));
    expect(suiteFinding(checker, reversed).outcome).toBe('fail');
    expect(suiteFinding(checker, { ...reversed, doors: reversed.doors.slice(0, 1) }).outcome).toBe('pass');
  });
});
