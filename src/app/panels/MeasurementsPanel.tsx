import { useMemo, useState } from 'react';
import type { MeasuredParticleSize, OccupancyState, ParticleMeasurement, RoomMeasurements, SamplingLocation } from '../../domain/measurements';
import type { Room } from '../../domain/project';
import { classifyIso1999, classifyIso2015, type ClassificationResult } from '../../engine/measurement';
import { computeRoomMetrics } from '../../engine/rooms';
import { formatNumber } from '../../i18n/format';
import { useLocaleStore, useT } from '../i18n/index';
import { measurementsText } from '../i18n/measurements';
import { useProjectStore } from '../store/projectStore';
import { NumberField, SelectField, TextField } from './fields';
import { addPastedRows, newLocation, newParticleMeasurement, newSample, replaceLocation, replaceSample, withCount } from './measurementDrafts';
import { MicrobialResultsSection } from './MicrobialResultsSection';

const ALL_SIZES: readonly MeasuredParticleSize[] = ['0.1', '0.2', '0.3', '0.5', '1', '5'];

const OCCUPANCY_KEYS = {
  'as-built': 'occupancyAsBuilt',
  'at-rest': 'occupancyAtRest',
  'in-operation': 'occupancyInOperation',
} as const;

const OUTCOME_KEYS = { pass: 'outcomePass', fail: 'outcomeFail', 'cannot-evaluate': 'outcomeCannotEvaluate' } as const;

/** Writes the room's measured data as one undo step. */
function commitMeasurements(room: Room, patch: Partial<RoomMeasurements>): void {
  const measurements: RoomMeasurements = { ...room.measurements, ...patch };
  useProjectStore.getState().updateRoom(room.id, { measurements });
}

/**
 * Entry of a room's measured data: particle counts per sampling location, with the required
 * locations, required sample volume and ISO 14644-1 classification shown live, and GMP microbial
 * results for a room with a grade. Every input commits on blur or Enter as one undo step.
 */
export default function MeasurementsPanel({ room }: { readonly room: Room }) {
  const t = useT(measurementsText);
  const particles = room.measurements?.particles ?? null;
  const commitParticles = (next: ParticleMeasurement | null) => commitMeasurements(room, { particles: next });

  return (
    <div data-testid="measurements-panel">
      <h3>{t('particlesTitle')}</h3>
      {particles === null ? (
        <>
          <p className="field-hint">{t('particlesNone')}</p>
          <button type="button" data-testid="measurements-start-particles" onClick={() => commitParticles(newParticleMeasurement(room.cleanliness))}>
            {t('startParticles')}
          </button>
        </>
      ) : (
        <>
          <ParticleSetup room={room} particles={particles} onCommit={commitParticles} />
          <ClassificationSummary room={room} particles={particles} />
          <LocationList particles={particles} onCommit={commitParticles} />
          <PasteRows particles={particles} onCommit={commitParticles} />
          <button type="button" data-testid="measurements-clear-particles" onClick={() => commitParticles(null)}>
            {t('clearParticles')}
          </button>
        </>
      )}
      {room.cleanliness?.kind === 'gmp' ? (
        <MicrobialResultsSection room={room} grade={room.cleanliness.grade} onCommit={(microbial) => commitMeasurements(room, { microbial })} />
      ) : null}
    </div>
  );
}

interface ParticleProps {
  readonly particles: ParticleMeasurement;
  onCommit(next: ParticleMeasurement): void;
}

