import { listRuleSets } from '../engine';
import { parseCommandLine } from './args';
import { runCheck } from './checkCommand';
import { CliError, EXIT_OK } from './cliError';
import { isDatasheetCommand, runDatasheet } from './datasheetCommand';
import type { CliIo } from './io';
import { runIso14644 } from './iso14644Command';
import { detectLocale } from './locale';
import { cliText } from './messages';

/** Run the command line and return the exit status; every expected failure is printed, not thrown. */
export async function runCli(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, io: CliIo): Promise<number> {
  const locale = detectLocale(argv, env);
  try {
    if (isDatasheetCommand(argv)) return await runDatasheet(argv, locale, io);
    const command = parseCommandLine(argv, locale);
    switch (command.command) {
      case 'help':
        io.stdout(cliText(locale, 'help', { ruleSetIds: listRuleSets().map((info) => info.id).join(', ') }));
        return EXIT_OK;
      case 'iso14644':
        return runIso14644(command, locale, io);
      case 'check':
        return await runCheck(command, locale, io);
    }
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    for (const line of error.details) io.stderr(line);
    io.stderr(`${cliText(locale, 'errorPrefix')}${error.message}`);
    if (error.showUsageHint) io.stderr(cliText(locale, 'usageHint'));
    return error.exitCode;
  }
}
