import { readFile } from 'node:fs/promises';
import type { Project } from '../domain/project';
import { describeProjectFileIssue, parseProjectFile } from '../domain/projectFile';
import { describeScheduleIssue, importRoomSchedule } from '../engine/import';
import type { Locale } from '../i18n/locale';
import { CliError } from './cliError';
import { cliText } from './messages';

export interface LoadedInput {
  readonly project: Project;
  /** Warnings about the input, already rendered in the user's language. */
  readonly warnings: readonly string[];
  readonly kind: 'schedule' | 'project-file';
}

/**
 * Read FILE as a CSV room schedule (name ending `.csv`, any case) or else as a project file.
 * Messages name the file as the user typed it. Raises a CliError (exit 2) listing every problem.
 */
export async function loadInput(file: string, locale: Locale): Promise<LoadedInput> {
  const bytes = await readBytes(file, locale);

  if (/\.csv$/i.test(file)) {
    const imported = importRoomSchedule(bytes, file);
    if (!imported.ok) throw inputError(file, imported.errors.map((issue) => describeScheduleIssue(issue, locale)), locale);
    const warnings = imported.warnings.map((issue) => describeScheduleIssue(issue, locale));
    return { project: imported.project, warnings, kind: 'schedule' };
  }

  const text = new TextDecoder('utf-8').decode(bytes);
  const parsed = parseProjectFile(text, file);
  if (!parsed.ok) {
    const details = parsed.errors.map((issue) => describeProjectFileIssue(issue, locale));
    // A schedule saved under another extension fails here as invalid JSON, so add how the reader is picked.
    if (parsed.errors.some((issue) => issue.code === 'invalid-json')) details.push(cliText(locale, 'csvExtensionHint'));
    throw inputError(file, details, locale, parsed.errors.length);
  }
  const warnings = parsed.warnings.map((issue) => describeProjectFileIssue(issue, locale));
  return { project: parsed.project, warnings, kind: 'project-file' };
}

async function readBytes(file: string, locale: Locale): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(cliText(locale, 'fileNotFound', { file }));
    const detail = error instanceof Error ? error.message : String(error);
    throw new CliError(cliText(locale, 'fileUnreadable', { file, detail }));
  }
}

function inputError(file: string, details: readonly string[], locale: Locale, errorCount = details.length): CliError {
  return new CliError(cliText(locale, 'inputErrorSummary', { file, count: errorCount }), { details });
}
