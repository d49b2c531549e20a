import { useState } from 'react';
import type { PipelineStage } from '../../domain/crm';
import { companyNamesOf, crm, describeCrmError } from './data';
import { PipelineBoard } from './PipelineBoard';
import { useCrmT, useLocale } from './text';
import { useLive } from './useLive';

/** Shows the pipeline board of every open project. A failed move is reported, and the card stays where it is stored. */
export function PipelineView() {
  const t = useCrmT();
  const locale = useLocale();
  const [moveError, setMoveError] = useState<string | null>(null);
  const state = useLive(async () => {
    const projects = (await crm().listProjects({ status: 'open' })).items;
    const companyNames = await companyNamesOf(projects.map((project) => project.companyId));
    return { projects, companyNames };
  }, []);

  function move(projectId: string, stage: PipelineStage) {
    setMoveError(null);
    crm()
      .moveProjectStage(projectId, stage)
      .catch((error: unknown) => setMoveError(t('moveFailed', { detail: describeCrmError(error, locale) })));
  }

  if (state.status === 'loading') return <p className="crm-muted">{t('loading')}</p>;
  if (state.status === 'error') return <p className="crm-error" role="alert">{t('loadFailed', { detail: describeCrmError(state.error, locale) })}</p>;
  return (
    <>
      {moveError === null ? null : (
        <p className="crm-error" role="alert" data-testid="move-error">
          {moveError}
        </p>
      )}
      <PipelineBoard projects={state.value.projects} companyNames={state.value.companyNames} onMove={move} />
    </>
  );
}
