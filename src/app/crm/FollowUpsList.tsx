import { ACTIVITY_KIND_LABELS, type Activity } from '../../domain/crm';
import { daysBetween } from '../../domain/quote';
import { navigate } from './route';
import { pick, useCrmT, useLocale } from './text';

export interface FollowUpsListProps {
  /** Overdue follow-ups, oldest due first, as `overdueFollowUps` returns them. */
  readonly activities: readonly Activity[];
  readonly asOf: string;
  readonly companyNames: ReadonlyMap<string, string>;
  readonly userNames: ReadonlyMap<string, string>;
  onDone(activity: Activity): void;
}

/** Table of overdue follow-ups: due date, days overdue, customer, next step, owner and a Done button. */
export function FollowUpsList({ activities, asOf, companyNames, userNames, onDone }: FollowUpsListProps) {
  const t = useCrmT();
  const locale = useLocale();
  if (activities.length === 0) return <p className="crm-muted" data-testid="follow-ups-empty">{t('followUpsNone')}</p>;
  return (
    <table className="crm-table" data-testid="follow-ups-table">
      <thead>
        <tr>
          <th>{t('colDue')}</th>
          <th className="crm-number">{t('colDaysOverdue')}</th>
          <th>{t('colCompany')}</th>
          <th>{t('colNextStep')}</th>
          <th>{t('colActivity')}</th>
          <th>{t('colOwner')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {activities.map((activity) => (
          <tr key={activity.id} data-testid="follow-up-row" data-activity-id={activity.id}>
            <td>{activity.nextStepDue}</td>
            <td className="crm-number">{daysBetween(activity.nextStepDue!, asOf)}</td>
            <td>
              <button type="button" className="crm-link" onClick={() => navigate({ workspace: 'crm', view: 'company', companyId: activity.companyId })}>
                {companyNames.get(activity.companyId) ?? activity.companyId}
              </button>
            </td>
            <td>{activity.nextStep}</td>
            <td>
              {pick(ACTIVITY_KIND_LABELS[activity.kind], locale)} · {activity.date}
            </td>
            <td>{userNames.get(activity.ownerId) ?? activity.ownerId}</td>
            <td>
              <button type="button" data-testid="follow-up-done" onClick={() => onDone(activity)}>
                {t('followUpDone')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
