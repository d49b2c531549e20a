import { useEffect, useState } from 'react';
import { DOOR_TYPES, type DoorType } from '../../domain/airside';
import { OUTSIDE, type Door, type Project } from '../../domain/project';
import { doorDefaults } from '../../engine/airside/networkData';
import type { DoorFlow } from '../../engine/airside/types';
import { formatQuantity } from '../../i18n/format';
import { useCheckOutcome } from '../check/checkProject';
import { airsideText, type AirsideKey } from '../i18n/airside';
import { useLocaleStore, useT } from '../i18n/index';
import { useProjectStore } from '../store/projectStore';
import { AirsideNumberField, useParseErrorText } from './airsideFields';
import { GAP_KEYS, gapsDraftOf, parseGapsDraft, type GapKey, type GapsDraft } from './doorGaps';
import { SelectField } from './fields';

const DOOR_TYPE_KEYS: Readonly<Record<DoorType, AirsideKey>> = {
  single: 'doorTypeSingle',
  double: 'doorTypeDouble',
  sliding: 'doorTypeSliding',
  pass_box: 'doorTypePassBox',
  opening: 'doorTypeOpening',
};

const GAP_LABEL_KEYS: Readonly<Record<GapKey, AirsideKey>> = {
  headMm: 'gapHead',
  thresholdMm: 'gapThreshold',
  jambMm: 'gapJamb',
  meetingMm: 'gapMeeting',
};

const GAP_TEST_IDS: Readonly<Record<GapKey, string>> = {
  headMm: 'door-gap-head',
  thresholdMm: 'door-gap-threshold',
  jambMm: 'door-gap-jamb',
  meetingMm: 'door-gap-meeting',
};

/** Returns the name of a room id or `outside` as the panel shows it. */
function sideName(project: Project, id: string, outsideLabel: string): string {
  if (id === OUTSIDE) return outsideLabel;
  return project.rooms.find((room) => room.id === id)?.name ?? id;
}

/**
 * Input plausibility bounds, not rule figures. A door or fixed opening between two cleanroom
 * spaces wider or taller than 6 m is taken as a typing slip, such as metres typed into a mm field.
 * A leakage area cannot exceed the opening it leaks through.
 */
const MAX_DOOR_SIZE_MM = 6000;
const MM_PER_M = 1000;

/** Clear opening of the door (m²), with the leakage data's default height when none is given. */
function openingAreaM2(door: Door): number {
  const heightM = door.heightMm ? door.heightMm / MM_PER_M : doorDefaults().defaultHeight.heightM;
  return Math.round((door.widthMm / MM_PER_M) * heightM * 10_000) / 10_000;
}

/**
 * Property panel of the selected door: construction (type, size, gaps or a direct leakage area)
 * and the leakage area, ΔP and flow the check computed for it. Every input commits on blur or
 * Enter as one undo step, and invalid input leaves the project unchanged.
 */
export default function DoorPanel({ doorId }: { readonly doorId: string }) {
  const t = useT(airsideText);
  const door = useProjectStore((state) => state.project.doors.find((candidate) => candidate.id === doorId) ?? null);
  const project = useProjectStore((state) => state.project);
  const updateDoor = useProjectStore((state) => state.updateDoor);
  if (door === null) return null;

  const usesDoorTable = project.airside?.leakageMethod === 'door-table';
  const outside = t('outside');

  return (
    <section className="panel" data-testid="door-panel" aria-label={t('doorPanelTitle')}>
      <h2>{t('doorPanelTitle')}</h2>
      <p className="field-hint" data-testid="door-sides">
        {t('doorBetween', { a: sideName(project, door.roomA, outside), b: sideName(project, door.roomB, outside) })}
      </p>
      <SelectField<DoorType>
        label={t('doorType')}
        value={door.type ?? 'single'}
        options={DOOR_TYPES.map((type) => ({ value: type, label: t(DOOR_TYPE_KEYS[type]) }))}
        onCommit={(type) => updateDoor(door.id, { type })}
        testId="door-type"
      />
      <AirsideNumberField
        key={`width-${door.id}`}
        label={t('doorWidth')}
        value={door.widthMm}
        unit="mm"
        range={{ min: 0, minExclusive: true, max: MAX_DOOR_SIZE_MM }}
        required
        onCommit={(widthMm) => {
          if (widthMm !== null) updateDoor(door.id, { widthMm });
        }}
        testId="door-width"
        hint={t('doorWidthHint')}
      />
      <AirsideNumberField
        key={`height-${door.id}`}
        label={t('doorHeight')}
        value={door.heightMm ?? null}
        unit="mm"
        range={{ min: 0, minExclusive: true, max: MAX_DOOR_SIZE_MM }}
        onCommit={(heightMm) => updateDoor(door.id, { heightMm })}
        testId="door-height"
        hint={t('doorHeightHint')}
      />
      <DoorGapsFields key={`gaps-${door.id}`} door={door} />
      <AirsideNumberField
        key={`leakage-${door.id}`}
        label={t('leakageDirect')}
        value={door.leakageAreaM2 ?? null}
        unit="m²"
        range={{ min: 0, minExclusive: true, max: openingAreaM2(door) }}
        onCommit={(leakageAreaM2) => updateDoor(door.id, { leakageAreaM2 })}
        testId="door-leakage-area"
        hint={t('leakageDirectHint')}
      />
      {usesDoorTable ? <p className="field-hint">{t('leakageMethodNote')}</p> : null}
      <DoorFlowSummary door={door} project={project} />
    </section>
  );
}

