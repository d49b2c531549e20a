import { version as packageVersion } from '../../package.json';
import type { Project } from './project';
import { PROJECT_FILE_MIGRATIONS } from './projectFile/migrations';
import { PROJECT_FILE_FORMAT } from './projectFile/restore';

/**
 * The project file shared by the app's import/export, the CLI and the examples:
 * `{ format, schemaVersion, savedAt, generator, project }`, saved as `*.cleanplan.json`.
 */

export { parseProjectFile, PROJECT_FILE_FORMAT } from './projectFile/restore';
export type { ParseProjectFileOptions, ProjectFileParseResult } from './projectFile/restore';
export { describeProjectFileIssue } from './projectFile/issues';
export type { ExpectedForm, MessageLocale, ProjectFileIssue, ProjectFileIssueCode } from './projectFile/issues';
export { migrateProjectFile, PROJECT_FILE_MIGRATIONS } from './projectFile/migrations';
export type { MigrationTable, ProjectFileMigration, RawProjectFile } from './projectFile/migrations';

export const PROJECT_FILE_SCHEMA_VERSION = PROJECT_FILE_MIGRATIONS.currentVersion;
export const PROJECT_FILE_EXTENSION = '.cleanplan.json';
export const PROJECT_FILE_GENERATOR = `cleanplan ${packageVersion}`;

/**
 * Write a project as file text: two-space JSON with a final newline, envelope keys first.
 * `savedAt` is a Date or an ISO 8601 timestamp string, written as given.
 */
export function serializeProjectFile(project: Project, savedAt: Date | string, generator: string = PROJECT_FILE_GENERATOR): string {
  const envelope = {
    format: PROJECT_FILE_FORMAT,
    schemaVersion: PROJECT_FILE_SCHEMA_VERSION,
    savedAt: typeof savedAt === 'string' ? savedAt : savedAt.toISOString(),
    generator,
    project,
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}
