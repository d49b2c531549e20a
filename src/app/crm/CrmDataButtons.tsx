import { useRef, useState } from 'react';
import { CRM_FILE_EXTENSION } from '../../domain/crm/crmFile';
import { describeCrmRecordIssue } from '../../domain/crm/recordIssues';
import { downloadFile } from '../export/download';
import { Dialog } from '../shell/Dialog';
import { crm, describeCrmError } from './data';
import type { CrmFileImport } from './db/crmRepository';
import { todayIsoDate, useCrmT, useLocale } from './text';

/** Written into exported CRM files as `generator`. */
const GENERATOR = 'cleanplan app';

type ImportState =
  | { readonly step: 'confirm'; readonly fileName: string; readonly text: string }
  | { readonly step: 'done'; readonly fileName: string; readonly result: CrmFileImport }
  | { readonly step: 'failed'; readonly fileName: string; readonly detail: string };

/**
 * Export of all CRM records as one `.cleanplan-crm.json` file, and import of such a file, which
 * replaces every stored CRM record after a confirmation, all or nothing.
 */
export function CrmDataButtons() {
  const t = useCrmT();
  const locale = useLocale();
  const fileInput = useRef<HTMLInputElement>(null);
  const [importState, setImportState] = useState<ImportState | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);

  async function exportAll() {
    setExportError(null);
    try {
      const text = await crm().exportFile(new Date(), GENERATOR);
      downloadFile(text, `cleanplan-crm-${todayIsoDate()}${CRM_FILE_EXTENSION}`, 'application/json');
    } catch (error) {
      setExportError(t('exportFailed', { detail: describeCrmError(error, locale) }));
    }
  }

  async function pickFile(file: File | undefined) {
    if (file === undefined) return;
    try {
      setImportState({ step: 'confirm', fileName: file.name, text: await file.text() });
    } catch (error) {
      setImportState({ step: 'failed', fileName: file.name, detail: describeCrmError(error, locale) });
    }
  }

  async function importConfirmed(fileName: string, text: string) {
    try {
      setImportState({ step: 'done', fileName, result: await crm().importFile(text) });
    } catch (error) {
      setImportState({ step: 'failed', fileName, detail: describeCrmError(error, locale) });
    }
  }

  const close = () => setImportState(null);
  const closeButton = (
    <button type="button" onClick={close}>
      {t('close')}
    </button>
  );
  return (
    <>
      <button type="button" data-testid="crm-export" onClick={() => void exportAll()}>
        {t('exportAll')}
      </button>
      <button type="button" data-testid="crm-import-all" onClick={() => fileInput.current?.click()}>
        {t('importAll')}
      </button>
      <input
        ref={fileInput}
        type="file"
        accept={`${CRM_FILE_EXTENSION},.json,application/json`}
        hidden
        data-testid="crm-import-all-file"
        onChange={(event) => {
          void pickFile(event.target.files?.[0]);
          event.target.value = '';
        }}
      />
      {exportError === null ? null : (
        <span className="crm-error" role="alert">
          {exportError}
        </span>
      )}
      {importState?.step === 'confirm' ? (
        <Dialog
          title={t('importAllConfirmTitle', { file: importState.fileName })}
          onDismiss={close}
          testId="crm-import-all-confirm"
          actions={
            <>
              <button type="button" className="primary" data-testid="crm-import-all-apply" onClick={() => void importConfirmed(importState.fileName, importState.text)}>
                {t('importAllApply')}
              </button>
              <button type="button" onClick={close}>
                {t('cancel')}
              </button>
            </>
          }
        >
          <p>{t('importAllConfirm')}</p>
        </Dialog>
      ) : null}
      {importState?.step === 'done' ? (
        <Dialog title={importState.result.ok ? t('importAllDone') : t('importAllRejected', { file: importState.fileName })} onDismiss={close} testId="crm-import-all-result" actions={closeButton}>
          {importState.result.ok ? (
            <p>{t('importAllCounts', { companies: importState.result.counts.companies, contacts: importState.result.counts.contacts, projects: importState.result.counts.projects, activities: importState.result.counts.activities })}</p>
          ) : (
            <>
              <p>{t('importAllRejectedIntro', { count: importState.result.issueCount })}</p>
              <ul className="crm-row-errors">
                {importState.result.issues.map((issue, index) => (
                  <li key={index}>{describeCrmRecordIssue(issue, locale)}</li>
                ))}
              </ul>
            </>
          )}
        </Dialog>
      ) : null}
      {importState?.step === 'failed' ? (
        <Dialog title={t('importAllRejected', { file: importState.fileName })} onDismiss={close} testId="crm-import-all-result" actions={closeButton}>
          <p>{t('importAllFailed', { detail: importState.detail })}</p>
        </Dialog>
      ) : null}
    </>
  );
}
