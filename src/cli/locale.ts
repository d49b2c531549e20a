import { isLocale, type Locale } from '../i18n/locale';

/** Environment variables that name the message language, in POSIX precedence order. */
const LOCALE_VARIABLES = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

/**
 * Pick the output language: a valid `--lang` value (as `--lang X` or `--lang=X`) anywhere in
 * `argv`, else zh-CN when the first set locale variable starts with `zh`, else en. An invalid
 * `--lang` is ignored here and reported later by the argument parser.
 */
export function detectLocale(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Locale {
  const requested = findLangArgument(argv);
  if (requested !== null && isLocale(requested)) return requested;

  const variable = LOCALE_VARIABLES.map((name) => env[name]).find((value) => value !== undefined && value !== '');
  return variable?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

function findLangArgument(argv: readonly string[]): string | null {
  for (const [index, argument] of argv.entries()) {
    if (argument === '--lang') return argv[index + 1] ?? null;
    if (argument.startsWith('--lang=')) return argument.slice('--lang='.length);
  }
  return null;
}
