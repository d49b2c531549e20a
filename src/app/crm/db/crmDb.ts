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
 * - `nameKeys` on companies and contacts: each name search token followed by U+0000 and the
 *   name (see searchTokens.ts). Within one token the multiEntry index is then in name order, so
 *   the primary keys of one token's key range list its companies sorted by name, and a search
 *   reads records only for the page it returns (and, for long queries, to check candidates);
 * - `stageKeys` on companies: `<stage>` U+0000 `<name>` for each stage the company has an open
 *   (not lost) project in, so the companies of a stage come in name order from the index. Every
 *   write of a project or company refreshes them (`refreshStageKeys`);
 * - `openFollowUpDue` on activities: the next step's due date while it is open, absent otherwise.
 *   IndexedDB leaves a record out of an index when the key is missing. So the compound index
 *   `[ownerId+openFollowUpDue]` contains only open follow-ups, sorted by due date, and an
 *   owner's overdue list is one range scan up to the "as of" date;
 * - quotes are stored whole as `record`, with the project id, number and current revision's status
 *   copied out for indexing.
 * The compound `[x+name]` indexes on companies let a filtered list page in name order straight
 * from the index. Names sort by UTF-16 code units there (IndexedDB's string order), not by pinyin.
 */

export const CRM_DATABASE_NAME = 'cleanplan-crm';

export type CompanyRow = Company & { readonly nameKeys: readonly string[]; readonly stageKeys: readonly string[] };
export type ContactRow = Contact & { readonly nameKeys: readonly string[] };
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
      companies: 'id, name, industry, region, ownerId, *nameKeys, *stageKeys, [industry+name], [region+name], [ownerId+name]',
      contacts: 'id, companyId, name, ownerId, *nameKeys',
      projects: 'id, companyId, stage, ownerId, industry, closeDate',
      activities: 'id, companyId, projectId, contactId, ownerId, date, nextStepDue, openFollowUpDue, [ownerId+openFollowUpDue], [companyId+date]',
      contracts: 'id, companyId, projectId, signedOn',
      quotes: 'id, projectId, number, status',
      priceLists: 'id, currency, validFrom',
      catalog: 'code, section',
      settings: 'key',
    });
  }

  /** Returns every table of CRM records, for transactions over all of them. */
  allTables(): Table[] {
    return [this.users, this.companies, this.contacts, this.projects, this.activities, this.contracts, this.quotes, this.priceLists, this.catalog, this.settings];
  }
}

/**
 * Opens the CRM database. Tests and the benchmark pass their own name.
 * NOTE: in our tests Dexie 4.4.7's `liveQuery` did not emit for a database given `indexedDB`
 * through `options`, so in Node install fake-indexeddb as the global (`fake-indexeddb/auto`).
 */
export function openCrmDatabase(name: string = CRM_DATABASE_NAME, options?: DexieOptions): CrmDatabase {
  return new CrmDatabase(name, options);
}

/** Separates the token from the name in a name key; it sorts before every character of a name. */
const NAME_KEY_SEPARATOR = '\u0000';

function nameKeys(name: string): string[] {
  return searchTokens(name).map((token) => `${token}${NAME_KEY_SEPARATOR}${name}`);
}

/** Bounds of the name or stage keys of `token`, in name order: from `token` U+0000 up to `token` U+0001. */
export function nameKeyBounds(token: string): readonly [string, string] {
  return [`${token}${NAME_KEY_SEPARATOR}`, `${token}\u0001`];
}

/** Stage keys of a company from its projects: one per stage with an open project. */
function stageKeys(name: string, projects: readonly CrmProject[]): string[] {
  const openStages = new Set(projects.filter((project) => project.lostReason === null).map((project) => project.stage));
  return [...openStages].map((stage) => `${stage}${NAME_KEY_SEPARATOR}${name}`);
}

/** Builds the stored row of a company; `projects` are the company's projects. */
export function toCompanyRow(company: Company, projects: readonly CrmProject[]): CompanyRow {
  return { ...company, nameKeys: nameKeys(company.name), stageKeys: stageKeys(company.name, projects) };
}

export function fromCompanyRow(row: CompanyRow): Company {
  const { nameKeys: _nameKeys, stageKeys: _stageKeys, ...company } = row;
  return company;
}

/**
 * Recomputes a stored company's stage keys from its stored projects. Call inside the transaction
 * that wrote a project of the company, with the companies and projects tables in its scope.
 */
export async function refreshStageKeys(db: CrmDatabase, companyId: string): Promise<void> {
  const row = await db.companies.get(companyId);
  if (row === undefined) return;
  const projects = await db.projects.where('companyId').equals(companyId).toArray();
  await db.companies.put(toCompanyRow(fromCompanyRow(row), projects));
}

export function toContactRow(contact: Contact): ContactRow {
  return { ...contact, nameKeys: nameKeys(contact.name) };
}

export function fromContactRow(row: ContactRow): Contact {
  const { nameKeys: _keys, ...contact } = row;
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
