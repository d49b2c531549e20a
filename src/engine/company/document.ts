import type { RuleInfo } from '../rules/types';
import type { RuleHeader } from '../checks/types';
import { contentHash } from '../rules/hash';
import { loadRuleSet, type LoadedRuleSet, type RuleFileSource, type RuleSetSource } from '../rules/load';
import { classTableSchema, isoTableA1Schema, ruleSetSchema } from '../rules/schema';
import { RuleDataError, parseStrict } from '../rules/validate';
import { compileExpressionRule, ExpressionRuleError, type ExpressionRuleData } from './expressionRule';
import { COMPANY_ID_PREFIX, ruleSetFileSchema, type RuleSetFileData } from './fileSchema';

/** A company rule set as stored and exported; `ruleSet` has the shape of a shipped `ruleset.json`. */
export type CompanyRuleSetDocument = RuleSetFileData;

/** An expression that failed validation, with the JSON path of the field in the file. */
export class RuleSetExpressionError extends Error {
  readonly file: string;
  readonly path: string;
  readonly expressionError: ExpressionRuleError;

  constructor(file: string, path: string, cause: ExpressionRuleError) {
    super(`${file}: ${path}: ${cause.message}`);
    this.name = 'RuleSetExpressionError';
    this.file = file;
    this.path = path;
    this.expressionError = cause;
  }
}

/** Returns the table schema of each table file the document's rules name, keyed by file name. */
function tableSchemas(document: CompanyRuleSetDocument): Map<string, RuleFileSource['schema']> {
  const schemas = new Map<string, RuleFileSource['schema']>();
  const rules = Array.isArray(document.ruleSet.rules) ? (document.ruleSet.rules as unknown[]) : [];
  for (const rule of rules) {
    if (rule === null || typeof rule !== 'object') continue;
    const { check, table } = rule as { check?: unknown; table?: unknown };
    if (typeof table !== 'string') continue;
    if (check === 'room-class-table') schemas.set(table, classTableSchema);
    if (check === 'sampling-locations') schemas.set(table, isoTableA1Schema);
  }
  return schemas;
}

function buildSource(document: CompanyRuleSetDocument, file: string): RuleSetSource {
  const schemas = tableSchemas(document);
  const files: Record<string, RuleFileSource> = { 'ruleset.json': { data: document.ruleSet, schema: ruleSetSchema } };
  for (const [name, data] of Object.entries(document.tables)) {
    const schema = schemas.get(name);
    if (schema === undefined) throw new RuleDataError(file, `$.tables.${name}`, 'only tables that a rule names in its "table" key', JSON.stringify(name));
    files[name] = { data, schema };
  }
  const id = typeof document.ruleSet.id === 'string' ? document.ruleSet.id : '';
  return { folder: `company/${id}`, files };
}

/** Restates a loader error against the company file: its name and the path inside `ruleSet` or `tables`. */
function relocate(error: RuleDataError, file: string): RuleDataError {
  const innerFile = error.file.split('/').pop() ?? '';
  const prefix = innerFile === 'ruleset.json' ? '$.ruleSet' : `$.tables.${innerFile}`;
  const path = error.path === '$.id' && error.expected.startsWith('the folder name') ? '$.ruleSet.id' : `${prefix}${error.path.slice(1)}`;
  return new RuleDataError(file, path, error.expected, error.found);
}

function loadBase(document: CompanyRuleSetDocument, file: string): LoadedRuleSet {
  const source = buildSource(document, file);
  try {
    return loadRuleSet(source);
  } catch (error) {
    if (error instanceof RuleDataError) throw relocate(error, file);
    throw error;
  }
}

function checkCompanyId(id: string, file: string): void {
  if (!id.startsWith(COMPANY_ID_PREFIX)) {
    throw new RuleDataError(file, '$.ruleSet.id', `an id starting with "${COMPANY_ID_PREFIX}", such as "${COMPANY_ID_PREFIX}${id}"`, JSON.stringify(id));
  }
}

function compileExpressionRules(base: LoadedRuleSet, rules: readonly ExpressionRuleData[], file: string) {
  const info = base.info;
  const usedIds = new Set(base.rules.map((rule) => rule.id));
  return rules.map((rule, index) => {
    const ruleId = `${info.id}/${rule.id}`;
    if (usedIds.has(ruleId)) throw new RuleDataError(file, `$.expressionRules[${index}].id`, 'an id not used by another rule of the set', JSON.stringify(rule.id));
    usedIds.add(ruleId);

    const header: RuleHeader = {
      ruleId,
      kind: rule.kind,
      citation: { ruleSetId: info.id, standard: info.standard, edition: info.edition, clause: rule.clause },
      verified: rule.verified,
    };
    try {
      const check = compileExpressionRule(header, rule);
      const catalogue: RuleInfo = { id: ruleId, kind: rule.kind, label: rule.label, clause: rule.clause, verified: rule.verified };
      return { check, catalogue };
    } catch (error) {
      if (error instanceof ExpressionRuleError) throw new RuleSetExpressionError(file, `$.expressionRules[${index}].${error.field}`, error);
      throw error;
    }
  });
}

/** Computes a company set's content hash over everything that changes its verdicts or its identity. */
export function companyRuleSetHash(document: CompanyRuleSetDocument): string {
  const { source, ruleSet, tables, expressionRules } = document;
  return contentHash({ source, ruleSet, tables, expressionRules });
}

/**
 * Validates a company rule-set document and compiles it like a shipped rule set plus its expression
 * rules. Throws RuleDataError (file, JSON path, expected, found) or RuleSetExpressionError for the
 * first problem; `file` names the document in those errors.
 */
export function loadCompanyRuleSet(data: unknown, file: string): LoadedRuleSet {
  const document = parseStrict(ruleSetFileSchema, data, file);
  const base = loadBase(document, file);
  checkCompanyId(base.info.id, file);
  const compiled = compileExpressionRules(base, document.expressionRules, file);

  return {
    ...base,
    info: { ...base.info, hash: companyRuleSetHash(document) },
    rules: [...base.rules, ...compiled.map((entry) => entry.catalogue)],
    checks: [...base.checks, ...compiled.map((entry) => entry.check)],
  };
}

/** Serialises a document as the text of a rule-set file, stamping the save time and generator. */
export function serialiseCompanyRuleSet(document: CompanyRuleSetDocument, savedAt: Date, generator: string): string {
  const stamped: CompanyRuleSetDocument = { ...document, savedAt: savedAt.toISOString(), generator };
  return `${JSON.stringify(stamped, null, 2)}\n`;
}

/** Parses the text of a rule-set file and loads it; invalid JSON is a RuleDataError at `$`. */
export function parseCompanyRuleSetFile(text: string, file: string): { document: CompanyRuleSetDocument; ruleSet: LoadedRuleSet } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new RuleDataError(file, '$', 'a JSON document', `text that is not JSON (${detail})`);
  }
  const ruleSet = loadCompanyRuleSet(data, file);
  return { document: parseStrict(ruleSetFileSchema, data, file), ruleSet };
}
