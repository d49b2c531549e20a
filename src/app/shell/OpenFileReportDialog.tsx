import { useLocaleStore, useT } from '../i18n/index';
import { shellText } from '../i18n/shell';
import { Dialog } from './Dialog';
import { useSessionStore } from './session';

/** Lists each problem of a file that failed to open (or opened with warnings). */
export function OpenFileReportDialog() {
  const t = useT(shellText);
  const locale = useLocaleStore((state) => state.locale);
  const report = useSessionStore((state) => state.openFileReport);
  const close = useSessionStore((state) => state.closeOpenFileReport);
  if (report === null) return null;

  const failed = report.kind === 'errors';
  return (
    <Dialog
      title={t(failed ? 'importFailedTitle' : 'importWarningsTitle', { file: report.fileName })}
      onDismiss={close}
      testId={failed ? 'import-error-dialog' : 'import-warning-dialog'}
      actions={
        <button type="button" className="primary" data-testid="import-dialog-close" onClick={close}>
          {t('close')}
        </button>
      }
    >
      {failed ? <p>{t('importFailedIntro')}</p> : null}
      <ul data-testid="import-messages">
        {report.messages.map((message, index) => (
          <li key={index}>{message[locale]}</li>
        ))}
      </ul>
    </Dialog>
  );
}
