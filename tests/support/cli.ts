import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `tsx src/cli/main.ts ARGS` from the repository root, as `npm run cleanplan --` does, with
 * LANG set to `lang` (the CLI picks its language from it) and the other locale variables cleared.
 */
export function runCli(args: readonly string[], lang = 'C'): Promise<CliRun> {
  const env = { ...process.env, LANG: lang, LC_ALL: '', LC_MESSAGES: '' };
  return new Promise((resolve) => {
    execFile(TSX, ['src/cli/main.ts', ...args], { cwd: ROOT, env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      let code = 0;
      if (error) code = typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}