function ParticleSetup({ room, particles, onCommit }: ParticleProps & { readonly room: Room }) {
  const t = useT(measurementsText);
  const toggleSize = (sizeUm: MeasuredParticleSize, checked: boolean) => {
    const sizesUm = ALL_SIZES.filter((size) => (size === sizeUm ? checked : particles.sizesUm.includes(size)));
    onCommit({ ...particles, sizesUm });
  };

  return (
    <>
      <SelectField<OccupancyState>
        label={t('occupancy')}
        value={particles.occupancy}
        options={(Object.keys(OCCUPANCY_KEYS) as OccupancyState[]).map((state) => ({ value: state, label: t(OCCUPANCY_KEYS[state]) }))}
        onCommit={(occupancy) => onCommit({ ...particles, occupancy })}
        testId="measurements-occupancy"
      />
      <NumberField
        key={`class-${room.id}`}
        label={t('testClass')}
        value={particles.isoClass}
        unit={null}
        range={{ min: 1, max: 9 }}
        onCommit={(isoClass) => isoClass !== null && onCommit({ ...particles, isoClass })}
        testId="measurements-iso-class"
      />
      <fieldset className="field">
        <legend>{t('sizes')}</legend>
        {ALL_SIZES.map((sizeUm) => (
          <label key={sizeUm} className="field-row">
            <input
              type="checkbox"
              data-testid={`measurements-size-${sizeUm}`}
              checked={particles.sizesUm.includes(sizeUm)}
              onChange={(event) => toggleSize(sizeUm, event.target.checked)}
            />
            {sizeUm}
          </label>
        ))}
      </fieldset>
      <NumberField
        key={`flow-${room.id}`}
        label={t('counterFlow')}
        value={particles.counterFlowLpm}
        unit={null}
        range={{ min: 0, minExclusive: true }}
        onCommit={(counterFlowLpm) => counterFlowLpm !== null && onCommit({ ...particles, counterFlowLpm })}
        testId="measurements-counter-flow"
      />
    </>
  );
}

/** Classifies with ISO 14644-1:1999 only when the project names that edition and not 2015. */
function useClassification(room: Room, particles: ParticleMeasurement): ClassificationResult {
  const ruleSetIds = useProjectStore((state) => state.project.ruleSetIds);
  const legacy = ruleSetIds.includes('iso-14644-1-1999') && !ruleSetIds.includes('iso-14644-1-2015');
  return useMemo(() => {
    const areaM2 = computeRoomMetrics(room).areaM2;
    return legacy ? classifyIso1999(areaM2, particles) : classifyIso2015(areaM2, particles);
  }, [room, particles, legacy]);
}

function ClassificationSummary({ room, particles }: { readonly room: Room; readonly particles: ParticleMeasurement }) {
  const t = useT(measurementsText);
  const locale = useLocaleStore((state) => state.locale);
  const result = useClassification(room, particles);
  const litres = (value: number) => formatNumber(value, locale, 1);
  const volume = result.requiredVolume;
  const achieved = result.achievedClass === null ? t('achievedClassNone') : t('achievedClassValue', { value: formatNumber(result.achievedClass, locale, 1) });

  return (
    <dl className="metrics" data-testid="measurements-summary">
      <dt>{t('requiredLocations')}</dt>
      <dd data-testid="measurements-required-locations" data-value={result.requiredLocations ?? ''}>
        {result.requiredLocations ?? t('requiredLocationsUnknown')}
      </dd>
      <dt>{t('requiredVolume')}</dt>
      <dd data-testid="measurements-required-volume" data-value={volume?.requiredL ?? ''}>
        {volume === null
          ? t('requiredVolumeUnknown')
          : t('requiredVolumeDetail', { required: litres(volume.requiredL), twenty: litres(volume.twentyParticleL), minimum: litres(volume.minimumL), oneMinute: litres(volume.oneMinuteL) })}
      </dd>
      <dt>{t('method')}</dt>
      <dd data-testid="measurements-method">{result.method}</dd>
      <dt>{t('outcome')}</dt>
      <dd data-testid="measurements-outcome" data-outcome={result.outcome}>
        {t(OUTCOME_KEYS[result.outcome])}
        {result.problems.length > 0 ? ` · ${t('problems', { count: result.problems.length })}` : ''}
      </dd>
      <dt>{t('achievedClass')}</dt>
      <dd data-testid="measurements-achieved-class" data-value={result.achievedClass ?? ''}>
        {result.outcome === 'cannot-evaluate' ? '—' : achieved}
      </dd>
    </dl>
  );
}

