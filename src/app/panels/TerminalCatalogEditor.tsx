import type { TerminalKind, TerminalSpec } from '../../domain/airside';
import { defaultTerminalCatalog, faceVelocityAirflowM3h } from '../../engine/airside/terminalCatalog';
import { airsideText } from '../i18n/airside';
import { useT } from '../i18n/index';
import { useProjectStore } from '../store/projectStore';
import { AirsideNumberField } from './airsideFields';
import { airsideOf, patchTerminalSpec } from './airsideProject';
import { SelectField, TextField } from './fields';

/** Returns the catalog the project edits: its own, or a copy of the defaults until the first edit stores one. */
function editableCatalog(catalog: readonly TerminalSpec[] | null): readonly TerminalSpec[] {
  return catalog ?? defaultTerminalCatalog();
}

/**
 * Renders the terminal catalog as a list of entries the engineer adds, edits and removes. The
 * first change to a project on the default catalog stores a copy of the defaults with that change.
 * A cleared rating goes back to width × length × face velocity × 3600.
 */
export default function TerminalCatalogEditor() {
  const t = useT(airsideText);
  const project = useProjectStore((state) => state.project);
  const { setAirside, removeAirsideEntry } = useProjectStore.getState();
  const airside = airsideOf(project);
  const catalog = editableCatalog(airside.terminalCatalog);

  const store = (next: readonly TerminalSpec[]) => setAirside({ ...airside, terminalCatalog: next });
  const patch = (id: string, change: Partial<Omit<TerminalSpec, 'id'>>) =>
    store(catalog.map((spec) => (spec.id === id ? patchTerminalSpec(spec, change, faceVelocityAirflowM3h) : spec)));
  const add = () => {
    const template = defaultTerminalCatalog()[0];
    const faceVelocityMs = template?.faceVelocityMs ?? 0;
    const faceWidthMm = template?.faceWidthMm ?? 0;
    const faceLengthMm = template?.faceLengthMm ?? 0;
    const spec: TerminalSpec = {
      id: `terminal-${crypto.randomUUID()}`,
      kind: 'hepa',
      name: t('catalogNewName'),
      faceWidthMm,
      faceLengthMm,
      faceVelocityMs,
      ratedM3h: faceVelocityAirflowM3h(faceWidthMm, faceLengthMm, faceVelocityMs),
    };
    store([...catalog, spec]);
  };
  const remove = (id: string) => {
    // NOTE: on the default catalog this takes two undo steps: storing the copy, then the removal.
    if (airside.terminalCatalog === null) store(catalog);
    removeAirsideEntry('terminal', id);
  };

  return (
    <div data-testid="terminal-catalog">
      <p className="field-hint" data-testid="terminal-catalog-status">
        {airside.terminalCatalog === null ? t('catalogDefaults') : t('catalogCustom', { count: catalog.length })}
      </p>
      <ol style={{ paddingLeft: '1.2em' }}>
        {catalog.map((spec, index) => (
          <TerminalEntry key={spec.id} spec={spec} index={index} onPatch={(change) => patch(spec.id, change)} onRemove={() => remove(spec.id)} />
        ))}
      </ol>
      <div className="field-row">
        <button type="button" data-testid="terminal-add" onClick={add}>
          {t('catalogAdd')}
        </button>
        {airside.terminalCatalog !== null ? (
          <button type="button" data-testid="terminal-restore-defaults" onClick={() => setAirside({ ...airside, terminalCatalog: null })}>
            {t('catalogRestoreDefaults')}
          </button>
        ) : null}
      </div>
    </div>
  );
}

interface TerminalEntryProps {
  readonly spec: TerminalSpec;
  readonly index: number;
  onPatch(change: Partial<Omit<TerminalSpec, 'id'>>): void;
  onRemove(): void;
}

function TerminalEntry({ spec, index, onPatch, onRemove }: TerminalEntryProps) {
  const t = useT(airsideText);
  const positive = { min: 0, minExclusive: true } as const;
  const requirePositive = (apply: (value: number) => void) => (value: number | null) => {
    if (value !== null) apply(value);
  };

  return (
    <li data-testid={`terminal-entry-${index}`}>
      <SelectField<TerminalKind>
        label={t('catalogKind')}
        value={spec.kind}
        options={[
          { value: 'hepa', label: t('terminalKindHepa') },
          { value: 'ffu', label: t('terminalKindFfu') },
        ]}
        onCommit={(kind) => onPatch({ kind })}
        testId={`terminal-kind-${index}`}
      />
      <TextField
        label={t('catalogName')}
        value={spec.name}
        validate={(text) => (text.trim() === '' ? t('errorEmptyCatalogName') : null)}
        onCommit={(name) => onPatch({ name: name.trim() })}
        testId={`terminal-name-${index}`}
      />
      <AirsideNumberField
        label={t('catalogFaceWidth')}
        value={spec.faceWidthMm}
        unit="mm"
        range={positive}
        required
        onCommit={requirePositive((faceWidthMm) => onPatch({ faceWidthMm }))}
        testId={`terminal-width-${index}`}
      />
      <AirsideNumberField
        label={t('catalogFaceLength')}
        value={spec.faceLengthMm}
        unit="mm"
        range={positive}
        required
        onCommit={requirePositive((faceLengthMm) => onPatch({ faceLengthMm }))}
        testId={`terminal-length-${index}`}
      />
      <AirsideNumberField
        label={t('catalogFaceVelocity')}
        value={spec.faceVelocityMs}
        unit="m/s"
        range={positive}
        required
        onCommit={requirePositive((faceVelocityMs) => onPatch({ faceVelocityMs }))}
        testId={`terminal-velocity-${index}`}
      />
      <AirsideNumberField
        label={t('catalogRated')}
        value={spec.ratedM3h}
        unit="m³/h"
        range={positive}
        onCommit={(value) => onPatch({ ratedM3h: value ?? faceVelocityAirflowM3h(spec.faceWidthMm, spec.faceLengthMm, spec.faceVelocityMs) })}
        testId={`terminal-rated-${index}`}
        decimals={1}
        hint={t('catalogRatedHint')}
      />
      <button type="button" data-testid={`terminal-remove-${index}`} onClick={onRemove}>
        {t('catalogRemove')}
      </button>
    </li>
  );
}
