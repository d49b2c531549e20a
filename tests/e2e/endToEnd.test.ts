import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type BrowserSession } from './support/browser';

/**
 * Each shipped example project as a new user meets it: opened through the Open menu's file input,
 * checked in the browser with a citation on every finding row, and exported to an English PDF
 * whose text names the standards with their editions and every cited clause.
 */

const EXAMPLES = [
  { file: 'hospital-or-suite.cleanplan.json', id: 'example-hospital-or-suite', designations: ['GB 50333-2013', 'GB 50073-2013'] },
  { file: 'sterile-pharma-suite.cleanplan.json', id: 'example-sterile-pharma-suite', designations: ['GB 50457-2019', 'China GMP 2010'] },
  { file: 'bsl3-lab.cleanplan.json', id: 'example-bsl3-lab', designations: ['GB 50346-2011', 'GB 50073-2013'] },
] as const;

const workDir = mkdtempSync(join(tmpdir(), 'cleanplan-e2e-examples-'));
let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  session = await openBrowser(inject('baseUrl'));
  page = session.page;
  await page.goto('/');
  await page.getByTestId('app').waitFor();
  await page.waitForFunction(() => window.__cleanplanEditor !== undefined);
});

afterAll(async () => {
  await session?.close();
});

async function openExample(file: string, id: string): Promise<void> {
  await page.getByTestId('open-file-input').setInputFiles({
    name: file,
    mimeType: 'application/json',
    buffer: readFileSync(join('public/examples', file)),
  });
  await page.waitForFunction((projectId) => window.__cleanplanEditor!.project().id === projectId, id);
  await page.locator('[data-testid="finding"]').first().waitFor();
}

/** Downloads the English PDF through the project menu, continuing past the missing-glyph dialog if it shows. */
async function downloadEnglishPdf(file: string): Promise<string> {
  await page.getByTestId('project-menu').click();
  const downloadPromise = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByTestId('menu-pdf-en').click();
  const continueButton = page.getByTestId('pdf-export-continue');
  const download = await Promise.race([
    downloadPromise,
    continueButton.waitFor({ timeout: 30_000 }).then(async () => {
      await continueButton.click();
      return downloadPromise;
    }),
  ]);
  const pdfPath = join(workDir, file.replace('.cleanplan.json', '.pdf'));
  await download.saveAs(pdfPath);
  const closeButton = page.getByTestId('pdf-export-close');
  if ((await closeButton.count()) > 0) await closeButton.click();
  return pdfPath;
}

function withoutSeparators(text: string): string {
  return text.replace(/[\s,，]+/g, '');
}

describe.each(EXAMPLES)('example $file', ({ file, id, designations }) => {
  it('cites a standard and edition on every finding', async () => {
    await openExample(file, id);
    const citations = await page.locator('[data-testid="finding"] [data-testid="finding-citation"]').allTextContents();
    const rows = await page.locator('[data-testid="finding"]').count();
    expect(rows).toBeGreaterThan(0);
    expect(citations).toHaveLength(rows);
    for (const citation of citations) expect(citation).toMatch(/\b(19|20)\d\d\b.*\S/);
    const joined = citations.join('\n');
    for (const designation of designations) expect(joined).toContain(designation);
  }, 120_000);

  it('exports a PDF naming every cited clause', async () => {
    const citations = new Set(await page.locator('[data-testid="finding"] [data-testid="finding-citation"]').allTextContents());
    const pdfPath = await downloadEnglishPdf(file);
    expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // -raw keeps the lines of one table cell together, so a wrapped citation still matches once
    // white space and separators are removed. The panel separates designation and clause by the
    // UI language's comma, the English PDF by a space.
    const raw = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
    const text = withoutSeparators(raw);
    for (const designation of designations) expect(text).toContain(withoutSeparators(designation));
    for (const citation of citations) expect(text, citation).toContain(withoutSeparators(citation));
  }, 120_000);
});
