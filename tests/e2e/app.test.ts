import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type BrowserSession } from './support/browser';

/**
 * The app as a user meets it, in Debian Chromium against the production build. The sample opens
 * checked, and a drawn room gets a GB 50073 air-change finding. Edits survive a reload, the
 * Chinese PDF contains Chinese text, and a broken file leaves the project alone. The steps share
 * one browser profile and run in order.
 */

const ACH_MIN_RULE = 'gb-50073-2013/ach-non-unidirectional-min';
const SAMPLE_ROOM_IDS = ['room-corridor', 'room-airlock', 'room-1', 'room-2', 'room-cleanest'];

interface StoredRoom {
  readonly id: string;
  readonly name: string;
  readonly clearHeightM: number | null;
  readonly classLabel: string | null;
  readonly design: { readonly ach: number | null };
}

let session: BrowserSession;
let page: Page;
let workDir: string;
let newRoomId = '';

async function openProject(): Promise<{ rooms: StoredRoom[]; name: string }> {
  return page.evaluate(() => {
    const hook = window.__cleanplanEditor;
    if (!hook) throw new Error('window.__cleanplanEditor is missing: the plan editor is not mounted');
    return hook.project() as unknown as { rooms: StoredRoom[]; name: string };
  });
}

async function waitForApp(): Promise<void> {
  await page.getByTestId('app').waitFor();
  await page.getByTestId('plan-stage').waitFor();
  await page.waitForFunction(() => window.__cleanplanEditor !== undefined);
}

async function commitField(testId: string, text: string): Promise<void> {
  const field = page.getByTestId(testId);
  await field.fill(text);
  await field.press('Enter');
}

function findingFor(roomId: string, outcome: string) {
  return page.locator(`[data-testid="finding"][data-rule-id="${ACH_MIN_RULE}"][data-room-id="${roomId}"][data-outcome="${outcome}"]`);
}

/** Text of the project stored in IndexedDB under `project:<id>`, read inside the page. */
async function storedProjectText(projectId: string): Promise<string | null> {
  return page.evaluate(
    (key) =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open('cleanplan');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          const request = database.transaction('projects', 'readonly').objectStore('projects').get(key);
          request.onsuccess = () => {
            database.close();
            resolve((request.result as string | undefined) ?? null);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    `project:${projectId}`,
  );
}

/** Poll IndexedDB until the stored project has the room with the given ACH (at most 10 s). */
async function waitForStoredAch(projectId: string, roomId: string, ach: number): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const text = await storedProjectText(projectId);
    const stored = text === null ? null : (JSON.parse(text) as { project: { rooms: StoredRoom[] } });
    if (stored?.project.rooms.some((room) => room.id === roomId && room.design.ach === ach)) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`project:${projectId} in IndexedDB never stored room ${roomId} with ACH ${ach}`);
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'cleanplan-app-e2e-'));
  session = await openBrowser(inject('baseUrl'));
  page = session.page;
  await page.goto('/');
  await waitForApp();
});

afterAll(async () => {
  await session?.close();
  rmSync(workDir, { recursive: true, force: true });
});

