import * as z from 'zod/mini';
import '../zodLocale';
import ratesJson from '../../../rules/cn-vat/rates.json';
import { compareFractions, fraction, isDecimal, parseDecimal, type BilingualText } from '../money';

export const VAT_RATES_FILE = 'rules/cn-vat/rates.json';

/** One VAT category with its rate in percent (a decimal string, `"13"`) and its legal source. */
export interface VatCategory {
  readonly id: string;
  readonly label: BilingualText;
  readonly ratePct: string;
  /** Date the rate took effect (`YYYY-MM-DD`). */
  readonly effectiveFrom: string;
  readonly source: BilingualText;
  /** True only when the rate was checked against the text of its source. */
  readonly verified: boolean;
  readonly lastChecked: string;
}

export interface VatRateTable {
  readonly id: string;
  readonly title: BilingualText;
  readonly categories: readonly VatCategory[];
}

const bilingualSchema = z.strictObject({ en: z.string().check(z.minLength(1)), 'zh-CN': z.string().check(z.minLength(1)) });
const percentSchema = z.string().check(z.refine((text) => isPercent(text), 'a percentage from "0" to "100" as a decimal string'));

const vatCategorySchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/, 'a kebab-case id')),
  label: bilingualSchema,
  ratePct: percentSchema,
  effectiveFrom: z.iso.date(),
  source: bilingualSchema,
  verified: z.boolean(),
  lastChecked: z.iso.date(),
});

const vatRateTableSchema = z.strictObject({
  id: z.string(),
  title: bilingualSchema,
  note: z.optional(z.string()),
  categories: z.array(vatCategorySchema).check(z.minLength(1)),
});

/** Rate data that does not match its schema; the message names the file, the JSON path and the value. */
export class VatRateDataError extends Error {
  constructor(file: string, path: string, expected: string, found: string) {
    super(`${file}: ${path}: expected ${expected}, found ${found}`);
    this.name = 'VatRateDataError';
  }
}

function isPercent(text: string): boolean {
  if (!isDecimal(text)) return false;
  const value = parseDecimal(text);
  return compareFractions(value, fraction(0n)) >= 0 && compareFractions(value, fraction(100n)) <= 0;
}

function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : `${text}.${String(key)}`), '$');
}

/** Validates rate data (the shipped file or a company's saved copy) and rejects duplicate ids. */
export function parseVatRateTable(data: unknown, file: string): VatRateTable {
  const result = vatRateTableSchema.safeParse(data);
  if (!result.success) throw describeIssue(result.error.issues[0]!, data, file);
  const seen = new Set<string>();
  result.data.categories.forEach((category, index) => {
    if (seen.has(category.id)) throw new VatRateDataError(file, `$.categories[${index}].id`, 'an id used once', `"${category.id}" again`);
    seen.add(category.id);
  });
  const { note: _note, ...table } = result.data;
  return table;
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown, file: string): VatRateDataError {
  if (issue.code === 'unrecognized_keys') {
    return new VatRateDataError(file, jsonPath([...issue.path, issue.keys[0]!]), 'only the keys of a VAT rate table', `unknown key "${issue.keys.join('", "')}"`);
  }
  const expected = issue.code === 'invalid_type' ? `a value of type ${issue.expected}` : issue.message;
  const value = issueValue(data, issue.path);
  const found = value === undefined ? 'nothing (the key is missing)' : truncate(JSON.stringify(value));
  return new VatRateDataError(file, jsonPath(issue.path), expected, found);
}

function truncate(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function issueValue(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The shipped default rates, validated when the module loads. */
export const DEFAULT_VAT_RATES: VatRateTable = parseVatRateTable(ratesJson, VAT_RATES_FILE);

/** A company's change to the defaults: a new rate for a category, or a new category with its label. */
export interface CompanyVatRate {
  readonly id: string;
  readonly ratePct: string;
  /** Required for a category that the defaults do not have. */
  readonly label?: BilingualText;
  /** Date the company's rate applies from (`YYYY-MM-DD`). */
  readonly effectiveFrom: string;
  /** Source of the company's rate (a newer announcement, a tax ruling). */
  readonly source: BilingualText;
}

/**
 * Returns the defaults with the company's rates applied: an edit replaces the rate of an existing
 * category or adds a new one. Edited categories are marked unverified, because the shipped check
 * no longer covers them. The defaults are not changed.
 */
export function applyCompanyVatRates(defaults: VatRateTable, edits: readonly CompanyVatRate[], editedOn: string): VatRateTable {
  const categories = new Map(defaults.categories.map((category) => [category.id, category]));
  edits.forEach((edit, index) => {
    const field = `company VAT rate ${index + 1} (${edit.id})`;
    if (!isPercent(edit.ratePct)) throw new RangeError(`${field}: expected a percentage from 0 to 100, found "${edit.ratePct}"`);
    const existing = categories.get(edit.id);
    const label = edit.label ?? existing?.label;
    if (!label) throw new RangeError(`${field}: a new category needs a label in en and zh-CN`);
    categories.set(edit.id, {
      id: edit.id,
      label,
      ratePct: edit.ratePct,
      effectiveFrom: edit.effectiveFrom,
      source: edit.source,
      verified: false,
      lastChecked: editedOn,
    });
  });
  return { ...defaults, categories: [...categories.values()] };
}

/** Finds a category by id; throws naming `field` and the known ids when it is missing. */
export function findVatCategory(table: VatRateTable, id: string, field: string): VatCategory {
  const category = table.categories.find((candidate) => candidate.id === id);
  if (!category) {
    const known = table.categories.map((candidate) => candidate.id).join(', ');
    throw new RangeError(`${field}: VAT category "${id}" not found; use one of ${known} or add it to the company's VAT rates`);
  }
  return category;
}
