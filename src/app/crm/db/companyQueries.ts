import Dexie, { type Collection } from 'dexie';
import type { Company, Industry, PipelineStage } from '../../../domain/crm';
import { fromCompanyRow, type CompanyRow, type CrmDatabase } from './crmDb';
import { planSearch } from './searchTokens';

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

function matchesFields(row: CompanyRow, filter: CompanyFilter): boolean {
  return (
    (filter.industry === undefined || row.industry === filter.industry) &&
    (filter.region === undefined || row.region === filter.region) &&
    (filter.ownerId === undefined || row.ownerId === filter.ownerId)
  );
}

function pageOf<T>(sorted: readonly T[], page: Page): PageResult<T> {
  return { items: sorted.slice(page.offset, page.offset + page.limit), total: sorted.length };
}

async function companyIdsInStage(db: CrmDatabase, stage: PipelineStage): Promise<Set<string>> {
  const projects = await db.projects.where('stage').equals(stage).toArray();
  return new Set(projects.filter((project) => project.lostReason === null).map((project) => project.companyId));
}

/**
 * Picks the compound `[field+name]` index of the most selective given filter, so the page comes
 * in name order straight from the index; the other filters are applied while scanning.
 */
function indexedCollection(db: CrmDatabase, filter: CompanyFilter): Collection<CompanyRow, string> {
  const field = filter.ownerId !== undefined ? 'ownerId' : filter.region !== undefined ? 'region' : filter.industry !== undefined ? 'industry' : null;
  if (field === null) return db.companies.orderBy('name');
  const value = filter[field]!;
  const collection = db.companies.where(`[${field}+name]`).between([value, Dexie.minKey], [value, Dexie.maxKey]);
  const others: CompanyFilter = { ...filter, [field]: undefined };
  const needsFilter = others.industry !== undefined || others.region !== undefined || others.ownerId !== undefined;
  return needsFilter ? collection.filter((row) => matchesFields(row, others)) : collection;
}

/** Lists companies matching `filter`, in name order, one page at a time. */
export async function listCompanies(db: CrmDatabase, filter: CompanyFilter, page: Page): Promise<PageResult<Company>> {
  requireValidPage(page);
  const plan = filter.query === undefined ? null : planSearch(filter.query);

  if (plan !== null || filter.stage !== undefined) {
    return db.transaction('r', db.companies, db.projects, async () => {
      const inStage = filter.stage === undefined ? null : await companyIdsInStage(db, filter.stage);
      const candidates =
        plan !== null
          ? await db.companies.where('tokens').equals(plan.probe).toArray()
          : ((await db.companies.bulkGet([...inStage!])).filter((row) => row !== undefined) as CompanyRow[]);
      const matching = candidates.filter((row) => matchesFields(row, filter) && (plan === null || plan.matches(row.name)) && (inStage === null || inStage.has(row.id)));
      return pageOf(matching.sort(compareByName).map(fromCompanyRow), page);
    });
  }

  return db.transaction('r', db.companies, async () => {
    const total = await indexedCollection(db, filter).count();
    const rows = await indexedCollection(db, filter).offset(page.offset).limit(page.limit).toArray();
    return { items: rows.map(fromCompanyRow), total };
  });
}

/** Distinct stored regions in code-unit order, for a region filter's choices. */
export async function listRegions(db: CrmDatabase): Promise<string[]> {
  const regions = (await db.companies.orderBy('region').uniqueKeys()) as string[];
  return regions.filter((region) => region !== '');
}
