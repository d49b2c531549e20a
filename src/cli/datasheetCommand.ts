import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Project } from '../domain/project';
import { checkProject, type LoadedRuleSet, type RuleSetInfo } from '../engine';
import type { Locale } from '../i18n/locale';
import type { DataSheet } from '../report/datasheet/types';
import { resolveRuleSets, withCompanySets } from './checkCommand';
import { CliError, EXIT_OK, EXIT_OUTPUT_FAILED } from './cliError';
import { loadCompanyRuleFiles } from './companyRules';
import { datasheetText } from './datasheetMessages';
import type { CliIo } from './io';
import { loadDoors } from './loadDoors';
import { loadInput } from './loadInput';
import { cliText } from './messages';

const COMMAND = 'datasheet';
const BYTES_PER_KB = 1024;

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
  standard: { type: 'string', multiple: true },
  rules: { type: 'string', multiple: true },
  doors: { type: 'string' },
  xlsx: { type: 'string' },
  pdf: { type: 'string' },
  paper: { type: 'string' },
} as const;

/** Options of every command that take a value, so that a lenient parse does not take their values for the command. */
const VALUE_OPTIONS_OF_ALL_COMMANDS = {
  ...OPTIONS,
  format: { type: 'string' },
  class: { type: 'string' },
  area: { type: 'string' },
} as const;

export interface DatasheetOptions {
  readonly file: string;
  readonly standards: readonly string[];
  readonly rulesFiles: readonly string[];
  /** Door schedule CSV given with --doors; its doors replace the project's. */
  readonly doorsFile: string | null;
  readonly xlsxPath: string | null;
  readonly pdfPath: string | null;
  readonly paper: 'a3' | 'a4';
}

/** Returns true when the first positional argument is `datasheet`, wherever the options sit. */
export function isDatasheetCommand(argv: readonly string[]): boolean {
  const { positionals } = parseArgs({ args: [...argv], options: VALUE_OPTIONS_OF_ALL_COMMANDS, allowPositionals: true, strict: false });
  return positionals[0] === COMMAND;
}

/**
 * Runs `cleanplan datasheet`: parses its arguments, checks the project as `check` does, and
 * writes the room data sheet as xlsx and/or PDF. Returns the exit status; expected failures
 * raise a CliError that `runCli` prints.
 */
export async function runDatasheet(argv: readonly string[], locale: Locale, io: CliIo): Promise<number> {
  const parsed = parseDatasheetArguments(argv, locale);
  if (parsed === 'help') {
    io.stdout(datasheetText(locale, 'help'));
    return EXIT_OK;
  }

  const { project, ruleSets } = await loadCheckedInput(parsed, locale, io);
  const result = checkProject(project, ruleSets);
  if (result.airside === undefined) io.stderr(`${cliText(locale, 'warningPrefix')}${datasheetText(locale, 'airsideMissing')}`);

  const { roomDataSheetRows } = await import('../report/datasheet/rows');
  const sheet = roomDataSheetRows(project, result, locale);
  if (parsed.xlsxPath !== null) await writeXlsx(sheet, parsed.xlsxPath, locale, io);
  if (parsed.pdfPath !== null) {
    await writePdf({ sheet, project, ruleSets: ruleSets.map((set) => set.info), paper: parsed.paper }, parsed.pdfPath, locale, io);
  }
  return EXIT_OK;
}

function parseDatasheetArguments(argv: readonly string[], locale: Locale): DatasheetOptions | 'help' {
  const { values, positionals } = parseStrictly(argv, locale);
  if (values.help) return 'help';
  if (values.lang !== undefined && values.lang !== 'en' && values.lang !== 'zh-CN') {
    throw usageError(cliText(locale, 'invalidLang', { value: values.lang }), locale);
  }

  const [, file, ...extra] = positionals;
  if (file === undefined) throw usageError(datasheetText(locale, 'missingFile'), locale);
  if (extra.length > 0) throw usageError(datasheetText(locale, 'extraArguments', { arguments: extra.join(' ') }), locale);
  if (values.xlsx === undefined && values.pdf === undefined) throw usageError(datasheetText(locale, 'missingOutput'), locale);

  const paper = values.paper ?? 'a3';
  if (paper !== 'a3' && paper !== 'a4') throw usageError(datasheetText(locale, 'invalidPaper', { value: paper }), locale);
  return {
    file,
    standards: values.standard ?? [],
    rulesFiles: values.rules ?? [],
    doorsFile: values.doors ?? null,
    xlsxPath: values.xlsx ?? null,
    pdfPath: values.pdf ?? null,
    paper,
  };
}

