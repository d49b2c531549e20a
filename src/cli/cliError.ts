/** Exit statuses of the `cleanplan` command. */
export const EXIT_OK = 0;
/** A verified mandatory requirement fails. */
export const EXIT_FAILED_CHECK = 1;
/** Invalid input file or invalid usage. */
export const EXIT_INVALID_INPUT = 2;
/** The PDF report could not be rendered or written. */
export const EXIT_OUTPUT_FAILED = 3;

/** An error to print (already in the user's language) and the exit status to end with. */
export class CliError extends Error {
  readonly exitCode: number;
  /** Lines printed before `message`, e.g. one per error found in an input file. */
  readonly details: readonly string[];
  /** Whether to add the `--help` hint, for usage errors. */
  readonly showUsageHint: boolean;

  constructor(message: string, options: { exitCode?: number; details?: readonly string[]; showUsageHint?: boolean } = {}) {
    super(message);
    this.name = 'CliError';
    this.exitCode = options.exitCode ?? EXIT_INVALID_INPUT;
    this.details = options.details ?? [];
    this.showUsageHint = options.showUsageHint ?? false;
  }
}
