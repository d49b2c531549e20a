import type { TerminalSpec } from '../../domain/airside';
import type { Project, Room, RoomDesign } from '../../domain/project';
import { formatNumber } from '../../i18n/format';
import { airsideText, type AirsideKey } from '../i18n/airside';
import { useLocaleStore, useT } from '../i18n/index';
import { useProjectStore } from '../store/projectStore';
import { AirsideNumberField } from './airsideFields';
import type { NumberRange } from './fieldParsing';
import { SelectField } from './fields';
import { useTerminalCatalog } from './terminalCatalogSource';

/** One air-side design value of a room, with the unit as the field shows it. */
interface AirsideDesignField {
  readonly key: keyof Pick<RoomDesign, 'returnM3h' | 'lightingWm2' | 'equipmentW' | 'supplyDeltaTK'>;
  readonly label: AirsideKey;
  /** Unit after the input; null where the label carries the unit (W/m², W, K have no `UnitId`). */
  readonly unit: string | null;
  readonly range: NumberRange;
  readonly testId: string;
  readonly hint?: AirsideKey;
}

/** Ranges follow the project file schema: return air, lighting and equipment are at least 0, ΔT above 0. */
export const AIRSIDE_DESIGN_FIELDS: readonly AirsideDesignField[] = [
  { key: 'returnM3h', label: 'returnAir', unit: 'm³/h', range: { min: 0 }, testId: 'room-return-air' },
  { key: 'lightingWm2', label: 'lighting', unit: null, range: { min: 0 }, testId: 'room-lighting' },
  { key: 'equipmentW', label: 'equipment', unit: null, range: { min: 0 }, testId: 'room-equipment' },
  { key: 'supplyDeltaTK', label: 'supplyDeltaT', unit: null, range: { min: 0, minExclusive: true }, testId: 'room-supply-delta-t', hint: 'supplyDeltaTHint' },
];

/**
 * Renders the room's air-side inputs: return air, heat gains for the cooling airflow, the AHU, the
 * supply terminal and an optional terminal count. Each commits on blur, Enter or change as one
 * undo step.
 */
export function AirsideRoomFields({ room }: { readonly room: Room }) {
  const t = useT(airsideText);
  const updateRoomDesign = useProjectStore((state) => state.updateRoomDesign);
  const updateRoom = useProjectStore((state) => state.updateRoom);

  return (
    <>
      <h3>{t('sectionAirside')}</h3>
      {AIRSIDE_DESIGN_FIELDS.map((spec) => (
        <AirsideNumberField
          key={`${spec.key}-${room.id}`}
          label={t(spec.label)}
          value={room.design[spec.key] ?? null}
          unit={spec.unit}
          range={spec.range}
          onCommit={(value) => updateRoomDesign(room.id, { [spec.key]: value })}
          testId={spec.testId}
          hint={spec.hint ? t(spec.hint) : undefined}
        />
      ))}
      <AhuSelect room={room} />
      <TerminalSelect room={room} />
      <AirsideNumberField
        key={`terminal-count-${room.id}`}
        label={t('terminalCount')}
        value={room.terminalCount ?? null}
        unit={null}
        range={{ min: 0, integer: true }}
        onCommit={(terminalCount) => updateRoom(room.id, { terminalCount })}
        testId="room-terminal-count"
        hint={t('terminalCountHint')}
      />
    </>
  );
}

function AhuSelect({ room }: { readonly room: Room }) {
  const t = useT(airsideText);
  // Select the stored settings object: a selector returning a fresh `[]` would re-render without end.
  const airside = useProjectStore((state) => state.project.airside);
  const ahus = airside?.ahus ?? [];
  const updateRoom = useProjectStore((state) => state.updateRoom);
  const assigned = room.ahuId ?? '';
  const known = assigned === '' || ahus.some((ahu) => ahu.id === assigned);
  // A room may name an AHU missing from the list (a hand-edited file); keep it visible rather than silently unassign it.
  const options = [
    { value: '', label: t('ahuNone') },
    ...ahus.map((ahu) => ({ value: ahu.id, label: ahu.name })),
    ...(known ? [] : [{ value: assigned, label: t('missingEntry', { id: assigned }) }]),
  ];
  return (
    <SelectField
      label={t('ahu')}
      value={assigned}
      options={options}
      onCommit={(ahuId) => updateRoom(room.id, { ahuId: ahuId === '' ? null : ahuId })}
      testId="room-ahu"
    />
  );
}

function terminalLabel(spec: TerminalSpec, t: ReturnType<typeof useT<AirsideKey>>, locale: 'en' | 'zh-CN'): string {
  return t('terminalOption', {
    name: spec.name,
    kind: t(spec.kind === 'hepa' ? 'terminalKindHepa' : 'terminalKindFfu'),
    width: spec.faceWidthMm,
    length: spec.faceLengthMm,
    rated: formatNumber(spec.ratedM3h, locale, 0),
  });
}

function TerminalSelect({ room }: { readonly room: Room }) {
  const t = useT(airsideText);
  const locale = useLocaleStore((state) => state.locale);
  const project: Project = useProjectStore((state) => state.project);
  const catalog = useTerminalCatalog(project);
  const updateRoom = useProjectStore((state) => state.updateRoom);
  const chosen = room.terminalId ?? '';
  const known = chosen === '' || catalog.some((spec) => spec.id === chosen);
  const options = [
    { value: '', label: t('terminalNone') },
    ...catalog.map((spec) => ({ value: spec.id, label: terminalLabel(spec, t, locale) })),
    ...(known ? [] : [{ value: chosen, label: t('missingEntry', { id: chosen }) }]),
  ];
  return (
    <SelectField
      label={t('terminal')}
      value={chosen}
      options={options}
      onCommit={(terminalId) => updateRoom(room.id, { terminalId: terminalId === '' ? null : terminalId })}
      testId="room-terminal"
    />
  );
}
