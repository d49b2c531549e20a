import type { Locale } from '../../i18n/locale';
import { DataSheetButton } from '../datasheet/DataSheetButton';
import { navigate, useRoute } from '../crm/route';
import { useLocaleStore, useT } from '../i18n/index';
import { shellText } from '../i18n/shell';
import { workspaceNavText } from '../i18n/workspaceNav';
import { useProjectStore } from '../store/projectStore';
import { ProjectMenu } from './ProjectMenu';
import { RuleSetPicker } from './RuleSetPicker';

const LANGUAGE_CHOICES: readonly { readonly locale: Locale; readonly label: string }[] = [
  { locale: 'zh-CN', label: '中文' },
  { locale: 'en', label: 'English' },
];

/** Top bar: app name, workspace switch, project name, rule sets, language switch and the project menu. */
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
      <WorkspaceSwitch />
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
      <DataSheetButton />
      <ProjectMenu />
    </header>
  );
}

/** Switch between the plan workspace (设计) and the CRM (客户); the choice lives in the URL hash. */
function WorkspaceSwitch() {
  const t = useT(workspaceNavText);
  const workspace = useRoute().workspace;
  return (
    <div className="language-switch" role="group" aria-label={t('workspaceLabel')}>
      <button type="button" data-testid="workspace-design" aria-pressed={workspace === 'design'} onClick={() => navigate({ workspace: 'design' })}>
        {t('workspaceDesign')}
      </button>
      <button type="button" data-testid="workspace-crm" aria-pressed={workspace === 'crm'} onClick={() => navigate({ workspace: 'crm', view: 'dashboard' })}>
        {t('workspaceCrm')}
      </button>
    </div>
  );
}
