import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serialiseCompanyRuleSet } from '../../../src/engine/company/document';
import { acmeCopy, MIN_ACH_ISO_7, withExpressionRules } from './fixtures';
import { standardFindings } from '../../support/airsideFindings';
import { runCli, type CliRun } from '../../support/cli';

/** One ISO 7 room of 20 m² × 2.7 m at 10 ACH and +15 Pa with a door outdoors. */
const SCHEDULE = 'tests/unit/cli/fixtures/low-ach.csv';
/** Each run starts tsx and loads the rule data, so allow more than the default 5 s. */
const CLI_TIMEOUT_MS = 60_000;



function writeRulesFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'cleanplan-rules-')), 'acme.rules.json');
  writeFileSync(file, text);
  return file;
}

function acmeRulesText(): string {
  return serialiseCompanyRuleSet(withExpressionRules(acmeCopy(), [MIN_ACH_ISO_7]), new Date('2026-12-04T10:00:00Z'), 'cleanplan test');
}

interface JsonFinding {
  readonly rule: string;
  readonly outcome: string;
  readonly message: string;
}

function findingsOf(run: CliRun): JsonFinding[] {
  return (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
}

describe('cleanplan check --rules', { timeout: CLI_TIMEOUT_MS }, () => {
  it('applies the company set named by --standard', async () => {
    const rules = writeRulesFile(acmeRulesText());
    const run = await runCli(['check', SCHEDULE, '--rules', rules, '--standard', 'company-acme', '--format', 'json']);
    const findings = findingsOf(run);
    const finding = findings.find((candidate) => candidate.rule === 'company-acme/min-ach-iso-7');
    expect(finding?.outcome).toBe('fail');
    expect(finding?.message).toContain('ISO 7 air changes (company minimum) requires ach >= 20; with ach = 10');
    expect(standardFindings(findings).every((finding) => finding.rule.startsWith('company-acme/'))).toBe(true);
    // Every company rule is unverified, so a failing one never gates the exit status.
    expect(run.code).toBe(0);
  });

  it('prints the company set id, edition and hash', async () => {
    const rules = writeRulesFile(acmeRulesText());
    const run = await runCli(['check', SCHEDULE, '--rules', rules, '--standard', 'company-acme', '--format', 'json']);
    const report = JSON.parse(run.stdout) as { rule_sets: { id: string; edition: string; hash: string }[] };
    const info = report.rule_sets.find((set) => set.id === 'company-acme');
    expect(info?.edition).toBe('2026');
    expect(info?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('checks the company set beside the defaults', async () => {
    const rules = writeRulesFile(acmeRulesText());
    const run = await runCli(['check', SCHEDULE, '--rules', rules, '--format', 'json']);
    const ruleIds = findingsOf(run).map((finding) => finding.rule);
    expect(ruleIds).toContain('company-acme/min-ach-iso-7');
    expect(ruleIds).toContain('gb-50073-2013/ach-non-unidirectional-min');
  });

  it('exits 2 naming the path of a bad value', async () => {
    const rules = writeRulesFile(acmeRulesText().replace('"schemaVersion": 1', '"schemaVersion": 9'));
    const run = await runCli(['check', SCHEDULE, '--rules', rules]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${rules}: $.schemaVersion: expected`);
    expect(run.stderr).toContain('found 9');
    expect(run.stdout).toBe('');
  });

  it('exits 2 naming a banned function', async () => {
    const rules = writeRulesFile(acmeRulesText().replace('"ach >= 20"', '"import({}, {})"'));
    const run = await runCli(['check', SCHEDULE, '--rules', rules], 'zh_CN.UTF-8');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('$.expressionRules[0].requirement');
    expect(run.stderr).toContain('不允许调用函数 import');
  });

  it('exits 2 for a missing rules file', async () => {
    const run = await runCli(['check', SCHEDULE, '--rules', 'no-such.rules.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no-such.rules.json: file not found');
  });
});
