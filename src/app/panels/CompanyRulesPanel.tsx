import { useEffect, useRef, useState } from 'react';
import { copyRuleSet } from '../../engine/company/copy';
import { companyRuleSetHash, RuleSetExpressionError, serialiseCompanyRuleSet, type CompanyRuleSetDocument } from '../../engine/company/document';
import type { ExpressionRuleData } from '../../engine/company/expressionRule';
import { COMPANY_ID_PREFIX } from '../../engine/company/fileSchema';
import type { LoadedRuleSet } from '../../engine/rules/load';
import { listRuleSets, registerRuleSet, unregisterRuleSet } from '../../engine/rules/registry';
import { RuleDataError } from '../../engine/rules/validate';
import { describeExpressionIssue } from '../../i18n/expressionIssueMessages';
import { createCompanyRuleSetStorage, type StoredRuleSetEntry } from '../persistence/companyRuleSets';
import { downloadFile } from '../export/download';
import { useLocaleStore, useT } from '../i18n/index';
import { companyRulesText } from '../i18n/companyRules';
import { Dialog } from '../shell/Dialog';
import { useProjectStore } from '../store/projectStore';
import { useCompanyRulesStore } from './CompanyRulesLauncher';
import { CompanyRulesExpressionForm } from './CompanyRulesExpressionForm';
import { CompanyRulesThresholds } from './CompanyRulesThresholds';

const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const storage = createCompanyRuleSetStorage();

type Message = { readonly tone: 'info' | 'error'; readonly text: string };

/**
 * Registers the set and makes the open project use it. The app's checker caches compiled rules
 * by the list of ids, so an id already in the project is taken out and put back to recompile it.
 */
function applyToProject(ruleSet: LoadedRuleSet): void {
  unregisterRuleSet(ruleSet.info.id);
  registerRuleSet(ruleSet);
  const { project, setProjectMeta } = useProjectStore.getState();
  const others = project.ruleSetIds.filter((id) => id !== ruleSet.info.id);
  if (others.length !== project.ruleSetIds.length) setProjectMeta({ ruleSetIds: others });
  setProjectMeta({ ruleSetIds: [...others, ruleSet.info.id] });
}

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

function useStoredEntries(): [readonly StoredRuleSetEntry[], () => void] {
  const [entries, setEntries] = useState<readonly StoredRuleSetEntry[]>([]);
  const refresh = () => void storage.list().then(setEntries);
  useEffect(refresh, []);
  return [entries, refresh];
}

