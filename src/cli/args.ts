import { parseArgs } from 'node:util';
import type { Locale } from '../i18n/locale';
import { CliError } from './cliError';
import { cliText } from './messages';

export type OutputFormat = 'json' | 'text';

export type CliCommand =
  | { readonly command: 'help' }
  | {
      readonly command: 'check';
      readonly file: string;
      readonly standards: readonly string[];
      /** Company rule-set files given with --rules, in the order given. */
      readonly rulesFiles: readonly string[];
      readonly format: OutputFormat;
      readonly pdfPath: string | null;
      /** Door schedule CSV given with --doors; its doors replace those of FILE. */
      readonly doorsFile: string | null;
    }
  | { readonly command: 'iso14644'; readonly classText: string | null; readonly areaText: string | null; readonly format: OutputFormat };

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
  format: { type: 'string' },
  standard: { type: 'string', multiple: true },
  rules: { type: 'string', multiple: true },
  pdf: { type: 'string' },
  doors: { type: 'string' },
  class: { type: 'string' },
  area: { type: 'string' },
} as const;

/** Options each command accepts besides --help, --lang and --format. */
const COMMAND_OPTIONS = { check: ['standard', 'rules', 'pdf', 'doors'], iso14644: ['class', 'area'] } as const;

/** Parse the command line into a command, raising a CliError (exit 2) for invalid usage. */
export function parseCommandLine(argv: readonly string[], locale: Locale): CliCommand {
  const { values, positionals } = parseOrRaise(argv, locale);
  if (values.help) return { command: 'help' };

  if (values.lang !== undefined && values.lang !== 'en' && values.lang !== 'zh-CN') {
    throw usageError(cliText(locale, 'invalidLang', { value: values.lang }));
  }
  const format = parseFormat(values.format, locale);

  const [command, ...rest] = positionals;
  if (command === undefined) throw usageError(cliText(locale, 'missingCommand'));
  if (command !== 'check' && command !== 'iso14644') throw usageError(cliText(locale, 'unknownCommand', { command }));
  rejectForeignOptions(command, values, locale);

  if (command === 'iso14644') {
    if (rest.length > 0) throw usageError(cliText(locale, 'extraArguments', { arguments: rest.join(' ') }));
    return { command, classText: values.class ?? null, areaText: values.area ?? null, format };
  }

  const [file, ...extra] = rest;
  if (file === undefined) throw usageError(cliText(locale, 'missingFile'));
  if (extra.length > 0) throw usageError(cliText(locale, 'extraArguments', { arguments: extra.join(' ') }));
  return { command, file, standards: values.standard ?? [], rulesFiles: values.rules ?? [], format, pdfPath: values.pdf ?? null, doorsFile: values.doors ?? null };
}

function parseOrRaise(argv: readonly string[], locale: Locale) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError(cliText(locale, 'invalidOption', { detail: describeParseArgsError(error, locale) }));
  }
}

/** Restate node:util parseArgs errors, which are English only, in the user's language. */
function describeParseArgsError(error: unknown, locale: Locale): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'([^']+)'/.exec(message)?.[1] ?? message;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return locale === 'zh-CN' ? `未知选项 ${option}` : `unknown option ${option}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return locale === 'zh-CN' ? `选项 ${option} 缺少取值` : `option ${option} needs a value`;
  }
  return message;
}

function parseFormat(value: string | undefined, locale: Locale): OutputFormat {
  if (value === undefined) return 'text';
  if (value === 'json' || value === 'text') return value;
  throw usageError(cliText(locale, 'invalidFormat', { value }));
}

function rejectForeignOptions(command: 'check' | 'iso14644', values: Record<string, unknown>, locale: Locale): void {
  const other = command === 'check' ? 'iso14644' : 'check';
  const allowed: readonly string[] = COMMAND_OPTIONS[command];
  for (const option of COMMAND_OPTIONS[other]) {
    if (values[option] !== undefined && !allowed.includes(option)) {
      const detail = locale === 'zh-CN' ? `选项 --${option} 不适用于 ${command} 命令` : `option --${option} does not apply to the ${command} command`;
      throw usageError(cliText(locale, 'invalidOption', { detail }));
    }
  }
}

function usageError(message: string): CliError {
  return new CliError(message, { showUsageHint: true });
}
