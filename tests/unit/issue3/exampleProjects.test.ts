import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

interface JsonFinding {
  readonly rule: string;
  readonly outcome: string;
  readonly room: string | null;
  readonly standard: string | null;
  readonly clause: string | null;
  readonly message: string;
}

interface JsonReport {
  readonly rooms: readonly { readonly name: string; readonly iso_class: number | null }[];
  readonly findings: readonly JsonFinding[];
}

/** Runs the command the examples README gives and parses its JSON report; exit status 1 only marks failing findings. */
function checkExample(file: string): Promise<JsonReport> {
  return new Promise((resolve, reject) => {
    const args = ['run', '--silent', 'cleanplan', '--', 'check', `public/examples/${file}`, '--format', 'json'];
    execFile('npm', args, { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error !== null && error.code !== 1) {
        reject(new Error(`cleanplan check ${file} failed with ${String(error.code)}: ${stderr}`));
        return;
      }
      resolve(JSON.parse(stdout) as JsonReport);
    });
  });
}

function findingOf(report: JsonReport, rule: string, room: string): JsonFinding {
  const matches = report.findings.filter((finding) => finding.rule === rule && finding.room === room);
  expect(matches, `${rule} for ${room}`).toHaveLength(1);
  return matches[0]!;
}

const EXAMPLES = [
  { file: 'hospital-or-suite.cleanplan.json', standards: ['GB 50333-2013', 'GB 50073-2013'] },
  { file: 'sterile-pharma-suite.cleanplan.json', standards: ['EU GMP Annex 1 2022', 'China GMP 2010', 'GB 50457-2019'] },
  { file: 'bsl3-lab.cleanplan.json', standards: ['GB 50346-2011', 'GB 50073-2013'] },
] as const;

describe('example projects through the CLI', () => {
  it.each(EXAMPLES)('$file cites every finding', async ({ file, standards }) => {
    const report = await checkExample(file);
    expect(report.findings.length).toBeGreaterThan(0);
    for (const finding of report.findings) {
      expect(finding.standard, `${finding.rule} has no standard`).toBeTruthy();
      expect(finding.clause, `${finding.rule} has no clause`).toBeTruthy();
    }
    const cited = new Set(report.findings.map((finding) => finding.standard));
    for (const standard of standards) expect(cited).toContain(standard);
  }, 60_000);

  it('hospital suite derives ISO 7 for OR 2', async () => {
    const report = await checkExample('hospital-or-suite.cleanplan.json');
    const or2 = report.rooms.find((room) => room.name === 'OR 2 (class II)');
    expect(or2?.iso_class).toBe(7);
    const achMin = findingOf(report, 'gb-50073-2013/ach-non-unidirectional-min', 'OR 2 (class II)');
    expect(achMin.outcome).toBe('pass');
    expect(achMin.message).toContain('periphery class, ISO Class 7 (GB 50333-2013 Table 3.0.3)');
  }, 60_000);

  it('hospital suite flags 18 ACH over ISO 8 range', async () => {
    const report = await checkExample('hospital-or-suite.cleanplan.json');
    const achMax = findingOf(report, 'gb-50073-2013/ach-non-unidirectional-max', 'OR 3 (class III)');
    expect(achMax.outcome).toBe('fail');
  }, 60_000);

  it('BSL-3 main lab passes at -45 Pa', async () => {
    const report = await checkExample('bsl3-lab.cleanplan.json');
    const pressure = findingOf(report, 'gb-50346-2011/pressure-to-atmosphere', 'Main laboratory (BSL-3 b1)');
    expect(pressure.outcome).toBe('pass');
  }, 60_000);
});
