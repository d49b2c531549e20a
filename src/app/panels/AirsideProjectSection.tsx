import { lazy, Suspense, useState } from 'react';
import type { LeakageMethod } from '../../domain/airside';
import { airsideText } from '../i18n/airside';
import { useT } from '../i18n/index';
import { useProjectStore } from '../store/projectStore';
import { ahuNameProblem, airsideOf, nextAhuName } from './airsideProject';
import { SelectField, TextField } from './fields';

// The catalog editor is a table few sessions open, so it loads on first use.
const TerminalCatalogEditor = lazy(() => import('./TerminalCatalogEditor'));

/**
 * Renders the project's air-side settings: how door leakage is worked out, the air-handling units
 * (add, rename, delete), and a button that opens the terminal catalog editor. Loaded lazily by the
 * project panel.
 */
export default function AirsideProjectSection() {
  const t = useT(airsideText);
  const project = useProjectStore((state) => state.project);
  const setAirside = useProjectStore((state) => state.setAirside);
  const airside = airsideOf(project);
  const [catalogOpen, setCatalogOpen] = useState(false);

  return (
    <div data-testid="project-airside">
      <h3>{t('projectAirsideTitle')}</h3>
      <SelectField<LeakageMethod>
        label={t('leakageMethod')}
        value={airside.leakageMethod}
        options={[
          { value: 'gaps', label: t('leakageMethodGaps') },
          { value: 'door-table', label: t('leakageMethodTable') },
        ]}
        onCommit={(leakageMethod) => setAirside({ ...airside, leakageMethod })}
        testId="project-leakage-method"
      />
      <AhuList />
      <h4>{t('catalogTitle')}</h4>
      <button type="button" data-testid="terminal-catalog-toggle" aria-expanded={catalogOpen} onClick={() => setCatalogOpen(!catalogOpen)}>
        {catalogOpen ? t('catalogClose') : t('catalogOpen')}
      </button>
      {catalogOpen ? (
        <Suspense fallback={<p className="field-hint">{t('catalogLoading')}</p>}>
          <TerminalCatalogEditor />
        </Suspense>
      ) : null}
    </div>
  );
}

function AhuList() {
  const t = useT(airsideText);
  const project = useProjectStore((state) => state.project);
  const { setAirside, removeAirsideEntry } = useProjectStore.getState();
  const airside = airsideOf(project);
  const ahus = airside.ahus;

  const addAhu = () => {
    const name = nextAhuName(ahus, (n) => t('ahuDefaultName', { n }));
    setAirside({ ...airside, ahus: [...ahus, { id: `ahu-${crypto.randomUUID()}`, name }] });
  };
  const rename = (id: string, name: string) => {
    setAirside({ ...airside, ahus: ahus.map((ahu) => (ahu.id === id ? { ...ahu, name: name.trim() } : ahu)) });
  };
  const validate = (id: string) => (text: string) => {
    const problem = ahuNameProblem(text, ahus, id);
    if (problem === 'empty') return t('errorEmptyAhuName');
    if (problem === 'duplicate') return t('errorDuplicateAhuName', { name: text.trim() });
    return null;
  };

  return (
    <>
      <h4>{t('ahusTitle')}</h4>
      {ahus.length === 0 ? <p className="field-hint">{t('ahuNoneYet')}</p> : null}
      <ul className="ahu-list" data-testid="ahu-list" style={{ listStyle: 'none', padding: 0 }}>
        {ahus.map((ahu, index) => (
          <li key={ahu.id} className="field-row" style={{ alignItems: 'flex-end' }}>
            <TextField label={t('ahuName')} value={ahu.name} validate={validate(ahu.id)} onCommit={(name) => rename(ahu.id, name)} testId={`ahu-name-${index}`} />
            <button type="button" data-testid={`ahu-delete-${index}`} title={t('ahuDeleteHint')} onClick={() => removeAirsideEntry('ahu', ahu.id)}>
              {t('ahuDelete', { name: ahu.name })}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" data-testid="ahu-add" onClick={addAhu}>
        {t('ahuAdd')}
      </button>
      {ahus.length > 0 ? <p className="field-hint">{t('ahuDeleteHint')}</p> : null}
    </>
  );
}
