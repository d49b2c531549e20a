import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { standardFindings } from '../../support/airsideFindings';
import { runCli } from '../../support/cli';

const FIXTURES = 'tests/unit/cli/fixtures';
const EXAMPLES = 'public/examples';
/** Each run starts tsx and loads the rule data, so allow more than the default 5 s. */
const CLI_TIMEOUT_MS = 60_000;



async function checkJson(file: string, ...extra: string[]) {
  const run = await runCli(['check', file, '--format', 'json', ...extra]);
  return { run, report: run.stdout ? JSON.parse(run.stdout) : null };
}

describe('cleanplan usage', { timeout: CLI_TIMEOUT_MS }, () => {
  it('prints help in English', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('cleanplan check FILE');
    expect(run.stdout).toContain('iso-14644-1-2015, gb-50073-2013, china-gmp-2010');
  });

  it('prints help in Chinese under LANG=zh', async () => {
    const run = await runCli(['--help'], 'zh_CN.UTF-8');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('用法：');
  });

  it('rejects a missing command', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('missing command: expected check, datasheet or iso14644.');
    expect(run.stderr).toContain('cleanplan --help');
  });

  it('rejects an unknown option', async () => {
    const run = await runCli(['check', 'x.csv', '--colour'], 'zh_CN.UTF-8');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('参数无效：未知选项 --colour');
  });

  it('rejects an invalid --lang', async () => {
    const run = await runCli(['check', 'x.csv', '--lang', 'fr']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('invalid --lang "fr": expected zh-CN or en.');
  });

  it('rejects a missing file', async () => {
    const run = await runCli(['check', 'no-such-file.csv']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no-such-file.csv: file not found.');
  });
});

