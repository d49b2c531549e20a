import type { Project } from '../domain/project';
import { checkProject, getRuleSets, UnknownRuleSetError, type CheckResult, type LoadedRuleSet } from '../engine';
import type { Locale } from '../i18n/locale';
import { CliError, EXIT_FAILED_CHECK, EXIT_OK } from './cliError';
import type { CliIo } from './io';
import { loadCompanyRuleFiles } from './companyRules';
import { buildJsonReport } from './jsonReport';
import { loadInput } from './loadInput';
import { loadDoors } from './loadDoors';
import { cliText } from './messages';
import { writePdfReport } from './pdfReport';
import { buildTextReport } from './textReport';
import type { OutputFormat } from './args';

export interface CheckOptions {
  readonly file: string;
  readonly standards: readonly string[];
  readonly rulesFiles: readonly string[];
  readonly format: OutputFormat;
  readonly pdfPath: string | null;
  readonly doorsFile: string | null;
}

/** Run `cleanplan check`: load, check, print, optionally write the PDF, and return the exit status. */
export async function runCheck(options: CheckOptions, locale: Locale, io: CliIo): Promise<number> {
  // Company sets are registered first so that --standard may name them.
  const companyRuleSets = await loadCompanyRuleFiles(options.rulesFiles, locale);
  // Validate --standard before reading the file, so a typo is reported even for a broken file.
  const requestedRuleSets = options.standards.length > 0 ? resolveRuleSets(options.standards, locale, null) : null;

  const input = await loadInput(options.file, locale);
  for (const warning of input.warnings) io.stderr(`${cliText(locale, 'warningPrefix')}${warning}`);
  const doors = options.doorsFile === null ? null : await loadDoors(options.doorsFile, input.project, locale);
  for (const warning of doors?.warnings ?? []) io.stderr(`${cliText(locale, 'warningPrefix')}${warning}`);
  const doorRows = doors?.rows ?? [];

  const ruleSets = requestedRuleSets ?? withCompanySets(resolveRuleSets(input.project.ruleSetIds, locale, options.file), companyRuleSets);
  const project: Project = { ...(doors?.project ?? input.project), ruleSetIds: ruleSets.map((set) => set.info.id) };
  const result = checkProject(project, ruleSets);
  const infos = ruleSets.map((set) => set.info);
  const failing = countFailingMandatory(result);

  if (options.format === 'json') io.stdout(`${JSON.stringify(buildJsonReport(project, result, infos, locale, doorRows), null, 2)}\n`);
  else io.stdout(buildTextReport(project, result, infos, locale, failing, doorRows));

  if (options.pdfPath !== null) await writePdfReport({ project, result, ruleSets: infos, locale }, options.pdfPath, io);
  return failing > 0 ? EXIT_FAILED_CHECK : EXIT_OK;
}

/** Only verified mandatory findings gate the exit status; unverified figures are advisory. */
export function countFailingMandatory(result: CheckResult): number {
  return result.findings.filter((finding) => finding.outcome === 'fail' && finding.kind === 'mandatory' && finding.verified).length;
}

/** Adds each company set given with --rules that the project's own rule sets do not already include. */
export function withCompanySets(projectSets: readonly LoadedRuleSet[], companySets: readonly LoadedRuleSet[]): LoadedRuleSet[] {
  const ids = new Set(projectSets.map((set) => set.info.id));
  return [...projectSets, ...companySets.filter((set) => !ids.has(set.info.id))];
}

/** Load rule sets by id. `projectFile` names the file when the ids come from it rather than from --standard. */
export function resolveRuleSets(ids: readonly string[], locale: Locale, projectFile: string | null): LoadedRuleSet[] {
  try {
    return getRuleSets(ids);
  } catch (error) {
    if (!(error instanceof UnknownRuleSetError)) throw error;
    const params = { value: error.ruleSetId, validIds: error.validIds.join(', ') };
    if (projectFile === null) throw new CliError(cliText(locale, 'unknownRuleSet', params));
    throw new CliError(cliText(locale, 'unknownProjectRuleSet', { ...params, file: projectFile }));
  }
}