function parseStrictly(argv: readonly string[], locale: Locale) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError(cliText(locale, 'invalidOption', { detail: describeParseError(error, locale) }), locale);
  }
}

/** Restates the node:util parseArgs errors users meet, which are English only, in the user's language. */
function describeParseError(error: unknown, locale: Locale): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'([^']+)'/.exec(message)?.[1] ?? message;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return datasheetText(locale, 'unknownOption', { option });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return datasheetText(locale, 'optionNeedsValue', { option });
  return message;
}

/** Builds a usage error pointing to this command's help, because the general `--help` does not print it. */
function usageError(message: string, locale: Locale): CliError {
  return new CliError(`${message} ${datasheetText(locale, 'usageHint')}`);
}

/**
 * Loads FILE, the --doors schedule and the rule sets as `check` does. The rule sets are those of
 * --standard, else the project's own plus the --rules sets.
 */
async function loadCheckedInput(options: DatasheetOptions, locale: Locale, io: CliIo): Promise<{ project: Project; ruleSets: LoadedRuleSet[] }> {
  const companyRuleSets = await loadCompanyRuleFiles(options.rulesFiles, locale);
  const requested = options.standards.length > 0 ? resolveRuleSets(options.standards, locale, null) : null;

  const input = await loadInput(options.file, locale);
  for (const warning of input.warnings) io.stderr(`${cliText(locale, 'warningPrefix')}${warning}`);
  const loaded = options.doorsFile === null ? null : await loadDoors(options.doorsFile, input.project, locale);
  for (const warning of loaded?.warnings ?? []) io.stderr(`${cliText(locale, 'warningPrefix')}${warning}`);
  const inputProject = loaded?.project ?? input.project;

  const projectSets = requested ?? resolveRuleSets(inputProject.ruleSetIds, locale, options.file);
  const ruleSets = requested ?? withCompanySets(projectSets, companyRuleSets);
  const project: Project = { ...inputProject, ruleSetIds: ruleSets.map((set) => set.info.id) };
  return { project, ruleSets };
}

async function writeXlsx(sheet: DataSheet, path: string, locale: Locale, io: CliIo): Promise<void> {
  try {
    const { roomDataSheetXlsx } = await import('../report/datasheet/xlsx');
    const bytes = await roomDataSheetXlsx(sheet);
    await writeFile(path, bytes);
    io.stderr(datasheetText(locale, 'xlsxWritten', { file: path, size: Math.ceil(bytes.length / BYTES_PER_KB) }));
  } catch (error) {
    throw outputError(path, error, locale);
  }
}

interface PdfRequest {
  readonly sheet: DataSheet;
  readonly project: Project;
  readonly ruleSets: readonly RuleSetInfo[];
  readonly paper: 'a3' | 'a4';
}

/** Renders the PDF with the compliance report's fonts and prints a warning per character the font lacks. */
async function writePdf(request: PdfRequest, path: string, locale: Locale, io: CliIo): Promise<void> {
  try {
    const { roomDataSheetPdf } = await import('../report/datasheet/pdf');
    const { describeGlyphWarning, findMissingGlyphs } = await import('../report/pdf/index');
    // The `.js` suffix resolves to fonts.node.ts; without it tsx takes `.node` for a native addon.
    const { loadFontsFromDisk } = await import('../report/pdf/fonts.node.js');
    const bytes = await roomDataSheetPdf(request.sheet, { fonts: await loadFontsFromDisk(), paper: request.paper });

    for (const warning of findMissingGlyphs({ project: request.project, ruleSets: request.ruleSets })) {
      const detail = describeGlyphWarning(warning, locale);
      io.stderr(`${cliText(locale, 'warningPrefix')}${cliText(locale, 'glyphMissing', { detail, placeholder: warning.placeholder })}`);
    }
    await writeFile(path, bytes);
    io.stderr(datasheetText(locale, 'pdfWritten', { file: path, size: Math.ceil(bytes.length / BYTES_PER_KB) }));
  } catch (error) {
    throw outputError(path, error, locale);
  }
}

function outputError(path: string, error: unknown, locale: Locale): CliError {
  const detail = error instanceof Error ? error.message : String(error);
  return new CliError(datasheetText(locale, 'writeFailed', { file: path, detail }), { exitCode: EXIT_OUTPUT_FAILED });
}
