import type { Locale } from '../../i18n/locale';
import type { GlyphField, GlyphWarning } from '../../report/pdf/types';
import { useT } from '../i18n/index';
import { exportText, type ExportKey } from '../i18n/export';
import { shellText } from '../i18n/shell';
import { Dialog } from '../shell/Dialog';
import { usePdfExportStore } from './pdfExport';

const FIELD_KEYS: Readonly<Record<GlyphField, ExportKey>> = {
  'project-name': 'fieldProjectName',
  'customer-name': 'fieldCustomerName',
  'room-name': 'fieldRoomName',
  'room-use': 'fieldRoomUse',
  'room-class': 'fieldRoomClass',
  'rule-set-title': 'fieldRuleSetTitle',
  'rule-set-standard': 'fieldRuleSetStandard',
};

/** Icons beside the status text, so progress, success and failure differ without colour. */
const PHASE_ICONS = { loading: '⏳', rendering: '⏳', done: '✓', failed: '⚠' } as const;

function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Render the progress, missing-glyph confirmation and result of a PDF export. */
export function PdfExportDialog() {
  const t = useT(exportText);
  const tShell = useT(shellText);
  const state = usePdfExportStore((store) => store.state);
  const { confirm, close } = usePdfExportStore.getState();

  if (state.phase === 'idle') return null;
  const language = (locale: Locale) => t(locale === 'zh-CN' ? 'languageZh' : 'languageEn');

  if (state.phase === 'confirm') {
    return (
      <Dialog
        title={t('missingGlyphsTitle')}
        onDismiss={close}
        testId="pdf-missing-glyphs-dialog"
        actions={
          <>
            <button type="button" onClick={close}>
              {tShell('cancel')}
            </button>
            <button type="button" className="primary" data-testid="pdf-export-continue" onClick={() => void confirm()}>
              {t('exportWithPlaceholders')}
            </button>
          </>
        }
      >
        <p>{t('missingGlyphsIntro')}</p>
        <ul>
          {state.warnings.map((warning: GlyphWarning, index) => (
            <li key={`${warning.codePoint}-${warning.field}-${warning.ownerId ?? ''}-${index}`}>
              {t('missingGlyphItem', {
                character: warning.character,
                codePoint: codePointLabel(warning.codePoint),
                field: t(FIELD_KEYS[warning.field]),
                text: warning.text,
              })}
            </li>
          ))}
        </ul>
        <p>{t('missingGlyphsQuestion')}</p>
      </Dialog>
    );
  }

  const busy = state.phase === 'loading' || state.phase === 'rendering';
  let message: string;
  if (state.phase === 'loading') message = t('pdfPreparing');
  else if (state.phase === 'rendering') message = t('pdfRendering', { language: language(state.locale) });
  else if (state.phase === 'done') message = t('pdfDone', { file: state.fileName });
  else message = t('pdfFailed', { detail: state.detail });
  const icon = PHASE_ICONS[state.phase];

  return (
    <Dialog
      title={t('pdfTitle')}
      onDismiss={close}
      testId="pdf-export-dialog"
      actions={
        <button type="button" data-testid="pdf-export-close" disabled={busy} onClick={close}>
          {tShell('close')}
        </button>
      }
    >
      <p role={state.phase === 'failed' ? 'alert' : 'status'} data-testid="pdf-export-status" data-phase={state.phase}>
        {icon} {message}
      </p>
    </Dialog>
  );
}
