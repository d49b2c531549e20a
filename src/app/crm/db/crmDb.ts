import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { Activity, Company, Contact, Contract, CrmProject, User } from '../../../domain/crm';
import type { CatalogItem, CrmSetting } from '../../../domain/crm/dataSet';
import type { PriceList, QuoteRecord, QuoteStatus } from '../../../domain/quote';
import { currentRevision } from '../../../domain/quote';
import { searchTokens } from './searchTokens';

/**
 * The CRM database: one Dexie (IndexedDB) database, `cleanplan-crm`, separate from the plan
 * projects in `cleanplan`. Rows are the domain records plus derived index fields, which the
 * `to…Row` functions compute on every write and `from…Row` functions strip on every read:
 * - `tokens` on companies and contacts: name search keys (see searchTokens.ts);
 * - `openFollowUpDue` on activities: the next step's due date while it is open, absent otherwise.
 *   IndexedDB leaves a record out of an index when the key is missing, so the compound index
 *   `[ownerId+openFollowUpDue]` holds only open follow-ups, already sorted by due date, and an
 *   owner's overdue list is one range scan up to the "as of" date;
 * - quotes are stored whole as `record`, with the project id, number and current revision's status
 *   copied out for indexing.
 * The compound `[x+name]` indexes on companies let a filtered list page in name order straight
 * from the index. Names sort by UTF-16 code units there (IndexedDB's string order), not by pinyin.
 */

export const CRM_DATABASE_NAME = 'cleanplan-crm';

export type CompanyRow = Company & { readonly tokens: readonly string[] };
export type ContactRow = Contact & { readonly tokens: readonly string[] };
export type ActivityRow = Activity & { readonly openFollowUpDue?: string };
export interface QuoteRow {
  readonly id: string;
  readonly projectId: string;
  readonly number: string;
  /** Status of the current (newest) revision. */
  readonly status: QuoteStatus;
  readonly record: QuoteRecord;
}

export class CrmDatabase extends Dexie {
  users!: Table<User, string>;
  companies!: Table<CompanyRow, string>;
  contacts!: Table<ContactRow, string>;
  projects!: Table<CrmProject, string>;
  activities!: Table<ActivityRow, string>;
  contracts!: Table<Contract, string>;
  quotes!: Table<QuoteRow, string>;
  priceLists!: Table<PriceList, string>;
  catalog!: Table<CatalogItem, string>;
  settings!: Table<CrmSetting, string>;

  constructor(name: string = CRM_DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      users: 'id, name, role',
      companies: 'id, name, industry, region, ownerId, *tokens, [industry+name], [region+name], [ownerId+name]',
      contacts: 'id, companyId, name, ownerId, *tokens',
      projects: 'id, companyId, stage, ownerId, industry, closeDate',
      activities: 'id, companyId, projectId, ownerId, date, nextStepDue, openFollowUpDue, [ownerId+openFollowUpDue], [companyId+date]',
      contracts: 'id, companyId, projectId, signedOn',
      quotes: 'id, projectId, number, status',
      priceLists: 'id, currency, validFrom',
      catalog: 'code, section',
      settings: 'key',
    });
  }

  /** The tables that hold CRM records, for transactions over all of them. */
  allTables(): Table[] {
    return [this.users, this.companies, this.contacts, this.projects, this.activities, this.contracts, this.quotes, this.priceLists, this.catalog, this.settings];
  }
}

/**
 * Opens the CRM database. Tests and the benchmark pass their own name.
 * NOTE: Dexie 4.4.7's `liveQuery` never emits for a database given `indexedDB` through `options`
 * (Dexie issue #2046), so in Node install fake-indexeddb as the global (`fake-indexeddb/auto`).
 */
export function openCrmDatabase(name: string = CRM_DATABASE_NAME, options?: DexieOptions): CrmDatabase {
  return new CrmDatabase(name, options);
}

export function toCompanyRow(company: Company): CompanyRow {
  return { ...company, tokens: searchTokens(company.name) };
}

export function fromCompanyRow(row: CompanyRow): Company {
  const { tokens: _tokens, ...company } = row;
  return company;
}

export function toContactRow(contact: Contact): ContactRow {
  return { ...contact, tokens: searchTokens(contact.name) };
}

export function fromContactRow(row: ContactRow): Contact {
  const { tokens: _tokens, ...contact } = row;
  return contact;
}

export function toActivityRow(activity: Activity): ActivityRow {
  const open = activity.nextStepDue !== null && activity.followUpDoneOn === null;
  return open ? { ...activity, openFollowUpDue: activity.nextStepDue! } : { ...activity };
}

export function fromActivityRow(row: ActivityRow): Activity {
  const { openFollowUpDue: _due, ...activity } = row;
  return activity;
}

export function toQuoteRow(record: QuoteRecord): QuoteRow {
  return { id: record.id, projectId: record.projectId, number: record.number, status: currentRevision(record).status, record };
}
