import { useRef, useState } from 'react';
import { exportProjectFile } from '../export/exportProjectFile';
import { usePdfExportStore } from '../export/pdfExport';
import { translate, useT } from '../i18n/index';
import { shellText } from '../i18n/shell';
import { bothLocales } from '../i18n/localized';
import { useProjectStore } from '../store/projectStore';
import { useNoticeStore } from './notices';
import { useSessionStore } from './session';

const PROJECT_FILE_ACCEPT = '.json,.cleanplan.json,.csv,application/json,text/csv';
const CSV_ACCEPT = '.csv,text/csv';

/** Render the project menu: new, open, import CSV, export project file, PDF report in either language. */
export function ProjectMenu() {
  const t = useT(shellText);
  const [open, setOpen] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const [accept, setAccept] = useState(PROJECT_FILE_ACCEPT);

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
    </div>
  );
}
