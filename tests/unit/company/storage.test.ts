import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { createCompanyRuleSetStorage } from '../../../src/app/persistence/companyRuleSets';
import { serialiseCompanyRuleSet } from '../../../src/engine/company/document';
import { setEditableNumber, listEditableNumbers } from '../../../src/engine/company/thresholds';
import { acmeCopy, MIN_ACH_ISO_7, withExpressionRules } from './fixtures';

let databaseCounter = 0;

function freshStorage() {
  databaseCounter += 1;
  return createCompanyRuleSetStorage(createStore(`cleanplan-rule-sets-test-${databaseCounter}`, 'rule-sets'));
}

const SAVED_AT = new Date('2026-12-04T10:00:00Z');

describe('company rule-set storage', () => {
  it('saves and loads a set with its hash', async () => {
    const storage = freshStorage();
    const saved = await storage.save(withExpressionRules(acmeCopy(), [MIN_ACH_ISO_7]), SAVED_AT);
    const loaded = await storage.load('company-acme');
    expect(loaded?.ruleSet.info.hash).toBe(saved.ruleSet.info.hash);
    expect(loaded?.document.expressionRules).toEqual([MIN_ACH_ISO_7]);
    expect(await storage.list()).toEqual([
      { id: 'company-acme', title: saved.ruleSet.info.title, edition: '2026', hash: saved.ruleSet.info.hash, updatedAt: '2026-12-04T10:00:00.000Z' },
    ]);
  });

  it('returns null for an id not stored', async () => {
    expect(await freshStorage().load('company-none')).toBeNull();
  });

  it('replaces a set saved again under its id', async () => {
    const storage = freshStorage();
    const document = acmeCopy();
    await storage.save(document, SAVED_AT);
    const entry = listEditableNumbers(document).find((candidate) => candidate.key === 'minPa')!;
    const edited = await storage.save(setEditableNumber(document, entry.path, entry.value + 5), new Date('2026-12-05T10:00:00Z'));
    const list = await storage.list();
    expect(list).toHaveLength(1);
    expect(list[0]!.hash).toBe(edited.ruleSet.info.hash);
  });

  it('imports a valid file', async () => {
    const storage = freshStorage();
    const text = serialiseCompanyRuleSet(acmeCopy(), SAVED_AT, 'test');
    const result = await storage.importFile(text, 'acme.rules.json', SAVED_AT);
    expect(result.ok).toBe(true);
    expect((await storage.list()).map((entry) => entry.id)).toEqual(['company-acme']);
  });

  it('leaves stored sets unchanged on a failed import', async () => {
    const storage = freshStorage();
    const good = await storage.save(acmeCopy(), SAVED_AT);
    const bad = serialiseCompanyRuleSet(withExpressionRules(acmeCopy(), [{ ...MIN_ACH_ISO_7, requirement: 'x = 1' }]), SAVED_AT, 'test');
    const result = await storage.importFile(bad, 'bad.rules.json', new Date('2026-12-05T10:00:00Z'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.path).toBe('$.expressionRules[0].requirement');
    expect((await storage.load('company-acme'))?.text).toBe(good.text);
    expect((await storage.list())[0]!.updatedAt).toBe('2026-12-04T10:00:00.000Z');
  });

  it('stores nothing when a save is invalid', async () => {
    const storage = freshStorage();
    const invalid = withExpressionRules(acmeCopy(), [{ ...MIN_ACH_ISO_7, requirement: 'ach.x' }]);
    await expect(storage.save(invalid, SAVED_AT)).rejects.toThrow(/expressionRules\[0\]\.requirement/);
    expect(await storage.list()).toEqual([]);
  });
});