/** Copy form: the shipped set to start from, the company id and the name reports print. */
function CopyForm({ onCopy }: { onCopy(document: CompanyRuleSetDocument): void }) {
  const t = useT(companyRulesText);
  const shipped = listRuleSets().filter((info) => !info.id.startsWith(COMPANY_ID_PREFIX));
  const [sourceId, setSourceId] = useState(shipped[0]?.id ?? '');
  const [slug, setSlug] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const copy = () => {
    if (!SLUG_PATTERN.test(slug)) {
      setError(t('invalidSlug', { slug }));
      return;
    }
    setError(null);
    const today = todayIso();
    const standard = name.trim() || `${COMPANY_ID_PREFIX}${slug}`;
    onCopy(copyRuleSet(sourceId, { slug, standard, title: { en: standard, 'zh-CN': standard }, edition: today.slice(0, 4), effectiveDate: today, today }));
  };

  return (
    <fieldset>
      <label className="field">
        <span>{t('sourceLabel')}</span>
        <select data-testid="company-source" value={sourceId} onChange={(event) => setSourceId(event.target.value)}>
          {shipped.map((info) => (
            <option key={info.id} value={info.id}>
              {info.id}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('slugLabel')}</span>
        <input data-testid="company-slug" value={slug} onChange={(event) => setSlug(event.target.value)} />
      </label>
      <label className="field">
        <span>{t('nameLabel')}</span>
        <input data-testid="company-name" value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      {error === null ? null : <p role="alert">{error}</p>}
      <button type="button" data-testid="company-copy" onClick={copy}>
        {t('copyButton')}
      </button>
    </fieldset>
  );
}

/** Dialog to copy a rule set, edit its figures, add expression rules, save, export and import. */
export default function CompanyRulesPanel() {
  const t = useT(companyRulesText);
  const locale = useLocaleStore((state) => state.locale);
  const hide = useCompanyRulesStore((state) => state.hide);
  const [document, setDocument] = useState<CompanyRuleSetDocument | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [stored, refreshStored] = useStoredEntries();
  const fileInput = useRef<HTMLInputElement>(null);

  const describeError = (error: unknown): string => {
    if (error instanceof RuleSetExpressionError) return `${error.path}: ${describeExpressionIssue(error.expressionError.issue, locale)}`;
    if (error instanceof RuleDataError) return t('invalidRuleSet', { path: error.path, expected: error.expected, found: error.found });
    return error instanceof Error ? error.message : String(error);
  };

  const save = async () => {
    if (document === null) return;
    try {
      const record = await storage.save(document, new Date());
      applyToProject(record.ruleSet);
      setMessage({ tone: 'info', text: t('saved', { id: record.ruleSet.info.id }) });
      refreshStored();
    } catch (error) {
      setMessage({ tone: 'error', text: describeError(error) });
    }
  };

  const importFile = async (file: File) => {
    const result = await storage.importFile(await file.text(), file.name, new Date());
    if (!result.ok) {
      setMessage({ tone: 'error', text: describeError(result.error) });
      return;
    }
    applyToProject(result.record.ruleSet);
    setDocument(result.record.document);
    setMessage({ tone: 'info', text: t('imported', { id: result.record.ruleSet.info.id }) });
    refreshStored();
  };

  const open = async (id: string) => {
    const record = await storage.load(id);
    if (record !== null) setDocument(record.document);
  };

  const exportFile = () => {
    if (document === null) return;
    downloadFile(serialiseCompanyRuleSet(document, new Date(), 'cleanplan app'), `${String(document.ruleSet.id)}.rules.json`, 'application/json');
  };

  const addRule = (rule: ExpressionRuleData) => {
    if (document !== null) setDocument({ ...document, expressionRules: [...document.expressionRules, rule] });
  };

  const actions = (
    <>
      <button type="button" data-testid="company-import" onClick={() => fileInput.current?.click()}>
        {t('importButton')}
      </button>
      <button type="button" data-testid="company-export" disabled={document === null} onClick={exportFile}>
        {t('exportButton')}
      </button>
      <button type="button" data-testid="company-save" disabled={document === null} onClick={() => void save()}>
        {t('saveButton')}
      </button>
      <button type="button" data-testid="company-close" onClick={hide}>
        {t('close')}
      </button>
    </>
  );

  return (
    <Dialog title={t('title')} onDismiss={hide} testId="company-rules-dialog" actions={actions}>
      <p>{t('intro')}</p>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="company-import-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importFile(file);
        }}
      />
      <p>
        {t('storedLabel')}: {stored.length === 0 ? t('noStored') : null}
        {stored.map((entry) => (
          <button key={entry.id} type="button" data-testid={`company-open-${entry.id}`} onClick={() => void open(entry.id)}>
            {t('openStored')} {entry.id}
          </button>
        ))}
      </p>
      <CopyForm onCopy={setDocument} />
      {message === null ? null : (
        <p role={message.tone === 'error' ? 'alert' : 'status'} data-testid="company-message">
          {message.text}
        </p>
      )}
      {document === null ? null : (
        <section data-testid="company-editor">
          <h3>{t('editingHeading', { id: String(document.ruleSet.id), source: document.source.ruleSetId, hash: companyRuleSetHash(document).slice(0, 12) })}</h3>
          <h4>{t('thresholdsHeading')}</h4>
          <CompanyRulesThresholds document={document} onChange={setDocument} />
          {document.expressionRules.length === 0 ? null : (
            <ul data-testid="company-added-rules" aria-label={t('addedRules')}>
              {document.expressionRules.map((rule) => (
                <li key={rule.id}>
                  {rule.id}: {rule.label[locale]} — {rule.appliesWhen ? `${rule.appliesWhen} ⇒ ` : ''}
                  {rule.requirement}
                </li>
              ))}
            </ul>
          )}
          <CompanyRulesExpressionForm onAdd={addRule} />
        </section>
      )}
    </Dialog>
  );
}
