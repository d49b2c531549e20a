import type { Activity, Company, Contact, Contract, CrmProject, PipelineStage, User } from '../../../domain/crm';
import type { CatalogItem, CrmDataSet } from '../../../domain/crm/dataSet';
import { CrmValidationError } from '../../../domain/crm/recordIssues';
import { requireIsoDate, type PriceList, type QuoteRecord, type QuoteStatus } from '../../../domain/quote';
import { listCompanies, listRegions, type CompanyFilter, type Page, type PageResult } from './companyQueries';
import { fromActivityRow, fromCompanyRow, fromContactRow, openCrmDatabase, refreshStageKeys, toActivityRow, toCompanyRow, toContactRow, type CrmDatabase } from './crmDb';
import { exportCrmData, exportCrmFile, importCrmFile, replaceCrmData, type CrmFileImport } from './crmTransfer';
import { countOverdueByOwner, listActivities, listOverdueFollowUps, listProjects, type ActivityFilter, type ProjectFilter } from './pipelineQueries';
import { allocateQuoteNumber, listQuotesByCompany, listQuotesByProject, listQuotesByStatus, saveQuote } from './quoteStore';
import { reassignOwner, type ReassignRequest, type ReassignResult } from './reassign';
import { requireStoredReferences, requireValidRecord } from './recordWrites';
import { applyCompanyImport, planCompanyImport, type RowImportMode, type RowImportResult } from './rowImport';
import type { ColumnMapping, CrmImportPlan, ImportTable } from '../../../engine/import/crm';

export type { ActivityFilter, CompanyFilter, CrmFileImport, Page, PageResult, ProjectFilter, ReassignRequest, ReassignResult, RowImportMode, RowImportResult };

/** Everything about one customer, for the customer view. */
export interface CustomerView {
  readonly company: Company;
  /** The company's owner, or null when the owner id names no stored user. */
  readonly owner: User | null;
  readonly contacts: readonly Contact[];
  readonly projects: readonly CrmProject[];
  /** Newest first. */
  readonly activities: readonly Activity[];
  readonly contracts: readonly Contract[];
  readonly quotes: readonly QuoteRecord[];
}

/**
 * The typed data access of the CRM screens. Every write validates the record against its zod
 * schema and checks its references to stored users, companies, projects and contacts. A rejected
 * write stores nothing and throws `CrmValidationError`, whose issues name record, field, value and
 * fix. Lists come in a stable order and, where a list can reach thousands of records, in pages.
 */
export interface CrmRepository {
  readonly db: CrmDatabase;

  listUsers(): Promise<User[]>;
  upsertUser(user: User): Promise<User>;

  /** Companies matching `filter` in name order (see `CompanyFilter` for search rules). */
  listCompanies(filter: CompanyFilter, page: Page): Promise<PageResult<Company>>;
  listRegions(): Promise<string[]>;
  getCompany(id: string): Promise<Company | null>;
  getCustomerView(companyId: string): Promise<CustomerView | null>;
  upsertCompany(company: Company): Promise<Company>;

  listContacts(companyId: string): Promise<Contact[]>;
  upsertContact(contact: Contact): Promise<Contact>;
  /** Deletes a contact and clears it from the activities that named it, in one transaction. */
  deleteContact(id: string): Promise<void>;

  /** Projects matching `filter` in name order; without `page`, all of them (for the pipeline board). */
  listProjects(filter: ProjectFilter, page?: Page): Promise<PageResult<CrmProject>>;
  getProject(id: string): Promise<CrmProject | null>;
  upsertProject(project: CrmProject): Promise<CrmProject>;
  /** Moves an open project to `stage`; throws for a lost project (clear its lost reason first). */
  moveProjectStage(projectId: string, stage: PipelineStage): Promise<CrmProject>;

  /** Activities matching `filter`, newest first; without `page`, all of them. */
  listActivities(filter: ActivityFilter, page?: Page): Promise<PageResult<Activity>>;
  upsertActivity(activity: Activity): Promise<Activity>;
  deleteActivity(id: string): Promise<void>;
  /** Marks an activity's next step done on `doneOn` (`YYYY-MM-DD`). */
  completeFollowUp(activityId: string, doneOn: string): Promise<Activity>;
  /** Open follow-ups due before `asOf`, oldest due first; of one owner, or of everyone. */
  listOverdueFollowUps(asOf: string, ownerId?: string): Promise<Activity[]>;
  countOverdueByOwner(asOf: string): Promise<Map<string, number>>;

  /** Bulk owner change in one transaction (see `ReassignRequest`). */
  reassignOwner(request: ReassignRequest): Promise<ReassignResult>;

  /** Contracts of one company, or all of them, by signing date. */
  listContracts(filter: { readonly companyId?: string }): Promise<Contract[]>;
  upsertContract(contract: Contract): Promise<Contract>;

