import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { Locale } from '../../i18n/locale';
import type { StoredProjectEntry } from '../persistence/projectStorage';
import { exportProjectFile } from '../export/exportProjectFile';
import { usePdfExportStore } from '../export/pdfExport';
import { translate, useLocaleStore, useT } from '../i18n/index';
import { shellText } from '../i18n/shell';
import { hospitalText } from '../i18n/hospital';
import { bothLocales } from '../i18n/localized';
import { useOrCountCalculatorStore } from '../panels/orCountCalculatorStore';
import { CompanyRulesLauncher, useCompanyRulesStore } from '../panels/CompanyRulesLauncher';
import { companyRulesMenuText } from '../i18n/companyRulesMenu';
import { useProjectStore } from '../store/projectStore';
import { useNoticeStore } from './notices';
import { useSessionStore } from './session';

const PROJECT_FILE_ACCEPT = '.json,.cleanplan.json,.csv,application/json,text/csv';
const CSV_ACCEPT = '.csv,text/csv';

/** Render the project menu: new, open, import CSV, export project file, PDF report in either language. */
export function ProjectMenu() {
  const t = useT(shellText);
  const tHospital = useT(hospitalText);
  const tCompany = useT(companyRulesMenuText);
  const [open, setOpen] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const [accept, setAccept] = useState(PROJECT_FILE_ACCEPT);
  const storedProjects = useStoredProjects(open);
  const openProjectId = useProjectStore((state) => state.project.id);
  const locale = useLocaleStore((state) => state.locale);

  const pickFile = (types: string) => {
    setAccept(types);
    setOpen(false);
    // The accept attribute must be set before the picker opens, so click after React commits it.
    requestAnimationFrame(() => fileInput.current?.click());
  };
  const run = (action: () => void) => () => {
    setOpen(false);
    action();
  };
  const exportProject = () => {
    try {
      exportProjectFile(useProjectStore.getState().project);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      const text = bothLocales((locale) => translate(shellText, locale, 'exportFailed', { detail }));
      useNoticeStore.getState().show({ tone: 'error', text });
    }
  };

  return (
    <div className="menu">
      <button type="button" data-testid="project-menu" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('menuProject')} ▾
      </button>
      {open ? (
        <div className="menu-items" role="menu">
          <button type="button" role="menuitem" data-testid="menu-new" onClick={run(() => void useSessionStore.getState().session?.newProject())}>
            {t('menuNew')}
          </button>
          <button type="button" role="menuitem" data-testid="menu-open" onClick={() => pickFile(PROJECT_FILE_ACCEPT)}>
            {t('menuOpen')}
          </button>
          <button type="button" role="menuitem" data-testid="menu-import-csv" onClick={() => pickFile(CSV_ACCEPT)}>
            {t('menuImportCsv')}
          </button>
          <button type="button" role="menuitem" data-testid="menu-export" onClick={run(exportProject)}>
            {t('menuExport')}
          </button>
          <button type="button" role="menuitem" data-testid="menu-pdf-zh" onClick={run(() => void usePdfExportStore.getState().start('zh-CN'))}>
            {t('menuPdfZh')}
          </button>
          <button type="button" role="menuitem" data-testid="menu-pdf-en" onClick={run(() => void usePdfExportStore.getState().start('en'))}>
            {t('menuPdfEn')}
          </button>
          <button type="button" role="menuitem" data-testid="menu-or-count" onClick={run(() => useOrCountCalculatorStore.getState().show())}>
            {tHospital('menuOrCount')}
          </button>
          <button type="button" role="menuitem" data-testid="menu-company-rules" onClick={run(() => useCompanyRulesStore.getState().show())}>
            {tCompany('menuCompanyRules')}
          </button>
          <StoredProjectItems
            entries={storedProjects.filter((entry) => entry.id !== openProjectId)}
            locale={locale}
            onChoose={(entry) => {
              setOpen(false);
              void useSessionStore.getState().openStoredProject(entry);
            }}
          />
        </div>
      ) : null}
      <input
        ref={fileInput}
        type="file"
        hidden
        accept={accept}
        data-testid="open-file-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void useSessionStore.getState().openFile(file);
        }}
      />
      <OrCountCalculatorMount />
      <CompanyRulesLauncher />
    </div>
  );
}

/** Maximum number of stored projects listed in the menu, most recently saved first. */
const STORED_PROJECTS_LISTED = 10;

/** Read the list of stored projects each time the menu opens; an unreadable list shows nothing. */
function useStoredProjects(menuOpen: boolean): readonly StoredProjectEntry[] {
  const [entries, setEntries] = useState<readonly StoredProjectEntry[]>([]);
  useEffect(() => {
    if (!menuOpen) return;
    let current = true;
    const session = useSessionStore.getState().session;
    // Autosave already reports storage failures in the banner, so a failed listing stays silent.
    session?.listStoredProjects().then(
      (list) => current && setEntries(list.slice(0, STORED_PROJECTS_LISTED + 1)),
      () => current && setEntries([]),
    );
    return () => {
      current = false;
    };
  }, [menuOpen]);
  return entries;
}

interface StoredProjectItemsProps {
  readonly entries: readonly StoredProjectEntry[];
  readonly locale: Locale;
  onChoose(entry: StoredProjectEntry): void;
}

function StoredProjectItems({ entries, locale, onChoose }: StoredProjectItemsProps) {
  const t = useT(shellText);
  if (entries.length === 0) return null;
  return (
    <>
      <div className="menu-heading">{t('menuStored')}</div>
      {entries.slice(0, STORED_PROJECTS_LISTED).map((entry) => (
        <button key={entry.id} type="button" role="menuitem" data-testid="menu-stored-project" data-project-id={entry.id} onClick={() => onChoose(entry)}>
          {t('storedEntry', { name: entry.name || t('untitledProject'), date: new Date(entry.updatedAt).toLocaleString(locale) })}
        </button>
      ))}
    </>
  );
}

const OrCountCalculator = lazy(() => import('../panels/OrCountCalculator'));

/** Mounts the OR-count dialog once it is first opened, loading its code then. */
function OrCountCalculatorMount() {
  const open = useOrCountCalculatorStore((state) => state.open);
  const [opened, setOpened] = useState(false);
  if (open && !opened) setOpened(true);
  if (!opened) return null;
  return (
    <Suspense fallback={null}>
      <OrCountCalculator />
    </Suspense>
  );
}
