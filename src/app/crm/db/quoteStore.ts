import { CrmValidationError, type CrmRecordIssue } from '../../../domain/crm/recordIssues';
import type { QuoteRecord, QuoteStatus } from '../../../domain/quote';
import { toQuoteRow, type CrmDatabase } from './crmDb';
import { requireStoredReferences, requireValidRecord } from './recordWrites';

function revisionIssue(record: QuoteRecord, field: string, found: unknown): CrmRecordIssue {
  return { kind: 'quotes', recordId: record.id, index: null, field, found: JSON.stringify(found), expected: 'revision-sequence' };
}

/**
 * Lists what breaks revision immutability: revisions must be numbered 1, 2, 3 … and, against the
 * stored copy, no stored revision may be dropped or have its content changed. Status changes of a
 * stored revision are allowed, because the status machine records them on the revision.
 */
export function revisionIssues(record: QuoteRecord, stored: QuoteRecord | undefined): CrmRecordIssue[] {
  const issues: CrmRecordIssue[] = [];
  record.revisions.forEach((revision, index) => {
    if (revision.revision !== index + 1) issues.push(revisionIssue(record, `revisions[${index}].revision`, revision.revision));
  });
  if (stored === undefined) return issues;

  if (stored.projectId !== record.projectId) issues.push(revisionIssue(record, 'projectId', record.projectId));
  if (stored.number !== record.number) issues.push(revisionIssue(record, 'number', record.number));
  if (record.revisions.length < stored.revisions.length) issues.push(revisionIssue(record, 'revisions', `${record.revisions.length} revisions`));
  stored.revisions.forEach((storedRevision, index) => {
    const revision = record.revisions[index];
    if (revision === undefined) return;
    if (JSON.stringify(revision.content) !== JSON.stringify(storedRevision.content) || revision.createdAt !== storedRevision.createdAt) {
      issues.push(revisionIssue(record, `revisions[${index}].content`, `R${storedRevision.revision} changed`));
    }
  });
  return issues;
}

/**
 * Stores a quote after validating it, checking its project exists and that earlier revisions are
 * unchanged. Throws `CrmValidationError`; on error nothing is written.
 */
export async function saveQuote(db: CrmDatabase, value: QuoteRecord): Promise<QuoteRecord> {
  const record = requireValidRecord('quotes', value);
  return db.transaction('rw', [db.quotes, db.projects, db.users, db.companies, db.contacts], async () => {
    await requireStoredReferences(db, 'quotes', record);
    const stored = (await db.quotes.get(record.id))?.record;
    const issues = revisionIssues(record, stored);
    if (issues.length > 0) throw new CrmValidationError(issues);
    await db.quotes.put(toQuoteRow(record));
    return record;
  });
}

export async function listQuotesByProject(db: CrmDatabase, projectId: string): Promise<QuoteRecord[]> {
  const rows = await db.quotes.where('projectId').equals(projectId).sortBy('number');
  return rows.map((row) => row.record);
}

/** Quotes whose current revision has `status`, e.g. `sent` for quotes awaiting the customer's decision. */
export async function listQuotesByStatus(db: CrmDatabase, status: QuoteStatus): Promise<QuoteRecord[]> {
  const rows = await db.quotes.where('status').equals(status).sortBy('number');
  return rows.map((row) => row.record);
}

/** Quotes of every project of a company, by quote number. */
export async function listQuotesByCompany(db: CrmDatabase, companyId: string): Promise<QuoteRecord[]> {
  const projectIds = await db.projects.where('companyId').equals(companyId).primaryKeys();
  const perProject = await Promise.all(projectIds.map((projectId) => db.quotes.where('projectId').equals(projectId).toArray()));
  const rows = perProject.flat().sort((p, q) => compareCodeUnits(p.number, q.number));
  return rows.map((row) => row.record);
}

/** Orders strings by UTF-16 code units, as IndexedDB orders string keys. */
function compareCodeUnits(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

const QUOTE_COUNTER_KEY_PREFIX = 'quote-number-counter:';

/**
 * Allocates the next quote number of the year of `date` (`YYYY-MM-DD`), as `Q-2026-0001`. The
 * counter lives in the settings table and advances in a transaction, so two calls never return the
 * same number.
 */
export async function allocateQuoteNumber(db: CrmDatabase, date: string): Promise<string> {
  const year = date.slice(0, 4);
  if (!/^\d{4}$/.test(year)) throw new RangeError(`Quote date is "${date}": expected a date as YYYY-MM-DD`);
  const key = `${QUOTE_COUNTER_KEY_PREFIX}${year}`;
  return db.transaction('rw', db.settings, db.quotes, async () => {
    const stored = (await db.settings.get(key))?.value;
    let next = (typeof stored === 'number' ? stored : 0) + 1;
    const numberFor = (count: number) => `Q-${year}-${String(count).padStart(4, '0')}`;
    // Imported quotes may already use numbers the counter has not reached.
    while ((await db.quotes.where('number').equals(numberFor(next)).count()) > 0) next += 1;
    await db.settings.put({ key, value: next });
    return numberFor(next);
  });
}
