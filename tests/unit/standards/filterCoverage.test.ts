import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProjectFile } from '../../../src/domain/projectFile/restore';
import { checkProject } from '../../../src/engine/index';
import { importRoomSchedule } from '../../../src/engine/import';
import { describeFindingForTest } from './support';
import { ISO, UNCLASSIFIED, makeProject, makeRoom } from '../../unit/engine/fixtures';

const RULE = 'gb-50472-2008/filter-coverage-unidirectional';

function coverage(room: ReturnType<typeof makeRoom>) {
  const found = checkProject(makeProject([room], [], ['gb-50472-2008'])).findings.find((finding) => finding.ruleId === RULE);
  if (!found) throw new Error(`no finding of ${RULE}`);
  return found;
}

const unidirectional = (filterCoveragePct: number | null) =>
  makeRoom({ id: 'r', cleanliness: ISO(5), airflowPattern: 'unidirectional', design: { velocityMs: 0.35, filterCoveragePct } });

// GB 50472-2008 (vendor summary): vertical flow at least 60 %, horizontal flow at least 40 %.
describe('GB 50472 filter coverage', () => {
  it('passes 60 % for either direction', () => {
    const result = coverage(unidirectional(60));
    expect(result.outcome).toBe('pass');
    expect(result.required?.min).toBe(60);
  });

  it('fails 39 % for either direction', () => {
    const result = coverage(unidirectional(39));
    expect(result.outcome).toBe('fail');
    expect(result.required?.min).toBe(40);
  });

  it('cannot decide 50 % without a direction', () => {
    const result = coverage(unidirectional(50));
    expect(result.outcome).toBe('cannot-evaluate');
    expect(result.reason.code).toBe('flow-direction-missing');
    expect(describeFindingForTest(result, 'en')).toContain('meets the horizontal-flow minimum of 40 %');
  });

  it('cannot evaluate a missing coverage', () => {
    const result = coverage(unidirectional(null));
    expect(result.outcome).toBe('cannot-evaluate');
    expect(result.reason.params?.quantity).toBe('filterCoveragePct');
  });

  it('skips non-unidirectional rooms', () => {
    const result = coverage(makeRoom({ id: 'r', cleanliness: ISO(7), design: { ach: 20, filterCoveragePct: 10 } }));
    expect(result.outcome).toBe('not-applicable');
  });

  it('skips unclassified rooms', () => {
    expect(coverage(makeRoom({ id: 'r', cleanliness: UNCLASSIFIED, airflowPattern: 'unidirectional' })).outcome).toBe('not-applicable');
  });

  it('reads NaN coverage as missing', () => {
    expect(coverage(unidirectional(Number.NaN)).outcome).toBe('cannot-evaluate');
  });
});

describe('filter coverage in project files', () => {
  const sample = JSON.parse(readFileSync('public/examples/sample-gmp-cascade.cleanplan.json', 'utf8'));

  it('loads files without the field', () => {
    const result = parseProjectFile(JSON.stringify(sample), 'sample.cleanplan.json');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.project.rooms[0]?.design.filterCoveragePct).toBeUndefined();
  });

  it('keeps a stored coverage', () => {
    sample.project.rooms[0].design.filterCoveragePct = 65;
    const result = parseProjectFile(JSON.stringify(sample), 'sample.cleanplan.json');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.project.rooms[0]?.design.filterCoveragePct).toBe(65);
  });

  it('rejects a coverage above 100 %', () => {
    sample.project.rooms[0].design.filterCoveragePct = 120;
    const result = parseProjectFile(JSON.stringify(sample), 'sample.cleanplan.json');
    expect(result.ok).toBe(false);
  });
});

describe('filter coverage in CSV schedules', () => {
  const importText = (text: string) => importRoomSchedule(new TextEncoder().encode(text), 'schedule.csv', { referenceDate: '2026-01-15' });

  it('reads the English column', () => {
    const result = importText('name,class,area_m2,filter_coverage_pct\nLitho bay,ISO 5,40,65\n');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.project.rooms[0]?.design.filterCoveragePct).toBe(65);
  });

  it('reads the Chinese column', () => {
    const result = importText('房间名称,洁净级别,面积,过滤器满布率\n光刻间,5级,40,45\n');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.project.rooms[0]?.design.filterCoveragePct).toBe(45);
  });

  it('leaves the value out without the column', () => {
    const result = importText('name,class,area_m2\nLitho bay,ISO 5,40\n');
    expect(result.ok).toBe(true);
    if (result.ok) expect('filterCoveragePct' in result.project.rooms[0]!.design).toBe(false);
  });

  it('rejects a coverage above 100 %', () => {
    const result = importText('name,class,area_m2,filter_coverage_pct\nLitho bay,ISO 5,40,120\n');
    expect(result.ok).toBe(false);
  });
});
