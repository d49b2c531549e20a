import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import readExcelFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type BrowserSession } from './support/browser';

/**
 * A quote as a new sales engineer makes one, in Debian Chromium against the production build with
 * real IndexedDB. The test creates a customer and a project in the CRM and draws a two-room suite
 * with a door on the shared wall. It generates the quote from the layout, overrides the wall panel
 * quantity with a reason, revises to R2, reads the diff, and exports the proposal PDF in Chinese
 * and English. The total in each PDF (read back with pdftotext) and in the spreadsheet must equal
 * the total on screen. Then only the current revision can be accepted, and a discount above the
 * approval threshold needs a manager. The steps share one profile and run in order.
 */

const CUSTOMER = '苏州澄净医药有限公司';
const PROJECT = 'Sterile filling suite quote';
const OVERRIDE_REASON = 'Site survey: the corridor wall is an existing brick wall';

interface Point {
  readonly x: number;
  readonly y: number;
}

const workDir = mkdtempSync(join(tmpdir(), 'cleanplan-e2e-quote-'));
let session: BrowserSession;
let page: Page;
let origin: Point = { x: 0, y: 0 };
let drawingId = '';
let screenTotal = '';
let screenCapital = '';

async function onScreen(point: Point): Promise<Point> {
  const screen = await page.evaluate(([x, y]) => window.__cleanplanEditor!.modelToScreen(x, y), [point.x, point.y] as const);
  const box = await page.getByTestId('plan-stage').boundingBox();
  if (!box) throw new Error('the plan stage has no bounding box');
  const inside = screen.x > box.x && screen.x < box.x + box.width && screen.y > box.y && screen.y < box.y + box.height;
  if (!inside) throw new Error(`model point (${point.x}, ${point.y}) mm is at page (${screen.x}, ${screen.y}), outside the stage`);
  return screen;
}

async function dragMm(from: Point, to: Point): Promise<void> {
  const start = await onScreen(from);
  const end = await onScreen(to);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(end.x, end.y, { steps: 10 });
  await page.mouse.up();
}

async function clickMm(point: Point): Promise<void> {
  const screen = await onScreen(point);
  await page.mouse.move(screen.x, screen.y);
  await page.mouse.down();
  await page.mouse.up();
}

/** Counts the rooms of a drawing as stored in IndexedDB, the copy the quote workspace reads. */
async function storedRoomCount(id: string): Promise<number> {
  return page.evaluate(
    (projectId) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('cleanplan');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const read = request.result.transaction('projects', 'readonly').objectStore('projects').get(`project:${projectId}`);
          read.onerror = () => reject(read.error);
          read.onsuccess = () => {
            request.result.close();
            const text = read.result as string | undefined;
            resolve(text === undefined ? 0 : (JSON.parse(text) as { project: { rooms: unknown[] } }).project.rooms.length);
          };
        };
      }),
    id,
  );
}

