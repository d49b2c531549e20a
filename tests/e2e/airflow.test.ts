import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Project } from '../../src/domain/project';
import { checkProject } from '../../src/engine/index';
import type { CheckResult } from '../../src/engine/findings';
import { formatNumber } from '../../src/i18n/format';
import { formatCell, roomDataSheetRows } from '../../src/report/datasheet/rows';
import { openBrowser, type BrowserSession } from './support/browser';

/**
 * The air side in Debian Chromium against the production build: three rooms in a row drawn with
 * the mouse (+30, +15 and 0 Pa) with a door on each shared wall. The door between the second and
 * third room is made a 1800 mm double door in the door panel, after an invalid width has been
 * rejected. The plan must then show every door's flow and every room's offset as the engine
 * computes them for the same project in Node, and the room data sheet dialog must list them.
 * The steps share one page and run in order.
 */

interface Point {
  readonly x: number;
  readonly y: number;
}

const ROOM_WIDTH_MM = 4000;
const ROOM_DEPTH_MM = 3000;
const PRESSURES_PA = [30, 15, 0] as const;
/** Largest mass-balance error accepted between a room's offset and its door flows (m³/h). */
const BALANCE_TOLERANCE_M3H = 0.1;

let session: BrowserSession;
let page: Page;
let roomIds: string[] = [];
let doorIds: string[] = [];

async function project(): Promise<Project> {
  return page.evaluate(() => {
    const hook = window.__cleanplanEditor;
    if (!hook) throw new Error('window.__cleanplanEditor is missing: the plan editor is not mounted');
    return hook.project();
  });
}

/** Returns the texts of the Konva nodes named `name`, once at least one is drawn (the overlay loads lazily). */
async function nodeTexts(name: string): Promise<string[]> {
  await page.waitForFunction((nodeName) => window.__cleanplanEditor!.countNodes(nodeName) > 0, name);
  return page.evaluate((nodeName) => window.__cleanplanEditor!.nodeTexts(nodeName), name);
}

