import { describeScheduleIssue, importRoomSchedule } from '../../engine/import/index';
import { bothLocales } from '../i18n/localized';
import type { OpenFileResult } from './openFile';

/**
 * Turn a CSV room schedule into a project through the engine's schedule import. The project gets
 * a fresh id, so importing the same file again never overwrites an edited copy in storage.
 */
export function importScheduleBytes(fileName: string, bytes: Uint8Array, importedAt: Date = new Date()): OpenFileResult {
  const imported = importRoomSchedule(bytes, fileName, { referenceDate: importedAt.toISOString().slice(0, 10) });
  if (!imported.ok) {
    return { ok: false, errors: imported.errors.map((issue) => bothLocales((locale) => describeScheduleIssue(issue, locale))) };
  }

  const project = { ...imported.project, id: `${imported.project.id}-${importedAt.getTime().toString(36)}` };
  const warnings = imported.warnings.map((issue) => bothLocales((locale) => describeScheduleIssue(issue, locale)));
  return { ok: true, project, warnings };
}
