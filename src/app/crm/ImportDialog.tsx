import { useEffect, useRef, useState } from 'react';
import type { User } from '../../domain/crm';
import {
  checkColumnMapping,
  CRM_IMPORT_COLUMNS,
  describeCrmRowIssue,
  describeMappingProblem,
  ImportFileError,
  readImportTable,
  suggestColumnMapping,
  type ColumnMapping,
  type CrmImportField,
  type CrmImportPlan,
  type ImportTable,
} from '../../engine/import/crm';
import { Dialog } from '../shell/Dialog';
import { crm, describeCrmError } from './data';
import type { RowImportMode, RowImportResult } from './db/crmRepository';
import { todayIsoDate, useCrmT, useLocale } from './text';

const SKIP = '';

export interface ImportCompaniesButtonProps {
  readonly users: readonly User[];
  readonly currentUser: User | null;
}

/** "Import companies" button: picks a CSV or xlsx sheet and opens the mapping dialog. */
export function ImportCompaniesButton({ users, currentUser }: ImportCompaniesButtonProps) {
  const t = useCrmT();
  const locale = useLocale();
  const input = useRef<HTMLInputElement>(null);
  const [table, setTable] = useState<{ readonly fileName: string; readonly table: ImportTable } | null>(null);
  const [readError, setReadError] = useState<string | null>(null);

  async function pick(file: File | undefined) {
    if (file === undefined) return;
    setReadError(null);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      setTable({ fileName: file.name, table: await readImportTable(bytes, file.name) });
    } catch (error) {
      setReadError(error instanceof ImportFileError ? error.describe(locale) : t('importReadFailed', { file: file.name, detail: describeCrmError(error, locale) }));
    }
  }

  return (
    <>
      <button type="button" data-testid="crm-import-companies" disabled={currentUser === null} onClick={() => input.current?.click()}>
        {t('importCompanies')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        hidden
        data-testid="crm-import-companies-file"
        onChange={(event) => {
          void pick(event.target.files?.[0]);
          event.target.value = '';
        }}
      />
      {readError === null ? null : (
        <Dialog title={t('importCompaniesTitle')} onDismiss={() => setReadError(null)} testId="crm-import-read-error" actions={<button type="button" onClick={() => setReadError(null)}>{t('close')}</button>}>
          <p className="crm-error">{readError}</p>
        </Dialog>
      )}
      {table !== null && currentUser !== null ? <ImportDialog fileName={table.fileName} table={table.table} users={users} currentUser={currentUser} onClose={() => setTable(null)} /> : null}
    </>
  );
}

interface ImportDialogProps {
  readonly fileName: string;
  readonly table: ImportTable;
  readonly users: readonly User[];
  readonly currentUser: User;
  onClose(): void;
}

/**
 * Header mapping and row check of a company and contact sheet. Known zh/en headers are mapped
 * automatically and every column can be remapped. Each row's problems are listed with row number,
 * column, value and fix; the user imports the valid rows or nothing until the sheet is clean.
 */
