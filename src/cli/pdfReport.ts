import { writeFile } from 'node:fs/promises';
import type { Project } from '../domain/project';
import type { CheckResult, RuleSetInfo } from '../engine';
import type { Locale } from '../i18n/locale';
import { CliError, EXIT_OUTPUT_FAILED } from './cliError';
import type { CliIo } from './io';
import { cliText } from './messages';

export interface PdfRequest {
  readonly project: Project;
  readonly result: CheckResult;
  readonly ruleSets: readonly RuleSetInfo[];
  readonly locale: Locale;
}

const BYTES_PER_KB = 1024;

/**
 * Render the compliance PDF and write it to `path`. jsPDF and the fonts load only here, so
 * `check` without --pdf stays fast. Characters missing from the embedded font are printed to
 * stderr as warnings. Raises a CliError with exit status 3 when rendering or writing fails.
 */
export async function writePdfReport(request: PdfRequest, path: string, io: CliIo): Promise<void> {
  const { locale } = request;
  try {
    const { renderCompliancePdf, describeGlyphWarning } = await import('../report/pdf/index');
    // The `.js` suffix resolves to fonts.node.ts; without it tsx takes `.node` for a native addon.
    const { loadFontsFromDisk } = await import('../report/pdf/fonts.node.js');
    const fonts = await loadFontsFromDisk();
    const { bytes, warnings } = await renderCompliancePdf({ ...request, generatedAt: new Date() }, fonts);

    for (const warning of warnings) {
      const detail = describeGlyphWarning(warning, locale);
      io.stderr(`${cliText(locale, 'warningPrefix')}${cliText(locale, 'glyphMissing', { detail, placeholder: warning.placeholder })}`);
    }
    await writeFile(path, bytes);
    io.stderr(cliText(locale, 'pdfWritten', { file: path, size: Math.ceil(bytes.length / BYTES_PER_KB) }));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CliError(cliText(locale, 'pdfFailed', { file: path, detail }), { exitCode: EXIT_OUTPUT_FAILED });
  }
}