describe('cleanplan check JSON', { timeout: CLI_TIMEOUT_MS }, () => {
  it('has the documented shape', async () => {
    const { run, report } = await checkJson(`${EXAMPLES}/or-suite-gb50333.csv`);
    expect(run.code).toBe(0);
    expect(Object.keys(report)).toEqual(['rule_sets', 'rooms', 'doors', 'findings', 'summary']);
    expect(report.rule_sets.map((set: { id: string }) => set.id)).toEqual(['iso-14644-1-2015', 'gb-50073-2013']);
    for (const set of report.rule_sets) {
      expect(Object.keys(set)).toEqual(['id', 'edition', 'hash']);
      expect(set.hash).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(Object.keys(report.rooms[0])).toEqual([
      'name', 'area_m2', 'height_m', 'volume_m3', 'iso_class', 'grade', 'supply_m3h', 'ach', 'pressure_pa', 'sampling_locations',
      'offset_m3h', 'governing', 'required_supply_m3h', 'network_pressure_pa',
    ]);
    expect(Object.keys(report.doors[0])).toEqual(['from', 'to', 'leakage_area_m2', 'dp_pa', 'flow_m3h']);
    expect(Object.keys(report.findings[0]).slice(0, 10)).toEqual([
      'rule', 'outcome', 'kind', 'room', 'other_room', 'standard', 'clause', 'required', 'actual', 'message',
    ]);
    expect(Object.keys(report.summary)).toEqual(['pass', 'fail', 'cannot_evaluate', 'not_applicable']);
  });

  it('derives the operating-room figures', async () => {
    // GB 50333-2013 Table 4.0.1 minimum air changes applied to a 6.0 × 5.4 × 3.0 m room.
    const { report } = await checkJson(`${EXAMPLES}/or-suite-gb50333.csv`);
    const orII = report.rooms.find((room: { name: string }) => room.name === 'OR II');
    expect(orII).toMatchObject({
      name: 'OR II',
      area_m2: 32.4,
      height_m: 3,
      volume_m3: 97.2,
      iso_class: 7,
      grade: null,
      supply_m3h: 2332.8,
      ach: 24,
      pressure_pa: 25,
      sampling_locations: 9,
    });
  });

  it('summary counts every finding', async () => {
    const { report } = await checkJson(`${EXAMPLES}/or-suite-gb50333.csv`);
    const outcomes = report.findings.map((finding: { outcome: string }) => finding.outcome);
    expect(report.summary.pass).toBe(outcomes.filter((outcome: string) => outcome === 'pass').length);
    expect(report.summary.fail).toBe(outcomes.filter((outcome: string) => outcome === 'fail').length);
    expect(report.summary.cannot_evaluate).toBe(outcomes.filter((outcome: string) => outcome === 'cannot_evaluate').length);
    expect(report.summary.not_applicable).toBe(outcomes.filter((outcome: string) => outcome === 'not_applicable').length);
  });

  it('names outdoors and the standard', async () => {
    const { report } = await checkJson(`${EXAMPLES}/or-suite-gb50333.csv`);
    const outdoors = report.findings.find(
      (finding: { rule: string; room: string }) => finding.rule === 'gb-50073-2013/dp-clean-outdoors' && finding.room === 'Clean corridor',
    );
    expect(outdoors).toMatchObject({
      outcome: 'pass',
      kind: 'mandatory',
      other_room: 'outside',
      standard: 'GB 50073-2013',
      required: '≥ 10 Pa',
      actual: 15,
      required_min: 10,
      unit: 'Pa',
      verified: true,
    });
  });

  it('exits 1 on a too-low air change rate', async () => {
    const { run, report } = await checkJson(`${FIXTURES}/low-ach.csv`);
    expect(run.code).toBe(1);
    const finding = report.findings.find((candidate: { rule: string }) => candidate.rule === 'gb-50073-2013/ach-non-unidirectional-min');
    expect(finding).toMatchObject({ outcome: 'fail', kind: 'mandatory', room: 'Fill room', required: '≥ 15 h⁻¹', actual: 10 });
    expect(finding.message).toContain('Fill room');
  });

  it('writes messages in Chinese', async () => {
    const { report } = await checkJson(`${FIXTURES}/low-ach.csv`, '--lang', 'zh-CN');
    const finding = report.findings.find((candidate: { rule: string }) => candidate.rule === 'gb-50073-2013/ach-non-unidirectional-min');
    expect(finding.required).toBe('≥ 15 次/h');
    expect(finding.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('checks the lab suite without areas', async () => {
    const { run, report } = await checkJson(`${EXAMPLES}/lab-suite-zh.csv`);
    expect(run.code).toBe(0);
    expect(report.rooms).toHaveLength(7);
    const totalSupply = report.rooms.reduce((sum: number, room: { supply_m3h: number | null }) => sum + (room.supply_m3h ?? 0), 0);
    expect(totalSupply).toBe(3760);
    for (const room of report.rooms) {
      expect(room.area_m2).toBeNull();
      expect(room.ach).toBeNull();
    }
    const achFindings = report.findings.filter((finding: { rule: string }) => finding.rule.startsWith('gb-50073-2013/ach-'));
    expect(achFindings.length).toBeGreaterThan(0);
    for (const finding of achFindings) expect(finding.outcome).toBe('cannot_evaluate');
  });

  it('loads 100K, NC and repeated names', async () => {
    const { run, report } = await checkJson(`${FIXTURES}/real-schedule.csv`);
    expect(run.code).toBe(0);
    expect(report.rooms.map((room: { name: string }) => room.name)).toEqual(['Warehouse', 'Warehouse', 'Office']);
    expect(report.rooms[0].iso_class).toBe(8);
    expect(report.rooms[2].iso_class).toBeNull();
  });

  it.each(['two-rooms-gbk.csv', 'two-rooms-bom.csv'])('reads %s', async (fixture) => {
    const { run, report } = await checkJson(`${FIXTURES}/${fixture}`);
    expect(run.code).toBe(0);
    expect(report.rooms.map((room: { name: string }) => room.name)).toEqual(['一更', '二更']);
    expect(report.rooms[0]).toMatchObject({ area_m2: 6, height_m: 2.6, volume_m3: 15.6, iso_class: 8, ach: 12, supply_m3h: 187.2 });
  });

  it('checks a project file', async () => {
    const { run, report } = await checkJson(`${EXAMPLES}/or-suite-gb50333.cleanplan.json`);
    expect(run.code).toBe(0);
    expect(report.rooms.map((room: { name: string }) => room.name)).toEqual(['Clean corridor', 'OR II', 'OR III', 'OR IV']);
  });

  it('uses --standard over the project', async () => {
    const { report } = await checkJson(`${EXAMPLES}/or-suite-gb50333.cleanplan.json`, '--standard', 'china-gmp-2010');
    expect(report.rule_sets.map((set: { id: string }) => set.id)).toEqual(['china-gmp-2010']);
    expect(standardFindings(report.findings).length).toBeGreaterThan(0);
    for (const finding of standardFindings(report.findings)) expect(finding.rule.startsWith('china-gmp-2010/')).toBe(true);
  });

  it('rejects an unknown --standard', async () => {
    const run = await runCli(['check', `${EXAMPLES}/or-suite-gb50333.csv`, '--standard', 'gb-50073-2014']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('invalid --standard "gb-50073-2014": expected one of iso-14644-1-2015, gb-50073-2013, china-gmp-2010, iso-14644-1-1999, eu-gmp-annex1-2022, eu-gmp-annex1-2008, gb-50457-2019, gb-50457-2008, gb-14881-2013, gb-50687-2011, gb-50472-2008, practice-iest-ach, practice-contractor, suite-layout-practice, gb-50333-2013, gb-50333-2002, gb-50346-2011.');
  });
});

describe('cleanplan check input errors', { timeout: CLI_TIMEOUT_MS }, () => {
  it.each([
    ['bad-number.csv', 'bad-number.csv, row 2, column area_m2: expected a number greater than 0 (m²), found "12,5"; use a decimal point (12.5, not 12,5).'],
    ['unknown-class.csv', 'unknown-class.csv, row 2, column 洁净级别: expected a cleanliness class, found "百万级"; write one of ISO 1 to 9'],
    ['missing-name-column.csv', 'missing-name-column.csv, row 1: expected a column named name or 房间名称, found "room_label, area_m2"'],
    ['connects-unknown.csv', 'connects-unknown.csv, row 2, column connects_to: expected names of rooms in this file, or outside, found "Coridor"'],
    ['connects-ambiguous.csv', 'connects-ambiguous.csv, row 4, column connects_to: expected a name that identifies one room, found "Corridor"; rows 2, 3 are all named "Corridor"'],
  ])('reports %s', async (fixture, message) => {
    const run = await runCli(['check', `${FIXTURES}/${fixture}`]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('nothing was checked');
  });

  it('reports errors in Chinese', async () => {
    const run = await runCli(['check', `${FIXTURES}/bad-number.csv`, '--lang', 'zh-CN']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('bad-number.csv，第 2 行，列“area_m2”：应为大于 0 的数值（m²），实为“12,5”；请使用小数点（12.5，而非 12,5）。');
  });

  it('reports an unknown rule set in a project', async () => {
    const run = await runCli(['check', `${FIXTURES}/unknown-rule-set.cleanplan.json`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'unknown-rule-set.cleanplan.json: project.ruleSetIds names the unknown rule set "eu-gmp-2022": expected one of iso-14644-1-2015, gb-50073-2013, china-gmp-2010, iso-14644-1-1999, eu-gmp-annex1-2022, eu-gmp-annex1-2008, gb-50457-2019, gb-50457-2008, gb-14881-2013, gb-50687-2011, gb-50472-2008, practice-iest-ach, practice-contractor, suite-layout-practice, gb-50333-2013, gb-50333-2002, gb-50346-2011.',
    );
  });

  it('hints at .csv for a schedule named .txt', async () => {
    const run = await runCli(['check', `${FIXTURES}/schedule-named.txt`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('schedule-named.txt: expected valid JSON');
    expect(run.stderr).toContain('only when the name ends in .csv');
    expect(run.stderr).toContain('schedule-named.txt: 1 error(s); nothing was checked.');
  });

  it('reports a bad project file path', async () => {
    const run = await runCli(['check', `${FIXTURES}/bad-project.cleanplan.json`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('project.rooms[0].design.pressurePa: expected a number or null, found "12,5"');
  });
});

describe('cleanplan check text', { timeout: CLI_TIMEOUT_MS }, () => {
  it('lists failures before passes', async () => {
    const run = await runCli(['check', `${FIXTURES}/low-ach.csv`]);
    expect(run.code).toBe(1);
    const failed = run.stdout.indexOf('Failed (');
    const passed = run.stdout.indexOf('Passed (');
    expect(failed).toBeGreaterThan(-1);
    expect(passed).toBeGreaterThan(failed);
    expect(run.stdout).toContain('required: ≥ 15 h⁻¹; actual: 10 h⁻¹; Mandatory provision; GB 50073-2013 6.3.3');
    expect(run.stdout).toContain('verified mandatory requirement(s) fail');
  });

  it('tells repeated names apart', async () => {
    const run = await runCli(['check', `${FIXTURES}/real-schedule.csv`]);
    expect(run.stdout).toContain('Warehouse [row-2]');
    expect(run.stdout).toContain('Warehouse [row-3]');
  });

  it('follows LANG=zh', async () => {
    const run = await runCli(['check', `${EXAMPLES}/lab-suite-zh.csv`], 'zh_CN.UTF-8');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('房间表');
    expect(run.stdout).toContain('洁净走廊');
    expect(run.stdout).toContain('汇总：');
  });
});

describe('cleanplan iso14644', { timeout: CLI_TIMEOUT_MS }, () => {
  it('prints ISO 5 with sampling locations', async () => {
    // ISO 14644-1:2015 Table 1 row for ISO Class 5, and Table A.1 for 32.4 m² (up to 36 m²: 9).
    const run = await runCli(['iso14644', '--class', '5', '--area', '32.4', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      class: 5,
      limits: { '0.1': 100000, '0.2': 23700, '0.3': 10200, '0.5': 3520, '1': 832, '5': null },
      sampling_locations: 9,
    });
    expect(run.stdout.indexOf('"0.1"')).toBeLessThan(run.stdout.indexOf('"5"'));
  });

  it('prints null sampling without area', async () => {
    const run = await runCli(['iso14644', '--class', '8', '--format', 'json']);
    expect(JSON.parse(run.stdout)).toEqual({
      class: 8,
      limits: { '0.1': null, '0.2': null, '0.3': null, '0.5': 3520000, '1': 832000, '5': 29300 },
      sampling_locations: null,
    });
  });

  it('prints a text table', async () => {
    const run = await runCli(['iso14644', '--class', '7']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('ISO Class 7');
    expect(run.stdout).toContain('352,000');
    expect(run.stdout).toContain('n/a');
  });

  it.each(['10', '0', 'abc', '7.25'])('rejects class %s', async (value) => {
    const run = await runCli(['iso14644', '--class', value]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`invalid --class "${value}": expected an ISO class from 1 to 9 in steps of 0.1`);
  });

  it.each(['--area=-5', '--area=0', '--area=12,5'])('rejects %s', async (option) => {
    const run = await runCli(['iso14644', '--class', '7', option]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`invalid --area "${option.slice('--area='.length)}"`);
  });
});

describe('cleanplan check --pdf', { timeout: CLI_TIMEOUT_MS }, () => {
  it('writes a PDF with Chinese text', async () => {
    const output = join(mkdtempSync(join(tmpdir(), 'cleanplan-cli-')), 'lab.pdf');
    const run = await runCli(['check', `${EXAMPLES}/lab-suite-zh.csv`, '--lang', 'zh-CN', '--pdf', output]);
    expect(run.code).toBe(0);
    expect(existsSync(output)).toBe(true);
    expect(readFileSync(output).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(run.stderr).toContain('已写出 PDF');

    const text = await new Promise<string>((resolve, reject) => {
      execFile('pdftotext', [output, '-'], (error, stdout) => (error ? reject(error) : resolve(stdout)));
    });
    expect(text).toContain('洁净走廊');
    expect(text).toContain('测试间一');
  });

  it('warns about a character the font lacks', async () => {
    // 堃 (U+5803) is a personal-name character outside the GB2312 subset the report embeds.
    const output = join(mkdtempSync(join(tmpdir(), 'cleanplan-cli-')), 'glyph.pdf');
    const run = await runCli(['check', `${FIXTURES}/missing-glyph.csv`, '--pdf', output]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('warning: the PDF font has no glyph for 堃 (U+5803) in the room name "堃的洁净室"; the report prints [U+5803] in its place.');
    expect(existsSync(output)).toBe(true);
  });
});
