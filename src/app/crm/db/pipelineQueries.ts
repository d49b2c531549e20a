import Dexie from 'dexie';
import type { Activity, CrmProject, Industry, PipelineStage } from '../../../domain/crm';
import { requireIsoDate } from '../../../domain/quote';
import { compareByName, requireValidPage, type Page, type PageResult } from './companyQueries';
import { fromActivityRow, type ActivityRow, type CrmDatabase } from './crmDb';

/** Filters of the projects list; all given filters must match. */
export interface ProjectFilter {
  readonly companyId?: string;
  readonly stage?: PipelineStage;
  readonly ownerId?: string;
  readonly industry?: Industry;
  /** `open`: not lost; `lost`: with a lost reason; `all` (the default): both. */
  readonly status?: 'open' | 'lost' | 'all';
}

function matchesProject(project: CrmProject, filter: ProjectFilter): boolean {
  const status = filter.status ?? 'all';
  return (
    (filter.companyId === undefined || project.companyId === filter.companyId) &&
    (filter.stage === undefined || project.stage === filter.stage) &&
    (filter.ownerId === undefined || project.ownerId === filter.ownerId) &&
    (filter.industry === undefined || project.industry === filter.industry) &&
    (status === 'all' || (status === 'open') === (project.lostReason === null))
  );
}

/** Lists projects matching `filter` in name order; without `page`, all of them. */
export async function listProjects(db: CrmDatabase, filter: ProjectFilter, page?: Page): Promise<PageResult<CrmProject>> {
  if (page) requireValidPage(page);
  const candidates =
    filter.companyId !== undefined
      ? await db.projects.where('companyId').equals(filter.companyId).toArray()
      : filter.stage !== undefined
        ? await db.projects.where('stage').equals(filter.stage).toArray()
        : filter.ownerId !== undefined
          ? await db.projects.where('ownerId').equals(filter.ownerId).toArray()
          : filter.industry !== undefined
            ? await db.projects.where('industry').equals(filter.industry).toArray()
            : await db.projects.toArray();
  const sorted = candidates.filter((project) => matchesProject(project, filter)).sort(compareByName);
  const items = page ? sorted.slice(page.offset, page.offset + page.limit) : sorted;
  return { items, total: sorted.length };
}

/** Filters of the activities list; all given filters must match. */
export interface ActivityFilter {
  readonly companyId?: string;
  readonly projectId?: string;
  readonly ownerId?: string;
}

/** Newest first, then by id, so the order is stable. */
function byDateDescending(p: Activity, q: Activity): number {
  if (p.date !== q.date) return p.date < q.date ? 1 : -1;
  if (p.id === q.id) return 0;
  return p.id < q.id ? -1 : 1;
}

/** Lists activities matching `filter`, newest first; without `page`, all of them. */
export async function listActivities(db: CrmDatabase, filter: ActivityFilter, page?: Page): Promise<PageResult<Activity>> {
  if (page) requireValidPage(page);
  let rows: ActivityRow[];
  if (filter.companyId !== undefined) rows = await db.activities.where('companyId').equals(filter.companyId).toArray();
  else if (filter.projectId !== undefined) rows = await db.activities.where('projectId').equals(filter.projectId).toArray();
  else if (filter.ownerId !== undefined) rows = await db.activities.where('ownerId').equals(filter.ownerId).toArray();
  else rows = await db.activities.toArray();

  const matching = rows.filter(
    (row) =>
      (filter.projectId === undefined || row.projectId === filter.projectId) && (filter.ownerId === undefined || row.ownerId === filter.ownerId),
  );
  const sorted = matching.map(fromActivityRow).sort(byDateDescending);
  const items = page ? sorted.slice(page.offset, page.offset + page.limit) : sorted;
  return { items, total: sorted.length };
}

/** Oldest due first, then by activity date and id: the order of the domain's `overdueFollowUps`. */
function byDueDate(p: Activity, q: Activity): number {
  return p.nextStepDue!.localeCompare(q.nextStepDue!) || p.date.localeCompare(q.date) || p.id.localeCompare(q.id);
}

/**
 * Lists open follow-ups due before `asOf` (`YYYY-MM-DD`), of one owner or, without `ownerId`, of
 * everyone. A step due on `asOf` itself is due today, not overdue, as in the domain's
 * `overdueFollowUps`.
 */
export async function listOverdueFollowUps(db: CrmDatabase, asOf: string, ownerId?: string): Promise<Activity[]> {
  requireIsoDate(asOf, 'overdue follow-ups "as of" date');
  const rows =
    ownerId === undefined
      ? await db.activities.where('openFollowUpDue').below(asOf).toArray()
      : await db.activities.where('[ownerId+openFollowUpDue]').between([ownerId, Dexie.minKey], [ownerId, asOf], true, false).toArray();
  return rows.map(fromActivityRow).sort(byDueDate);
}

/**
 * Counts overdue follow-ups per owner on `asOf`; owners with none are absent. Counts one key range
 * per user, because a count reads no records.
 */
export async function countOverdueByOwner(db: CrmDatabase, asOf: string): Promise<Map<string, number>> {
  requireIsoDate(asOf, 'overdue follow-ups "as of" date');
  const ownerIds = (await db.users.toCollection().primaryKeys()) as string[];
  const counts = await Promise.all(
    ownerIds.map((ownerId) => db.activities.where('[ownerId+openFollowUpDue]').between([ownerId, Dexie.minKey], [ownerId, asOf], true, false).count()),
  );
  return new Map(ownerIds.flatMap((ownerId, index) => (counts[index]! > 0 ? [[ownerId, counts[index]!] as const] : [])));
}
