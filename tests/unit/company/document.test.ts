import { describe, expect, it } from 'vitest';
import { checkProject } from '../../../src/engine/check';
import { loadCompanyRuleSet, parseCompanyRuleSetFile, RuleSetExpressionError, serialiseCompanyRuleSet } from '../../../src/engine/company/document';
import { listEditableNumbers, setEditableNumber } from '../../../src/engine/company/thresholds';
import { getRuleSets } from '../../../src/engine/rules/registry';
import { RuleDataError } from '../../../src/engine/rules/validate';
import { ISO, makeProject, makeRoom } from '../engine/fixtures';
import { acmeCopy, MIN_ACH_ISO_7, withExpressionRules } from './fixtures';

/** An ISO 7 room of 10 × 8 × 2.7 m = 216 m³ with 3 240 m³/h supply, i.e. 15 ACH. */
const iso7Room = makeRoom({ id: 'r1', cleanliness: ISO(7), design: { supplyM3h: 3240 } });

function findingOf(ruleSetData: unknown, ruleId: string, rooms = [iso7Room]) {
  const ruleSet = loadCompanyRuleSet(ruleSetData, 'acme.rules.json');
  const result = checkProject(makeProject(rooms, [], [ruleSet.info.id]), [ruleSet]);
  return result.findings.find((finding) => finding.ruleId === ruleId);
}

function rejectionOf(data: unknown): RuleDataError {
  try {
    loadCompanyRuleSet(data, 'acme.rules.json');
  } catch (error) {
    if (error instanceof RuleDataError) return error;
    throw error;
  }
  throw new Error('expected the document to be rejected');
}

describe('company rule-set copy', () => {
  it('records the source and marks rules unverified', () => {
    const document = acmeCopy();
    const source = getRuleSets(['gb-50073-2013'])[0]!.info;
    expect(document.source).toEqual({ ruleSetId: 'gb-50073-2013', edition: '2013', hash: source.hash });
    const loaded = loadCompanyRuleSet(document, 'acme.rules.json');
    expect(loaded.info.id).toBe('company-acme');
    expect(loaded.info.kind).toBe('practice');
    expect(loaded.info.edition).toBe('2026');
    expect(loaded.rules.every((rule) => !rule.verified)).toBe(true);
    expect(loaded.rules.every((rule) => rule.kind === 'practice')).toBe(true);
  });

  it('keeps the source clause in each citation', () => {
    const finding = findingOf(acmeCopy(), 'company-acme/ach-non-unidirectional-min');
    expect(finding?.citation.clause).toBe('GB 50073-2013 6.3.3, Table 6.3.3');
    expect(finding?.citation.standard).toBe('ACME design rules');
  });

  it('gives the same verdict as the source before editing', () => {
    expect(findingOf(acmeCopy(), 'company-acme/ach-non-unidirectional-min')?.outcome).toBe('pass');
  });

  it('changes the verdict after a threshold edit', () => {
    const document = acmeCopy();
    const iso7Min = listEditableNumbers(document).find((entry) => entry.owner === 'air-changes.json' && entry.key === 'min' && entry.value === 15);
    expect(iso7Min?.unit).toBe('1/h');
    const edited = setEditableNumber(document, iso7Min!.path, 18);
    const finding = findingOf(edited, 'company-acme/ach-non-unidirectional-min');
    expect(finding?.outcome).toBe('fail');
    expect(finding?.required?.min).toBe(18);
  });

  it('changes the content hash after a threshold edit', () => {
    const document = acmeCopy();
    const entry = listEditableNumbers(document).find((candidate) => candidate.key === 'minPa')!;
    const before = loadCompanyRuleSet(document, 'a').info.hash;
    const after = loadCompanyRuleSet(setEditableNumber(document, entry.path, entry.value + 1), 'a').info.hash;
    expect(after).not.toBe(before);
    expect(entry.unit).toBe('Pa');
  });

  it('rejects a path that holds no number', () => {
    expect(() => setEditableNumber(acmeCopy(), ['ruleSet', 'rules', 0, 'clause'], 3)).toThrow(/no number/);
  });
});

