import { useState } from 'react';
import { INDUSTRY_LABELS, PIPELINE_STAGE_LABELS, type CrmProject, type User } from '../../domain/crm';
import { designationWithEdition, listRuleSets } from '../../engine/index';
import { useSessionStore } from '../shell/session';
import { useProjectStore } from '../store/projectStore';
import { crm, describeCrmError } from './data';
import { ActivityForm } from './forms/ActivityForm';
import { ProjectForm } from './forms/ProjectForm';
import { QuoteSlot } from './QuoteSlot';
import { navigate } from './route';
import { formatAmount, pick, useCrmT, useLocale } from './text';
import { liveValue, useLive } from './useLive';

export interface ProjectViewProps {
  readonly projectId: string;
  readonly users: readonly User[];
  readonly currentUser: User | null;
}

type Tab = 'details' | 'quotes' | 'activities';

const TAB_LABEL_KEYS = { details: 'tabDetails', quotes: 'tabQuotes', activities: 'tabActivities' } as const satisfies Record<Tab, string>;

/** Names of rule set ids as the standards print them; an id the app does not ship shows as stored. */
function ruleSetNames(ids: readonly string[]): string {
  const known = new Map(listRuleSets().map((info) => [info.id, designationWithEdition(info.standard, info.edition)]));
  return ids.map((id) => known.get(id) ?? id).join(', ');
}

/**
 * Shows one sales opportunity: its details and edit form, the drawing (open it, or create the plan for
 * it), its quotes and its activities.
 */
