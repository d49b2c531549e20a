import * as z from 'zod/mini';
import '../../domain/zodLocale';

/**
 * A rule or crosswalk file that does not match its schema. The message names the file, the JSON
 * path, the expected form and the value found, so that the rule-data editor can fix it directly.
 */
export class RuleDataError extends Error {
  readonly file: string;
  readonly path: string;
  readonly expected: string;
  readonly found: string;

  constructor(file: string, path: string, expected: string, found: string) {
    super(`${file}: ${path}: expected ${expected}, found ${found}`);
    this.name = 'RuleDataError';
    this.file = file;
    this.path = path;
    this.expected = expected;
    this.found = found;
  }
}

/** Formats a zod issue path as a JSON path, e.g. `$.rules[3].values.min`. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let text = '$';
  for (const key of path) {
    text += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  }
  return text;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing (the key is missing)';
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Validates `data` against `schema`; on failure throws a RuleDataError for the first issue. */
export function parseStrict<T>(schema: z.core.$ZodType<T>, data: unknown, file: string): T {
  const result = z.safeParse(schema, data);
  if (result.success) return result.data;

  const issue = result.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const keyPath = [...issue.path, issue.keys[0]!];
    const expected = 'only the keys defined in src/engine/rules/schema.ts';
    return fail(file, formatJsonPath(keyPath), expected, `unknown key "${issue.keys.join('", "')}"`);
  }
  const found = describeFound(valueAt(data, issue.path));
  return fail(file, formatJsonPath(issue.path), describeExpected(issue), found);
}

/** Describes the expected form of a zod issue in plain words ("a value of type number", "one of ..."). */
function describeExpected(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `a value of type ${issue.expected}`;
    case 'invalid_value':
      return `one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'date' ? 'a date as YYYY-MM-DD' : issue.message;
    default:
      // zod's own messages start with a category ("Invalid input: ", "Too small: ") that repeats "expected".
      return issue.message
        .replace(/^Invalid discriminator value\. Expected /, 'one of ')
        .replace(/^[A-Z][a-z]+( [a-z]+)?: /, '')
        .replace(/^expected /, '');
  }
}

function fail(file: string, path: string, expected: string, found: string): never {
  throw new RuleDataError(file, path, expected, found);
}