/**
 * Renders the four gap inputs, which are applied together because the project stores gaps as one
 * record. A door has all of head, threshold and jamb, or none and uses the preset.
 */
function DoorGapsFields({ door }: { readonly door: Door }) {
  const t = useT(airsideText);
  const errorText = useParseErrorText();
  const updateDoor = useProjectStore((state) => state.updateDoor);
  const [draft, setDraft] = useState<GapsDraft>(() => gapsDraftOf(door.gapsMm));
  const [error, setError] = useState<string | null>(null);

  // Follow the stored gaps after undo, redo or another edit.
  useEffect(() => {
    setDraft(gapsDraftOf(door.gapsMm));
    setError(null);
  }, [door.gapsMm]);

  const apply = () => {
    const parsed = parseGapsDraft(draft);
    if (parsed.ok) {
      setError(null);
      updateDoor(door.id, { gapsMm: parsed.gaps });
      return;
    }
    const gap = t(GAP_LABEL_KEYS[parsed.gap]);
    if (parsed.problem === 'missing') setError(t('errorGapMissing', { gap }));
    else setError(t('errorGapField', { gap, detail: errorText(parsed.parse) }));
  };
  const clearGaps = () => {
    setDraft(gapsDraftOf(null));
    setError(null);
    if (door.gapsMm) updateDoor(door.id, { gapsMm: null });
  };

  return (
    <fieldset className="field" data-testid="door-gaps">
      <legend>{t('gapsTitle')}</legend>
      {GAP_KEYS.map((key) => (
        <label key={key} className="field-row">
          <span style={{ minWidth: '9em' }}>{t(GAP_LABEL_KEYS[key])}</span>
          <input
            data-testid={GAP_TEST_IDS[key]}
            inputMode="decimal"
            value={draft[key]}
            aria-invalid={error !== null}
            onChange={(event) => setDraft({ ...draft, [key]: event.target.value })}
            onKeyDown={(event) => {
              if (event.key === 'Enter') apply();
            }}
          />
          <span className="field-unit">mm</span>
        </label>
      ))}
      <div className="field-row">
        <button type="button" data-testid="door-gaps-apply" onClick={apply}>
          {t('gapsApply')}
        </button>
        <button type="button" data-testid="door-gaps-clear" onClick={clearGaps}>
          {t('gapsClear')}
        </button>
      </div>
      {error !== null ? (
        <span className="field-error" role="alert" data-testid="door-gaps-error">
          ⚠ {error}
        </span>
      ) : (
        <span className="field-hint">{door.gapsMm ? t('gapsHint') : t('gapsPreset')}</span>
      )}
    </fieldset>
  );
}

/** Leakage area, ΔP and flow of the door from the last check, with the direction the air crosses it. */
function DoorFlowSummary({ door, project }: { readonly door: Door; readonly project: Project }) {
  const t = useT(airsideText);
  const locale = useLocaleStore((state) => state.locale);
  const { result } = useCheckOutcome();
  const flow: DoorFlow | undefined = result.airside?.doors.find((candidate) => candidate.doorId === door.id);

  if (!flow) {
    return (
      <>
        <h3>{t('computedTitle')}</h3>
        <p className="field-hint" data-testid="door-not-computed">
          {t('doorNotComputed')}
        </p>
      </>
    );
  }

  const outside = t('outside');
  let direction = ` (${t('noFlow')})`;
  if (flow.flowM3h !== null && Math.round(flow.flowM3h) !== 0) {
    const [from, to] = flow.flowM3h > 0 ? [flow.from, flow.to] : [flow.to, flow.from];
    direction = ` ${t('flowDirection', { from: sideName(project, from, outside), to: sideName(project, to, outside) })}`;
  }
  const flowText = flow.flowM3h === null ? '–' : `${formatQuantity(Math.abs(flow.flowM3h), 'm3/h', locale, 0)}${direction}`;

  return (
    <>
      <h3>{t('computedTitle')}</h3>
      <dl className="metrics">
        <dt>{t('leakageArea')}</dt>
        <dd data-testid="door-computed-area">{formatQuantity(flow.leakageAreaM2, 'm2', locale, 4)}</dd>
        <dt>{t('pressureDifference')}</dt>
        <dd data-testid="door-computed-dp">{formatQuantity(flow.dpPa === null ? null : Math.abs(flow.dpPa), 'Pa', locale, 1)}</dd>
        <dt>{t('doorFlow')}</dt>
        <dd data-testid="door-computed-flow">{flowText}</dd>
      </dl>
    </>
  );
}
