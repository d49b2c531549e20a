import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type BrowserSession } from './support/browser';

/**
 * Picking a standard and an edition in Chromium against the production build. The sample suite's
 * grade C room 2 is set 7.1 Pa above the grade D room 1: GB 50457-2019 (at least 10 Pa between
 * grades) fails that door, GB 50457-2008 (at least 5 Pa between classes) passes it.
 */

const RULE_2019 = 'gb-50457-2019/dp-between-grades';
const RULE_2008 = 'gb-50457-2008/dp-between-classes';

let session: BrowserSession;
let page: Page;

function finding(ruleId: string, roomId: string, outcome: string) {
  return page.locator(`[data-testid="finding"][data-rule-id="${ruleId}"][data-room-id="${roomId}"][data-outcome="${outcome}"]`);
}

function findingsOf(ruleId: string) {
  return page.locator(`[data-testid="finding"][data-rule-id="${ruleId}"]`);
}

async function projectRuleSetIds(): Promise<string[]> {
  return page.evaluate(() => {
    const hook = window.__cleanplanEditor;
    if (!hook) throw new Error('window.__cleanplanEditor is missing: the plan editor is not mounted');
    return [...hook.project().ruleSetIds];
  });
}

/** Opens the top-bar standard menu unless it is open already. */
async function openStandardMenu(): Promise<void> {
  const button = page.getByTestId('rule-set-picker');
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await page.getByTestId('topbar-standard-gb-50457').waitFor();
}

beforeAll(async () => {
  session = await openBrowser(inject('baseUrl'));
  page = session.page;
  await page.goto('/');
  await page.getByTestId('app').waitFor();
  await page.waitForFunction(() => window.__cleanplanEditor !== undefined);
  await page.locator('[data-testid="finding"]').first().waitFor();
});

afterAll(async () => {
  await session?.close();
});

describe('standard and edition picker', () => {
  it('sets room 2 to 7.1 Pa above room 1', async () => {
    await page.locator('[data-testid="finding"][data-room-id="room-2"]').first().click();
    await page.getByTestId('room-panel').waitFor();
    const field = page.getByTestId('room-pressure');
    await field.fill('32');
    await field.press('Enter');
    await page.getByTestId('findings-filter-selected').check();
  });

  it('adds GB 50457 in the edition in force', async () => {
    await openStandardMenu();
    await page.getByTestId('topbar-standard-gb-50457').check();

    expect(await page.getByTestId('topbar-edition-gb-50457').inputValue()).toBe('gb-50457-2019');
    expect(await projectRuleSetIds()).toContain('gb-50457-2019');
    await finding(RULE_2019, 'room-2', 'fail').waitFor();
    expect(await findingsOf(RULE_2008).count()).toBe(0);
  });

  it('shows the 2008 verdict after switching edition', async () => {
    await openStandardMenu();
    await page.getByTestId('topbar-edition-gb-50457').selectOption('gb-50457-2008');

    await finding(RULE_2008, 'room-2', 'pass').waitFor();
    expect(await findingsOf(RULE_2019).count()).toBe(0);
    const ids = await projectRuleSetIds();
    expect(ids).toContain('gb-50457-2008');
    expect(ids).not.toContain('gb-50457-2019');
  });

  it('names the edition used in the top bar', async () => {
    expect(await page.getByTestId('rule-set-picker').textContent()).toContain('GB 50457-2008');
    expect(await page.getByTestId('topbar-edition-note-gb-50457').textContent()).toContain('GB 50457-2019');
  });

  it('cites the 2008 edition on the finding', async () => {
    const citation = await finding(RULE_2008, 'room-2', 'pass').first().getByTestId('finding-citation').textContent();
    expect(citation).toContain('GB 50457-2008');
  });

  it('removes every edition when unticked', async () => {
    await openStandardMenu();
    // click, not uncheck: the menu may close once the row shrinks under the pointer, so the
    // checkbox cannot be read back afterwards.
    await page.getByTestId('topbar-standard-gb-50457').click();

    await findingsOf(RULE_2008).first().waitFor({ state: 'detached' });
    const ids = await projectRuleSetIds();
    expect(ids.some((id) => id.startsWith('gb-50457'))).toBe(false);
  });
});