export function ProjectView({ projectId, users, currentUser }: ProjectViewProps) {
  const t = useCrmT();
  const locale = useLocale();
  const state = useLive(async () => {
    const project = await crm().getProject(projectId);
    const company = project === null ? null : await crm().getCompany(project.companyId);
    const contacts = company === null ? [] : await crm().listContacts(company.id);
    return { project, company, contacts };
  }, [projectId]);
  const activities = liveValue(useLive(() => crm().listActivities({ projectId }), [projectId]), { items: [], total: 0 }).items;
  const [tab, setTab] = useState<Tab>('details');
  const [editing, setEditing] = useState(false);
  const [loggingActivity, setLoggingActivity] = useState(false);
  const [drawingError, setDrawingError] = useState<string | null>(null);

  if (state.status === 'loading') return <p className="crm-muted">{t('loading')}</p>;
  if (state.status === 'error') return <p className="crm-error" role="alert">{t('loadFailed', { detail: describeCrmError(state.error, locale) })}</p>;
  const { project, company, contacts } = state.value;
  if (project === null || company === null) return <p className="crm-error" role="alert" data-testid="project-missing">{t('projectMissing', { id: projectId })}</p>;

  const ownerId = currentUser?.id ?? project.ownerId;

  async function openDrawing(linked: CrmProject) {
    setDrawingError(null);
    const session = useSessionStore.getState().session;
    if (session === null || linked.drawingId === null) return;
    try {
      const result = await session.openStoredProject(linked.drawingId);
      if (result.status === 'loaded') navigate({ workspace: 'design' });
      else setDrawingError(t('drawingOpenFailed'));
    } catch (error) {
      setDrawingError(t('drawingOpenFailedDetail', { detail: describeCrmError(error, locale) }));
    }
  }

  async function createDrawing(linked: CrmProject, customerName: string) {
    setDrawingError(null);
    const session = useSessionStore.getState().session;
    if (session === null) return;
    try {
      await session.newProject();
      const store = useProjectStore.getState();
      store.setProjectMeta({ name: linked.name, customerName, ...(linked.ruleSetIds.length > 0 ? { ruleSetIds: [...linked.ruleSetIds] } : {}) });
      // The new drawing starts with an empty undo history, so undo cannot take back its name.
      useProjectStore.temporal.getState().clear();
      await session.flush();
      await crm().upsertProject({ ...linked, drawingId: useProjectStore.getState().project.id });
      navigate({ workspace: 'design' });
    } catch (error) {
      setDrawingError(t('drawingCreateFailed', { detail: describeCrmError(error, locale) }));
    }
  }

  return (
    <div data-testid="project-view" data-project-id={project.id}>
      <section className="crm-panel">
        <p className="crm-muted">
          <button type="button" className="crm-link" onClick={() => navigate({ workspace: 'crm', view: 'company', companyId: company.id })}>
            {company.name}
          </button>
        </p>
        <h2 data-testid="crm-project-title">{project.name}</h2>
        <p>
          <span data-testid="project-stage-label">{pick(PIPELINE_STAGE_LABELS[project.stage], locale)}</span>
          {project.lostReason === null ? '' : ` · ${t('lostBecause', { reason: project.lostReason })}`} · {formatAmount(project.expectedValue, locale)}
          {project.probabilityPct === null ? '' : ` · ${project.probabilityPct} %`} · {t('fieldCloseDate')}: {project.closeDate ?? '—'}
        </p>
        <p className="crm-muted">
          {t('fieldSite')}: {project.site || '—'} · {pick(INDUSTRY_LABELS[project.industry], locale)} · {t('fieldRuleSets')}: {project.ruleSetIds.length === 0 ? '—' : ruleSetNames(project.ruleSetIds)}
        </p>
        <div className="crm-actions">
          {project.drawingId === null ? (
            <button type="button" data-testid="drawing-create" onClick={() => void createDrawing(project, company.name)}>
              {t('drawingCreate')}
            </button>
          ) : (
            <button type="button" data-testid="drawing-open" onClick={() => void openDrawing(project)}>
              {t('drawingOpen')}
            </button>
          )}
          {drawingError === null ? null : (
            <span className="crm-error" role="alert">
              {drawingError}
            </span>
          )}
        </div>
      </section>

      <nav className="crm-actions" aria-label={t('projectTabs')}>
        {(['details', 'quotes', 'activities'] as const).map((candidate) => (
          <button key={candidate} type="button" aria-current={tab === candidate ? 'page' : undefined} className={tab === candidate ? 'primary' : undefined} data-testid={`project-tab-${candidate}`} onClick={() => setTab(candidate)}>
            {t(TAB_LABEL_KEYS[candidate])}
          </button>
        ))}
      </nav>

      {tab === 'details' ? (
        editing ? (
          <ProjectForm
            project={project}
            companyId={company.id}
            defaultIndustry={company.industry}
            users={users}
            defaultOwnerId={ownerId}
            onSave={async (record) => {
              await crm().upsertProject(record);
              setEditing(false);
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <section className="crm-panel">
            <button type="button" data-testid="project-edit" onClick={() => setEditing(true)}>
              {t('projectEdit')}
            </button>
          </section>
        )
      ) : null}
      {tab === 'quotes' ? (
        <section className="crm-panel" data-testid="project-quotes">
          <QuoteSlot crmProjectId={project.id} />
        </section>
      ) : null}
      {tab === 'activities' ? (
        <section className="crm-panel" data-testid="project-activities">
          <button type="button" data-testid="project-activity-new" onClick={() => setLoggingActivity(true)}>
            {t('activityNew')}
          </button>
          {loggingActivity ? (
            <ActivityForm
              activity={null}
              companyId={company.id}
              contacts={contacts}
              projects={[project]}
              users={users}
              defaultOwnerId={ownerId}
              onSave={async (record) => {
                await crm().upsertActivity(record);
                setLoggingActivity(false);
              }}
              onCancel={() => setLoggingActivity(false)}
            />
          ) : null}
          <ul>
            {activities.map((activity) => (
              <li key={activity.id}>
                {activity.date} · {activity.notes} {activity.nextStep === null ? '' : `→ ${activity.nextStep} (${activity.nextStepDue})`}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
