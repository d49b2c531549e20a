import { requireIsoDate } from '../quote/calendarDate';
import type { Activity } from './types';

/**
 * Lists the open follow-ups of `ownerId` that are overdue on `asOf`: the next step is due before
 * `asOf` and not done. A step due on `asOf` itself is due today, not overdue. Oldest due first,
 * then by activity date and id, so the list is stable.
 */
export function overdueFollowUps(activities: readonly Activity[], ownerId: string, asOf: string): Activity[] {
  requireIsoDate(asOf, 'overdue follow-ups "as of" date');
  const overdue = activities.filter(
    (activity) => activity.ownerId === ownerId && activity.nextStepDue !== null && activity.followUpDoneOn === null && activity.nextStepDue < asOf,
  );
  return overdue.sort((p, q) => p.nextStepDue!.localeCompare(q.nextStepDue!) || p.date.localeCompare(q.date) || p.id.localeCompare(q.id));
}

/** A record with an owner: companies, contacts, projects and activities. */
export interface Owned {
  readonly id: string;
  readonly ownerId: string;
}

/**
 * Reassigns records in bulk, as a manager does when a salesperson leaves: every record of
 * `fromOwnerId` (or only those in `ids`, when given) goes to `toOwnerId`. Returns new records and
 * the number changed.
 */
export function reassignOwner<T extends Owned>(records: readonly T[], fromOwnerId: string, toOwnerId: string, ids?: ReadonlySet<string>): { records: T[]; changed: number } {
  let changed = 0;
  const updated = records.map((record) => {
    const selected = record.ownerId === fromOwnerId && (ids === undefined || ids.has(record.id));
    if (!selected) return record;
    changed += 1;
    return { ...record, ownerId: toOwnerId };
  });
  return { records: updated, changed };
}
