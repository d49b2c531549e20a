import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalJson, getRuleSets, listRuleSets, loadRuleSet, RuleDataError, UnknownRuleSetError } from '../../../src/engine/index';
import { RULE_SET_SOURCES } from '../../../src/engine/rules/registry';
import type { RuleSetSource } from '../../../src/engine/rules/load';

const gbSource = RULE_SET_SOURCES.find((source) => source.folder === 'rules/gb-50073-2013')!;

/** Copies the GB 50073 source with `ruleset.json` changed by `edit`. */
function withRuleSet(edit: (data: any) => void): RuleSetSource {
  const data = structuredClone(gbSource.files['ruleset.json']!.data);
  edit(data);
  return { ...gbSource, files: { ...gbSource.files, 'ruleset.json': { ...gbSource.files['ruleset.json']!, data } } };
}

function loadError(source: RuleSetSource): RuleDataError {
  try {
    loadRuleSet(source);
  } catch (error) {
    if (error instanceof RuleDataError) return error;
    throw error;
  }
  throw new Error('expected the rule set to be rejected');
}

describe('loadRuleSet', () => {
  it('loads every shipped rule set', () => {
    expect(listRuleSets().map((info) => info.id)).toEqual([
      'iso-14644-1-2015', 'gb-50073-2013', 'china-gmp-2010',
      'iso-14644-1-1999', 'eu-gmp-annex1-2022', 'eu-gmp-annex1-2008', 'gb-50457-2019', 'gb-50457-2008', 'gb-14881-2013', 'gb-50687-2011', 'gb-50472-2008', 'practice-iest-ach', 'practice-contractor',
      'suite-layout-practice',
      'gb-50333-2013', 'gb-50333-2002', 'gb-50346-2011',
    ]);
  });

  it('rejects an unknown key with file, path and key', () => {
    const error = loadError(withRuleSet((data) => (data.rules[0].minimum = 15)));
    expect(error.file).toBe('rules/gb-50073-2013/ruleset.json');
    expect(error.path).toBe('$.rules[0].minimum');
    expect(error.found).toContain('minimum');
  });

  it('rejects a wrong value type with the found value', () => {
    const error = loadError(withRuleSet((data) => (data.rules[3].minPa = '5 Pa')));
    expect(error.path).toBe('$.rules[3].minPa');
    expect(error.found).toBe('"5 Pa"');
    expect(error.message).toContain('rules/gb-50073-2013/ruleset.json: $.rules[3].minPa: expected');
  });

  it('rejects an unknown check or kind', () => {
    expect(loadError(withRuleSet((data) => (data.rules[0].check = 'room-minimum'))).path).toBe('$.rules[0].check');
    expect(loadError(withRuleSet((data) => (data.rules[0].kind = 'required'))).path).toBe('$.rules[0].kind');
  });

  it('rejects a missing label translation', () => {
    const error = loadError(withRuleSet((data) => delete data.rules[1].label['zh-CN']));
    expect(error.path).toBe('$.rules[1].label.zh-CN');
    expect(error.found).toContain('missing');
  });

  it('rejects a table file that does not exist', () => {
    const error = loadError(withRuleSet((data) => (data.rules[0].table = 'air-change.json')));
    expect(error.path).toBe('$.rules[0].table');
    expect(error.expected).toContain('air-changes.json');
  });

  it('rejects duplicate rule ids and an id that does not match the folder', () => {
    expect(loadError(withRuleSet((data) => (data.rules[1].id = data.rules[0].id))).path).toBe('$.rules[1].id');
    expect(loadError(withRuleSet((data) => (data.id = 'gb-50073-2001'))).path).toBe('$.id');
  });

  it('accepts an unverified mandatory rule', () => {
    const loaded = loadRuleSet(withRuleSet((data) => (data.rules[0].verified = false)));
    expect(loaded.rules[0]!.kind).toBe('mandatory');
    expect(loaded.rules[0]!.verified).toBe(false);
  });

  it('rejects a malformed table file', () => {
    const table = structuredClone(gbSource.files['air-changes.json']!.data) as any;
    table.rows[1].min = -15;
    const source = { ...gbSource, files: { ...gbSource.files, 'air-changes.json': { ...gbSource.files['air-changes.json']!, data: table } } };
    const error = loadError(source);
    expect(error.file).toBe('rules/gb-50073-2013/air-changes.json');
    expect(error.path).toBe('$.rows[1].min');
    expect(error.found).toBe('-15');
  });
});

describe('getRuleSets', () => {
  it('returns sets in the order asked', () => {
    expect(getRuleSets(['gb-50073-2013', 'iso-14644-1-2015']).map((set) => set.info.id)).toEqual(['gb-50073-2013', 'iso-14644-1-2015']);
  });

  it('names the unknown id and the valid ones', () => {
    expect(() => getRuleSets(['gb-50073-2001'])).toThrow(UnknownRuleSetError);
    expect(() => getRuleSets(['gb-50073-2001'])).toThrow(/"gb-50073-2001".*iso-14644-1-2015, gb-50073-2013, china-gmp-2010/);
  });
});

describe('rule-set content hash', () => {
  it('is the SHA-256 of the canonical JSON of the files on disk', () => {
    // Recomputed here with node:crypto from the files as stored, independent of @noble/hashes.
    const files = {
      'ruleset.json': JSON.parse(readFileSync('rules/gb-50073-2013/ruleset.json', 'utf8')),
      'air-changes.json': JSON.parse(readFileSync('rules/gb-50073-2013/air-changes.json', 'utf8')),
      '../class-crosswalk.json': JSON.parse(readFileSync('rules/class-crosswalk.json', 'utf8')),
    };
    const expected = createHash('sha256').update(canonicalJson(files), 'utf8').digest('hex');
    const info = listRuleSets().find((set) => set.id === 'gb-50073-2013')!;
    expect(info.hash).toBe(expected);
    expect(info.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes when a value changes', () => {
    const changed = loadRuleSet(withRuleSet((data) => (data.rules[3].minPa = 6)));
    const original = listRuleSets().find((set) => set.id === 'gb-50073-2013')!;
    expect(changed.info.hash).not.toBe(original.hash);
  });

  it('covers the class crosswalk', () => {
    const withoutCrosswalk = loadRuleSet({ ...gbSource, sharedFiles: {} });
    const original = listRuleSets().find((set) => set.id === 'gb-50073-2013')!;
    expect(withoutCrosswalk.info.hash).not.toBe(original.hash);
  });

  it('does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 'x' }] })).toBe('{"a":[{"c":"x","d":2}],"b":1}');
  });
});

describe('RULE_SET_SOURCES', () => {
  it('registers every rule-set folder and its files', () => {
    const folders = readdirSync('rules', { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && readdirSync(`rules/${entry.name}`).includes('ruleset.json'))
      .map((entry) => entry.name);
    for (const folder of folders) {
      const source = RULE_SET_SOURCES.find((candidate) => candidate.folder === `rules/${folder}`);
      expect(source, `rules/${folder} is not in RULE_SET_SOURCES`).toBeDefined();
      const jsonFiles = readdirSync(`rules/${folder}`).filter((name) => name.endsWith('.json')).sort();
      expect(Object.keys(source!.files).sort()).toEqual(jsonFiles);
    }
  });
});
