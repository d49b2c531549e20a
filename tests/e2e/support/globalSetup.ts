import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * Build the app once and serve the production bundle on 127.0.0.1 for the browser tests.
 * Tests read the address with `inject('baseUrl')`.
 */
async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        reject(new Error('could not read the port of a probe server'));
        return;
      }
      server.close(() => resolve(address.port));
    });
  });
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

async function waitForServer(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode} before serving ${url}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within 60 s`);
}

export default async function setup(project: TestProject) {
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build; the
  // browser tests must run against what users get. Each run builds into its own folder so that
  // two runs at once do not overwrite each other's bundle.
  const outDir = mkdtempSync(join(tmpdir(), 'cleanplan-e2e-dist-'));
  const env = { ...process.env, NODE_ENV: 'production' };
  await run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], env);
  // The free port found here can be taken by another process before preview binds it, so retry.
  let child: ChildProcess | null = null;
  let baseUrl = '';
  for (let attempt = 1; child === null; attempt++) {
    const port = await findFreePort();
    // --bypass-lock: Vite 8 otherwise refuses a second preview of the same project, and each run
    // serves its own build folder, so the lock protects nothing here.
    const previewArgs = ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir, '--bypass-lock'];
    const candidate = spawn('npx', previewArgs, { stdio: ['ignore', 'ignore', 'inherit'], detached: true, env });
    baseUrl = `http://127.0.0.1:${port}/`;
    try {
      await waitForServer(baseUrl, candidate);
      child = candidate;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
  project.provide('baseUrl', baseUrl);
  const server = child;
  return () => {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
    rmSync(outDir, { recursive: true, force: true });
  };
}
