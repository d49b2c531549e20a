import { lazy, Suspense } from 'react';
import { useT } from '../i18n/index';
import { panelText } from '../i18n/panels';
import { RuleSetChoices } from '../shell/RuleSetPicker';
import { useProjectStore } from '../store/projectStore';
import { TextField } from './fields';

// Air-side settings (AHUs, terminal catalog) load as their own chunk to keep the initial bundle within budget.
const AirsideProjectSection = lazy(() => import('./AirsideProjectSection'));

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written `YYYY-MM-DD` (rejects 2026-02-30). */
export function isIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** Panel shown when nothing is selected: project name, customer, reference date and rule sets. */
export function ProjectPanel() {
  const t = useT(panelText);
  const project = useProjectStore((state) => state.project);
  const setProjectMeta = useProjectStore((state) => state.setProjectMeta);

  return (
    <section className="panel" data-testid="project-panel" aria-label={t('projectPanelTitle')}>
      <h2>{t('projectPanelTitle')}</h2>
      <TextField key={`name-${project.id}`} label={t('projectName')} value={project.name} onCommit={(name) => setProjectMeta({ name: name.trim() })} testId="project-name" />
      <TextField
        key={`customer-${project.id}`}
        label={t('customerName')}
        value={project.customerName}
        onCommit={(customerName) => setProjectMeta({ customerName: customerName.trim() })}
        testId="project-customer"
      />
      <TextField
        key={`date-${project.id}`}
        label={t('referenceDate')}
        value={project.referenceDate}
        validate={(text) => (isIsoDate(text.trim()) ? null : t('errorDate', { value: text }))}
        onCommit={(referenceDate) => setProjectMeta({ referenceDate: referenceDate.trim() })}
        testId="project-reference-date"
        hint={t('referenceDateHint')}
      />

      <h3>{t('ruleSets')}</h3>
      <RuleSetChoices />
      {project.ruleSetIds.length === 0 ? <p className="field-error">{t('noRuleSets')}</p> : null}
      <Suspense fallback={null}>
        <AirsideProjectSection />
      </Suspense>

      <dl className="metrics">
        <dt>{t('roomCount')}</dt>
        <dd>{project.rooms.length}</dd>
        <dt>{t('doorCount')}</dt>
        <dd>{project.doors.length}</dd>
      </dl>
      <p className="field-hint">{t('selectHint')}</p>
    </section>
  );
}
