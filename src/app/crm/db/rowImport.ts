import { CrmValidationError, type CrmRecordIssue } from '../../../domain/crm/recordIssues';
import { validateCrmRecord } from '../../../domain/crm/recordSchemas';
import { planCrmImport, type ColumnMapping, type CrmImportPlan, type CrmRowIssue, type ImportTable } from '../../../engine/import/crm';
import { toCompanyRow, toContactRow, type CrmDatabase } from './crmDb';

/** `valid-rows` imports the rows without problems; `all-or-nothing` imports only a file without any. */
export type RowImportMode = 'valid-rows' | 'all-or-nothing';

export type RowImportResult =
  | { readonly ok: true; readonly companies: number; readonly contacts: number; readonly skippedRows: number }
  | { readonly ok: false; readonly issues: readonly CrmRowIssue[] };

/**
 * Plans a company and contact import against the stored users and companies: a row naming a
 * stored company adds its contact to that company. New records get random UUIDs.
 */
export async function planCompanyImport(
  db: CrmDatabase,
  table: ImportTable,
  mapping: ColumnMapping,
  options: { readonly defaultOwnerId: string; readonly today: string },
): Promise<CrmImportPlan> {
  const [users, companies] = await db.transaction('r', db.users, db.companies, () => Promise.all([db.users.toArray(), db.companies.toArray()]));
  return planCrmImport(table, mapping, {
    users,
    existingCompanies: companies.map((company) => ({ id: company.id, name: company.name })),
    defaultOwnerId: options.defaultOwnerId,
    today: options.today,
    newId: () => crypto.randomUUID(),
  });
}

/**
 * Writes a planned import in one transaction. With `all-or-nothing`, a plan with row problems
 * writes nothing and returns them. Each record is validated again and its owner and company must
 * exist when the transaction runs; a failure rejects with `CrmValidationError` and writes nothing.
 */
export async function applyCompanyImport(db: CrmDatabase, plan: CrmImportPlan, mode: RowImportMode): Promise<RowImportResult> {
  if (mode === 'all-or-nothing' && plan.issues.length > 0) return { ok: false, issues: plan.issues };

  const issues: CrmRecordIssue[] = [];
  for (const company of plan.newCompanies) {
    const validation = validateCrmRecord('companies', company);
    if (!validation.ok) issues.push(...validation.issues);
  }
  for (const contact of plan.contacts) {
    const validation = validateCrmRecord('contacts', contact);
    if (!validation.ok) issues.push(...validation.issues);
  }
  if (issues.length > 0) throw new CrmValidationError(issues);

  await db.transaction('rw', db.users, db.companies, db.contacts, async () => {
    const ownerIds = [...new Set([...plan.newCompanies, ...plan.contacts].map((record) => record.ownerId))];
    const owners = await db.users.bulkGet(ownerIds);
    const missingOwner = ownerIds.find((_, index) => owners[index] === undefined);
    if (missingOwner !== undefined) {
      throw new CrmValidationError([{ kind: 'users', recordId: null, index: null, field: 'ownerId', found: JSON.stringify(missingOwner), expected: 'user-reference' }]);
    }

    const newIds = new Set(plan.newCompanies.map((company) => company.id));
    const storedIds = [...new Set(plan.contacts.map((contact) => contact.companyId).filter((id) => !newIds.has(id)))];
    const stored = await db.companies.bulkGet(storedIds);
    const missingCompany = storedIds.find((_, index) => stored[index] === undefined);
    if (missingCompany !== undefined) {
      throw new CrmValidationError([{ kind: 'companies', recordId: missingCompany, index: null, field: 'id', found: JSON.stringify(missingCompany), expected: 'company-reference' }]);
    }

    await db.companies.bulkAdd(plan.newCompanies.map((company) => toCompanyRow(company, [])));
    await db.contacts.bulkAdd(plan.contacts.map(toContactRow));
  });

  const skippedRows = new Set(plan.issues.map((issue) => issue.row)).size;
  return { ok: true, companies: plan.newCompanies.length, contacts: plan.contacts.length, skippedRows };
}