function LocationList({ particles, onCommit }: ParticleProps) {
  const t = useT(measurementsText);
  return (
    <>
      <h4>{t('locationsTitle')}</h4>
      {particles.locations.map((location, index) => (
        <LocationRows
          key={location.id}
          index={index}
          location={location}
          particles={particles}
          onCommit={(next) => onCommit(replaceLocation(particles, location.id, next))}
        />
      ))}
      <button
        type="button"
        data-testid="measurements-add-location"
        onClick={() => onCommit({ ...particles, locations: [...particles.locations, newLocation(particles)] })}
      >
        {t('addLocation')}
      </button>
    </>
  );
}

interface LocationRowsProps {
  readonly index: number;
  readonly location: SamplingLocation;
  readonly particles: ParticleMeasurement;
  onCommit(next: SamplingLocation | null): void;
}

/** Renders one location: its label and a row per sample with the volume and a count per considered size. */
function LocationRows({ index, location, particles, onCommit }: LocationRowsProps) {
  const t = useT(measurementsText);
  const testId = `measurements-location-${index}`;

  return (
    <fieldset className="field" data-testid={testId}>
      <legend>
        {t('location')} {index + 1}
      </legend>
      <TextField
        label={t('locationLabel')}
        value={location.label}
        validate={(text) => (text.trim() === '' ? t('errorEmptyLabel') : null)}
        onCommit={(label) => onCommit({ ...location, label: label.trim() })}
        testId={`${testId}-label`}
      />
      {location.samples.map((sample, sampleIndex) => (
        <div key={sampleIndex} className="field-row" data-testid={`${testId}-sample-${sampleIndex}`}>
          <span>{t('sample', { number: sampleIndex + 1 })}</span>
          <NumberField
            label={t('sampleVolume')}
            value={sample.volumeL}
            unit={null}
            range={{ min: 0, minExclusive: true }}
            onCommit={(volumeL) => volumeL !== null && onCommit(replaceSample(location, sampleIndex, { ...sample, volumeL }))}
            testId={`${testId}-sample-${sampleIndex}-volume`}
          />
          {particles.sizesUm.map((sizeUm) => (
            <NumberField
              key={sizeUm}
              label={t('countAt', { size: sizeUm })}
              value={sample.counts[sizeUm] ?? null}
              unit={null}
              range={{ min: 0, integer: true }}
              onCommit={(count) => onCommit(replaceSample(location, sampleIndex, withCount(sample, sizeUm, count)))}
              testId={`${testId}-sample-${sampleIndex}-count-${sizeUm}`}
            />
          ))}
          <button type="button" data-testid={`${testId}-sample-${sampleIndex}-remove`} onClick={() => onCommit(replaceSample(location, sampleIndex, null))}>
            {t('removeSample')}
          </button>
        </div>
      ))}
      <button type="button" data-testid={`${testId}-add-sample`} onClick={() => onCommit({ ...location, samples: [...location.samples, newSample(particles)] })}>
        {t('addSample')}
      </button>
      <button type="button" data-testid={`${testId}-remove`} onClick={() => onCommit(null)}>
        {t('removeLocation')}
      </button>
    </fieldset>
  );
}

function PasteRows({ particles, onCommit }: ParticleProps) {
  const t = useT(measurementsText);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = () => {
    const result = addPastedRows(particles, text);
    if (!result.ok) {
      setError(t(result.error.code, result.error.params));
      return;
    }
    setError(null);
    setText('');
    onCommit(result.value);
  };

  return (
    <div className="field">
      <label htmlFor="measurements-paste">{t('pasteTitle')}</label>
      <textarea id="measurements-paste" data-testid="measurements-paste" rows={4} value={text} onChange={(event) => setText(event.target.value)} />
      {error !== null ? (
        <span className="field-error" role="alert" data-testid="measurements-paste-error">
          ⚠ {error}
        </span>
      ) : (
        <span className="field-hint">{t('pasteHint', { sizes: particles.sizesUm.join(', ') })}</span>
      )}
      <button type="button" data-testid="measurements-paste-add" onClick={add}>
        {t('pasteButton')}
      </button>
    </div>
  );
}
