import { readFile } from 'node:fs/promises';
import { FONT_FILES, rememberBinaryString } from './fontRegistry';
import type { PdfFonts } from './types';

/** Reads the committed font subsets from src/report/pdf/fonts/ (Node: CLI, tests, benchmark). */
export async function loadFontsFromDisk(): Promise<PdfFonts> {
  const [regular, bold] = await Promise.all([readFontFile(FONT_FILES.regular), readFontFile(FONT_FILES.bold)]);
  return { regular, bold };
}

async function readFontFile(name: string): Promise<Uint8Array> {
  const url = new URL(`./fonts/${name}`, import.meta.url);
  try {
    const buffer = await readFile(url);
    const bytes = new Uint8Array(buffer);
    rememberBinaryString(bytes, buffer.toString('latin1'));
    return bytes;
  } catch (error) {
    throw new Error(
      `Reading the report font ${url.pathname} failed: ${(error as Error).message}. ` +
        'Restore it from git or rebuild it with `npm run fonts` (see scripts/subset-fonts.mjs). ' +
        `读取报告字体 ${url.pathname} 失败：请从 git 恢复该文件，或运行 npm run fonts 重新生成。`,
      { cause: error },
    );
  }
}
