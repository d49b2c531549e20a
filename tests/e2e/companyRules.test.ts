import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type BrowserSession } from './support/browser';

/**
 * A company rule set made in the browser: copy GB 50073-2013, raise the ISO 7 air-change minimum
 * of Table 6.3.3 from 15 to 22 h⁻¹, add an expression rule, save, and see the sample's verdicts
 * change. In the sample, room-2 is grade C (ISO 7 at rest) at 20 ACH and room-cleanest grade C at
 * 25 ACH. The browser profile is Chinese, so messages are checked in zh-CN. The steps share one
 * browser profile and run in order.
 */

const SOURCE_ACH_RULE = 'gb-50073-2013/ach-non-unidirectional-min';
const COMPANY_ACH_RULE = 'company-acme/ach-non-unidirectional-min';
const COMPANY_EXPRESSION_RULE = 'company-acme/min-ach-iso-7';
const ISO_7_MIN_INPUT = 'company-threshold-input-tables.air-changes.json.rows.1.min';

let session: BrowserSession;
let page: Page;

function finding(ruleId: string, roomId: string, outcome: string) {
  return page.locator(`[data-testid="finding"][data-rule-id="${ruleId}"][data-room-id="${roomId}"][data-outcome="${outcome}"]`);
}

/** Text of the project stored in IndexedDB under `project:<id>`, read inside the page; null when none is stored. */
async function storedProjectText(projectId: string): Promise<string | null> {
  return page.evaluate(async (key) => {
    const request = indexedDB.open('cleanplan');
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    if (!database.objectStoreNames.contains('projects')) {
      database.close();
      return null;
    }
    const get = database.transaction('projects').objectStore('projects').get(key);
    const value = await new Promise<unknown>((resolve, reject) => {
      get.onsuccess = () => resolve(get.result);
      get.onerror = () => reject(get.error);
    });
    database.close();
    return typeof value === 'string' ? value : null;
  }, `project:${projectId}`);
}

async function fill(testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).fill(text);
}

beforeAll(async () => {
  session = await openBrowser(inject('baseUrl'));
  page = session.page;
  await page.goto('/');
  await page.getByTestId('app').waitFor();
  await page.locator('[data-testid="finding"]').first().waitFor();
});

afterAll(async () => {
  await session?.close();
});

describe('company rule sets in Chromium', () => {
  it('starts with room-2 passing GB 50073', async () => {
    expect(await finding(SOURCE_ACH_RULE, 'room-2', 'pass').count()).toBe(1);
  });

  it('copies GB 50073-2013 into a company set', async () => {
    await page.getByTestId('project-menu').click();
    await page.getByTestId('menu-company-rules').click();
    await page.getByTestId('company-rules-dialog').waitFor();
    await page.getByTestId('company-source').selectOption('gb-50073-2013');
    await fill('company-slug', 'acme');
    await fill('company-name', 'ACME design rules');
    await page.getByTestId('company-copy').click();
    await page.getByTestId('company-editor').waitFor();
    expect(await page.getByTestId(ISO_7_MIN_INPUT).inputValue()).toBe('15');
  });

  it('rejects a banned expression on entry', async () => {
    await fill('company-expression-requirement', 'import({}, {})');
    const message = page.getByTestId('company-expression-requirement-message');
    expect(await message.textContent()).toContain('不允许调用函数 import');
    expect(await message.textContent()).toContain('可用的变量和常量：area_m2');
    expect(await page.getByTestId('company-expression-add').isDisabled()).toBe(true);
  });

  it('edits a threshold and adds an expression rule', async () => {
    const input = page.getByTestId(ISO_7_MIN_INPUT);
    await input.fill('22');
    await input.press('Enter');
    await fill('company-expression-id', 'min-ach-iso-7');
    await fill('company-expression-label-en', 'ISO 7 air changes (company minimum)');
    await fill('company-expression-label-zh', 'ISO 7 级换气次数（公司下限）');
    await fill('company-expression-clause', 'ACME CS-07 4.2');
    await fill('company-expression-applies', 'iso_class == 7');
    await fill('company-expression-requirement', 'ach >= 24');
    expect(await page.getByTestId('company-expression-requirement-message').textContent()).toBe('表达式有效。');
    await page.getByTestId('company-expression-add').click();
    expect(await page.getByTestId('company-added-rules').textContent()).toContain('iso_class == 7 ⇒ ach >= 24');
  });

  it('saves the set and changes the verdicts', async () => {
    await page.getByTestId('company-save').click();
    expect(await page.getByTestId('company-message').textContent()).toContain('company-acme');
    await page.getByTestId('company-close').click();

    await finding(COMPANY_ACH_RULE, 'room-2', 'fail').waitFor();
    expect(await finding(SOURCE_ACH_RULE, 'room-2', 'pass').count()).toBe(1);
    expect(await finding(COMPANY_EXPRESSION_RULE, 'room-2', 'fail').count()).toBe(1);
    expect(await finding(COMPANY_EXPRESSION_RULE, 'room-cleanest', 'pass').count()).toBe(1);
    expect(await page.locator(`[data-testid="finding"][data-rule-id="${COMPANY_EXPRESSION_RULE}"][data-room-id="room-1"]`).count()).toBe(0);
  });

  it('keeps the company verdicts after a reload', async () => {
    // Autosave stores the project with the company id; on start the stored set is registered again.
    await expect.poll(() => storedProjectText('sample-gmp-cascade'), { timeout: 30_000 }).toContain('company-acme');
    await page.reload();
    await page.getByTestId('app').waitFor();
    await finding(COMPANY_EXPRESSION_RULE, 'room-2', 'fail').waitFor();
    expect(await finding(COMPANY_ACH_RULE, 'room-2', 'fail').count()).toBe(1);
  });
});
