import type { CrmRecordOf } from './dataSet';
import type { CrmRecordIssue } from './recordIssues';

/**
 * Checks of the links between CRM records: owners are users, contacts and projects belong to an
 * existing company, and an activity's project and contact belong to the activity's company. A CRM
 * file is checked against its own lists; a save is checked against the stored records.
 */

/** The records a reference check can look up, by id. */
export interface CrmReferenceLookup {
  hasUser(id: string): boolean;
  hasCompany(id: string): boolean;
  /** Company id of a project, or undefined when no such project exists. */
  companyOfProject(id: string): string | undefined;
  /** Company id of a contact, or undefined when no such contact exists. */
  companyOfContact(id: string): string | undefined;
}

/** Ids a record refers to, so a caller can fetch just those records before checking. */
export interface ReferencedIds {
  readonly users: readonly string[];
  readonly companies: readonly string[];
  readonly projects: readonly string[];
  readonly contacts: readonly string[];
}

type Referring = 'contacts' | 'projects' | 'activities' | 'contracts' | 'companies' | 'quotes';

export function referencedIds(kind: Referring, record: CrmRecordOf<Referring>): ReferencedIds {
  const owner = 'ownerId' in record ? [record.ownerId] : [];
  const company = 'companyId' in record ? [record.companyId] : [];
  const project = 'projectId' in record && record.projectId !== null ? [record.projectId] : [];
  const contact = kind === 'activities' && 'contactId' in record && record.contactId !== null ? [record.contactId] : [];
  return { users: owner, companies: company, projects: project, contacts: contact };
}

/**
 * Lists the broken references of one record. `index` is the record's position in a file's list,
 * or null for a single save.
 */
export function referenceIssues(kind: Referring, record: CrmRecordOf<Referring>, index: number | null, lookup: CrmReferenceLookup): CrmRecordIssue[] {
  const issues: CrmRecordIssue[] = [];
  const recordId = record.id;
  const report = (field: string, found: string, expected: CrmRecordIssue['expected']) =>
    issues.push({ kind, recordId, index, field, found: JSON.stringify(found), expected });

  if ('ownerId' in record && !lookup.hasUser(record.ownerId)) report('ownerId', record.ownerId, 'user-reference');
  if ('companyId' in record && !lookup.hasCompany(record.companyId)) report('companyId', record.companyId, 'company-reference');

  if (kind === 'quotes' || kind === 'contracts') {
    const projectId = (record as CrmRecordOf<'quotes' | 'contracts'>).projectId;
    const projectCompany = lookup.companyOfProject(projectId);
    if (projectCompany === undefined) report('projectId', projectId, 'project-reference');
    else if (kind === 'contracts' && projectCompany !== (record as CrmRecordOf<'contracts'>).companyId) report('projectId', projectId, 'same-company');
  }

  if (kind === 'activities') {
    const activity = record as CrmRecordOf<'activities'>;
    if (activity.projectId !== null) {
      const projectCompany = lookup.companyOfProject(activity.projectId);
      if (projectCompany === undefined) report('projectId', activity.projectId, 'project-reference');
      else if (projectCompany !== activity.companyId) report('projectId', activity.projectId, 'same-company');
    }
    if (activity.contactId !== null) {
      const contactCompany = lookup.companyOfContact(activity.contactId);
      if (contactCompany === undefined) report('contactId', activity.contactId, 'contact-reference');
      else if (contactCompany !== activity.companyId) report('contactId', activity.contactId, 'same-company');
    }
  }
  return issues;
}
