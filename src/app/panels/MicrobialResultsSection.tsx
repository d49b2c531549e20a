import type { GmpGrade } from '../../domain/cleanliness';
import { MICROBIAL_METHODS, type MicrobialMethod, type MicrobialResults } from '../../domain/measurements';
import type { Room } from '../../domain/project';
import { evaluateMicrobial, type MicrobialEvaluation } from '../../engine/measurement';
import { useT } from '../i18n/index';
import { measurementsText } from '../i18n/measurements';
import { useProjectStore } from '../store/projectStore';
import { TextField } from './fields';
import { emptyMicrobialResults, parseResultList } from './measurementDrafts';

const METHOD_KEYS = {
  air: 'methodAir',
  settlePlate: 'methodSettlePlate',
  contactPlate: 'methodContactPlate',
  glovePrint: 'methodGlovePrint',
} as const satisfies Record<MicrobialMethod, string>;

const OUTCOME_KEYS = { pass: 'outcomePass', fail: 'outcomeFail', 'cannot-evaluate': 'outcomeCannotEvaluate' } as const;

/** Evaluates against the first of the project's rule sets that has microbial limits for the grade. */
function useMicrobialEvaluation(grade: GmpGrade, results: MicrobialResults | null): MicrobialEvaluation | null {
  const ruleSetIds = useProjectStore((state) => state.project.ruleSetIds);
  if (results === null) return null;
  for (const ruleSetId of ruleSetIds) {
    const evaluation = evaluateMicrobial(ruleSetId, grade, results);
    if (evaluation !== null) return evaluation;
  }
  return null;
}

interface MicrobialResultsSectionProps {
  readonly room: Room;
  readonly grade: GmpGrade;
  onCommit(next: MicrobialResults | null): void;
}

/** GMP microbial results of a grade room, one list of results per monitoring method. */
export function MicrobialResultsSection({ room, grade, onCommit }: MicrobialResultsSectionProps) {
  const t = useT(measurementsText);
  const results = room.measurements?.microbial ?? null;
  const evaluation = useMicrobialEvaluation(grade, results);

  return (
    <>
      <h3>{t('microbialTitle', { grade })}</h3>
      {results === null ? (
        <>
          <p className="field-hint">{t('microbialNone')}</p>
          <button type="button" data-testid="measurements-start-microbial" onClick={() => onCommit(emptyMicrobialResults())}>
            {t('startMicrobial')}
          </button>
        </>
      ) : (
        <>
          <p className="field-hint">{t('microbialHint')}</p>
          {MICROBIAL_METHODS.map((method) => (
            <TextField
              key={`${method}-${room.id}`}
              label={t(METHOD_KEYS[method])}
              value={results[method].join(', ')}
              validate={(text) => {
                const parsed = parseResultList(text);
                return parsed.ok ? null : t('errorResult', { value: parsed.invalid });
              }}
              onCommit={(text) => {
                const parsed = parseResultList(text);
                if (parsed.ok) onCommit({ ...results, [method]: parsed.value });
              }}
              testId={`measurements-microbial-${method}`}
            />
          ))}
          {evaluation !== null ? (
            <p data-testid="measurements-microbial-outcome" data-outcome={evaluation.outcome}>
              {t('microbialOutcome')} ({evaluation.ruleSetId}): {t(OUTCOME_KEYS[evaluation.outcome])}
            </p>
          ) : null}
          <button type="button" data-testid="measurements-clear-microbial" onClick={() => onCommit(null)}>
            {t('clearMicrobial')}
          </button>
        </>
      )}
    </>
  );
}
