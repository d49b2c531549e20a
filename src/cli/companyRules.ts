import { readFile } from 'node:fs/promises';
import { parseCompanyRuleSetFile, RuleSetExpressionError } from '../engine/company/document';
import type { LoadedRuleSet } from '../engine/rules/load';
import { listRegisteredRuleSets, registerRuleSet } from '../engine/rules/registry';
import { RuleDataError } from '../engine/rules/validate';
import { describeExpressionIssue } from '../i18n/expressionIssueMessages';
import type { Locale } from '../i18n/locale';
import { CliError } from './cliError';
import { cliText } from './messages';

async function readText(file: string, locale: Locale): Promise<string> {
  try {
    return await readFile(file, 'utf-8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(cliText(locale, 'fileNotFound', { file }));
    const detail = error instanceof Error ? error.message : String(error);
    throw new CliError(cliText(locale, 'fileUnreadable', { file, detail }));
  }
}

function describeLoadError(error: unknown, file: string, locale: Locale): CliError {
  if (error instanceof RuleDataError) {
    // NOTE: `expected` comes from the schema in English, so the zh-CN message quotes it untranslated.
    return new CliError(cliText(locale, 'invalidRuleSetFile', { file, path: error.path, expected: error.expected, found: error.found }));
  }
  if (error instanceof RuleSetExpressionError) {
    const detail = describeExpressionIssue(error.expressionError.issue, locale);
    return new CliError(cliText(locale, 'invalidRuleSetExpression', { file, path: error.path, detail }));
  }
  throw error;
}

function loadOne(text: string, file: string, locale: Locale): LoadedRuleSet {
  try {
    return parseCompanyRuleSetFile(text, file).ruleSet;
  } catch (error) {
    throw describeLoadError(error, file, locale);
  }
}

/**
 * Reads, validates and registers each company rule-set file given with --rules, so that --standard
 * and the check can name their ids. Raises a CliError (exit 2) naming the file, the JSON path and
 * the fix for the first invalid file. Files before it stay registered until the process exits.
 */
export async function loadCompanyRuleFiles(files: readonly string[], locale: Locale): Promise<LoadedRuleSet[]> {
  const loaded: LoadedRuleSet[] = [];
  for (const file of files) {
    const ruleSet = loadOne(await readText(file, locale), file, locale);
    const idTaken = loaded.some((set) => set.info.id === ruleSet.info.id) || listRegisteredRuleSets().some((info) => info.id === ruleSet.info.id);
    if (idTaken) throw new CliError(cliText(locale, 'ruleSetIdTaken', { file, value: ruleSet.info.id }));
    registerRuleSet(ruleSet);
    loaded.push(ruleSet);
  }
  return loaded;
}
