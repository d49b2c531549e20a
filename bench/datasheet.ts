import { performance } from 'node:perf_hooks';
import { checkProject, getRuleSets } from '../src/engine/index';
import { roomDataSheetPdf } from '../src/report/datasheet/pdf';
import { roomDataSheetRows } from '../src/report/datasheet/rows';
import { roomDataSheetXlsx } from '../src/report/datasheet/xlsx';
import { loadFontsFromDisk } from '../src/report/pdf/fonts.node.js';
import { generateFacility } from './facility';

const ROOM_COUNT = 200;

function printLine(label: string, value: string): void {
  console.log(`${label.padEnd(44)} ${value.padStart(14)}   no target`);
}

/**
 * Times the room data sheet of a 200-room facility: building the rows plus writing the PDF (A3,
 * both languages) or the xlsx file, from an already checked project. Fonts are loaded once
 * beforehand, as the CLI loads them once per run. Prints figures; asserts nothing.
 */
export async function benchDatasheet(): Promise<void> {
  const project = generateFacility(ROOM_COUNT, ROOM_COUNT * 2);
  const result = checkProject(project, getRuleSets(project.ruleSetIds));
  const fonts = await loadFontsFromDisk();
  console.log(`data sheet: ${project.rooms.length} rooms; air side ${result.airside ? 'computed' : 'not computed'}`);

  for (const locale of ['zh-CN', 'en'] as const) {
    const start = performance.now();
    const bytes = await roomDataSheetPdf(roomDataSheetRows(project, result, locale), { fonts, paper: 'a3' });
    const seconds = (performance.now() - start) / 1000;
    printLine(`200-room data sheet PDF (${locale}), time`, `${seconds.toFixed(2)} s`);
    printLine(`200-room data sheet PDF (${locale}), size`, `${(bytes.length / 1024 / 1024).toFixed(2)} MB`);
  }

  const start = performance.now();
  const workbook = await roomDataSheetXlsx(roomDataSheetRows(project, result, 'zh-CN'));
  const seconds = (performance.now() - start) / 1000;
  printLine('200-room data sheet xlsx (zh-CN), time', `${seconds.toFixed(2)} s`);
  printLine('200-room data sheet xlsx (zh-CN), size', `${(workbook.length / 1024).toFixed(0)} KB`);
}
