import type * as z from 'zod/mini';
import { DEFAULT_RULE_SET_IDS, OUTSIDE, type Door, type Project } from '../project';
import { describeFoundValue, formatJsonPath, type ExpectedForm, type ProjectFileIssue } from './issues';
import { migrateProjectFile, PROJECT_FILE_MIGRATIONS, type MigrationTable, type RawProjectFile } from './migrations';
import { envelopeSchema } from './schema';

export const PROJECT_FILE_FORMAT = 'cleanplan-project';

export type ProjectFileParseResult =
  | { readonly ok: true; readonly project: Project; readonly warnings: readonly ProjectFileIssue[] }
  | { readonly ok: false; readonly errors: readonly ProjectFileIssue[] };

export interface ParseProjectFileOptions {
  /** Migration table to use; tests pass a synthetic one. */
  readonly migrations?: MigrationTable;
}

/**
 * Read a project file. Returns the whole project or only errors, never a partial project.
 * Missing optional values are filled in and unknown keys are kept. A door that names a missing
 * room is dropped with a warning, and any other invalid value is an error.
 */
export function parseProjectFile(text: string, fileName: string, options: ParseProjectFileOptions = {}): ProjectFileParseResult {
  const migrations = options.migrations ?? PROJECT_FILE_MIGRATIONS;
  const issue = (fields: Omit<ProjectFileIssue, 'file'>): ProjectFileIssue => ({ file: fileName, ...fields });

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [issue({ code: 'invalid-json', path: '', expected: 'json', found: describeFoundValue(detail) })] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, errors: [issue({ code: 'wrong-format', path: '', expected: 'object', found: describeFoundValue(raw) })] };
  }

  const file = raw as RawProjectFile;
  if (file.format !== PROJECT_FILE_FORMAT) {
    return { ok: false, errors: [issue({ code: 'wrong-format', path: 'format', expected: 'format-name', found: describeFoundValue(file.format) })] };
  }

  const migrated = migrateProjectFile(file, file.schemaVersion, migrations);
  if (!migrated.ok) {
    const params = { oldest: migrations.oldestVersion, newest: migrations.currentVersion };
    const found = describeFoundValue(file.schemaVersion);
    return { ok: false, errors: [issue({ code: 'unsupported-version', path: 'schemaVersion', expected: 'schema-version', found, params })] };
  }

  const parsed = envelopeSchema.safeParse(migrated.file);
  if (!parsed.success) {
    return { ok: false, errors: zodIssuesToProjectFileIssues(parsed.error.issues, migrated.file, issue) };
  }

  return checkReferences(parsed.data.project, issue);
}

type ParsedProject = z.infer<typeof envelopeSchema>['project'];
type MakeIssue = (fields: Omit<ProjectFileIssue, 'file'>) => ProjectFileIssue;

/** Check what the schema cannot: unique ids and doors that name existing rooms. */
function checkReferences(parsed: ParsedProject, issue: MakeIssue): ProjectFileParseResult {
  const errors: ProjectFileIssue[] = [];
  const warnings: ProjectFileIssue[] = [];

  const roomIds = new Set<string>();
  parsed.rooms.forEach((room, index) => {
    if (roomIds.has(room.id)) {
      errors.push(issue({ code: 'duplicate-id', path: `project.rooms[${index}].id`, expected: 'unique-id', found: describeFoundValue(room.id) }));
    }
    roomIds.add(room.id);
  });

  const doorIds = new Set<string>();
  const doors: Door[] = [];
  parsed.doors.forEach((door, index) => {
    if (doorIds.has(door.id)) {
      errors.push(issue({ code: 'duplicate-id', path: `project.doors[${index}].id`, expected: 'unique-id', found: describeFoundValue(door.id) }));
    }
    doorIds.add(door.id);

    const missingSide = [['roomA', door.roomA] as const, ['roomB', door.roomB] as const].find(
      ([side, roomId]) => !roomIds.has(roomId) && !(side === 'roomB' && roomId === OUTSIDE),
    );
    if (missingSide) {
      const [side, roomId] = missingSide;
      warnings.push(issue({ code: 'door-dropped', path: `project.doors[${index}].${side}`, expected: 'room-reference', found: describeFoundValue(roomId) }));
      return;
    }
    doors.push(door);
  });

  if (errors.length > 0) return { ok: false, errors };

  let ruleSetIds = parsed.ruleSetIds;
  if (ruleSetIds === undefined) {
    ruleSetIds = [...DEFAULT_RULE_SET_IDS];
    const params = { ruleSets: ruleSetIds.join(', ') };
    warnings.push(issue({ code: 'rule-sets-defaulted', path: 'project.ruleSetIds', expected: 'string-list', found: null, params }));
  }

  // The schema output is structurally a Project plus any unknown keys, which are kept.
  const project: Project = { ...parsed, ruleSetIds, doors };
  return { ok: true, project, warnings };
}

function zodIssuesToProjectFileIssues(zodIssues: readonly z.core.$ZodIssue[], file: RawProjectFile, issue: MakeIssue): ProjectFileIssue[] {
  const seenPaths = new Set<string>();
  const issues: ProjectFileIssue[] = [];
  for (const zodIssue of zodIssues) {
    const path = formatJsonPath(zodIssue.path);
    if (seenPaths.has(path)) continue;
    seenPaths.add(path);

    const expected = zodIssue.message as ExpectedForm;
    const code = path === 'format' ? 'wrong-format' : 'invalid-value';
    issues.push(issue({ code, path, expected, found: describeFoundValue(valueAtPath(file, zodIssue.path)) }));
  }
  return issues;
}

function valueAtPath(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
