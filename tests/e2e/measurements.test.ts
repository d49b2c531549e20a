import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type BrowserSession } from './support/browser';

/**
 * Entry of measured data in Chromium against the production build. Room 1 of the sample is GMP
 * Grade D, tested against ISO Class 8 at rest with the sample's ISO 14644-1:2015 rule set. Counts
 * typed into the fields and pasted as tab-separated rows classify the room live and give a
 * finding, and invalid text leaves the stored project as it was. The steps share one page and run
 * in order.
 */

const ROOM_ID = 'room-1';
const PARTICLE_RULE = 'iso-14644-1-2015/particle-classification';
const MICROBIAL_RULE = 'china-gmp-2010/microbial-results';

let session: BrowserSession;
let page: Page;

interface StoredMeasurements {
  readonly particles?: { readonly locations: readonly { readonly label: string; readonly samples: readonly unknown[] }[] } | null;
  readonly microbial?: Record<string, number[]> | null;
}

/** Measured data of the room in the project store, as JSON text. */
async function storedMeasurementsText(): Promise<string> {
  return page.evaluate((roomId) => {
    const hook = window.__cleanplanEditor;
    if (!hook) throw new Error('window.__cleanplanEditor is missing: the plan editor is not mounted');
    const project = hook.project() as unknown as { rooms: { id: string; measurements?: unknown }[] };
    return JSON.stringify(project.rooms.find((room) => room.id === roomId)?.measurements ?? null);
  }, ROOM_ID);
}

async function storedMeasurements(): Promise<StoredMeasurements | null> {
  return JSON.parse(await storedMeasurementsText()) as StoredMeasurements | null;
}

async function commitField(testId: string, text: string): Promise<void> {
  const field = page.getByTestId(testId);
  await field.fill(text);
  await field.press('Enter');
}

/** Text of the inline error that the input with `testId` names in its `aria-describedby`. */
async function fieldErrorText(testId: string): Promise<string> {
  const errorId = await page.getByTestId(testId).getAttribute('aria-describedby');
  if (errorId === null) throw new Error(`${testId} shows no error: it has no aria-describedby`);
  return (await page.locator(`[id="${errorId}"]`).textContent()) ?? '';
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

describe('measured data in Chromium', () => {
  it('opens the panel from the room panel', async () => {
    await page.locator(`[data-testid="finding"][data-room-id="${ROOM_ID}"]`).first().click();
    await page.getByTestId('room-panel').waitFor();
    await page.getByTestId('room-measurements-toggle').click();
    await page.getByTestId('measurements-start-particles').click();

    await page.getByTestId('measurements-summary').waitFor();
    expect(await page.getByTestId('measurements-iso-class').inputValue()).toBe('8');
    expect(await page.getByTestId('measurements-outcome').getAttribute('data-outcome')).toBe('cannot-evaluate');
    // 20 particles at the ISO Class 8 limit of 29 300 /m³ at 5 µm need 0.7 L, so one minute at 28.3 L/min governs.
    expect(await page.getByTestId('measurements-required-volume').getAttribute('data-value')).toBe('28.3');
  });

  it('classifies typed and pasted counts', async () => {
    const required = Number(await page.getByTestId('measurements-required-locations').getAttribute('data-value'));
    expect(required).toBeGreaterThan(1);

    await page.getByTestId('measurements-add-location').click();
    await commitField('measurements-location-0-sample-0-count-0.5', '1200');
    await commitField('measurements-location-0-sample-0-count-5', '3');
    const rows = Array.from({ length: required - 1 }, (_, index) => `P${index + 2}\t28.3\t1000\t2`);
    await page.getByTestId('measurements-paste').fill(rows.join('\n'));
    await page.getByTestId('measurements-paste-add').click();

    await page.locator('[data-testid="measurements-outcome"][data-outcome="pass"]').waitFor();
    const achieved = Number(await page.getByTestId('measurements-achieved-class').getAttribute('data-value'));
    expect(achieved).toBeGreaterThan(1);
    expect(achieved).toBeLessThanOrEqual(8);
    const stored = await storedMeasurements();
    expect(stored?.particles?.locations.map((location) => location.label)).toEqual(['L1', ...rows.map((row) => row.split('\t')[0])]);

    const finding = page.locator(`[data-testid="finding"][data-rule-id="${PARTICLE_RULE}"][data-room-id="${ROOM_ID}"][data-outcome="pass"]`);
    await finding.waitFor();
    expect(await finding.count()).toBe(1);
  });

  it('fails a location over the limit', async () => {
    await commitField('measurements-location-0-sample-0-count-0.5', '4000000');

    await page.locator('[data-testid="measurements-outcome"][data-outcome="fail"]').waitFor();
    await page.locator(`[data-testid="finding"][data-rule-id="${PARTICLE_RULE}"][data-room-id="${ROOM_ID}"][data-outcome="fail"]`).waitFor();
    await commitField('measurements-location-0-sample-0-count-0.5', '1200');
    await page.locator('[data-testid="measurements-outcome"][data-outcome="pass"]').waitFor();
  });

  it('rejects a negative count', async () => {
    const before = await storedMeasurementsText();
    const countId = 'measurements-location-0-sample-0-count-0.5';

    await commitField(countId, '-5');

    expect(await fieldErrorText(countId)).toContain('-5');
    expect(await storedMeasurementsText()).toBe(before);
  });

  it('rejects text and a zero volume', async () => {
    const before = await storedMeasurementsText();
    const countId = 'measurements-location-0-sample-0-count-5';
    const volumeId = 'measurements-location-0-sample-0-volume';

    await commitField(countId, 'abc');
    await commitField(volumeId, '0');

    expect(await fieldErrorText(countId)).toContain('abc');
    expect(await fieldErrorText(volumeId)).toContain('0');
    expect(await storedMeasurementsText()).toBe(before);
  });

  it('rejects a pasted row with a bad count', async () => {
    const before = await storedMeasurementsText();

    await page.getByTestId('measurements-paste').fill('P99\t28.3\t-4\t1');
    await page.getByTestId('measurements-paste-add').click();

    const error = page.getByTestId('measurements-paste-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('-4');
    expect(await storedMeasurementsText()).toBe(before);
  });

  it('records microbial results of the grade room', async () => {
    await page.getByTestId('measurements-start-microbial').click();
    await commitField('measurements-microbial-settlePlate', '12, 40');

    await page.getByTestId('measurements-microbial-outcome').waitFor();
    const stored = await storedMeasurements();
    expect(stored?.microbial?.settlePlate).toEqual([12, 40]);
    await page.locator(`[data-testid="finding"][data-rule-id="${MICROBIAL_RULE}"][data-room-id="${ROOM_ID}"]`).first().waitFor();
  });
});
