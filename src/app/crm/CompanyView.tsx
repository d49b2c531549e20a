import { useState } from 'react';
import { ACTIVITY_KIND_LABELS, CONTACT_ROLE_LABELS, INDUSTRY_LABELS, PIPELINE_STAGE_LABELS, type Activity, type Contact, type CrmProject, type User } from '../../domain/crm';
import { formatMoney } from '../../domain/money';
import { currentRevision, QUOTE_STATUS_LABELS, revisionLabel } from '../../domain/quote';
import { crm, describeCrmError } from './data';
import type { CustomerView } from './db/crmRepository';
import { ActivityForm } from './forms/ActivityForm';
import { CompanyForm } from './forms/CompanyForm';
import { ContactForm } from './forms/ContactForm';
import { ContractForm } from './forms/ContractForm';
import { ProjectForm } from './forms/ProjectForm';
import { navigate } from './route';
import { formatAmount, pick, useCrmT, useLocale } from './text';
import { useLive } from './useLive';

export interface CompanyViewProps {
  readonly companyId: string;
  readonly users: readonly User[];
  readonly currentUser: User | null;
}

/** The form open on the customer page, if any: editing the company or adding or editing one record. */
type OpenForm =
  | { readonly kind: 'company' }
  | { readonly kind: 'contact'; readonly contact: Contact | null }
  | { readonly kind: 'project' }
  | { readonly kind: 'contract' }
  | { readonly kind: 'activity'; readonly activity: Activity | null };

/**
 * Shows the customer view: the company with every project, quote, contract, activity, contact and drawing
 * on one page, with forms to add and edit them.
 */