describe('app in Chromium', () => {
  it('opens the sample already checked', async () => {
    await page.locator('[data-testid="finding"]').first().waitFor();

    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.getByTestId('project-title').textContent()).toContain('五室正压梯度');
    const project = await openProject();
    expect(project.rooms.map((room) => room.id)).toEqual(SAMPLE_ROOM_IDS);
    expect(await page.locator('[data-testid="finding"]').count()).toBeGreaterThan(5);
  });

  it('selects a room from its finding', async () => {
    await page.locator('[data-testid="finding"][data-room-id="room-airlock"]').first().click();

    await page.getByTestId('room-panel').waitFor();
    expect(await page.getByTestId('room-name').inputValue()).toBe('气闸 Airlock');
    await page.getByTestId('findings-filter-selected').check();
    const roomIds = await page.locator('[data-testid="finding"]').evaluateAll((items) => items.map((item) => item.getAttribute('data-room-id')));
    expect(roomIds.length).toBeGreaterThan(0);
    expect(roomIds.every((id) => id === 'room-airlock' || id === 'room-1' || id === 'room-corridor')).toBe(true);
    await page.getByTestId('findings-filter-selected').uncheck();
  });

  it('flags a drawn room with too few air changes', async () => {
    const stage = page.getByTestId('plan-stage');
    const box = await stage.boundingBox();
    if (box === null) throw new Error('the plan stage has no bounding box');

    // Zoom out until the free area below the sample (y 10–14 m) is on screen.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const corner = () => page.evaluate(() => window.__cleanplanEditor!.modelToScreen(5000, 14000));
    for (let attempt = 0; attempt < 10 && (await corner()).y > box.y + box.height - 20; attempt += 1) {
      await page.mouse.wheel(0, 400);
    }
    const start = await page.evaluate(() => window.__cleanplanEditor!.modelToScreen(0, 10000));
    const end = await corner();
    expect(end.y).toBeLessThan(box.y + box.height);

    await page.getByTestId('tool-rect').click();
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 4 });
    await page.mouse.move(end.x, end.y, { steps: 4 });
    await page.mouse.up();

    const project = await openProject();
    const drawn = project.rooms.filter((room) => !SAMPLE_ROOM_IDS.includes(room.id));
    expect(drawn).toHaveLength(1);
    newRoomId = drawn[0]!.id;

    // The rectangle tool may leave the new room selected; select it explicitly if not.
    const nameField = page.getByTestId('room-name');
    const panelShowsNewRoom = (await nameField.count()) > 0 && (await nameField.inputValue()) === drawn[0]!.name;
    if (!panelShowsNewRoom) {
      await page.getByTestId('tool-select').click();
      await page.mouse.click((start.x + end.x) / 2, (start.y + end.y) / 2);
    }
    await page.getByTestId('room-panel').waitFor();
    expect(await nameField.inputValue()).toBe(drawn[0]!.name);
    await commitField('room-class', 'ISO 7');
    await commitField('room-height', '2.7');
    await commitField('room-supply-value', '10');

    const failing = findingFor(newRoomId, 'fail');
    await failing.waitFor();
    const citation = await failing.getByTestId('finding-citation').textContent();
    expect(citation).toContain('GB 50073-2013');
    expect(citation).toContain('6.3.3');
  });

  it('passes the room at 20 air changes', async () => {
    await commitField('room-supply-value', '20');

    await findingFor(newRoomId, 'pass').waitFor();
    expect(await findingFor(newRoomId, 'fail').count()).toBe(0);
  });

  it('keeps the room after a reload', async () => {
    // Autosave is debounced: wait until the stored copy has the last edit before reloading.
    await waitForStoredAch('sample-gmp-cascade', newRoomId, 20);

    await page.getByTestId('language-en').click();
    await page.reload();
    await waitForApp();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByTestId('language-zh-CN').click();

    const room = (await openProject()).rooms.find((candidate) => candidate.id === newRoomId);
    expect(room).toBeDefined();
    expect(room?.classLabel).toBe('ISO 7');
    expect(room?.clearHeightM).toBe(2.7);
    expect(room?.design.ach).toBe(20);
    await findingFor(newRoomId, 'pass').waitFor();
  });

  it('downloads a Chinese PDF with Chinese text', async () => {
    await page.getByTestId('language-zh-CN').click();
    await page.getByTestId('project-menu').click();
    const downloadPromise = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByTestId('menu-pdf-zh').click();

    const continueButton = page.getByTestId('pdf-export-continue');
    const download = await Promise.race([
      downloadPromise,
      continueButton.waitFor({ timeout: 30_000 }).then(async () => {
        await continueButton.click();
        return downloadPromise;
      }),
    ]);
    expect(download.suggestedFilename()).toMatch(/-compliance-zh-CN\.pdf$/);

    const pdfPath = join(workDir, 'report-zh.pdf');
    await download.saveAs(pdfPath);
    expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('最洁净间');
    expect(text).toContain('换气次数');
    await page.getByTestId('pdf-export-close').click();
  });

  it('warns before drawing missing glyphs', async () => {
    await findingFor(newRoomId, 'pass').click();
    await commitField('room-name', '堃 test room');
    await page.getByTestId('project-menu').click();
    await page.getByTestId('menu-pdf-en').click();

    const dialog = page.getByTestId('pdf-missing-glyphs-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('堃 test room');
    expect(await dialog.textContent()).toContain('U+5803');
    await dialog.getByRole('button', { name: '取消' }).click();
    expect(await dialog.count()).toBe(0);
  });

  it('exports an English PDF with placeholders', async () => {
    await page.getByTestId('project-menu').click();
    await page.getByTestId('menu-pdf-en').click();
    const downloadPromise = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByTestId('pdf-export-continue').click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/-compliance-en\.pdf$/);

    const pdfPath = join(workDir, 'report-en.pdf');
    await download.saveAs(pdfPath);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('Cleanest space');
    expect(text).toContain('[U+5803]');
    expect(text).not.toContain('堃');
    await page.getByTestId('pdf-export-close').click();
  });

  it('exports the project file', async () => {
    await page.getByTestId('project-menu').click();
    const downloadPromise = page.waitForEvent('download');
    await page.getByTestId('menu-export').click();
    const download = await downloadPromise;

    expect(download.suggestedFilename()).toMatch(/\.cleanplan\.json$/);
    const filePath = join(workDir, download.suggestedFilename());
    await download.saveAs(filePath);
    const exported = JSON.parse(readFileSync(filePath, 'utf8')) as { format: string; schemaVersion: number; project: { rooms: StoredRoom[] } };
    expect(exported.format).toBe('cleanplan-project');
    expect(exported.schemaVersion).toBe(1);
    expect(exported.project.rooms.some((room) => room.id === newRoomId && room.design.ach === 20)).toBe(true);
  });

  it('rejects a broken project file', async () => {
    const before = await openProject();
    const storedBefore = await storedProjectText('sample-gmp-cascade');

    await page.getByTestId('open-file-input').setInputFiles({
      name: 'broken.cleanplan.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"cleanplan-project","schemaVersion":1,"project":{"id":"x","rooms":"none"}}'),
    });

    const dialog = page.getByTestId('import-error-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('broken.cleanplan.json');
    expect(await dialog.locator('li').count()).toBeGreaterThan(0);
    await page.getByTestId('import-dialog-close').click();

    expect(await openProject()).toEqual(before);
    expect(await storedProjectText('sample-gmp-cascade')).toBe(storedBefore);
  });

  it('reopens a project saved in the browser', async () => {
    await page.getByTestId('project-menu').click();
    await page.getByTestId('menu-new').click();
    await page.waitForFunction(() => window.__cleanplanEditor!.project().rooms.length === 0);

    await page.getByTestId('project-menu').click();
    await page.locator('[data-testid="menu-stored-project"][data-project-id="sample-gmp-cascade"]').click();
    await page.waitForFunction(() => window.__cleanplanEditor!.project().id === 'sample-gmp-cascade');

    const rooms = (await openProject()).rooms;
    expect(rooms.map((room) => room.id)).toEqual([...SAMPLE_ROOM_IDS, newRoomId]);
  });

  it('logged no page errors', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
