import { designationWithEdition } from '../rules/designation';
import { RULE_SET_SOURCES, UnknownRuleSetError, getRuleSets } from '../rules/registry';
import type { RuleSetKind } from '../rules/types';
import type { CompanyRuleSetDocument } from './document';
import { COMPANY_ID_PREFIX, RULE_SET_FILE_FORMAT, RULE_SET_FILE_SCHEMA_VERSION } from './fileSchema';

export interface CopyOptions {
  /** Slug after `company-`, e.g. `acme` for `company-acme`. */
  readonly slug: string;
  /** Name printed where a shipped set prints its standard, e.g. `ACME design rules`. */
  readonly standard: string;
  readonly title: { readonly en: string; readonly 'zh-CN': string };
  /** Four-digit year of this company revision. */
  readonly edition: string;
  /** Date (`YYYY-MM-DD`) the company rules apply from; also their publication date. */
  readonly effectiveDate: string;
  /** `practice` unless the company states that the set restates a standard. */
  readonly kind?: RuleSetKind;
  /** Date written as `lastChecked` on every copied rule. */
  readonly today: string;
}

type JsonRecord = Record<string, unknown>;

function shippedRuleSetFiles(sourceId: string): Readonly<Record<string, { readonly data: unknown }>> {
  const source = RULE_SET_SOURCES.find((candidate) => candidate.folder === `rules/${sourceId}`);
  if (source === undefined) throw new UnknownRuleSetError(sourceId, RULE_SET_SOURCES.map((candidate) => candidate.folder.replace('rules/', '')));
  return source.files;
}

function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * Rewrites one copied rule: unverified, kind `practice` in a practice set, and the clause prefixed
 * with the source designation so that every finding still names the clause the figure came from.
 */
function adaptRule(rule: JsonRecord, sourceDesignation: string, kind: RuleSetKind, today: string): JsonRecord {
  const adapted: JsonRecord = { ...rule, clause: `${sourceDesignation} ${String(rule.clause)}`, verified: false, lastChecked: today };
  if (kind === 'practice') adapted.kind = 'practice';
  return adapted;
}

/**
 * Copies a shipped rule set into a company rule-set document with a new id (`company-<slug>`).
 * Every rule is marked unverified, so that no edited figure gates the command line's exit status,
 * and the source's id, edition and content hash are recorded. Only the table files that the rules
 * name are copied. Throws UnknownRuleSetError for an id that is not shipped.
 */
export function copyRuleSet(sourceId: string, options: CopyOptions): CompanyRuleSetDocument {
  const files = shippedRuleSetFiles(sourceId);
  const sourceInfo = getRuleSets([sourceId])[0]!.info;
  const original = cloneJson(files['ruleset.json']!.data) as JsonRecord;
  const kind = options.kind ?? 'practice';
  const sourceDesignation = designationWithEdition(sourceInfo.standard, sourceInfo.edition);

  const rules = (original.rules as JsonRecord[]).map((rule) => adaptRule(rule, sourceDesignation, kind, options.today));
  const tables: JsonRecord = {};
  for (const rule of rules) {
    if (typeof rule.table !== 'string') continue;
    const table = cloneJson(files[rule.table]!.data) as JsonRecord;
    tables[rule.table] = { ...table, verified: false, lastChecked: options.today };
  }

  const ruleSet: JsonRecord = {
    id: `${COMPANY_ID_PREFIX}${options.slug}`,
    standard: options.standard,
    title: { en: options.title.en, 'zh-CN': options.title['zh-CN'] },
    edition: options.edition,
    publicationDate: options.effectiveDate,
    effectiveDate: options.effectiveDate,
    datesVerified: false,
    kind,
    rules,
  };
  return {
    format: RULE_SET_FILE_FORMAT,
    schemaVersion: RULE_SET_FILE_SCHEMA_VERSION,
    source: { ruleSetId: sourceInfo.id, edition: sourceInfo.edition, hash: sourceInfo.hash },
    ruleSet,
    tables,
    expressionRules: [],
  };
}