describe('company expression rules', () => {
  it('fails a room below the company minimum', () => {
    const finding = findingOf(withExpressionRules(acmeCopy(), [MIN_ACH_ISO_7]), 'company-acme/min-ach-iso-7');
    expect(finding?.outcome).toBe('fail');
    expect(finding?.reason.code).toBe('expression-false');
    expect(finding?.citation.clause).toBe('ACME CS-07 §4.2');
  });

  it('passes a room at the company minimum', () => {
    const room = makeRoom({ id: 'r1', cleanliness: ISO(7), design: { supplyM3h: 4320 } });
    expect(findingOf(withExpressionRules(acmeCopy(), [MIN_ACH_ISO_7]), 'company-acme/min-ach-iso-7', [room])?.outcome).toBe('pass');
  });

  it('cannot evaluate a room without supply', () => {
    const room = makeRoom({ id: 'r1', cleanliness: ISO(7) });
    const finding = findingOf(withExpressionRules(acmeCopy(), [MIN_ACH_ISO_7]), 'company-acme/min-ach-iso-7', [room]);
    expect(finding?.outcome).toBe('cannot-evaluate');
    expect(finding?.reason.params?.missing).toBe('ach');
  });

  it('cannot evaluate a room without a class', () => {
    const room = makeRoom({ id: 'r1', design: { supplyM3h: 4320 } });
    expect(findingOf(withExpressionRules(acmeCopy(), [MIN_ACH_ISO_7]), 'company-acme/min-ach-iso-7', [room])?.outcome).toBe('cannot-evaluate');
  });

  it('skips rooms the rule does not apply to', () => {
    const room = makeRoom({ id: 'r1', cleanliness: ISO(8), design: { supplyM3h: 1000 } });
    expect(findingOf(withExpressionRules(acmeCopy(), [MIN_ACH_ISO_7]), 'company-acme/min-ach-iso-7', [room])).toBeUndefined();
  });

  it('rejects a banned construct with its path', () => {
    const rule = { ...MIN_ACH_ISO_7, requirement: 'evaluate("ach > 1")' };
    let caught: unknown = null;
    try {
      loadCompanyRuleSet(withExpressionRules(acmeCopy(), [rule]), 'acme.rules.json');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RuleSetExpressionError);
    const error = caught as RuleSetExpressionError;
    expect(error.path).toBe('$.expressionRules[0].requirement');
    expect(error.expressionError.issue).toMatchObject({ code: 'function-not-allowed', name: 'evaluate' });
  });

  it('rejects an id used by a copied rule', () => {
    const rule = { ...MIN_ACH_ISO_7, id: 'fresh-air' };
    const error = rejectionOf(withExpressionRules(acmeCopy(), [rule]));
    expect(error.path).toBe('$.expressionRules[0].id');
  });
});

describe('company rule-set file', () => {
  it('round-trips through its text', () => {
    const document = withExpressionRules(acmeCopy(), [MIN_ACH_ISO_7]);
    const text = serialiseCompanyRuleSet(document, new Date('2026-12-04T10:00:00Z'), 'cleanplan test');
    const parsed = parseCompanyRuleSetFile(text, 'acme.rules.json');
    expect(parsed.document.savedAt).toBe('2026-12-04T10:00:00.000Z');
    expect(parsed.document.expressionRules).toEqual([MIN_ACH_ISO_7]);
    expect(parsed.ruleSet.info.hash).toBe(loadCompanyRuleSet(document, 'x').info.hash);
  });

  it('rejects text that is not JSON', () => {
    expect(() => parseCompanyRuleSetFile('{ nope', 'bad.rules.json')).toThrow(/bad\.rules\.json: \$: expected a JSON document/);
  });

  it('rejects another format name', () => {
    const error = rejectionOf({ ...acmeCopy(), format: 'cleanplan-project' });
    expect(error.path).toBe('$.format');
    expect(error.found).toBe('"cleanplan-project"');
  });

  it('rejects an unknown key', () => {
    expect(rejectionOf({ ...acmeCopy(), extra: 1 }).path).toBe('$.extra');
  });

  it('names the path of a bad rule value', () => {
    const document = acmeCopy();
    const rules = [...(document.ruleSet.rules as Record<string, unknown>[])];
    rules[3] = { ...rules[3], minPa: '5 Pa' };
    const error = rejectionOf({ ...document, ruleSet: { ...document.ruleSet, rules } });
    expect(error.path).toBe('$.ruleSet.rules[3].minPa');
    expect(error.found).toBe('"5 Pa"');
  });

  it('names the path of a bad table value', () => {
    const document = acmeCopy();
    const table = document.tables['air-changes.json'] as { rows: Record<string, unknown>[] };
    const rows = table.rows.map((row, index) => (index === 1 ? { ...row, min: -3 } : row));
    const error = rejectionOf({ ...document, tables: { 'air-changes.json': { ...table, rows } } });
    expect(error.path).toBe('$.tables.air-changes.json.rows[1].min');
  });

  it('rejects an id without the company prefix', () => {
    const document = acmeCopy();
    const error = rejectionOf({ ...document, ruleSet: { ...document.ruleSet, id: 'gb-50073-2013' } });
    expect(error.path).toBe('$.ruleSet.id');
    expect(error.expected).toMatch(/company-/);
  });

  it('rejects a table no rule names', () => {
    const document = acmeCopy();
    expect(rejectionOf({ ...document, tables: { ...document.tables, 'spare.json': {} } }).path).toBe('$.tables.spare.json');
  });
});