  getQuote(id: string): Promise<QuoteRecord | null>;
  listQuotesByProject(projectId: string): Promise<QuoteRecord[]>;
  listQuotesByCompany(companyId: string): Promise<QuoteRecord[]>;
  /** Quotes whose current revision has `status` (`sent`: awaiting the customer's decision). */
  listQuotesByStatus(status: QuoteStatus): Promise<QuoteRecord[]>;
  /**
   * Stores a new quote or a new state of one (a revision added, a status changed). Throws when a
   * stored revision's content changed or a revision was removed, because revisions are immutable.
   */
  saveQuote(record: QuoteRecord): Promise<QuoteRecord>;
  /** Next free quote number of the year of `date`, e.g. `Q-2026-0007`. */
  allocateQuoteNumber(date: string): Promise<string>;

  listPriceLists(): Promise<PriceList[]>;
  upsertPriceList(list: PriceList): Promise<PriceList>;
  listCatalog(): Promise<CatalogItem[]>;
  upsertCatalogItems(items: readonly CatalogItem[]): Promise<void>;

  /** A company-wide setting's value, or `fallback` when it was never set. */
  getSetting<T>(key: string, fallback: T): Promise<T>;
  putSetting(key: string, value: unknown): Promise<void>;

  exportData(): Promise<CrmDataSet>;
  /** CRM file text (`format: "cleanplan-crm"`) of every stored record. */
  exportFile(savedAt: Date, generator: string): Promise<string>;
  /** Replaces all stored records with a CRM file's, all or nothing. */
  importFile(text: string): Promise<CrmFileImport>;

  /**
   * Checks a company and contact sheet (read with `readImportTable`) row by row against the stored
   * users and companies; writes nothing. Show `plan.issues` before applying.
   */
  planCompanyImport(table: ImportTable, mapping: ColumnMapping, options: { readonly defaultOwnerId: string; readonly today: string }): Promise<CrmImportPlan>;
  /** Writes a plan's new companies and contacts in one transaction (see `RowImportMode`). */
  applyCompanyImport(plan: CrmImportPlan, mode: RowImportMode): Promise<RowImportResult>;
}

function orNull<T>(value: T | undefined): T | null {
  return value === undefined ? null : value;
}

