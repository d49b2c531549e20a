import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { standardFindings } from '../../support/airsideFindings';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SAMPLE = 'public/examples/sample-gmp-cascade.cleanplan.json';
const CSV = 'public/examples/five-room-cascade.csv';
/** Each run starts tsx and loads the rule data, so allow more than the default 5 s. */
const CLI_TIMEOUT_MS = 60_000;

interface Finding {
  readonly rule: string;
  readonly outcome: string;
  readonly kind: string;
  readonly standard: string;
  readonly verified: boolean;
}

interface Report {
  readonly rule_sets: { id: string; edition: string; hash: string }[];
  readonly findings: Finding[];
}

/** Runs `cleanplan check FILE --format json ARGS` and parses the report. */
function checkJson(file: string, ...args: string[]): Promise<{ code: number; report: Report }> {
  const env = { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '' };
  return new Promise((resolve, reject) => {
    execFile(TSX, ['src/cli/main.ts', 'check', file, '--format', 'json', ...args], { cwd: ROOT, env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      let code = 0;
      if (error) code = typeof error.code === 'number' ? error.code : -1;
      if (!stdout) return reject(new Error(`no report, exit ${code}: ${stderr}`));
      resolve({ code, report: JSON.parse(stdout) as Report });
    });
  });
}

describe('cleanplan check --standard', { timeout: CLI_TIMEOUT_MS }, () => {
  it('prints the chosen edition', async () => {
    const { report } = await checkJson(SAMPLE, '--standard', 'gb-50457-2008');
    expect(report.rule_sets.map((set) => [set.id, set.edition])).toEqual([['gb-50457-2008', '2008']]);
    expect(report.rule_sets[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(standardFindings(report.findings).length).toBeGreaterThan(0);
    for (const finding of standardFindings(report.findings)) expect(finding.standard).toBe('GB 50457-2008');
  });

  it('checks the sample against Annex 1 2022', async () => {
    const { code, report } = await checkJson(SAMPLE, '--standard', 'eu-gmp-annex1-2022');
    const steps = report.findings.filter((finding) => finding.rule === 'eu-gmp-annex1-2022/dp-between-grades');
    expect(code).toBe(0);
    expect(steps.map((finding) => finding.outcome)).toContain('pass');
  });

  it('keeps practice failures from the exit status', async () => {
    const { code, report } = await checkJson(CSV, '--standard', 'practice-iest-ach', '--standard', 'gb-14881-2013');
    const failures = standardFindings(report.findings).filter((finding) => finding.outcome === 'fail');
    expect(report.rule_sets.map((set) => set.id)).toEqual(['practice-iest-ach', 'gb-14881-2013']);
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.every((finding) => finding.rule.startsWith('practice-iest-ach/'))).toBe(true);
    // The air side's own failures are practice too, so they leave the exit status alone as well.
    const airsideFailures = report.findings.filter((finding) => finding.outcome === 'fail' && !failures.includes(finding));
    expect(airsideFailures.every((finding) => finding.kind === 'practice')).toBe(true);
    expect(code).toBe(0);
  });

  it('marks unverified findings in JSON', async () => {
    const { report } = await checkJson(SAMPLE, '--standard', 'gb-50457-2019');
    const step = report.findings.find((finding) => finding.rule === 'gb-50457-2019/dp-between-grades');
    expect(step?.verified).toBe(false);
  });
});
