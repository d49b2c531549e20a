import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type BrowserSession } from './support/browser';

/**
 * A suite-level finding in Chromium against the production build. In the sample cascade, grade C
 * room 2 opens onto grade D room 1 at 37.4 Pa against 24.9 Pa. Setting room 2 to 20 Pa sends the
 * air from room 1 into the cleaner room, and the China GMP flow-direction rule reports the door
 * naming both rooms in the findings panel.
 */

const RULE = 'china-gmp-2010/suite-flow-direction';

let session: BrowserSession;
let page: Page;

function suiteFindings(outcome: string) {
  return page.locator(`[data-testid="finding"][data-rule-id="${RULE}"][data-outcome="${outcome}"]`);
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

describe('suite flow direction', () => {
  it('passes the sample cascade', async () => {
    await suiteFindings('pass').waitFor();
    expect(await suiteFindings('fail').count()).toBe(0);
  });

  it('names both rooms of a reversed door', async () => {
    await page.locator('[data-testid="finding"][data-room-id="room-2"]').first().click();
    await page.getByTestId('room-panel').waitFor();
    const field = page.getByTestId('room-pressure');
    await field.fill('20');
    await field.press('Enter');

    const failing = suiteFindings('fail');
    await failing.waitFor();
    expect(await failing.count()).toBe(1);
    expect(await failing.getAttribute('data-room-ids')).toBe('room-2 room-1');
    const text = (await failing.textContent()) ?? '';
    expect(text).toContain('房间2 Room 2');
    expect(text).toContain('房间1 Room 1');
    expect(await suiteFindings('pass').count()).toBe(0);
  });
});
