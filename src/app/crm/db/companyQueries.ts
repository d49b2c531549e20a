import Dexie from 'dexie';
import type { Company, Industry, PipelineStage } from '../../../domain/crm';
import { fromCompanyRow, nameKeyBounds, type CompanyRow, type CrmDatabase } from './crmDb';
import { planSearch, type SearchPlan } from './searchTokens';

/** A page of a list: skip `offset` records, return at most `limit`. */
export interface Page {
  readonly offset: number;
  readonly limit: number;
}

export interface PageResult<T> {
  readonly items: readonly T[];
  /** Number of records matching the filter, on all pages. */
  readonly total: number;
}

/** Largest page size; a longer list needs paging. */
export const MAX_PAGE_SIZE = 1000;

export function requireValidPage(page: Page): void {
  if (!Number.isInteger(page.offset) || page.offset < 0) throw new RangeError(`Page offset is ${page.offset}: expected a whole number, 0 or more`);
  if (!Number.isInteger(page.limit) || page.limit < 1 || page.limit > MAX_PAGE_SIZE) {
    throw new RangeError(`Page size is ${page.limit}: expected a whole number from 1 to ${MAX_PAGE_SIZE}`);
  }
}

/** Filters of the companies list; all given filters must match. */
export interface CompanyFilter {
  /** Name search: any part of a Chinese name, or the start of words of a Latin-script name. */
  readonly query?: string;
  readonly industry?: Industry;
  /** Exact region, as stored. */
  readonly region?: string;
  readonly ownerId?: string;
  /** Companies with at least one open (not lost) project in this stage. */
  readonly stage?: PipelineStage;
}

/** Orders by name in UTF-16 code-unit order (IndexedDB's string order), then id. */
export function compareByName(p: { name: string; id: string }, q: { name: string; id: string }): number {
  if (p.name !== q.name) return p.name < q.name ? -1 : 1;
  if (p.id === q.id) return 0;
  return p.id < q.id ? -1 : 1;
}

type FieldFilter = 'ownerId' | 'region' | 'industry';

/** Field filters set in `filter`. */
function givenFieldFilters(filter: CompanyFilter): FieldFilter[] {
  return (['ownerId', 'region', 'industry'] as const).filter((field) => filter[field] !== undefined);
}

async function loadCompanies(db: CrmDatabase, ids: readonly string[]): Promise<CompanyRow[]> {
  const rows = await db.companies.bulkGet([...ids]);
  return rows.filter((row): row is CompanyRow => row !== undefined);
}

/** Company ids with the name key or stage key `token`, in name order. */
function idsByKey(db: CrmDatabase, index: 'nameKeys' | 'stageKeys', token: string): Promise<string[]> {
  const [lower, upper] = nameKeyBounds(token);
  return db.companies.where(index).between(lower, upper).primaryKeys() as Promise<string[]>;
}

/** Company ids of one field filter in name order, from its compound `[field+name]` index. */
function idsByField(db: CrmDatabase, field: FieldFilter, value: string): Promise<string[]> {
  return db.companies.where(`[${field}+name]`).between([value, Dexie.minKey], [value, Dexie.maxKey]).primaryKeys() as Promise<string[]>;
}

/**
 * Company ids matching the filter, in name order. Each condition is read as a list of primary
 * keys from one index (`getAllKeys`, no records and no cursor steps), the first in name order and
 * the rest as sets to intersect with. Records are read only when the search plan is not exact,
 * to check the candidates' names.
 */
async function matchingIds(db: CrmDatabase, filter: CompanyFilter, plan: SearchPlan | null): Promise<string[]> {
  const lists: Promise<string[]>[] = [];
  for (const probe of plan?.probes ?? []) lists.push(idsByKey(db, 'nameKeys', probe));
  if (filter.stage !== undefined) lists.push(idsByKey(db, 'stageKeys', filter.stage));
  for (const field of givenFieldFilters(filter)) lists.push(idsByField(db, field, filter[field]!));
  if (lists.length === 0) lists.push(db.companies.orderBy('name').primaryKeys() as Promise<string[]>);

  const [ordered, ...others] = await Promise.all(lists);
  const required = others.map((ids) => new Set(ids));
  const candidates = ordered!.filter((id) => required.every((ids) => ids.has(id)));
  if (plan === null || plan.exact) return candidates;

  const rows = await loadCompanies(db, candidates);
  return rows.filter((row) => plan.matches(row.name)).map((row) => row.id);
}

/** Lists companies matching `filter`, in name order, one page at a time. Only the page's records are read. */
export async function listCompanies(db: CrmDatabase, filter: CompanyFilter, page: Page): Promise<PageResult<Company>> {
  requireValidPage(page);
  const plan = filter.query === undefined ? null : planSearch(filter.query);

  const unfiltered = plan === null && filter.stage === undefined && givenFieldFilters(filter).length === 0;
  return db.transaction('r', db.companies, async () => {
    if (unfiltered) {
      // The name index alone gives the page, so skip to it instead of listing every key.
      const total = await db.companies.count();
      const pageIds = (await db.companies.orderBy('name').offset(page.offset).limit(page.limit).primaryKeys()) as string[];
      return { items: (await loadCompanies(db, pageIds)).map(fromCompanyRow), total };
    }
    const ids = await matchingIds(db, filter, plan);
    const pageRows = await loadCompanies(db, ids.slice(page.offset, page.offset + page.limit));
    return { items: pageRows.map(fromCompanyRow), total: ids.length };
  });
}

/** Distinct stored regions in code-unit order, for a region filter's choices. */
export async function listRegions(db: CrmDatabase): Promise<string[]> {
  const regions = (await db.companies.orderBy('region').uniqueKeys()) as string[];
  return regions.filter((region) => region !== '');
}
