import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type BrowserSession } from './support/browser';

/**
 * An operating-room suite as a hospital contractor meets it in Chromium: a project file checked
 * against GB 50333-2013 is opened, the OR is set to class II and the GB 50333-2013 minimum of
 * 24 air changes shows with its citation. The OR-count calculator then works without a drawing.
 */

const OR_ACH_RULE = 'gb-50333-2013/or-air-changes';

/** Builds the project file of the worked OR (6.0 × 5.4 m, 3.0 m high, 97.2 m³, 2 332.8 m³/h = 24 h⁻¹) and its corridor. */
function orSuiteFile(): string {
  const rectangle = (x: number, widthMm: number, depthMm: number) => [
    { x, y: 0 },
    { x: x + widthMm, y: 0 },
    { x: x + widthMm, y: depthMm },
    { x, y: depthMm },
  ];
  const design = (values: Record<string, number>) => ({
    ach: null, supplyM3h: null, velocityMs: null, freshAirM3h: null, exhaustM3h: null, pressurePa: null,
    temperatureC: null, rhPct: null, illuminanceLx: null, noiseDbA: null, occupants: null, ...values,
  });
  const room = (id: string, name: string, use: string, x: number, widthMm: number, values: Record<string, number>) => ({
    id, name, use, polygon: rectangle(x, widthMm, 5_400), clearHeightM: 3, cleanliness: null, classLabel: null,
    airflowPattern: null, containment: false, design: design(values),
  });
  const project = {
    id: 'or-suite-e2e',
    name: 'OR suite',
    customerName: 'City hospital',
    referenceDate: '2026-06-01',
    ruleSetIds: ['gb-50333-2013'],
    rooms: [
      room('or-1', 'OR 1', 'operating-room', 0, 6_000, { supplyM3h: 2332.8, pressurePa: 20 }),
      room('corridor', 'Clean corridor', 'clean-corridor', 6_000, 2_400, { ach: 10, pressurePa: 10 }),
    ],
    doors: [{ id: 'door-1', roomA: 'or-1', roomB: 'corridor', position: { x: 6_000, y: 2_700 }, widthMm: 1_400 }],
  };
  return JSON.stringify({ format: 'cleanplan-project', schemaVersion: 1, savedAt: '2026-06-01T00:00:00Z', generator: 'cleanplan e2e', project });
}

let session: BrowserSession;
let page: Page;

function orFinding(outcome: string) {
  return page.locator(`[data-testid="finding"][data-rule-id="${OR_ACH_RULE}"][data-room-id="or-1"][data-outcome="${outcome}"]`);
}

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

describe('operating-room suite', () => {
  it('opens the suite unclassed', async () => {
    await page.getByTestId('open-file-input').setInputFiles({
      name: 'or-suite.cleanplan.json',
      mimeType: 'application/json',
      buffer: Buffer.from(orSuiteFile()),
    });
    await page.waitForFunction(() => window.__cleanplanEditor!.project().id === 'or-suite-e2e');
    const missing = orFinding('cannot-evaluate');
    await missing.waitFor();
    expect(await missing.textContent()).toContain('GB 50333');
  });

  it('shows the class II minimum of 24', async () => {
    await orFinding('cannot-evaluate').click();
    await page.getByTestId('room-panel').waitFor();
    const classField = page.getByTestId('room-class');
    await classField.fill('Ⅱ级');
    await classField.press('Enter');

    const passing = orFinding('pass');
    await passing.waitFor();
    const text = (await passing.textContent()) ?? '';
    expect(text).toMatch(/≥ 24/);
    expect(await passing.getByTestId('finding-citation').textContent()).toMatch(/GB 50333-2013.*Table 4\.0\.1/);
  });

  it('sizes the OR against FGI and GB 50333-2002', async () => {
    expect(await page.getByTestId('or-size-area').textContent()).toContain('32.4');
    expect(await page.getByTestId('or-size-fgi-general').textContent()).toMatch(/偏小|too small/);
    expect(await page.getByTestId('or-size-gb2002').textContent()).toMatch(/大型|Large/);
  });

  it('sets a biosafety level on a room', async () => {
    await page.getByTestId('room-biosafety-level').selectOption('BSL-2');
    await page.waitForFunction(() => (window.__cleanplanEditor!.project().rooms[0] as { biosafety?: { level: string } }).biosafety?.level === 'BSL-2');
    await page.getByTestId('room-biosafety-type').waitFor();
  });

  it('estimates OR counts without a drawing', async () => {
    await page.getByTestId('project-menu').click();
    await page.getByTestId('menu-or-count').click();
    const dialog = page.getByTestId('or-count-dialog');
    await dialog.waitFor();

    const fill = async (name: string, value: string) => {
      const field = page.getByTestId(`or-count-${name}`);
      await field.fill(value);
      await field.press('Enter');
    };
    await fill('surgicalPatientBeds', '200');
    await fill('meanStayDays', '8');
    await fill('workingDaysPerYear', '250');
    await fill('operationsPerOrPerDay', '3');
    await fill('totalBeds', '1000');

    await page.getByTestId('or-count-formula-result').filter({ hasText: '→ 13' }).waitFor();
    expect(await page.getByTestId('or-count-gb51039-total-beds-result').textContent()).toContain('→ 20');
    expect(await page.getByTestId('or-count-thumb-general').textContent()).toMatch(/15–18/);
    expect(await page.getByTestId('or-count-surgical-beds-result').textContent()).not.toMatch(/→/);

    await page.getByTestId('or-count-close').click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('logged no page errors', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
