import { useState } from 'react';
import type { User } from '../../domain/crm';
import { crm, describeCrmError } from './data';
import { useCrmT, useLocale } from './text';

export interface BulkReassignBarProps {
  readonly users: readonly User[];
  /** Selected companies. */
  readonly companyIds: readonly string[];
  onDone(): void;
}

/**
 * Renders a manager's bulk owner change. The selected companies move to the chosen owner in one
 * transaction, all or none, and so do their contacts, projects and activities unless unticked.
 */
export function BulkReassignBar({ users, companyIds, onDone }: BulkReassignBarProps) {
  const t = useCrmT();
  const locale = useLocale();
  const [toOwnerId, setToOwnerId] = useState(users[0]?.id ?? '');
  const [includeRelated, setIncludeRelated] = useState(true);
  const [message, setMessage] = useState<{ readonly tone: 'ok' | 'error'; readonly text: string } | null>(null);

  async function reassign() {
    try {
      const result = await crm().reassignOwner({ toOwnerId, companyIds, includeRelated });
      const owner = users.find((user) => user.id === toOwnerId)?.name ?? toOwnerId;
      setMessage({ tone: 'ok', text: t('reassignDone', { owner, companies: result.companies, contacts: result.contacts, projects: result.projects, activities: result.activities }) });
      onDone();
    } catch (error) {
      setMessage({ tone: 'error', text: t('reassignFailed', { detail: describeCrmError(error, locale) }) });
    }
  }

  return (
    <div className="crm-toolbar" data-testid="bulk-reassign">
      <span>{t('reassignSelected', { count: companyIds.length })}</span>
      <label>
        {t('reassignTo')}
        <select value={toOwnerId} data-testid="reassign-owner" onChange={(event) => setToOwnerId(event.target.value)}>
          {users.map((user) => (
            <option key={user.id} value={user.id}>
              {user.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>
          <input type="checkbox" checked={includeRelated} onChange={(event) => setIncludeRelated(event.target.checked)} data-testid="reassign-related" /> {t('reassignRelated')}
        </span>
      </label>
      <button type="button" className="primary" disabled={companyIds.length === 0 || toOwnerId === ''} data-testid="reassign-apply" onClick={() => void reassign()}>
        {t('reassignApply')}
      </button>
      {message === null ? null : (
        <span className={message.tone === 'error' ? 'crm-error' : 'crm-muted'} role="status" data-testid="reassign-message">
          {message.text}
        </span>
      )}
    </div>
  );
}
