import type { Table } from 'dexie';
import { CrmValidationError } from '../../../domain/crm/recordIssues';
import { toActivityRow, fromActivityRow, type CrmDatabase } from './crmDb';

/**
 * A bulk owner change. Either `fromOwnerId` alone (a salesperson leaves: every company, contact,
 * project and activity they own moves), or `companyIds` (a manager's selection: those companies
 * and, unless `includeRelated` is false, their contacts, projects and activities). With both, only
 * records of `fromOwnerId` among the selection move.
 */
export interface ReassignRequest {
  readonly toOwnerId: string;
  readonly fromOwnerId?: string;
  readonly companyIds?: readonly string[];
  /** Also move the selected companies' contacts, projects and activities; true by default. */
  readonly includeRelated?: boolean;
}

/** Number of records moved, per kind. */
export interface ReassignResult {
  readonly companies: number;
  readonly contacts: number;
  readonly projects: number;
  readonly activities: number;
}

function unknownReference(field: 'toOwnerId' | 'companyIds', found: string): CrmValidationError {
  const expected = field === 'toOwnerId' ? 'user-reference' : 'company-reference';
  return new CrmValidationError([{ kind: field === 'toOwnerId' ? 'users' : 'companies', recordId: null, index: null, field, found: JSON.stringify(found), expected }]);
}

/** Moves records to `toOwnerId` in one transaction: all of them move or, on any error, none. */
export async function reassignOwner(db: CrmDatabase, request: ReassignRequest): Promise<ReassignResult> {
  if (request.fromOwnerId === undefined && request.companyIds === undefined) {
    throw new RangeError('Owner reassignment needs the previous owner (fromOwnerId), the selected companies (companyIds), or both');
  }
  const includeRelated = request.includeRelated ?? true;
  const fromOwner = request.fromOwnerId;
  const isFromOwner = (record: { ownerId: string }) => fromOwner === undefined || record.ownerId === fromOwner;
  const moved = <T extends { ownerId: string }>(record: T): T => ({ ...record, ownerId: request.toOwnerId });

  return db.transaction('rw', [db.users, db.companies, db.contacts, db.projects, db.activities], async () => {
    if ((await db.users.get(request.toOwnerId)) === undefined) throw unknownReference('toOwnerId', request.toOwnerId);

    const selectedCompanies =
      request.companyIds !== undefined ? await db.companies.bulkGet([...request.companyIds]) : await db.companies.where('ownerId').equals(fromOwner!).toArray();
    const missing = request.companyIds?.find((_, index) => selectedCompanies[index] === undefined);
    if (missing !== undefined) throw unknownReference('companyIds', missing);

    const companies = selectedCompanies.filter((row) => row !== undefined && isFromOwner(row)).map((row) => moved(row!));
    await db.companies.bulkPut(companies);

    if (request.companyIds === undefined) {
      const [contacts, projects, activities] = await Promise.all([
        db.contacts.where('ownerId').equals(fromOwner!).toArray(),
        db.projects.where('ownerId').equals(fromOwner!).toArray(),
        db.activities.where('ownerId').equals(fromOwner!).toArray(),
      ]);
      await db.contacts.bulkPut(contacts.map(moved));
      await db.projects.bulkPut(projects.map(moved));
      await db.activities.bulkPut(activities.map((row) => toActivityRow(moved(fromActivityRow(row)))));
      return { companies: companies.length, contacts: contacts.length, projects: projects.length, activities: activities.length };
    }

    if (!includeRelated) return { companies: companies.length, contacts: 0, projects: 0, activities: 0 };
    // One equality lookup per company: fake-indexeddb runs Dexie's anyOf() very slowly.
    const ofSelected = async <T extends { ownerId: string }>(table: Table<T, string>) => {
      const perCompany = await Promise.all(request.companyIds!.map((id) => table.where('companyId').equals(id).toArray()));
      return perCompany.flat().filter(isFromOwner);
    };
    const [contacts, projects, activities] = await Promise.all([ofSelected(db.contacts), ofSelected(db.projects), ofSelected(db.activities)]);
    await db.contacts.bulkPut(contacts.map(moved));
    await db.projects.bulkPut(projects.map(moved));
    await db.activities.bulkPut(activities.map((row) => toActivityRow(moved(fromActivityRow(row)))));
    return { companies: companies.length, contacts: contacts.length, projects: projects.length, activities: activities.length };
  });
}
