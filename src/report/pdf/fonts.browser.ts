import type { PdfFonts } from './types';

/*
 * Literal `new URL('./fonts/….ttf', import.meta.url)` expressions let Vite emit the fonts as
 * assets of this lazily loaded chunk, so they are fetched only when a report is exported.
 */
const REGULAR_URL = new URL('./fonts/NotoSansSC-Regular.subset.ttf', import.meta.url);
const BOLD_URL = new URL('./fonts/NotoSansSC-Bold.subset.ttf', import.meta.url);

/** Fetches the font subsets the app build ships as assets. */
export async function loadFontsInBrowser(): Promise<PdfFonts> {
  const [regular, bold] = await Promise.all([fetchFont(REGULAR_URL), fetchFont(BOLD_URL)]);
  return { regular, bold };
}

async function fetchFont(url: URL): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(
      `Loading the report font ${url.pathname} failed: HTTP ${response.status}. Reload the page and export again. ` +
        `加载报告字体 ${url.pathname} 失败（HTTP ${response.status}）：请刷新页面后重新导出。`,
    );
  }
  return new Uint8Array(await response.arrayBuffer());
}
