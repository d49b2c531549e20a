import { useEffect, useState } from 'react';
import { USER_ROLE_LABELS, type User } from '../../domain/crm';
import { CompaniesView } from './CompaniesView';
import { CompanyView } from './CompanyView';
import { CrmDataButtons } from './CrmDataButtons';
import { useCurrentUserStore } from './currentUser';
import { crm, describeCrmError, loadSampleOnFirstStart } from './data';
import { DashboardView } from './DashboardView';
import { FollowUpsView } from './FollowUpsView';
import { ImportCompaniesButton } from './ImportDialog';
import { PipelineView } from './PipelineView';
import { ProjectView } from './ProjectView';
import { RfmView } from './RfmView';
import { CRM_VIEWS, navigate, useRoute, type AppRoute, type CrmView } from './route';
import { pick, todayIsoDate, useCrmT, useLocale } from './text';
import { TiersView } from './TiersView';
import { useCustomerRecords } from './useCrmRecords';
import { liveValue, useLive } from './useLive';
import './crm.css';

const VIEW_LABEL_KEYS = {
  dashboard: 'navDashboard',
  companies: 'navCompanies',
  pipeline: 'navPipeline',
  'follow-ups': 'navFollowUps',
  tiers: 'navTiers',
  rfm: 'navRfm',
} as const satisfies Record<CrmView, string>;

/** Returns the tab a route belongs to: company and project pages belong to Customers. */
function activeView(route: AppRoute): CrmView | null {
  if (route.workspace !== 'crm') return null;
  if (route.view === 'company' || route.view === 'project') return 'companies';
  return route.view;
}

/**
 * Renders the CRM workspace, which the app shell loads lazily. A navigation bar lists the views,
 * the current user, import and export. The view that the URL hash names is below it. On first
 * start the sample records load before any view shows, so the board and dashboard are filled.
 */
export default function CrmWorkspace() {
  const t = useCrmT();
  const locale = useLocale();
  const route = useRoute();
  const [startError, setStartError] = useState<string | null>(null);
  const [started, setStarted] = useState(false);

  useEffect(() => {
    loadSampleOnFirstStart()
      .then(() => setStarted(true))
      .catch((error: unknown) => {
        setStartError(describeCrmError(error, locale));
        setStarted(true);
      });
    // Runs once per mount; the language of a start-up error is the one at start.
  }, []);

  const users = liveValue(useLive(() => crm().listUsers(), [started]), []);
  const userId = useCurrentUserStore((state) => state.userId);
  const setUserId = useCurrentUserStore((state) => state.setUserId);
  const currentUser = users.find((user) => user.id === userId) ?? users.find((user) => user.role === 'manager') ?? users[0] ?? null;
  const current = activeView(route);

  return (
    <main className="crm" data-testid="crm-workspace">
      <nav className="crm-nav" aria-label={t('navLabel')}>
        {CRM_VIEWS.map((view) => (
          <button key={view} type="button" aria-current={current === view ? 'page' : undefined} data-testid={`crm-nav-${view}`} onClick={() => navigate({ workspace: 'crm', view })}>
            {t(VIEW_LABEL_KEYS[view])}
          </button>
        ))}
        <span className="crm-spacer" />
        <ImportCompaniesButton users={users} currentUser={currentUser} />
        <CrmDataButtons />
        <label>
          {t('currentUser')}
          <select value={currentUser?.id ?? ''} data-testid="crm-current-user" onChange={(event) => setUserId(event.target.value)}>
            {users.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name} ({pick(USER_ROLE_LABELS[user.role], locale)})
              </option>
            ))}
          </select>
        </label>
      </nav>
      <div className="crm-body">
        {startError === null ? null : (
          <p className="crm-error" role="alert">
            {t('sampleFailed', { detail: startError })}
          </p>
        )}
        {started ? <RouteView route={route} users={users} currentUser={currentUser} /> : <p className="crm-muted">{t('loading')}</p>}
      </div>
    </main>
  );
}

function RouteView({ route, users, currentUser }: { readonly route: AppRoute; readonly users: readonly User[]; readonly currentUser: User | null }) {
  if (route.workspace !== 'crm') return null;
  switch (route.view) {
    case 'company':
      return <CompanyView companyId={route.companyId} users={users} currentUser={currentUser} />;
    case 'project':
      return <ProjectView projectId={route.projectId} users={users} currentUser={currentUser} />;
    case 'companies':
      return <CompaniesView users={users} currentUser={currentUser} />;
    case 'pipeline':
      return <PipelineView />;
    case 'follow-ups':
      return <FollowUpsView users={users} currentUser={currentUser} />;
    case 'tiers':
    case 'rfm':
    case 'dashboard':
      return <AnalysisView view={route.view} users={users} />;
  }
}

/** Value tiers, RFM and the dashboard, which all read every company and contract. */
function AnalysisView({ view, users }: { readonly view: 'tiers' | 'rfm' | 'dashboard'; readonly users: readonly User[] }) {
  const t = useCrmT();
  const locale = useLocale();
  const records = useCustomerRecords();
  const today = todayIsoDate();
  const extra = useLive(async () => {
    if (view !== 'dashboard') return null;
    const [projects, quotes, overdueCounts] = await Promise.all([crm().listProjects({}), crm().listQuotesByStatus('sent'), crm().countOverdueByOwner(today)]);
    return { projects: projects.items, quotes, overdueCounts };
  }, [view, today]);

  if (records.status === 'error') return <p className="crm-error" role="alert">{t('loadFailed', { detail: describeCrmError(records.error, locale) })}</p>;
  if (records.status === 'loading') return <p className="crm-muted">{t('loading')}</p>;
  const { companies, contracts } = records.value;
  if (view === 'tiers') return <TiersView companies={companies} contracts={contracts} />;
  if (view === 'rfm') return <RfmView companies={companies} contracts={contracts} />;
  if (extra.status === 'error') return <p className="crm-error" role="alert">{t('loadFailed', { detail: describeCrmError(extra.error, locale) })}</p>;
  if (extra.status === 'loading' || extra.value === null) return <p className="crm-muted">{t('loading')}</p>;
  return <DashboardView companies={companies} contracts={contracts} users={users} {...extra.value} />;
}
