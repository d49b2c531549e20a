/**
 * Named migrations of the project file. `steps[n]` turns a file of schema version n into version
 * n + 1; the loader runs them in order and then validates the result against the current schema.
 * A schema change adds one step here, with its own test, and raises `currentVersion`.
 */

/** A file's top-level object, as JSON.parse returns it. */
export type RawProjectFile = Record<string, unknown>;

export interface ProjectFileMigration {
  /** Summary of the change, for logs and tests, e.g. `rename room.height to clearHeightM`. */
  readonly name: string;
  readonly migrate: (file: RawProjectFile) => RawProjectFile;
}

export interface MigrationTable {
  /** Oldest schema version the steps can lift to the current one. */
  readonly oldestVersion: number;
  readonly currentVersion: number;
  readonly steps: Readonly<Record<number, ProjectFileMigration>>;
}

/** Version 1 is the first published schema, so there are no steps yet. */
export const PROJECT_FILE_MIGRATIONS: MigrationTable = {
  oldestVersion: 1,
  currentVersion: 1,
  steps: {},
};

export type MigrationOutcome =
  | { readonly ok: true; readonly file: RawProjectFile; readonly applied: readonly string[] }
  | { readonly ok: false; readonly reason: 'not-a-whole-number' | 'too-old' | 'too-new' | 'missing-step' };

/** Lift `file` from `fromVersion` to the table's current version, one named step at a time. */
export function migrateProjectFile(file: RawProjectFile, fromVersion: unknown, table: MigrationTable): MigrationOutcome {
  if (typeof fromVersion !== 'number' || !Number.isInteger(fromVersion)) return { ok: false, reason: 'not-a-whole-number' };
  if (fromVersion > table.currentVersion) return { ok: false, reason: 'too-new' };
  if (fromVersion < table.oldestVersion) return { ok: false, reason: 'too-old' };

  let current = file;
  const applied: string[] = [];
  for (let version = fromVersion; version < table.currentVersion; version++) {
    const step = table.steps[version];
    if (!step) return { ok: false, reason: 'missing-step' };
    current = { ...step.migrate(current), schemaVersion: version + 1 };
    applied.push(step.name);
  }
  return { ok: true, file: current, applied };
}
