import { lazy, Suspense, useMemo, useState } from 'react';
import type { AirflowPattern, Room } from '../../domain/project';
import { parseCleanliness } from '../../engine/classes/parseCleanliness';
import { computeRoomMetrics } from '../../engine/rooms';
import { roomUseVocabulary } from '../../engine/suite/roomUses';
import { formatQuantity } from '../../i18n/format';
import { useLocaleStore, useT } from '../i18n/index';
import { measurementsLauncherText } from '../i18n/measurementsLauncher';
import { panelText } from '../i18n/panels';
import { useProjectStore } from '../store/projectStore';
import { BiosafetyFields } from './BiosafetyFields';
import { CLASS_ERROR_KEYS, describeCleanliness } from './classDisplay';
import { NumberField, SelectField, TextField } from './fields';
import { AIR_FIELDS, ENVIRONMENT_FIELDS, SUPPLY_MODES, supplyModeOf, supplyPatch, type DesignFieldSpec, type SupplyMode } from './roomFields';

type AirflowChoice = AirflowPattern | 'auto';

// Measured data are entered after construction, so their panel loads only when first opened.
const MeasurementsPanel = lazy(() => import('./MeasurementsPanel'));
const OrSizeSummary = lazy(() => import('./OrSizeSummary'));

/** Room use whose rooms show the operating-room size summary (loaded only for them). */
const OPERATING_ROOM_USE = 'operating-room';
// Air-side inputs and results load with their own chunk to keep the initial bundle within budget.
const RoomAirsideSection = lazy(() => import('./RoomAirsideSection'));

/** Property panel of the selected room. Every input commits on blur or Enter as one undo step. */
export function RoomPanel({ room }: { readonly room: Room }) {
  const t = useT(panelText);
  const updateRoom = useProjectStore((state) => state.updateRoom);

  return (
    <section className="panel" data-testid="room-panel" aria-label={t('roomPanelTitle')}>
      <h2>
        {t('roomPanelTitle')}: {room.name}
      </h2>
      <TextField
        key={`name-${room.id}`}
        label={t('name')}
        value={room.name}
        validate={(text) => (text.trim() === '' ? t('errorEmptyName') : null)}
        onCommit={(name) => updateRoom(room.id, { name: name.trim() })}
        testId="room-name"
      />
      <UseSelect room={room} />

      <h3>{t('sectionGeometry')}</h3>
      <NumberField
        key={`height-${room.id}`}
        label={t('clearHeight')}
        value={room.clearHeightM}
        unit="m"
        range={{ min: 0, minExclusive: true }}
        onCommit={(clearHeightM) => updateRoom(room.id, { clearHeightM })}
        testId="room-height"
      />
      <RoomMetricsList room={room} />
      {room.use === OPERATING_ROOM_USE && (
        <Suspense fallback={null}>
          <OrSizeSummary room={room} />
        </Suspense>
      )}

      <h3>{t('sectionClass')}</h3>
      <ClassField room={room} />
      <AirflowSelect room={room} />
      <SupplyFields room={room} />

      <h3>{t('sectionAir')}</h3>
      {AIR_FIELDS.map((spec) => (
        <DesignNumberField key={`${spec.key}-${room.id}`} room={room} spec={spec} />
      ))}
      <ContainmentCheckbox room={room} />
      <BiosafetyFields room={room} />
      <Suspense fallback={null}>
        <RoomAirsideSection room={room} />
      </Suspense>

      <h3>{t('sectionEnvironment')}</h3>
      {ENVIRONMENT_FIELDS.map((spec) => (
        <DesignNumberField key={`${spec.key}-${room.id}`} room={room} spec={spec} />
      ))}
      <MeasurementsSection room={room} />
    </section>
  );
}

function DesignNumberField({ room, spec }: { readonly room: Room; readonly spec: DesignFieldSpec }) {
  const t = useT(panelText);
  const updateRoomDesign = useProjectStore((state) => state.updateRoomDesign);
  return (
    <NumberField
      label={t(spec.label)}
      value={room.design[spec.key] ?? null}
      unit={spec.unit}
      range={spec.range}
      onCommit={(value) => updateRoomDesign(room.id, { [spec.key]: value })}
      testId={spec.testId}
      hint={spec.hint ? t(spec.hint) : undefined}
    />
  );
}

/** Offers the room-use vocabulary (`rules/room-uses.json`); a stored free-text use stays selectable as itself. */
function UseSelect({ room }: { readonly room: Room }) {
  const t = useT(panelText);
  const locale = useLocaleStore((state) => state.locale);
  const updateRoom = useProjectStore((state) => state.updateRoom);
  const uses = roomUseVocabulary().uses;
  const known = room.use === null || uses.some((entry) => entry.id === room.use);
  const options = [
    { value: '', label: t('useNotGiven') },
    ...uses.map((entry) => ({ value: entry.id, label: entry.label[locale] })),
    ...(known ? [] : [{ value: room.use ?? '', label: t('useFreeText', { text: room.use ?? '' }) }]),
  ];
  return (
    <SelectField
      label={t('use')}
      value={room.use ?? ''}
      options={options}
      onCommit={(use) => updateRoom(room.id, { use: use === '' ? null : use })}
      testId="room-use"
    />
  );
}

