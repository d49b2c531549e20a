import type { Locale } from '../../i18n/locale';
import { useLocaleStore, useT } from '../i18n/index';
import { shellText } from '../i18n/shell';
import { useProjectStore } from '../store/projectStore';
import { ProjectMenu } from './ProjectMenu';
import { RuleSetPicker } from './RuleSetPicker';

const LANGUAGE_CHOICES: readonly { readonly locale: Locale; readonly label: string }[] = [
  { locale: 'zh-CN', label: '中文' },
  { locale: 'en', label: 'English' },
];

/** Top bar: app name, project name, rule sets, language switch and the project menu. */
export function TopBar() {
  const t = useT(shellText);
  const locale = useLocaleStore((state) => state.locale);
  const setLocale = useLocaleStore((state) => state.setLocale);
  const projectName = useProjectStore((state) => state.project.name);

  return (
    <header className="top-bar">
      <span className="app-name">
        {t('appTitle')} · {t('appName')}
      </span>
      <span className="project-name" data-testid="project-title">
        {projectName || t('untitledProject')}
      </span>
      <RuleSetPicker />
      <div className="language-switch" role="group" aria-label={t('languageLabel')}>
        {LANGUAGE_CHOICES.map((choice) => (
          <button
            key={choice.locale}
            type="button"
            lang={choice.locale}
            data-testid={`language-${choice.locale}`}
            aria-pressed={locale === choice.locale}
            onClick={() => setLocale(choice.locale)}
          >
            {choice.label}
          </button>
        ))}
      </div>
      <ProjectMenu />
    </header>
  );
}
