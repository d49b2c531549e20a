import type { Project } from '../../domain/project';
import { describeProjectFileIssue, parseProjectFile, PROJECT_FILE_EXTENSION } from '../../domain/projectFile';
import type { LocalizedText } from '../../i18n/locale';
import { translate } from '../i18n/index';
import { bothLocales } from '../i18n/localized';
import { shellText } from '../i18n/shell';

/** A problem with an opened file, already rendered in both UI languages. */
export type OpenFileMessage = LocalizedText;

export type OpenFileResult =
  | { readonly ok: true; readonly project: Project; readonly warnings: readonly OpenFileMessage[] }
  | { readonly ok: false; readonly errors: readonly OpenFileMessage[] };

/**
 * Read a file the user picked: a `.cleanplan.json` (or any `.json`) project file, or a `.csv` room
 * schedule. Returns the whole project or only errors. Nothing is stored or opened here, so a
 * failed read leaves the open project and its saved copy as they were. The CSV import (with
 * papaparse) is loaded on first use, to keep it out of the initial bundle.
 */
export async function readOpenedFile(fileName: string, bytes: Uint8Array): Promise<OpenFileResult> {
  const lowerName = fileName.toLowerCase();
  if (lowerName.endsWith('.csv')) {
    const { importScheduleBytes } = await import('./importSchedule');
    return importScheduleBytes(fileName, bytes);
  }
  if (lowerName.endsWith(PROJECT_FILE_EXTENSION) || lowerName.endsWith('.json')) return readProjectFileBytes(fileName, bytes);

  return { ok: false, errors: [bothLocales((locale) => translate(shellText, locale, 'importUnsupportedType', { file: fileName }))] };
}

function readProjectFileBytes(fileName: string, bytes: Uint8Array): OpenFileResult {
  // Project files are always UTF-8; `fatal` turns a wrongly encoded file into an error, not mojibake.
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [bothLocales((locale) => translate(shellText, locale, 'importReadFailed', { file: fileName, detail }))] };
  }

  const parsed = parseProjectFile(text, fileName);
  if (!parsed.ok) return { ok: false, errors: parsed.errors.map((issue) => bothLocales((locale) => describeProjectFileIssue(issue, locale))) };
  const warnings = parsed.warnings.map((issue) => bothLocales((locale) => describeProjectFileIssue(issue, locale)));
  return { ok: true, project: parsed.project, warnings };
}