/** Page coordinates of a model point, checked to lie on the stage so that a press lands on the canvas. */
async function onScreen(point: Point): Promise<Point> {
  const screen = await page.evaluate(([x, y]) => window.__cleanplanEditor!.modelToScreen(x, y), [point.x, point.y] as const);
  const box = await page.getByTestId('plan-stage').boundingBox();
  if (!box) throw new Error('the plan stage has no bounding box');
  const inside = screen.x > box.x && screen.x < box.x + box.width && screen.y > box.y && screen.y < box.y + box.height;
  if (!inside) throw new Error(`model point (${point.x}, ${point.y}) mm is at page (${screen.x}, ${screen.y}), outside the stage ${JSON.stringify(box)}`);
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

/** Checks the browser's current project with the engine, here in Node. */
async function engineResult(): Promise<{ project: Project; result: CheckResult }> {
  const current = await project();
  return { project: current, result: checkProject(current) };
}

function flowOf(result: CheckResult, doorId: string): { from: string; to: string; flowM3h: number } {
  const flow = result.airside?.doors.find((candidate) => candidate.doorId === doorId);
  if (!flow || flow.flowM3h === null) throw new Error(`the engine has no flow for door ${doorId}: ${JSON.stringify(result.airside?.doors)}`);
  return { from: flow.from, to: flow.to, flowM3h: flow.flowM3h };
}

/** Flow (m³/h) from room `a` into room `b` through a door, whichever order the engine reports the sides in. */
function flowBetween(result: CheckResult, doorId: string, a: string, b: string): number {
  const flow = flowOf(result, doorId);
  if (flow.from === a && flow.to === b) return flow.flowM3h;
  if (flow.from === b && flow.to === a) return -flow.flowM3h;
  throw new Error(`door ${doorId} joins ${flow.from} and ${flow.to}, not ${a} and ${b}`);
}

function offsetOf(result: CheckResult, roomId: string): number {
  const room = result.airside?.rooms.find((candidate) => candidate.roomId === roomId);
  if (!room || room.offsetM3h === null) throw new Error(`the engine has no offset for room ${roomId}`);
  return room.offsetM3h;
}

function signed(value: number, decimals: number): string {
  const text = formatNumber(Math.abs(value), 'en', decimals);
  if (text === formatNumber(0, 'en', decimals)) return text;
  return value > 0 ? `+${text}` : `−${text}`;
}

beforeAll(async () => {
  session = await openBrowser(inject('baseUrl'));
  page = session.page;
  await page.goto('/');
  await page.getByTestId('plan-stage').waitFor();
  await page.waitForFunction(() => window.__cleanplanEditor !== undefined && window.__cleanplanEditor.project().rooms.length > 0);
  await page.getByTestId('language-en').click();
  await page.getByTestId('project-menu').click();
  await page.getByTestId('menu-new').click();
  await page.waitForFunction(() => window.__cleanplanEditor!.project().rooms.length === 0);
});

afterAll(async () => {
  await session?.close();
});

describe('air side on the plan in Chromium', () => {
  it('draws three rooms and two doors', async () => {
    await page.getByTestId('tool-rect').click();
    for (let index = 0; index < 3; index++) {
      const left = index * ROOM_WIDTH_MM;
      await dragMm({ x: left, y: 0 }, { x: left + ROOM_WIDTH_MM, y: ROOM_DEPTH_MM });
    }
    const withRooms = await project();
    expect(withRooms.rooms).toHaveLength(3);
    roomIds = withRooms.rooms.map((room) => room.id);

    await page.getByTestId('tool-door').click();
    await clickMm({ x: ROOM_WIDTH_MM, y: ROOM_DEPTH_MM / 2 });
    await clickMm({ x: 2 * ROOM_WIDTH_MM, y: ROOM_DEPTH_MM / 2 });
    const withDoors = await project();
    expect(withDoors.doors).toHaveLength(2);
    doorIds = withDoors.doors.map((door) => door.id);
    expect(new Set([withDoors.doors[0]!.roomA, withDoors.doors[0]!.roomB])).toEqual(new Set([roomIds[0], roomIds[1]]));
    expect(new Set([withDoors.doors[1]!.roomA, withDoors.doors[1]!.roomB])).toEqual(new Set([roomIds[1], roomIds[2]]));
  });

  it('sets the room pressures in the room panel', async () => {
    await page.getByTestId('tool-select').click();
    for (let index = 0; index < 3; index++) {
      await clickMm({ x: index * ROOM_WIDTH_MM + ROOM_WIDTH_MM / 2, y: ROOM_DEPTH_MM / 2 });
      await page.getByTestId('room-panel').waitFor();
      const field = page.getByTestId('room-pressure');
      await field.fill(String(PRESSURES_PA[index]));
      await field.press('Enter');
    }
    const current = await project();
    expect(current.rooms.map((room) => room.design.pressurePa)).toEqual([...PRESSURES_PA]);
  });

  it('rejects an invalid door width unchanged', async () => {
    // Clear the room selection first: the selected room's transformer has a handle on this door.
    await page.keyboard.press('Escape');
    await clickMm({ x: 2 * ROOM_WIDTH_MM, y: ROOM_DEPTH_MM / 2 });
    await page.getByTestId('door-panel').waitFor();
    const before = await project();

    const width = page.getByTestId('door-width');
    await width.fill('9OO');
    await width.press('Enter');
    const error = page.getByTestId('door-width-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('"9OO" is not a number');
    // A required field cannot be cleared, so the message does not suggest it.
    expect(await error.textContent()).not.toContain('clear the field');
    expect(await project()).toEqual(before);

    await width.fill('');
    await width.press('Enter');
    expect(await error.textContent()).toContain('Clear width is empty');
    expect(await project()).toEqual(before);

    // A width typed in the wrong unit (or 1e9) is beyond any door between two rooms.
    await width.fill('1e9');
    await width.press('Enter');
    expect(await error.textContent()).toContain('6000');
    expect(await project()).toEqual(before);
  });

  it('makes the second door a double door', async () => {
    await page.getByTestId('door-type').selectOption('double');
    const width = page.getByTestId('door-width');
    await width.fill('1800');
    await width.press('Enter');
    const door = (await project()).doors.find((candidate) => candidate.id === doorIds[1]);
    expect(door?.type).toBe('double');
    expect(door?.widthMm).toBe(1800);
  });

  it('draws each door flow as the engine computes it', async () => {
    const { result } = await engineResult();
    for (const doorId of doorIds) {
      const flow = flowOf(result, doorId);
      expect(Math.abs(flow.flowM3h)).toBeGreaterThan(1);
      expect(await nodeTexts(`door-flow-${doorId}`)).toEqual([`${formatNumber(Math.abs(flow.flowM3h), 'en', 0)} m³/h`]);
    }
    // Air leaves the higher-pressure room: +30 → +15 → 0 Pa.
    expect(flowBetween(result, doorIds[0]!, roomIds[0]!, roomIds[1]!)).toBeGreaterThan(0);
    expect(flowBetween(result, doorIds[1]!, roomIds[1]!, roomIds[2]!)).toBeGreaterThan(0);
    // The double door passes more air at the same 15 Pa step.
    expect(flowBetween(result, doorIds[1]!, roomIds[1]!, roomIds[2]!)).toBeGreaterThan(flowBetween(result, doorIds[0]!, roomIds[0]!, roomIds[1]!));
  });

  it('shows door flow and direction in the door panel', async () => {
    const { result } = await engineResult();
    const flow = flowBetween(result, doorIds[1]!, roomIds[1]!, roomIds[2]!);
    const names = (await project()).rooms.map((room) => room.name);
    expect(await page.getByTestId('door-computed-flow').textContent()).toBe(`${formatNumber(flow, 'en', 0)} m³/h from ${names[1]} to ${names[2]}`);
    expect(await page.getByTestId('door-computed-dp').textContent()).toBe('15 Pa');
  });

  it('labels each room with pressure and offset', async () => {
    const { result } = await engineResult();
    const intoMiddle = flowBetween(result, doorIds[0]!, roomIds[0]!, roomIds[1]!);
    const outOfMiddle = flowBetween(result, doorIds[1]!, roomIds[1]!, roomIds[2]!);
    // Mass balance: a room's offset is the net air leaving it through its doors.
    const balances = [intoMiddle, outOfMiddle - intoMiddle, -outOfMiddle];

    for (let index = 0; index < 3; index++) {
      const roomId = roomIds[index]!;
      const offset = offsetOf(result, roomId);
      expect(Math.abs(offset - balances[index]!)).toBeLessThan(BALANCE_TOLERANCE_M3H);
      // A room the engine recognises as an airlock also names its type (cascade, bubble or sink).
      const airlock = result.airside!.airlocks.find((candidate) => candidate.roomId === roomId);
      const airlockLine = airlock === undefined ? '' : `\n${airlock.type} airlock`;
      const expected = `${signed(PRESSURES_PA[index]!, 1)} Pa\noffset ${signed(offset, 0)} m³/h${airlockLine}`;
      expect(await nodeTexts(`room-airside-${roomId}`)).toEqual([expected]);
    }
    expect(offsetOf(result, roomIds[0]!)).toBeGreaterThan(0);
    expect(offsetOf(result, roomIds[2]!)).toBeLessThan(0);
  });

  it('lists offsets in the room data sheet', async () => {
    const { project: current, result } = await engineResult();
    const sheet = roomDataSheetRows(current, result, 'en');
    const offsetColumn = sheet.rooms.columns.findIndex((column) => column.key === 'offsetM3h');
    const pressureColumn = sheet.rooms.columns.findIndex((column) => column.key === 'pressurePa');
    expect(offsetColumn).toBeGreaterThan(-1);

    await page.getByTestId('open-data-sheet').click();
    const table = page.getByTestId('data-sheet-rooms');
    await table.waitFor();
    const offsets = await table.locator('td[data-column="offsetM3h"]').allTextContents();
    const pressures = await table.locator('td[data-column="pressurePa"]').allTextContents();

    const expectedOffsets = roomIds.map((roomId) => {
      const rowIndex = current.rooms.findIndex((room) => room.id === roomId);
      return formatCell(sheet.rooms.rows[rowIndex]![offsetColumn]!, sheet.rooms.columns[offsetColumn]!, 'en');
    });
    expect(offsets).toEqual(expectedOffsets);
    expect(offsets.every((text) => text !== '—')).toBe(true);
    expect(pressures).toEqual(sheet.rooms.rows.map((row) => formatCell(row[pressureColumn]!, sheet.rooms.columns[pressureColumn]!, 'en')));
    // The sheet's offsets are the engine's, rounded as the column prints them.
    for (let index = 0; index < 3; index++) {
      const column = sheet.rooms.columns[offsetColumn]!;
      expect(offsets[index]).toBe(formatNumber(offsetOf(result, roomIds[index]!), 'en', column.decimals));
    }

  });

  it('exports the data sheet as xlsx and PDF', async () => {
    const files = [
      { testId: 'data-sheet-export-xlsx', extension: 'xlsx', magic: 'PK' },
      { testId: 'data-sheet-export-pdf', extension: 'pdf', magic: '%PDF' },
    ];
    for (const file of files) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(file.testId).click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`-room-data-sheet-en\\.${file.extension}$`));
      const stream = await download.createReadStream();
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      const bytes = Buffer.concat(chunks);
      expect(bytes.subarray(0, file.magic.length).toString('latin1')).toBe(file.magic);
      const status = page.getByTestId('data-sheet-export-status');
      await expect.poll(() => status.getAttribute('data-phase')).toBe('saved');
    }

    await page.getByTestId('data-sheet-close').click();
    await page.getByTestId('room-data-sheet').waitFor({ state: 'detached' });
  });

  it('shows the offset in the room panel', async () => {
    const { result } = await engineResult();
    await page.keyboard.press('Escape');
    await clickMm({ x: ROOM_WIDTH_MM / 2, y: ROOM_DEPTH_MM / 2 });
    const offset = page.getByTestId('room-airside-offset');
    await offset.waitFor();
    expect(await offset.textContent()).toBe(`${signed(offsetOf(result, roomIds[0]!), 0)} m³/h`);
    expect(await page.getByTestId('room-airside-pressure').textContent()).toBe('+30 Pa');
  });

  it('lays out terminals for a chosen terminal', async () => {
    const classField = page.getByTestId('room-class');
    await classField.fill('ISO 7');
    await classField.press('Enter');
    await page.getByTestId('room-terminal').selectOption('hepa-610x610');

    const { result } = await engineResult();
    const layout = result.airside?.rooms.find((room) => room.roomId === roomIds[0])?.terminals;
    expect(layout?.terminalId).toBe('hepa-610x610');
    expect(layout!.count).toBeGreaterThan(0);
    expect(layout!.positionsMm).toHaveLength(layout!.count);
    expect(await page.getByTestId('room-airside-terminals').textContent()).toBe(`${layout!.count} (derived ${layout!.derivedCount})`);
  });

  it('toggles terminal and sampling markers', async () => {
    const placements = `airside-placements-${roomIds[0]}`;
    const count = () => page.evaluate((name) => window.__cleanplanEditor!.countNodes(name), placements);
    expect(await count()).toBe(1);

    await page.getByTestId('overlay-terminals').click();
    expect(await count()).toBe(0);

    await page.getByTestId('overlay-sampling').click();
    const { result } = await engineResult();
    expect(result.airside?.rooms.find((room) => room.roomId === roomIds[0])?.sampling?.positionsMm.length).toBeGreaterThan(0);
    expect(await count()).toBe(1);

    await page.getByTestId('overlay-sampling').click();
    await page.getByTestId('overlay-terminals').click();
  });

  it('adds AHUs and rejects a duplicate tag', async () => {
    await page.keyboard.press('Escape');
    await page.getByTestId('project-airside').waitFor();
    await page.getByTestId('ahu-add').click();
    await page.getByTestId('ahu-add').click();
    const withAhus = await project();
    expect(withAhus.airside?.ahus.map((ahu) => ahu.name)).toEqual(['AHU-1', 'AHU-2']);

    const second = page.getByTestId('ahu-name-1');
    await second.fill('AHU-1');
    await second.press('Enter');
    expect(await page.getByRole('alert').filter({ hasText: 'Another AHU is already tagged "AHU-1"' }).count()).toBe(1);
    expect(await project()).toEqual(withAhus);
  });

  it('deleting an AHU unassigns its room', async () => {
    const ahuId = (await project()).airside!.ahus[0]!.id;
    await clickMm({ x: ROOM_WIDTH_MM / 2, y: ROOM_DEPTH_MM / 2 });
    await page.getByTestId('room-ahu').selectOption(ahuId);
    expect((await project()).rooms[0]!.ahuId).toBe(ahuId);

    await page.getByTestId('open-data-sheet').click();
    const ahuTable = page.getByTestId('data-sheet-ahus');
    await ahuTable.waitFor();
    const ahuRow = await ahuTable.locator('tbody tr').first().textContent();
    expect(ahuRow).toContain('AHU-1');
    expect(ahuRow).toContain((await project()).rooms[0]!.name);
    await page.getByTestId('data-sheet-close').click();

    await page.keyboard.press('Escape');
    await page.getByTestId('ahu-delete-0').click();
    const after = await project();
    expect(after.airside?.ahus.map((ahu) => ahu.name)).toEqual(['AHU-2']);
    expect(after.rooms[0]!.ahuId).toBeNull();
  });

  it('re-rates a catalog terminal on resize', async () => {
    await page.getByTestId('terminal-catalog-toggle').click();
    await page.getByTestId('terminal-catalog').waitFor();
    expect((await project()).airside?.terminalCatalog).toBeNull();

    const width = page.getByTestId('terminal-width-0');
    await width.fill('1220');
    await width.press('Enter');
    const catalog = (await project()).airside?.terminalCatalog;
    expect(catalog).not.toBeNull();
    const entry = catalog![0]!;
    expect(entry.faceWidthMm).toBe(1220);
    // Face-velocity arithmetic: Q = W × L × v × 3600 with W and L in metres.
    expect(entry.ratedM3h).toBeCloseTo((entry.faceWidthMm / 1000) * (entry.faceLengthMm / 1000) * entry.faceVelocityMs * 3600, 6);

    const velocity = page.getByTestId('terminal-velocity-0');
    await velocity.fill('0');
    await velocity.press('Enter');
    expect(await page.getByTestId('terminal-velocity-0-error').textContent()).toContain('0 is not positive');
    expect((await project()).airside?.terminalCatalog).toEqual(catalog);
  });

  it('logs no page errors', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