function ClassField({ room }: { readonly room: Room }) {
  const t = useT(panelText);
  const locale = useLocaleStore((state) => state.locale);
  const updateRoom = useProjectStore((state) => state.updateRoom);

  const validate = (text: string) => {
    if (text.trim() === '') return null;
    const parsed = parseCleanliness(text);
    if (parsed.ok) return null;
    return `${t(CLASS_ERROR_KEYS[parsed.error.code], parsed.error.params)} ${t('classAcceptedForms')}`;
  };
  const commit = (text: string) => {
    const trimmed = text.trim();
    const parsed = trimmed === '' ? null : parseCleanliness(trimmed);
    if (parsed === null) updateRoom(room.id, { cleanliness: null, classLabel: null });
    else if (parsed.ok) updateRoom(room.id, { cleanliness: parsed.value, classLabel: trimmed });
  };
  const status = (
    <span className="field-hint" data-testid="room-class-parsed">
      {room.cleanliness === null ? t('classNotGiven') : t('classParsed', { label: describeCleanliness(room.cleanliness, locale) })}
    </span>
  );

  return (
    <TextField
      key={`class-${room.id}`}
      label={t('cleanlinessClass')}
      value={room.classLabel ?? ''}
      validate={validate}
      onCommit={commit}
      testId="room-class"
      status={status}
    />
  );
}

function AirflowSelect({ room }: { readonly room: Room }) {
  const t = useT(panelText);
  const updateRoom = useProjectStore((state) => state.updateRoom);
  const options: { value: AirflowChoice; label: string }[] = [
    { value: 'auto', label: t('airflowAuto') },
    { value: 'non-unidirectional', label: t('airflowNonUnidirectional') },
    { value: 'unidirectional', label: t('airflowUnidirectional') },
    { value: 'mixed', label: t('airflowMixed') },
  ];
  return (
    <SelectField<AirflowChoice>
      label={t('airflowPattern')}
      value={room.airflowPattern ?? 'auto'}
      options={options}
      onCommit={(choice) => updateRoom(room.id, { airflowPattern: choice === 'auto' ? null : choice })}
      testId="room-airflow"
    />
  );
}

function SupplyFields({ room }: { readonly room: Room }) {
  const t = useT(panelText);
  const updateRoomDesign = useProjectStore((state) => state.updateRoomDesign);
  // The chosen mode is view state until a value is entered in it.
  const [chosenMode, setChosenMode] = useState<{ roomId: string; mode: SupplyMode } | null>(null);
  const mode = chosenMode?.roomId === room.id ? chosenMode.mode : supplyModeOf(room.design);
  const spec = SUPPLY_MODES.find((entry) => entry.mode === mode) ?? SUPPLY_MODES[0]!;

  return (
    <>
      <SelectField<SupplyMode>
        label={t('supplyGivenAs')}
        value={mode}
        options={SUPPLY_MODES.map((entry) => ({ value: entry.mode, label: t(entry.label) }))}
        onCommit={(next) => setChosenMode({ roomId: room.id, mode: next })}
        testId="room-supply-mode"
      />
      <NumberField
        key={`supply-${room.id}-${mode}`}
        label={t(spec.label)}
        value={room.design[spec.key]}
        unit={spec.unit}
        range={{ min: 0 }}
        onCommit={(value) => updateRoomDesign(room.id, supplyPatch(mode, value))}
        testId="room-supply-value"
      />
    </>
  );
}

function ContainmentCheckbox({ room }: { readonly room: Room }) {
  const t = useT(panelText);
  const updateRoom = useProjectStore((state) => state.updateRoom);
  return (
    <div className="field">
      <label className="field-row">
        <input
          type="checkbox"
          data-testid="room-containment"
          checked={room.containment}
          onChange={(event) => updateRoom(room.id, { containment: event.target.checked })}
        />
        {t('containment')}
      </label>
    </div>
  );
}

/** Live area, volume, derived supply and ACH of the room, from the engine's room metrics. */
function RoomMetricsList({ room }: { readonly room: Room }) {
  const t = useT(panelText);
  const locale = useLocaleStore((state) => state.locale);
  const metrics = useMemo(() => computeRoomMetrics(room), [room]);

  const area = metrics.areaM2 === null ? t('areaUnknown') : formatQuantity(metrics.areaM2, 'm2', locale, 2);
  return (
    <dl className="metrics">
      <dt>{t('area')}</dt>
      <dd data-testid="room-area">{area}</dd>
      <dt>{t('volume')}</dt>
      <dd data-testid="room-volume">{formatQuantity(metrics.volumeM3, 'm3', locale, 1)}</dd>
      <dt>{t('derivedSupply')}</dt>
      <dd data-testid="room-derived-supply">{formatQuantity(metrics.supplyM3h, 'm3/h', locale, 0)}</dd>
      <dt>{t('derivedAch')}</dt>
      <dd data-testid="room-derived-ach">{formatQuantity(metrics.ach, '1/h', locale, 1)}</dd>
    </dl>
  );
}

/** Button that opens the measured-data entry of the room below the design values. */
function MeasurementsSection({ room }: { readonly room: Room }) {
  const t = useT(measurementsLauncherText);
  const [open, setOpen] = useState(false);
  return (
    <>
      <h3>{t('title')}</h3>
      <button type="button" data-testid="room-measurements-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? t('closeButton') : t('openButton')}
      </button>
      {open ? (
        <Suspense fallback={<p data-testid="measurements-loading">{t('loading')}</p>}>
          <MeasurementsPanel key={room.id} room={room} />
        </Suspense>
      ) : null}
    </>
  );
}
