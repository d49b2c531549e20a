import { parseCrmFile, serializeCrmFile } from '../../../domain/crm/crmFile';
import type { CrmProject } from '../../../domain/crm';
import type { CrmDataSet } from '../../../domain/crm/dataSet';
import type { CrmRecordIssue } from '../../../domain/crm/recordIssues';
import { fromActivityRow, fromCompanyRow, fromContactRow, toActivityRow, toCompanyRow, toContactRow, toQuoteRow, type CrmDatabase } from './crmDb';

/** Reads every CRM record in one read transaction, so the copy is consistent. */
export async function exportCrmData(db: CrmDatabase): Promise<CrmDataSet> {
  return db.transaction('r', db.allTables(), async () => {
    const [users, companies, contacts, projects, activities, contracts, quotes, priceLists, catalog, settings] = await Promise.all([
      db.users.toArray(),
      db.companies.toArray(),
      db.contacts.toArray(),
      db.projects.toArray(),
      db.activities.toArray(),
      db.contracts.toArray(),
      db.quotes.toArray(),
      db.priceLists.toArray(),
      db.catalog.toArray(),
      db.settings.toArray(),
    ]);
    return {
      users,
      companies: companies.map(fromCompanyRow),
      contacts: contacts.map(fromContactRow),
      projects,
      activities: activities.map(fromActivityRow),
      contracts,
      quotes: quotes.map((row) => row.record),
      priceLists,
      catalog,
      settings,
    };
  });
}

/** Writes the CRM file text of every stored record. */
export async function exportCrmFile(db: CrmDatabase, savedAt: Date, generator: string): Promise<string> {
  return serializeCrmFile(await exportCrmData(db), savedAt, generator);
}

/**
 * Replaces every stored CRM record with `data` in one transaction: if any write fails, the
 * transaction aborts and the stored records stay as they were. `data` must already be valid
 * (from `parseCrmFile`), because this writes without checking.
 */
export async function replaceCrmData(db: CrmDatabase, data: CrmDataSet): Promise<void> {
  await db.transaction('rw', db.allTables(), async () => {
    await Promise.all(db.allTables().map((table) => table.clear()));
    await db.users.bulkAdd([...data.users]);
    const projectsByCompany = new Map<string, CrmProject[]>();
    for (const project of data.projects) {
      const own = projectsByCompany.get(project.companyId);
      if (own) own.push(project);
      else projectsByCompany.set(project.companyId, [project]);
    }
    await db.companies.bulkAdd(data.companies.map((company) => toCompanyRow(company, projectsByCompany.get(company.id) ?? [])));
    await db.contacts.bulkAdd(data.contacts.map(toContactRow));
    await db.projects.bulkAdd([...data.projects]);
    await db.activities.bulkAdd(data.activities.map(toActivityRow));
    await db.contracts.bulkAdd([...data.contracts]);
    await db.quotes.bulkAdd(data.quotes.map(toQuoteRow));
    await db.priceLists.bulkAdd([...data.priceLists]);
    await db.catalog.bulkAdd([...data.catalog]);
    await db.settings.bulkAdd([...data.settings]);
  });
}

export type CrmFileImport =
  | { readonly ok: true; readonly counts: Readonly<Record<keyof CrmDataSet, number>> }
  | { readonly ok: false; readonly issues: readonly CrmRecordIssue[]; readonly issueCount: number };

/**
 * Imports a CRM file, replacing all stored CRM records. The file is checked in full first. On any
 * problem nothing is written, and the problems are returned (the first 200) with record, field,
 * value and fix. A storage error during the write rejects and leaves the records as they were.
 */
export async function importCrmFile(db: CrmDatabase, text: string): Promise<CrmFileImport> {
  const parsed = parseCrmFile(text);
  if (!parsed.ok) return parsed;
  await replaceCrmData(db, parsed.data);
  const counts = Object.fromEntries(Object.entries(parsed.data).map(([kind, records]) => [kind, (records as unknown[]).length]));
  return { ok: true, counts: counts as Record<keyof CrmDataSet, number> };
}