/** Clicks an export button and returns the text of the downloaded PDF. */
async function exportPdf(testId: string, fileName: string): Promise<string> {
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByTestId(testId).click();
  const path = join(workDir, fileName);
  await (await download).saveAs(path);
  return execFileSync('/usr/bin/pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

/** Clicks an export button and returns the sheets of the downloaded spreadsheet. */
async function exportXlsx(testId: string, fileName: string): Promise<{ sheet: string; data: unknown[][] }[]> {
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByTestId(testId).click();
  const path = join(workDir, fileName);
  await (await download).saveAs(path);
  return (await readExcelFile(path)) as { sheet: string; data: unknown[][] }[];
}

async function revisionStatus(revision: string): Promise<string | null> {
  return page.getByTestId(`revision-status-${revision}`).textContent();
}

/** Returns the digits of an amount without its currency sign or code, e.g. `12,345.60`. */
function amountDigits(formatted: string): string {
  return formatted.replace(/^-?(¥|CNY\s)/, '');
}

function squeezed(text: string): string {
  return text.replace(/[ \t]+/g, ' ');
}

beforeAll(async () => {
  session = await openBrowser(inject('baseUrl'));
  page = session.page;
  await page.goto('/#/crm/companies');
  await page.getByTestId('app').waitFor();
  await page.getByTestId('language-en').click();
  await page.getByTestId('companies-view').waitFor();
});

afterAll(async () => {
  await session?.close();
});

describe('quote from a drawn suite', () => {
  it('creates the customer and project', async () => {
    await page.getByTestId('company-new').click();
    await page.getByTestId('company-name').fill(CUSTOMER);
    await page.getByTestId('company-region').fill('华东');
    await page.getByTestId('company-industry').selectOption('pharma');
    await page.getByTestId('company-form-save').click();
    await page.getByTestId('company-view').waitFor();

    await page.getByTestId('project-new').click();
    await page.getByTestId('project-name').fill(PROJECT);
    await page.getByTestId('project-form-save').click();
    await page.getByTestId('project-view').waitFor();
    expect(await page.getByTestId('crm-project-title').textContent()).toBe(PROJECT);
  });

  it('draws two rooms and a door', async () => {
    await page.getByTestId('drawing-create').click();
    await page.getByTestId('plan-stage').waitFor();
    await page.waitForFunction(() => window.__cleanplanEditor !== undefined);
    drawingId = await page.evaluate(() => window.__cleanplanEditor!.project().id);

    const box = (await page.getByTestId('plan-stage').boundingBox())!;
    const centre = await page.evaluate(([x, y]) => window.__cleanplanEditor!.screenToModel(x, y), [box.x + box.width / 2, box.y + box.height / 2] as const);
    origin = { x: Math.round(centre.x / 1000) * 1000 - 4000, y: Math.round(centre.y / 1000) * 1000 - 1000 };

    await page.getByTestId('tool-rect').click();
    await dragMm(origin, { x: origin.x + 4000, y: origin.y + 3000 });
    await dragMm({ x: origin.x + 4000, y: origin.y }, { x: origin.x + 8000, y: origin.y + 3000 });
    await page.getByTestId('tool-door').click();
    await clickMm({ x: origin.x + 4000, y: origin.y + 1500 });

    const drawn = await page.evaluate(() => window.__cleanplanEditor!.project());
    expect(drawn.rooms).toHaveLength(2);
    expect(drawn.doors).toHaveLength(1);
    await expect.poll(() => storedRoomCount(drawingId), { timeout: 10_000 }).toBe(2);
  });

  it('generates the quote from the layout', async () => {
    await page.goBack();
    await page.getByTestId('project-view').waitFor();
    await page.getByTestId('project-tab-quotes').click();
    await page.getByTestId('quote-workspace').waitFor();
    await page.getByTestId('quote-generate').click();
    await page.getByTestId('quote-editor').waitFor();

    // Two 4 × 3 m rooms, 2.7 m high: walls 4 + 3 + 4 + 4 + 3 + 4 + 3 (shared) = 25 m × 2.7 = 67.5 m²,
    // minus one 900 × 2100 mm door = 65.61 m². Floor 24 m².
    expect(await page.getByTestId('line-quantity-wall-50rw').textContent()).toBe('65.61');
    expect(await page.getByTestId('line-quantity-ceil-50rw').textContent()).toBe('24.00');
    expect(await page.getByTestId('line-origin-wall-50rw').textContent()).toContain('1 opening deducted');
    expect(await page.getByTestId('revision-status-R1').textContent()).toBe('Draft');
  });

  it('overrides a quantity with a reason', async () => {
    await page.getByTestId('line-override-wall-50rw').click();
    await page.getByTestId('override-quantity').fill('50.00');
    expect(await page.getByTestId('override-apply').isDisabled()).toBe(true);
    await page.getByTestId('override-reason').fill(OVERRIDE_REASON);
    await page.getByTestId('override-apply').click();

    expect(await page.getByTestId('line-quantity-wall-50rw').textContent()).toBe('50.00');
    const mark = await page.getByTestId('line-overridden-wall-50rw').textContent();
    expect(mark).toContain('65.61');
    expect(mark).toContain(OVERRIDE_REASON);
    await page.getByTestId('quote-unsaved').waitFor();
  });

  it('revises to R2 and shows the diff', async () => {
    await page.getByTestId('quote-revise').click();
    await page.getByTestId('revision-R2').waitFor();
    expect(await page.getByTestId('quote-heading').textContent()).toContain('R2');
    expect(await page.getByTestId('revision-status-R1').textContent()).toBe('Draft');

    const change = await page.getByTestId('diff-changed-wall-50rw').textContent();
    expect(change).toContain('quantity 65.61 → 50.00');
    const totals = await page.getByTestId('diff-totals').textContent();
    expect(totals).toMatch(/^Total incl\. VAT CNY [\d,.]+ → CNY [\d,.]+ \(change -CNY [\d,.]+\)$/);

    screenTotal = (await page.getByTestId('quote-total-gross').textContent())!.trim();
    screenCapital = (await page.getByTestId('quote-total-capital').textContent())!.trim();
    expect(screenTotal).toMatch(/^CNY [\d,]+\.\d\d$/);
  });

  it('exports the Chinese proposal with the screen total', async () => {
    const text = await exportPdf('export-pdf-zh-CN', 'proposal-zh.pdf');
    expect(text).toContain('洁净室工程报价方案');
    expect(text).toContain(CUSTOMER);
    expect(squeezed(text)).toContain(`含税总价 ¥${amountDigits(screenTotal)}`);
    expect(squeezed(text)).toContain(`大写金额 ${screenCapital}`);
    expect(text.replace(/\s+/g, '')).toContain(OVERRIDE_REASON.replace(/\s+/g, ''));
  });

  it('exports the English proposal with the screen total', async () => {
    const text = await exportPdf('export-pdf-en', 'proposal-en.pdf');
    expect(text).toContain('Cleanroom proposal');
    expect(text).toContain('Bill of quantities and prices');
    expect(squeezed(text)).toContain(`Total incl. VAT ${screenTotal}`);
  });

  it('exports the spreadsheet with the screen total', async () => {
    const sheets = await exportXlsx('export-xlsx-en', 'quote-en.xlsx');
    const totals = sheets.find((sheet) => sheet.sheet === 'Totals');
    expect(totals, 'Totals sheet').toBeDefined();
    const grossRow = totals!.data.find((row) => row[0] === 'Total incl. VAT');
    expect(grossRow?.[1]).toBe(Number(amountDigits(screenTotal).replaceAll(',', '')));
  });

  it('accepts only the current revision', async () => {
    await page.getByTestId('status-R2-approved').click();
    await expect.poll(() => revisionStatus('R2')).toBe('Approved');
    await page.getByTestId('status-R2-sent').click();
    await expect.poll(() => revisionStatus('R2')).toBe('Sent');

    await page.getByTestId('quote-discount-kind').selectOption('percent');
    await page.getByTestId('quote-discount-value').fill('15');
    await page.getByTestId('quote-discount-value').press('Tab');
    await page.getByTestId('quote-approval-required').waitFor();
    await page.getByTestId('quote-revise').click();
    await page.getByTestId('revision-R3').waitFor();

    await page.getByTestId('status-R2-accepted').click();
    expect(await page.getByTestId('quote-status-error').textContent()).toContain('only the current revision can be accepted');
    expect(await revisionStatus('R2')).toBe('Sent');
  });

  it('needs a manager to approve the discount', async () => {
    await page.getByTestId('status-R3-approved').click();
    expect(await page.getByTestId('quote-status-error').textContent()).toContain('above the approval threshold');
    await page.getByTestId('status-R3-awaiting-approval').click();
    await expect.poll(() => revisionStatus('R3')).toBe('Awaiting approval');

    await page.getByTestId('crm-current-user').selectOption('user-li');
    await expect.poll(() => page.getByTestId('status-R3-approved').isDisabled()).toBe(true);
    await page.getByTestId('crm-current-user').selectOption('user-wang');
    await expect.poll(() => page.getByTestId('status-R3-approved').isDisabled()).toBe(false);
    await page.getByTestId('status-R3-approved').click();
    await expect.poll(() => revisionStatus('R3')).toBe('Approved');
  });

  it('logged no page errors', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
