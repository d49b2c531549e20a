import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    // .ci/run sets CLEANPLAN_TEST_REPORT to read pass/fail counts from a JSON report.
    reporters: process.env.CLEANPLAN_TEST_REPORT ? ['default', 'json'] : ['default'],
    outputFile: process.env.CLEANPLAN_TEST_REPORT ? { json: process.env.CLEANPLAN_TEST_REPORT } : undefined,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/golden/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/support/globalSetup.ts'],
          testTimeout: 90_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