export function CompanyView({ companyId, users, currentUser }: CompanyViewProps) {
  const t = useCrmT();
  const locale = useLocale();
  const state = useLive(() => crm().getCustomerView(companyId), [companyId]);
  const [form, setForm] = useState<OpenForm | null>(null);

  if (state.status === 'loading') return <p className="crm-muted">{t('loading')}</p>;
  if (state.status === 'error') return <p className="crm-error" role="alert">{t('loadFailed', { detail: describeCrmError(state.error, locale) })}</p>;
  if (state.value === null) return <p className="crm-error" role="alert" data-testid="company-missing">{t('companyMissing', { id: companyId })}</p>;

  const view: CustomerView = state.value;
  const { company } = view;
  const ownerId = currentUser?.id ?? company.ownerId;
  const userNames = new Map(users.map((user) => [user.id, user.name]));
  const contactNames = new Map(view.contacts.map((contact) => [contact.id, contact.name]));
  const projectNames = new Map(view.projects.map((project) => [project.id, project.name]));
  const close = () => setForm(null);

  async function saveProject(project: CrmProject) {
    await crm().upsertProject(project);
    setForm(null);
    navigate({ workspace: 'crm', view: 'project', projectId: project.id });
  }

  return (
    <div data-testid="company-view" data-company-id={company.id}>
      <section className="crm-panel">
        <h2 data-testid="company-title">{company.name}</h2>
        <p className="crm-muted">
          {pick(INDUSTRY_LABELS[company.industry], locale)} · {company.region || '—'} · {t('fieldSource')}: {company.source || '—'} · {t('fieldOwner')}: {view.owner?.name ?? company.ownerId}
        </p>
        {company.notes ? <p>{company.notes}</p> : null}
        <div className="crm-actions">
          <button type="button" data-testid="company-edit" onClick={() => setForm({ kind: 'company' })}>
            {t('companyEdit')}
          </button>
          <button type="button" data-testid="project-new" onClick={() => setForm({ kind: 'project' })}>
            {t('projectNew')}
          </button>
          <button type="button" data-testid="contact-new" onClick={() => setForm({ kind: 'contact', contact: null })}>
            {t('contactNew')}
          </button>
          <button type="button" data-testid="activity-new" onClick={() => setForm({ kind: 'activity', activity: null })}>
            {t('activityNew')}
          </button>
          <button type="button" data-testid="contract-new" disabled={view.projects.length === 0} onClick={() => setForm({ kind: 'contract' })}>
            {t('contractNew')}
          </button>
        </div>
      </section>

      {form?.kind === 'company' ? (
        <CompanyForm
          company={company}
          users={users}
          defaultOwnerId={ownerId}
          onSave={async (record) => {
            await crm().upsertCompany(record);
            close();
          }}
          onCancel={close}
        />
      ) : null}
      {form?.kind === 'project' ? <ProjectForm project={null} companyId={company.id} defaultIndustry={company.industry} users={users} defaultOwnerId={ownerId} onSave={saveProject} onCancel={close} /> : null}
      {form?.kind === 'contact' ? (
        <ContactForm
          contact={form.contact}
          companyId={company.id}
          users={users}
          defaultOwnerId={ownerId}
          onSave={async (record) => {
            await crm().upsertContact(record);
            close();
          }}
          onCancel={close}
        />
      ) : null}
      {form?.kind === 'contract' ? (
        <ContractForm
          companyId={company.id}
          projects={view.projects}
          onSave={async (record) => {
            await crm().upsertContract(record);
            close();
          }}
          onCancel={close}
        />
      ) : null}
      {form?.kind === 'activity' ? (
        <ActivityForm
          activity={form.activity}
          companyId={company.id}
          contacts={view.contacts}
          projects={view.projects}
          users={users}
          defaultOwnerId={ownerId}
          onSave={async (record) => {
            await crm().upsertActivity(record);
            close();
          }}
          onCancel={close}
        />
      ) : null}

      <section className="crm-panel" data-testid="company-projects">
        <h3>{t('sectionProjects', { count: view.projects.length })}</h3>
        <table className="crm-table">
          <thead>
            <tr>
              <th>{t('fieldProjectName')}</th>
              <th>{t('fieldStage')}</th>
              <th className="crm-number">{t('fieldExpectedValue')}</th>
              <th className="crm-number">{t('fieldProbability')}</th>
              <th>{t('fieldCloseDate')}</th>
              <th>{t('fieldOwner')}</th>
            </tr>
          </thead>
          <tbody>
            {view.projects.map((project) => (
              <tr key={project.id} data-testid="company-project-row">
                <td>
                  <button type="button" className="crm-link" onClick={() => navigate({ workspace: 'crm', view: 'project', projectId: project.id })}>
                    {project.name}
                  </button>
                </td>
                <td data-testid="company-project-stage">
                  {pick(PIPELINE_STAGE_LABELS[project.stage], locale)}
                  {project.lostReason === null ? '' : ` · ${t('lost')}`}
                </td>
                <td className="crm-number">{formatAmount(project.expectedValue, locale)}</td>
                <td className="crm-number">{project.probabilityPct === null ? '—' : `${project.probabilityPct} %`}</td>
                <td>{project.closeDate ?? '—'}</td>
                <td>{userNames.get(project.ownerId) ?? project.ownerId}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="crm-panel" data-testid="company-quotes">
        <h3>{t('sectionQuotes', { count: view.quotes.length })}</h3>
        <table className="crm-table">
          <thead>
            <tr>
              <th>{t('colQuote')}</th>
              <th>{t('fieldProjectName')}</th>
              <th>{t('colStatus')}</th>
              <th>{t('colCreated')}</th>
            </tr>
          </thead>
          <tbody>
            {view.quotes.map((quote) => {
              const current = currentRevision(quote);
              return (
                <tr key={quote.id} data-testid="company-quote-row">
                  <td>{revisionLabel(quote, current.revision)}</td>
                  <td>
                    <button type="button" className="crm-link" onClick={() => navigate({ workspace: 'crm', view: 'project', projectId: quote.projectId })}>
                      {projectNames.get(quote.projectId) ?? quote.projectId}
                    </button>
                  </td>
                  <td>{pick(QUOTE_STATUS_LABELS[current.status], locale)}</td>
                  <td>{current.createdAt.slice(0, 10)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <section className="crm-panel" data-testid="company-contracts">
        <h3>{t('sectionContracts', { count: view.contracts.length })}</h3>
        <table className="crm-table">
          <thead>
            <tr>
              <th>{t('colSignedOn')}</th>
              <th>{t('fieldProjectName')}</th>
              <th className="crm-number">{t('colRevenue')}</th>
              <th className="crm-number">{t('colCost')}</th>
            </tr>
          </thead>
          <tbody>
            {view.contracts.map((contract) => (
              <tr key={contract.id}>
                <td>{contract.signedOn}</td>
                <td>{projectNames.get(contract.projectId) ?? contract.projectId}</td>
                <td className="crm-number">{formatMoney(contract.revenue, locale)}</td>
                <td className="crm-number">{formatMoney(contract.cost, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="crm-panel" data-testid="company-activities">
        <h3>{t('sectionActivities', { count: view.activities.length })}</h3>
        <table className="crm-table">
          <thead>
            <tr>
              <th>{t('fieldDate')}</th>
              <th>{t('fieldActivityKind')}</th>
              <th>{t('fieldContact')}</th>
              <th>{t('fieldNotes')}</th>
              <th>{t('fieldNextStep')}</th>
              <th>{t('fieldNextStepDue')}</th>
              <th>{t('fieldOwner')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {view.activities.map((activity) => (
              <tr key={activity.id} data-testid="company-activity-row">
                <td>{activity.date}</td>
                <td>{pick(ACTIVITY_KIND_LABELS[activity.kind], locale)}</td>
                <td>{activity.contactId === null ? '—' : (contactNames.get(activity.contactId) ?? activity.contactId)}</td>
                <td>{activity.notes}</td>
                <td>{activity.nextStep ?? '—'}</td>
                <td>
                  {activity.nextStepDue ?? '—'}
                  {activity.followUpDoneOn === null ? '' : ` · ${t('followUpDoneOn', { date: activity.followUpDoneOn })}`}
                </td>
                <td>{userNames.get(activity.ownerId) ?? activity.ownerId}</td>
                <td>
                  <button type="button" onClick={() => setForm({ kind: 'activity', activity })}>
                    {t('edit')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="crm-panel" data-testid="company-contacts">
        <h3>{t('sectionContacts', { count: view.contacts.length })}</h3>
        <table className="crm-table">
          <thead>
            <tr>
              <th>{t('fieldContactName')}</th>
              <th>{t('fieldRoles')}</th>
              <th>{t('fieldPhone')}</th>
              <th>{t('fieldEmail')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {view.contacts.map((contact) => (
              <tr key={contact.id} data-testid="company-contact-row">
                <td>{contact.name}</td>
                <td>{contact.roles.map((role) => pick(CONTACT_ROLE_LABELS[role], locale)).join(locale === 'zh-CN' ? '、' : ', ')}</td>
                <td>{contact.phone ?? '—'}</td>
                <td>{contact.email ?? '—'}</td>
                <td>
                  <button type="button" onClick={() => setForm({ kind: 'contact', contact })}>
                    {t('edit')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="crm-panel" data-testid="company-drawings">
        <h3>{t('sectionDrawings')}</h3>
        <p className="crm-muted">{t('drawingsExplain')}</p>
        <ul>
          {view.projects.map((project) => (
            <li key={project.id}>
              {project.name}: {project.drawingId === null ? t('drawingNone') : t('drawingLinked')}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
