import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDoors } from '../../../src/cli/loadDoors';
import { loadInput } from '../../../src/cli/loadInput';
import { checkProject, getRuleSets } from '../../../src/engine/index';
import { roomDataSheetRows } from '../../../src/report/datasheet/rows';
import { MISSING_MARK } from '../../../src/report/datasheet/types';
import { runCli } from '../../support/cli';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CASCADE_CSV = 'public/examples/five-room-cascade.csv';
const CASCADE_DOORS_CSV = 'public/examples/five-room-cascade-doors.csv';
/** Each run starts tsx and loads the rule data and fonts, so allow more than the default 5 s. */
const CLI_TIMEOUT_MS = 60_000;

const outputDir = mkdtempSync(join(tmpdir(), 'cleanplan-datasheet-'));
afterAll(() => rmSync(outputDir, { recursive: true, force: true }));



/** Builds the data sheet in-process from the same files, the way the command does. */
async function expectedSheet(locale: 'en' | 'zh-CN', doorsFile: string | null = null) {
  const input = await loadInput(join(ROOT, CASCADE_CSV), locale);
  const project = doorsFile === null ? input.project : (await loadDoors(join(ROOT, doorsFile), input.project, locale)).project;
  const ruleSets = getRuleSets(project.ruleSetIds);
  return roomDataSheetRows(project, checkProject(project, ruleSets), locale);
}

describe('cleanplan datasheet', { timeout: CLI_TIMEOUT_MS }, () => {
  it('writes xlsx equal to the rows', async () => {
    const xlsxPath = join(outputDir, 'cascade-en.xlsx');
    const run = await runCli(['datasheet', CASCADE_CSV, '--xlsx', xlsxPath, '--lang', 'en']);
    expect(run.stderr).toContain(`xlsx written: ${xlsxPath}`);
    expect(run.code).toBe(0);

    const workbook = await readXlsxFile(readFileSync(xlsxPath));
    const sheet = await expectedSheet('en');
    expect(workbook.map((entry) => entry.sheet)).toEqual(['Rooms', 'AHUs', 'Doors', 'Test plan', 'Notes']);
    const rooms = workbook[0]!.data;
    expect(rooms[0]).toEqual(sheet.rooms.columns.map((column) => column.header));
    expect(rooms.slice(1)).toEqual(sheet.rooms.rows.map((row) => row.map((cell) => cell ?? MISSING_MARK)));
    expect(rooms.slice(1).map((row) => row[1])).toEqual(['Personnel corridor', 'Airlock', 'Room 1', 'Room 2', 'Cleanest space']);
  });

  it('uses the doors of --doors', async () => {
    const xlsxPath = join(outputDir, 'cascade-doors.xlsx');
    const run = await runCli(['datasheet', CASCADE_CSV, '--doors', CASCADE_DOORS_CSV, '--xlsx', xlsxPath]);
    expect(run.code).toBe(0);

    const rooms = (await readXlsxFile(readFileSync(xlsxPath)))[0]!.data;
    const withDoors = await expectedSheet('en', CASCADE_DOORS_CSV);
    const withoutDoors = await expectedSheet('en');
    const offsetColumn = withDoors.rooms.columns.findIndex((column) => column.key === 'offsetM3h');
    expect(rooms.slice(1).map((row) => row[offsetColumn])).toEqual(withDoors.rooms.rows.map((row) => row[offsetColumn] ?? MISSING_MARK));
    // The schedule's real door sizes change the offsets from those of the default doors.
    expect(withDoors.rooms.rows[0]![offsetColumn]).not.toBe(withoutDoors.rooms.rows[0]![offsetColumn]);
  });

  it('rejects an invalid door schedule', async () => {
    const run = await runCli(['datasheet', CASCADE_CSV, '--doors', CASCADE_CSV, '--xlsx', join(outputDir, 'bad-doors.xlsx')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${CASCADE_CSV}, row 1: expected a column named from`);
    expect(run.stderr).toContain(`error: ${CASCADE_CSV}: 2 error(s); nothing was checked.`);
  });

  it('writes a Chinese PDF', async () => {
    const pdfPath = join(outputDir, 'cascade-zh.pdf');
    const run = await runCli(['datasheet', CASCADE_CSV, '--pdf', pdfPath], 'zh_CN.UTF-8');
    expect(run.stderr).toContain(`已写出 PDF：${pdfPath}`);
    expect(run.code).toBe(0);

    const text = execFileSync('/usr/bin/pdftotext', ['-raw', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    const sheet = await expectedSheet('zh-CN');
    for (const column of sheet.rooms.columns) expect(text, column.header).toContain(column.header.replace(/\s+/g, ''));
    expect(text).toContain('房间数据表–five-room-cascade');
    expect(text).toContain('Cleanestspace');
  });

  it('accepts options before the command', async () => {
    const pdfPath = join(outputDir, 'cascade-a4.pdf');
    const run = await runCli(['--lang', 'en', 'datasheet', CASCADE_CSV, '--pdf', pdfPath, '--paper', 'a4']);
    expect(run.code).toBe(0);
    expect(execFileSync('/usr/bin/pdfinfo', [pdfPath], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.8\d* x 595\.2\d* pts \(A4\)/);
  });

  it('prints its own help', async () => {
    const run = await runCli(['datasheet', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('cleanplan datasheet FILE [--doors DOORS.csv] [--xlsx OUT.xlsx] [--pdf OUT.pdf]');
    expect(run.stdout).toContain('--paper a3|a4');
  });

  it('rejects a missing output', async () => {
    const run = await runCli(['datasheet', CASCADE_CSV]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('missing output: give --xlsx OUT.xlsx, --pdf OUT.pdf or both.');
    expect(run.stderr).toContain('cleanplan datasheet --help');
  });

  it('rejects an invalid paper size', async () => {
    const run = await runCli(['datasheet', CASCADE_CSV, '--pdf', join(outputDir, 'x.pdf'), '--paper', 'a5'], 'zh_CN.UTF-8');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--paper 的值“a5”无效：应为 a3 或 a4。');
  });

  it('rejects an unknown option in Chinese', async () => {
    const run = await runCli(['datasheet', CASCADE_CSV, '--xlsx', join(outputDir, 'x.xlsx'), '--format', 'json'], 'zh_CN.UTF-8');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('datasheet 命令没有选项 --format');
  });

  it('rejects a missing file', async () => {
    const run = await runCli(['datasheet', 'no-such-file.csv', '--xlsx', join(outputDir, 'x.xlsx')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no-such-file.csv: file not found.');
  });

  it('reports an unwritable output', async () => {
    const target = join(outputDir, 'missing-folder', 'out.xlsx');
    const run = await runCli(['datasheet', CASCADE_CSV, '--xlsx', target]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(`cannot write ${target}:`);
  });
});
