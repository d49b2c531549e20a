import { lazy, Suspense } from 'react';
import { useRoute } from './crm/route';
import { PlanEditor } from './editor/PlanEditor';
import { useCheckOutcome } from './check/checkProject';
import { PdfExportDialog } from './export/PdfExportDialog';
import { useT } from './i18n/index';
import { shellText } from './i18n/shell';
import { workspaceNavText } from './i18n/workspaceNav';
import { FindingsPanel } from './panels/FindingsPanel';
import { ProjectPanel } from './panels/ProjectPanel';
import { RoomPanel } from './panels/RoomPanel';
import { WorkspaceErrorBoundary } from './shell/ErrorBoundary';
import { NoticeBanner } from './shell/NoticeBanner';
import { OpenFileReportDialog } from './shell/OpenFileReportDialog';
import { useSessionStore } from './shell/session';
import { TopBar } from './shell/TopBar';
import { useProjectStore } from './store/projectStore';

// The CRM is a separate chunk, so it adds nothing to the initial download of the plan editor.
const CrmWorkspace = lazy(() => import('./crm/CrmWorkspace'));
// The door panel shows only while a door is selected, so it loads on first use.
const DoorPanel = lazy(() => import('./panels/DoorPanel'));

/**
 * Render the app shell: top bar, notices, the plan editor in the centre, the property panel on the
 * right and the findings below the plan. Only a loading message renders until the stored (or
 * sample) project is in the store, so the editor never shows or saves the blank start-up project.
 */
export function App() {
  const t = useT(shellText);
  const hydrated = useSessionStore((state) => state.session !== null);
  const route = useRoute();

  if (!hydrated) {
    return (
      <div className="loading" role="status" data-testid="app-loading">
        {t('loadingProject')}
      </div>
    );
  }
  return (
    <div className="app" data-testid="app">
      <TopBar />
      <NoticeBanner />
      <WorkspaceErrorBoundary>{route.workspace === 'crm' ? <CrmLoader /> : <Workspace />}</WorkspaceErrorBoundary>
      <OpenFileReportDialog />
      <PdfExportDialog />
    </div>
  );
}

function CrmLoader() {
  const t = useT(workspaceNavText);
  const fallback = (
    <div className="loading" role="status">
      {t('loadingCrm')}
    </div>
  );
  return (
    <Suspense fallback={fallback}>
      <CrmWorkspace />
    </Suspense>
  );
}

function Workspace() {
  const { result } = useCheckOutcome();
  return (
    <main className="app-main">
      <div className="app-plan">
        <PlanEditor checkResult={result} />
      </div>
      <aside className="app-side">
        <SelectionPanel />
      </aside>
      <div className="app-findings">
        <FindingsPanel />
      </div>
    </main>
  );
}

/** Render the selected room's or door's properties, or the project panel when nothing is selected. */
function SelectionPanel() {
  const room = useProjectStore((state) => {
    const selection = state.selection;
    if (selection?.kind !== 'room') return null;
    return state.project.rooms.find((candidate) => candidate.id === selection.id) ?? null;
  });
  const doorId = useProjectStore((state) => (state.selection?.kind === 'door' ? state.selection.id : null));
  if (doorId !== null) {
    return (
      <Suspense fallback={null}>
        <DoorPanel key={doorId} doorId={doorId} />
      </Suspense>
    );
  }
  return room === null ? <ProjectPanel /> : <RoomPanel room={room} />;
}