/** Creates the repository over `db`; tests pass a database opened on fake-indexeddb. */
export function createCrmRepository(db: CrmDatabase): CrmRepository {
  const referenceTables = [db.users, db.companies, db.projects, db.contacts];

  async function upsertCompany(value: Company): Promise<Company> {
    const company = requireValidRecord('companies', value);
    return db.transaction('rw', referenceTables, async () => {
      await requireStoredReferences(db, 'companies', company);
      const projects = await db.projects.where('companyId').equals(company.id).toArray();
      await db.companies.put(toCompanyRow(company, projects));
      return company;
    });
  }

  async function upsertContact(value: Contact): Promise<Contact> {
    const contact = requireValidRecord('contacts', value);
    return db.transaction('rw', referenceTables, async () => {
      await requireStoredReferences(db, 'contacts', contact);
      await db.contacts.put(toContactRow(contact));
      return contact;
    });
  }

  async function upsertProject(value: CrmProject): Promise<CrmProject> {
    const project = requireValidRecord('projects', value);
    return db.transaction('rw', referenceTables, async () => {
      await requireStoredReferences(db, 'projects', project);
      const previousCompanyId = (await db.projects.get(project.id))?.companyId;
      await db.projects.put(project);
      await refreshStageKeys(db, project.companyId);
      if (previousCompanyId !== undefined && previousCompanyId !== project.companyId) await refreshStageKeys(db, previousCompanyId);
      return project;
    });
  }

  async function upsertActivity(value: Activity): Promise<Activity> {
    const activity = requireValidRecord('activities', value);
    return db.transaction('rw', [...referenceTables, db.activities], async () => {
      await requireStoredReferences(db, 'activities', activity);
      await db.activities.put(toActivityRow(activity));
      return activity;
    });
  }

  async function moveProjectStage(projectId: string, stage: PipelineStage): Promise<CrmProject> {
    return db.transaction('rw', db.projects, db.companies, async () => {
      const project = await db.projects.get(projectId);
      if (project === undefined) throw new RangeError(`Project ${projectId} not found; reload the pipeline board`);
      if (project.lostReason !== null) {
        throw new RangeError(`Project ${projectId} (${project.name}) is marked lost, so its stage stays "${project.stage}"; clear the lost reason to reopen it first`);
      }
      const moved = requireValidRecord('projects', { ...project, stage });
      await db.projects.put(moved);
      await refreshStageKeys(db, moved.companyId);
      return moved;
    });
  }

  async function completeFollowUp(activityId: string, doneOn: string): Promise<Activity> {
    requireIsoDate(doneOn, 'follow-up done date');
    return db.transaction('rw', db.activities, async () => {
      const row = await db.activities.get(activityId);
      if (row === undefined) throw new RangeError(`Activity ${activityId} not found; reload the follow-up list`);
      const done = { ...fromActivityRow(row), followUpDoneOn: doneOn };
      await db.activities.put(toActivityRow(done));
      return done;
    });
  }

  async function getCustomerView(companyId: string): Promise<CustomerView | null> {
    return db.transaction('r', [db.users, db.companies, db.contacts, db.projects, db.activities, db.contracts, db.quotes], async () => {
      const row = await db.companies.get(companyId);
      if (row === undefined) return null;
      const [owner, contacts, projects, activities, contracts, quotes] = await Promise.all([
        db.users.get(row.ownerId),
        db.contacts.where('companyId').equals(companyId).sortBy('name'),
        listProjects(db, { companyId }),
        listActivities(db, { companyId }),
        db.contracts.where('companyId').equals(companyId).sortBy('signedOn'),
        listQuotesByCompany(db, companyId),
      ]);
      return {
        company: fromCompanyRow(row),
        owner: orNull(owner),
        contacts: contacts.map(fromContactRow),
        projects: projects.items,
        activities: activities.items,
        contracts,
        quotes,
      };
    });
  }

  return {
    db,

    listUsers: () => db.users.orderBy('name').toArray(),
    upsertUser: async (value) => {
      const user = requireValidRecord('users', value);
      await db.users.put(user);
      return user;
    },

    listCompanies: (filter, page) => listCompanies(db, filter, page),
    listRegions: () => listRegions(db),
    getCompany: async (id) => {
      const row = await db.companies.get(id);
      return row === undefined ? null : fromCompanyRow(row);
    },
    getCustomerView,
    upsertCompany,

    listContacts: async (companyId) => (await db.contacts.where('companyId').equals(companyId).sortBy('name')).map(fromContactRow),
    upsertContact,
    deleteContact: (id) =>
      db.transaction('rw', db.contacts, db.activities, async () => {
        const naming = await db.activities.where('contactId').equals(id).toArray();
        await db.activities.bulkPut(naming.map((row) => toActivityRow({ ...fromActivityRow(row), contactId: null })));
        await db.contacts.delete(id);
      }),

    listProjects: (filter, page) => listProjects(db, filter, page),
    getProject: async (id) => orNull(await db.projects.get(id)),
    upsertProject,
    moveProjectStage,

    listActivities: (filter, page) => listActivities(db, filter, page),
    upsertActivity,
    deleteActivity: (id) => db.activities.delete(id),
    completeFollowUp,
    listOverdueFollowUps: (asOf, ownerId) => listOverdueFollowUps(db, asOf, ownerId),
    countOverdueByOwner: (asOf) => countOverdueByOwner(db, asOf),

    reassignOwner: (request) => reassignOwner(db, request),

    listContracts: (filter) =>
      filter.companyId === undefined ? db.contracts.orderBy('signedOn').toArray() : db.contracts.where('companyId').equals(filter.companyId).sortBy('signedOn'),
    upsertContract: async (value) => {
      const contract = requireValidRecord('contracts', value);
      return db.transaction('rw', [...referenceTables, db.contracts], async () => {
        await requireStoredReferences(db, 'contracts', contract);
        await db.contracts.put(contract);
        return contract;
      });
    },

    getQuote: async (id) => orNull((await db.quotes.get(id))?.record),
    listQuotesByProject: (projectId) => listQuotesByProject(db, projectId),
    listQuotesByCompany: (companyId) => listQuotesByCompany(db, companyId),
    listQuotesByStatus: (status) => listQuotesByStatus(db, status),
    saveQuote: (record) => saveQuote(db, record),
    allocateQuoteNumber: (date) => allocateQuoteNumber(db, date),

    listPriceLists: () => db.priceLists.orderBy('validFrom').toArray(),
    upsertPriceList: async (value) => {
      const list = requireValidRecord('priceLists', value);
      await db.priceLists.put(list);
      return list;
    },
    listCatalog: () => db.catalog.orderBy('code').toArray(),
    upsertCatalogItems: async (values) => {
      const items = values.map((value) => requireValidRecord('catalog', value));
      await db.catalog.bulkPut(items);
    },

    getSetting: async <T>(key: string, fallback: T) => {
      const setting = await db.settings.get(key);
      return setting === undefined ? fallback : (setting.value as T);
    },
    putSetting: async (key, value) => {
      const setting = requireValidRecord('settings', { key, value });
      await db.settings.put(setting);
    },

    exportData: () => exportCrmData(db),
    exportFile: (savedAt, generator) => exportCrmFile(db, savedAt, generator),
    importFile: (text) => importCrmFile(db, text),

    planCompanyImport: (table, mapping, options) => planCompanyImport(db, table, mapping, options),
    applyCompanyImport: (plan, mode) => applyCompanyImport(db, plan, mode),
  };
}

let defaultRepository: CrmRepository | null = null;

/** Returns the repository over the browser's `cleanplan-crm` database, opened on first use. */
export function getCrmRepository(): CrmRepository {
  defaultRepository ??= createCrmRepository(openCrmDatabase());
  return defaultRepository;
}

export { CrmValidationError, replaceCrmData };
