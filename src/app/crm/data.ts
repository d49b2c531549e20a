import type { Company } from '../../domain/crm';
import { EMPTY_CRM_DATA_SET } from '../../domain/crm/dataSet';
import { CrmValidationError, describeCrmRecordIssue } from '../../domain/crm/recordIssues';
import type { Locale } from '../../i18n/locale';
import { MAX_PAGE_SIZE } from './db/companyQueries';
import { getCrmRepository, replaceCrmData, type CrmRepository } from './db/crmRepository';
import { CRM_SAMPLE } from './sample';

/** Returns the repository that every CRM screen reads and writes through. */
export function crm(): CrmRepository {
  return getCrmRepository();
}

/** Setting that records that the sample was loaded once, so clearing the records does not bring it back. */
const SAMPLE_LOADED_KEY = 'sample-loaded';

/**
 * Loads the sample records on first start: only when the database has no company and the sample
 * was never loaded. The check and the write share one transaction, so two tabs starting at once
 * load it once.
 */
export async function loadSampleOnFirstStart(): Promise<void> {
  const { db } = crm();
  await db.transaction('rw', db.allTables(), async () => {
    const loadedBefore = await db.settings.get(SAMPLE_LOADED_KEY);
    if (loadedBefore !== undefined || (await db.companies.count()) > 0 || (await db.users.count()) > 0) return;
    await replaceCrmData(db, { ...EMPTY_CRM_DATA_SET, ...CRM_SAMPLE, settings: [{ key: SAMPLE_LOADED_KEY, value: true }] });
  });
}

/** Describes a failed read or write for the user: every record problem of a validation error, else the error's message. */
export function describeCrmError(error: unknown, locale: Locale): string {
  if (error instanceof CrmValidationError) return error.issues.map((issue) => describeCrmRecordIssue(issue, locale)).join(' ');
  return error instanceof Error ? error.message : String(error);
}

/** Lists every company in name order, page by page, for the analyses that rank all customers. */
export async function listAllCompanies(): Promise<Company[]> {
  const companies: Company[] = [];
  for (;;) {
    const page = await crm().listCompanies({}, { offset: companies.length, limit: MAX_PAGE_SIZE });
    companies.push(...page.items);
    if (page.items.length === 0 || companies.length >= page.total) return companies;
  }
}

/** Maps company ids to names for the companies that `ids` name; unknown ids are left out. */
export async function companyNamesOf(ids: Iterable<string>): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const companies = await Promise.all(unique.map((id) => crm().getCompany(id)));
  return new Map(companies.filter((company) => company !== null).map((company) => [company.id, company.name]));
}
