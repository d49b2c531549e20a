import { useLocaleStore } from '../i18n/index';
import { storageText } from '../i18n/storage';
import { translate } from '../i18n/index';
import { useNoticeStore } from './notices';

const TONE_ICONS = { error: '⚠', warning: '⚠', info: 'ℹ' } as const;

/** Messages under the top bar (storage failures, start-up problems), each dismissible. */
export function NoticeBanner() {
  const locale = useLocaleStore((state) => state.locale);
  const notices = useNoticeStore((state) => state.notices);
  const dismiss = useNoticeStore((state) => state.dismiss);
  if (notices.length === 0) return <div className="notices" />;

  return (
    <div className="notices" data-testid="notices">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
          <span aria-hidden="true">{TONE_ICONS[notice.tone]}</span>
          <p>{notice.text[locale]}</p>
          <button type="button" onClick={() => dismiss(notice.id)}>
            {translate(storageText, locale, 'dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
