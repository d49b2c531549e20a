import { useState } from 'react';
import type { Locale } from '../../i18n/locale';
import { useT } from '../i18n/index';
import { quotesText } from '../i18n/quotes';
import { exportProposalPdf, exportQuoteXlsx, type QuoteExportRequest } from './exportQuote';

type ExportKind = 'pdf' | 'xlsx';

const BUTTONS: readonly { readonly kind: ExportKind; readonly locale: Locale; readonly label: 'exportPdfZh' | 'exportPdfEn' | 'exportXlsxZh' | 'exportXlsxEn' }[] = [
  { kind: 'pdf', locale: 'zh-CN', label: 'exportPdfZh' },
  { kind: 'pdf', locale: 'en', label: 'exportPdfEn' },
  { kind: 'xlsx', locale: 'zh-CN', label: 'exportXlsxZh' },
  { kind: 'xlsx', locale: 'en', label: 'exportXlsxEn' },
];

/** Exports the stored current revision as a proposal PDF or a spreadsheet in either language. */
export function ExportPanel({ request, dirty }: { readonly request: QuoteExportRequest | null; readonly dirty: boolean }) {
  const t = useT(quotesText);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  async function run(kind: ExportKind, locale: Locale) {
    if (request === null) return;
    setBusy(true);
    setMessage(null);
    try {
      if (kind === 'xlsx') {
        const fileName = await exportQuoteXlsx(request, locale);
        setMessage(t('exportDone', { file: fileName }));
      } else {
        const { fileName, warnings } = await exportProposalPdf(request, locale);
        const glyphs = warnings.map((warning) => `${warning.character} (${warning.field})`).join(', ');
        setMessage(warnings.length > 0 ? `${t('exportDone', { file: fileName })} ${t('exportGlyphs', { list: glyphs })}` : t('exportDone', { file: fileName }));
      }
    } catch (caught) {
      setMessage(t('exportFailed', { detail: caught instanceof Error ? caught.message : String(caught) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="crm-panel" data-testid="quote-export">
      <h3>{t('exportHeading')}</h3>
      {dirty ? <p className="crm-muted">{t('exportDirty')}</p> : null}
      <div className="crm-actions">
        {BUTTONS.map(({ kind, locale, label }) => (
          <button key={`${kind}-${locale}`} type="button" disabled={busy || request === null} data-testid={`export-${kind}-${locale}`} onClick={() => void run(kind, locale)}>
            {t(label)}
          </button>
        ))}
      </div>
      {message ? (
        <p className="crm-muted" data-testid="quote-export-message">
          {message}
        </p>
      ) : null}
    </section>
  );
}
