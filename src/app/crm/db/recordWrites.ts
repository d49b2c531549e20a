import type { CrmRecordOf } from '../../../domain/crm/dataSet';
import { CrmValidationError, type CrmRecordIssue, type CrmRecordKind } from '../../../domain/crm/recordIssues';
import { validateCrmRecord } from '../../../domain/crm/recordSchemas';
import { referencedIds, referenceIssues, type CrmReferenceLookup, type ReferencedIds } from '../../../domain/crm/references';
import type { CrmDatabase } from './crmDb';

/** Validates a record against its schema and returns it typed; throws `CrmValidationError`. */
export function requireValidRecord<K extends CrmRecordKind>(kind: K, value: unknown): CrmRecordOf<K> {
  const validation = validateCrmRecord(kind, value);
  if (!validation.ok) throw new CrmValidationError(validation.issues);
  return validation.record;
}

/**
 * Builds a reference lookup from the stored records that `ids` names. Call inside the transaction
 * that writes, so the check reads the same records as the write.
 */
export async function storedLookup(db: CrmDatabase, ids: ReferencedIds): Promise<CrmReferenceLookup> {
  const [users, companies, projects, contacts] = await Promise.all([
    db.users.bulkGet([...ids.users]),
    db.companies.bulkGet([...ids.companies]),
    db.projects.bulkGet([...ids.projects]),
    db.contacts.bulkGet([...ids.contacts]),
  ]);
  const userIds = new Set(users.flatMap((user) => (user ? [user.id] : [])));
  const companyIds = new Set(companies.flatMap((company) => (company ? [company.id] : [])));
  const projectCompany = new Map(projects.flatMap((project) => (project ? [[project.id, project.companyId] as const] : [])));
  const contactCompany = new Map(contacts.flatMap((contact) => (contact ? [[contact.id, contact.companyId] as const] : [])));
  return {
    hasUser: (id) => userIds.has(id),
    hasCompany: (id) => companyIds.has(id),
    companyOfProject: (id) => projectCompany.get(id),
    companyOfContact: (id) => contactCompany.get(id),
  };
}

type Referring = 'contacts' | 'projects' | 'activities' | 'contracts' | 'companies' | 'quotes';

/** Throws `CrmValidationError` when the record refers to a user, company, project or contact that is not stored. */
export async function requireStoredReferences<K extends Referring>(db: CrmDatabase, kind: K, record: CrmRecordOf<K>): Promise<void> {
  const lookup = await storedLookup(db, referencedIds(kind, record));
  const issues: CrmRecordIssue[] = referenceIssues(kind, record, null, lookup);
  if (issues.length > 0) throw new CrmValidationError(issues);
}
