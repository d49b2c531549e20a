import { useState } from 'react';
import type { Activity, User } from '../../domain/crm';
import { companyNamesOf, crm, describeCrmError } from './data';
import { FollowUpsList } from './FollowUpsList';
import { todayIsoDate, useCrmT, useLocale } from './text';
import { useLive } from './useLive';

const EVERYONE = '';

export interface FollowUpsViewProps {
  readonly users: readonly User[];
  readonly currentUser: User | null;
}

/** Overdue follow-ups as of today, of one owner (the current user first) or of everyone. */
export function FollowUpsView({ users, currentUser }: FollowUpsViewProps) {
  const t = useCrmT();
  const locale = useLocale();
  const [ownerId, setOwnerId] = useState(currentUser?.id ?? EVERYONE);
  const [actionError, setActionError] = useState<string | null>(null);
  const asOf = todayIsoDate();
  const state = useLive(async () => {
    const activities = await crm().listOverdueFollowUps(asOf, ownerId === EVERYONE ? undefined : ownerId);
    const companyNames = await companyNamesOf(activities.map((activity) => activity.companyId));
    return { activities, companyNames };
  }, [asOf, ownerId]);
  const userNames = new Map(users.map((user) => [user.id, user.name]));

  function markDone(activity: Activity) {
    setActionError(null);
    crm()
      .completeFollowUp(activity.id, asOf)
      .catch((error: unknown) => setActionError(t('saveFailed', { detail: describeCrmError(error, locale) })));
  }

  return (
    <section className="crm-panel" data-testid="follow-ups-view">
      <h2>{t('followUpsTitle', { date: asOf })}</h2>
      <div className="crm-toolbar">
        <label>
          {t('fieldOwner')}
          <select value={ownerId} data-testid="follow-ups-owner" onChange={(event) => setOwnerId(event.target.value)}>
            <option value={EVERYONE}>{t('everyone')}</option>
            {users.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {actionError === null ? null : (
        <p className="crm-error" role="alert">
          {actionError}
        </p>
      )}
      {state.status === 'ready' ? <FollowUpsList activities={state.value.activities} asOf={asOf} companyNames={state.value.companyNames} userNames={userNames} onDone={markDone} /> : null}
      {state.status === 'error' ? <p className="crm-error" role="alert">{t('loadFailed', { detail: describeCrmError(state.error, locale) })}</p> : null}
    </section>
  );
}
