import { useCallback, useEffect, useState } from 'react';
import type { User } from '../../domain/crm';
import { currentRevision, QUOTE_STATUS_LABELS, type QuoteRecord } from '../../domain/quote';
import { crm, describeCrmError } from '../crm/data';
import { useCurrentUserStore } from '../crm/currentUser';
import { useLocaleStore, useT } from '../i18n/index';
import { quotesText } from '../i18n/quotes';
import { CompanyBlockForm } from './CompanyBlockForm';
import { QuoteEditor } from './QuoteEditor';
import { createQuoteFromDrawing, linkDrawing, loadWorkspaceData, type WorkspaceData } from './quoteData';
import './quotes.css';

type LoadState = { readonly status: 'loading' } | { readonly status: 'loaded'; readonly data: WorkspaceData | null } | { readonly status: 'failed'; readonly detail: string };

function useCurrentUser(): User | null {
  const userId = useCurrentUserStore((state) => state.userId);
  const [users, setUsers] = useState<readonly User[]>([]);
  useEffect(() => {
    let active = true;
    void crm()
      .listUsers()
      .then((list) => active && setUsers(list));
    return () => {
      active = false;
    };
  }, []);
  return users.find((user) => user.id === userId) ?? users.find((user) => user.role === 'manager') ?? users[0] ?? null;
}

/** Picks the stored drawing the quote is generated from and links it to the CRM project. */
function DrawingPicker({ data, onLinked }: { readonly data: WorkspaceData; readonly onLinked: () => void }) {
  const t = useT(quotesText);
  const locale = useLocaleStore((state) => state.locale);
  const [choice, setChoice] = useState(data.project.drawingId ?? '');
  const [error, setError] = useState<string | null>(null);
  const { drawing } = data;

  async function link() {
    try {
      await linkDrawing(data.project, choice);
      onLinked();
    } catch (caught) {
      setError(describeCrmError(caught, locale));
    }
  }

  return (
    <div className="crm-actions" data-testid="quote-drawing">
      <span>{t('drawingLabel')}:</span>
      <select value={choice} data-testid="quote-drawing-select" onChange={(event) => setChoice(event.target.value)}>
        <option value="">{t('drawingChoose')}</option>
        {data.storedDrawings.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {entry.name}
          </option>
        ))}
      </select>
      {choice !== '' && choice !== data.project.drawingId ? (
        <button type="button" data-testid="quote-drawing-link" onClick={() => void link()}>
          {t('drawingPick')}
        </button>
      ) : null}
      {drawing.status === 'none' ? <span className="crm-muted">{t('drawingNone')}</span> : null}
      {drawing.status === 'failed' ? (
        <span className="crm-error" role="alert">
          {t('drawingLoadFailed', { id: drawing.id, detail: drawing.describe(locale) })}
        </span>
      ) : null}
      {drawing.status === 'loaded' && drawing.drawing.unknownRuleSetIds.length > 0 ? (
        <span className="crm-muted">{t('drawingUnknownRuleSets', { ids: drawing.drawing.unknownRuleSetIds.join(', ') })}</span>
      ) : null}
      {error ? <span className="crm-error">{error}</span> : null}
    </div>
  );
}

/**
 * Shows the quotes of one CRM project: pick the drawing, generate a quote from its layout, edit
 * the working copy, revise, change status, compare revisions and export. The CRM project view
 * loads it lazily, so none of it is in the initial bundle.
 */
export default function QuoteWorkspace({ crmProjectId }: { readonly crmProjectId: string }) {
  const t = useT(quotesText);
  const locale = useLocaleStore((state) => state.locale);
  const currentUser = useCurrentUser();
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setState({ status: 'loaded', data: await loadWorkspaceData(crmProjectId) });
    } catch (caught) {
      setState({ status: 'failed', detail: describeCrmError(caught, locale) });
    }
  }, [crmProjectId, locale]);

  useEffect(() => {
    void reload();
  }, [reload]);

  if (state.status === 'loading') return <p className="crm-muted">{t('loading')}</p>;
  if (state.status === 'failed') return <p className="crm-error" role="alert">{t('loadFailed', { detail: state.detail })}</p>;
  const { data } = state;
  if (data === null) return <p className="crm-error" role="alert">{t('projectMissing', { id: crmProjectId })}</p>;

  const drawing = data.drawing.status === 'loaded' ? data.drawing.drawing : null;
  const record = data.quotes.find((quote) => quote.id === selectedId) ?? data.quotes[data.quotes.length - 1] ?? null;

  async function save(updated: QuoteRecord) {
    await crm().saveQuote(updated);
    setSelectedId(updated.id);
    await reload();
  }

  async function generate() {
    if (!drawing || state.status !== 'loaded' || state.data === null) return;
    setError(null);
    try {
      const created = await createQuoteFromDrawing(state.data.project, drawing);
      setSelectedId(created.id);
      await reload();
    } catch (caught) {
      setError(t('saveFailed', { detail: describeCrmError(caught, locale) }));
    }
  }

  return (
    <section className="quote-workspace" data-testid="quote-workspace">
      <h2>{t('heading')}</h2>
      <DrawingPicker key={data.project.drawingId ?? 'none'} data={data} onLinked={() => void reload()} />
      <div className="crm-actions">
        <button type="button" className="primary" disabled={!drawing} data-testid="quote-generate" onClick={() => void generate()}>
          {t('generate')}
        </button>
        {data.quotes.length > 0 ? (
          <label>
            {t('quoteSelect')}{' '}
            <select value={record?.id ?? ''} data-testid="quote-select" onChange={(event) => setSelectedId(event.target.value)}>
              {data.quotes.map((quote) => {
                const current = currentRevision(quote);
                return (
                  <option key={quote.id} value={quote.id}>
                    {quote.number} R{current.revision} · {QUOTE_STATUS_LABELS[current.status][locale]}
                  </option>
                );
              })}
            </select>
          </label>
        ) : (
          <span className="crm-muted">{t('noQuotes')}</span>
        )}
      </div>
      {error ? <p className="crm-error" role="alert">{error}</p> : null}
      {record ? (
        <QuoteEditor key={`${record.id}-${record.revisions.length}`} data={data} drawing={drawing} record={record} currentUser={currentUser} locale={locale} onSave={save} />
      ) : null}
      <CompanyBlockForm />
    </section>
  );
}
