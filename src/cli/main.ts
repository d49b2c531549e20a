import { processIo } from './io';
import { runCli } from './run';

/** Exit status for an internal error (a bug, not bad input), as sysexits.h EX_SOFTWARE. */
const EXIT_INTERNAL_ERROR = 70;

// Entry point of `npm run cleanplan -- <command>`. Node's default status for an uncaught error is 1,
// which would read as a failed check, so internal errors print their stack and exit with 70.
runCli(process.argv.slice(2), process.env, processIo).then(
  (exitCode) => {
    process.exitCode = exitCode;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = EXIT_INTERNAL_ERROR;
  },
);