function ImportDialog({ fileName, table, users, currentUser, onClose }: ImportDialogProps) {
  const t = useCrmT();
  const locale = useLocale();
  const [mapping, setMapping] = useState<ColumnMapping>(() => suggestColumnMapping(table.headers));
  const [ownerId, setOwnerId] = useState(currentUser.id);
  const [mode, setMode] = useState<RowImportMode>('valid-rows');
  const [plan, setPlan] = useState<CrmImportPlan | null>(null);
  const [result, setResult] = useState<RowImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const problems = checkColumnMapping(mapping);

  useEffect(() => {
    setPlan(null);
    if (problems.length > 0) return;
    let current = true;
    crm()
      .planCompanyImport(table, mapping, { defaultOwnerId: ownerId, today: todayIsoDate() })
      .then((planned) => current && setPlan(planned))
      .catch((planError: unknown) => current && setError(describeCrmError(planError, locale)));
    return () => {
      current = false;
    };
  }, [table, mapping, ownerId, problems.length]);

  function remap(column: number, field: CrmImportField | null) {
    setResult(null);
    setMapping((current) => current.map((value, index) => (index === column ? field : value)));
  }

  async function apply() {
    if (plan === null) return;
    setError(null);
    try {
      setResult(await crm().applyCompanyImport(plan, mode));
    } catch (applyError) {
      setError(t('importApplyFailed', { detail: describeCrmError(applyError, locale) }));
    }
  }

  const importable = plan !== null && plan.validRows.length > 0 && (mode === 'valid-rows' || plan.issues.length === 0) && result?.ok !== true;
  const actions = (
    <>
      <button type="button" className="primary" disabled={!importable} data-testid="crm-import-apply" onClick={() => void apply()}>
        {t('importApply')}
      </button>
      <button type="button" onClick={onClose} data-testid="crm-import-close">
        {result?.ok ? t('close') : t('cancel')}
      </button>
    </>
  );

  return (
    <Dialog title={t('importCompaniesFile', { file: fileName })} onDismiss={onClose} testId="crm-import-dialog" actions={actions}>
      <p className="crm-muted">{t('importMappingIntro')}</p>
      <table className="crm-table">
        <thead>
          <tr>
            <th>{t('colFileColumn')}</th>
            <th>{t('colImportAs')}</th>
            <th>{t('colFirstValue')}</th>
          </tr>
        </thead>
        <tbody>
          {table.headers.map((header, column) => (
            <tr key={column}>
              <td>{header}</td>
              <td>
                <select value={mapping[column] ?? SKIP} data-testid={`import-map-${column}`} onChange={(event) => remap(column, event.target.value === SKIP ? null : (event.target.value as CrmImportField))}>
                  <option value={SKIP}>{t('importSkipColumn')}</option>
                  {CRM_IMPORT_COLUMNS.map((option) => (
                    <option key={option.field} value={option.field}>
                      {option.label[locale]}
                    </option>
                  ))}
                </select>
              </td>
              <td className="crm-muted">{table.rows[0]?.cells[column] ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="crm-toolbar">
        <label>
          {t('importDefaultOwner')}
          <select value={ownerId} onChange={(event) => setOwnerId(event.target.value)}>
            {users.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('importMode')}
          <select value={mode} data-testid="crm-import-mode" onChange={(event) => setMode(event.target.value as RowImportMode)}>
            <option value="valid-rows">{t('importModeValidRows')}</option>
            <option value="all-or-nothing">{t('importModeAllOrNothing')}</option>
          </select>
        </label>
      </div>
      {problems.map((problem, index) => (
        <p key={index} className="crm-error" role="alert" data-testid="import-mapping-problem">
          {describeMappingProblem(problem, table.headers, locale)}
        </p>
      ))}
      {plan === null ? null : (
        <>
          <p data-testid="import-summary">
            {t('importSummary', { rows: plan.rowCount, valid: plan.validRows.length, invalid: plan.rowCount - plan.validRows.length, companies: plan.newCompanies.length, contacts: plan.contacts.length })}
          </p>
          {plan.issues.length === 0 ? null : (
            <ul className="crm-row-errors" data-testid="import-row-errors">
              {plan.issues.map((issue, index) => (
                <li key={index} className="crm-error" data-testid="import-row-error" data-row={issue.row}>
                  {describeCrmRowIssue(issue, locale)}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {error === null ? null : (
        <p className="crm-error" role="alert">
          {error}
        </p>
      )}
      {result === null ? null : (
        <p role="status" data-testid="import-result" className={result.ok ? undefined : 'crm-error'}>
          {result.ok ? t('importDone', { companies: result.companies, contacts: result.contacts, skipped: result.skippedRows }) : t('importRejected', { count: result.issues.length })}
        </p>
      )}
    </Dialog>
  );
}
