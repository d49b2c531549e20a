import { describeFoundValue } from '../projectFile/issues';
import { EMPTY_CRM_DATA_SET, type CrmDataSet, type CrmRecordOf } from './dataSet';
import { CRM_RECORD_KINDS, type CrmRecordIssue, type CrmRecordKind } from './recordIssues';
import { keyField, recordKey, validateCrmRecord } from './recordSchemas';
import { referenceIssues, type CrmReferenceLookup } from './references';

/**
 * The CRM file: every CRM record in one JSON document, for backup and for moving the shared records
 * to another browser. Layout:
 *   { "format": "cleanplan-crm", "schemaVersion": 1, "savedAt": "<ISO 8601>",
 *     "generator": "cleanplan <version>", "users": [...], "companies": [...], "contacts": [...],
 *     "projects": [...], "activities": [...], "contracts": [...], "quotes": [...],
 *     "priceLists": [...], "catalog": [...], "settings": [...] }
 * Each list contains records of the domain types (src/domain/crm/types.ts, QuoteRecord, PriceList,
 * CatalogItem, CrmSetting). A missing list reads as empty. Files end in `.cleanplan-crm.json`.
 */

export const CRM_FILE_FORMAT = 'cleanplan-crm';
export const CRM_SCHEMA_VERSION = 1;
export const CRM_FILE_EXTENSION = '.cleanplan-crm.json';

/** At most this many issues are returned; `issueCount` still counts all of them. */
export const MAX_REPORTED_ISSUES = 200;

export type CrmFileParse =
  | { readonly ok: true; readonly data: CrmDataSet; readonly savedAt: string | null }
  | { readonly ok: false; readonly issues: readonly CrmRecordIssue[]; readonly issueCount: number };

/** Writes the data set as CRM file text. */
export function serializeCrmFile(data: CrmDataSet, savedAt: Date, generator: string): string {
  const file = { format: CRM_FILE_FORMAT, schemaVersion: CRM_SCHEMA_VERSION, savedAt: savedAt.toISOString(), generator, ...data };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function fileIssue(field: string, found: unknown, expected: CrmRecordIssue['expected']): CrmRecordIssue {
  return { kind: null, recordId: null, index: null, field, found: describeFoundValue(found), expected };
}

function fail(issues: readonly CrmRecordIssue[]): CrmFileParse {
  return { ok: false, issues: issues.slice(0, MAX_REPORTED_ISSUES), issueCount: issues.length };
}

/** Lookup over the file's own lists, for reference checks. */
function fileLookup(data: CrmDataSet): CrmReferenceLookup {
  const users = new Set(data.users.map((user) => user.id));
  const companies = new Set(data.companies.map((company) => company.id));
  const projectCompany = new Map(data.projects.map((project) => [project.id, project.companyId] as const));
  const contactCompany = new Map(data.contacts.map((contact) => [contact.id, contact.companyId] as const));
  return {
    hasUser: (id) => users.has(id),
    hasCompany: (id) => companies.has(id),
    companyOfProject: (id) => projectCompany.get(id),
    companyOfContact: (id) => contactCompany.get(id),
  };
}

function duplicateIssues(kind: CrmRecordKind, records: readonly unknown[]): CrmRecordIssue[] {
  const seen = new Set<string>();
  const issues: CrmRecordIssue[] = [];
  records.forEach((record, index) => {
    const key = recordKey(kind, record);
    if (key === null) return;
    const field = keyField(kind);
    if (seen.has(key)) issues.push({ kind, recordId: key, index, field, found: JSON.stringify(key), expected: 'unique-id' });
    seen.add(key);
  });
  return issues;
}

function revisionNumberIssues(quote: CrmRecordOf<'quotes'>, index: number): CrmRecordIssue[] {
  const issues: CrmRecordIssue[] = [];
  quote.revisions.forEach((revision, position) => {
    if (revision.revision !== position + 1) {
      issues.push({ kind: 'quotes', recordId: quote.id, index, field: `revisions[${position}].revision`, found: String(revision.revision), expected: 'revision-sequence' });
    }
  });
  return issues;
}

const REFERRING_KINDS = ['companies', 'contacts', 'projects', 'activities', 'contracts', 'quotes'] as const;

/**
 * Reads CRM file text. Every record is validated against its schema, ids must be unique within
 * each list, and references must point at records in the same file. All problems are collected
 * (the first 200 returned); any problem means no data.
 */
export function parseCrmFile(text: string): CrmFileParse {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return fail([fileIssue('', text.slice(0, 40), 'json')]);
  }
  if (typeof file !== 'object' || file === null || Array.isArray(file)) return fail([fileIssue('', file, 'object')]);

  const raw = file as Record<string, unknown>;
  if (raw.format !== CRM_FILE_FORMAT) return fail([fileIssue('format', raw.format, 'format-name')]);
  if (raw.schemaVersion !== CRM_SCHEMA_VERSION) return fail([fileIssue('schemaVersion', raw.schemaVersion, 'schema-version')]);

  const issues: CrmRecordIssue[] = [];
  const lists: Partial<Record<CrmRecordKind, unknown[]>> = {};
  for (const kind of CRM_RECORD_KINDS) {
    const list = raw[kind] ?? [];
    if (!Array.isArray(list)) issues.push(fileIssue(kind, list, 'list'));
    else lists[kind] = list;
  }

  // Records that passed their schema, with their position in the file's list.
  const valid: Partial<Record<CrmRecordKind, { index: number; record: unknown }[]>> = {};
  for (const kind of CRM_RECORD_KINDS) {
    const records = lists[kind] ?? [];
    const passed: { index: number; record: unknown }[] = [];
    records.forEach((record, index) => {
      const validation = validateCrmRecord(kind, record, index);
      if (validation.ok) passed.push({ index, record: validation.record });
      else issues.push(...validation.issues);
    });
    valid[kind] = passed;
    issues.push(...duplicateIssues(kind, records));
  }
  const data = Object.fromEntries(CRM_RECORD_KINDS.map((kind) => [kind, (valid[kind] ?? []).map((entry) => entry.record)]));
  const dataSet = { ...EMPTY_CRM_DATA_SET, ...data } as CrmDataSet;

  const lookup = fileLookup(dataSet);
  for (const kind of REFERRING_KINDS) {
    for (const { index, record } of valid[kind] ?? []) {
      issues.push(...referenceIssues(kind, record as CrmRecordOf<typeof kind>, index, lookup));
    }
  }
  for (const { index, record } of valid.quotes ?? []) issues.push(...revisionNumberIssues(record as CrmRecordOf<'quotes'>, index));

  if (issues.length > 0) return fail(issues);
  const savedAt = typeof raw.savedAt === 'string' ? raw.savedAt : null;
  return { ok: true, data: dataSet, savedAt };
}
