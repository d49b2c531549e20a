import type { Room } from '../../domain/project';
import type { AirsideResult, RoomAirside, SupplyCandidate, SupplyTerm } from '../../engine/airside/types';
import { describeSupplyBasis } from '../../i18n/airsideMessages';
import { citationText } from '../../i18n/findingMessages';
import { formatNumber, formatQuantity } from '../../i18n/format';
import type { Locale } from '../../i18n/locale';
import { useCheckOutcome } from '../check/checkProject';
import { formatSigned } from '../editor/airflowGeometry';
import { airsideText, type AirsideKey } from '../i18n/airside';
import { useLocaleStore, useT } from '../i18n/index';

type Translate = (key: AirsideKey, params?: Readonly<Record<string, string | number>>) => string;

const SUPPLY_TERM_KEYS: Readonly<Record<SupplyTerm, AirsideKey>> = {
  cleanliness: 'termCleanliness',
  'make-up': 'termMakeUp',
  cooling: 'termCooling',
};

/** Labels of fresh-air terms; a term this build has no label for shows its id. */
const FRESH_AIR_TERM_KEYS: Readonly<Record<string, AirsideKey>> = {
  'make-up': 'freshAirMakeUp',
  'per-person': 'freshAirPerPerson',
  'per-area': 'freshAirPerArea',
  'air-changes': 'freshAirAirChanges',
  'per-room': 'freshAirPerRoom',
};

const AIRLOCK_KEYS: Readonly<Record<'cascade' | 'bubble' | 'sink', AirsideKey>> = {
  cascade: 'airlockCascade',
  bubble: 'airlockBubble',
  sink: 'airlockSink',
};

function freshAirTermLabel(term: string, t: Translate): string {
  const key = FRESH_AIR_TERM_KEYS[term];
  return key ? t(key) : term;
}

function airflow(value: number | null, locale: Locale): string {
  return formatQuantity(value, 'm3/h', locale, 0);
}

/** Returns how a supply figure was worked out, with the rule it follows when it has one. */
function basisText(candidate: SupplyCandidate, locale: Locale): string {
  const citation = candidate.citation ? ` (${citationText(candidate.citation, locale)})` : '';
  return `${describeSupplyBasis(candidate.basis, locale)}${citation}`;
}

/**
 * Renders the read-only air-side results of one room from the last check: governing supply and its margin,
 * each supply requirement with its basis, the offset, fresh air, recovery, terminals, return grilles
 * and sampling locations. Numbers come from `CheckResult.airside` and are never computed here.
 */
export function AirsidePanel({ room }: { readonly room: Room }) {
  const t = useT(airsideText);
  const locale = useLocaleStore((state) => state.locale);
  const { result } = useCheckOutcome();
  const airside = result.airside;
  const roomAirside = airside?.rooms.find((candidate) => candidate.roomId === room.id);

  if (!airside || !roomAirside) {
    return (
      <div data-testid="room-airside">
        <h3>{t('airsideResultTitle')}</h3>
        <p className="field-hint" data-testid="room-airside-not-computed">
          {t('airsideNotComputed')}
        </p>
      </div>
    );
  }

  return (
    <div data-testid="room-airside">
      <h3>{t('airsideResultTitle')}</h3>
      <SupplySummary airside={roomAirside} t={t} locale={locale} />
      <PressureSummary airside={roomAirside} result={airside} t={t} locale={locale} />
      <FreshAirSummary airside={roomAirside} t={t} locale={locale} />
      <RecoverySummary airside={roomAirside} t={t} locale={locale} />
      <LayoutSummary airside={roomAirside} t={t} locale={locale} />
    </div>
  );
}

interface SummaryProps {
  readonly airside: RoomAirside;
  readonly t: Translate;
  readonly locale: Locale;
}

function SupplySummary({ airside, t, locale }: SummaryProps) {
  const supply = airside.supply;
  const governing =
    supply.governing === null ? t('governingNone') : t('governingValue', { term: t(SUPPLY_TERM_KEYS[supply.governing]), value: airflow(supply.requiredM3h, locale) });
  return (
    <>
      <dl className="metrics">
        <dt>{t('governing')}</dt>
        <dd data-testid="room-airside-governing">{governing}</dd>
        <dt>{t('margin')}</dt>
        <dd data-testid="room-airside-margin">{airflow(supply.marginM3h, locale)}</dd>
      </dl>
      {supply.incomplete ? <p className="field-hint">{t('incomplete')}</p> : null}
      <h4>{t('candidates')}</h4>
      <ul data-testid="room-airside-candidates">
        {supply.candidates.map((candidate) => (
          <li key={candidate.term} data-term={candidate.term}>
            <strong>{t(SUPPLY_TERM_KEYS[candidate.term])}</strong>: {candidate.m3h === null ? t('notEvaluated') : airflow(candidate.m3h, locale)}
            <br />
            <span className="field-hint">
              {t('basis')}: {basisText(candidate, locale)}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

function PressureSummary({ airside, result, t, locale }: SummaryProps & { readonly result: AirsideResult }) {
  const airlock = result.airlocks.find((candidate) => candidate.roomId === airside.roomId);
  const pressure = airside.pressurePa === null ? '–' : `${formatSigned(airside.pressurePa, (value) => formatNumber(value, locale, 1))} Pa`;
  const offset = airside.offsetM3h === null ? '–' : `${formatSigned(airside.offsetM3h, (value) => formatNumber(value, locale, 0))} m³/h`;
  return (
    <dl className="metrics">
      <dt>{t('roomPressure')}</dt>
      <dd data-testid="room-airside-pressure">{pressure}</dd>
      <dt>{t('offset')}</dt>
      <dd data-testid="room-airside-offset">{offset}</dd>
      {airlock ? (
        <>
          <dt>{t('airlock')}</dt>
          <dd data-testid="room-airside-airlock">{t(AIRLOCK_KEYS[airlock.type])}</dd>
        </>
      ) : null}
    </dl>
  );
}

function FreshAirSummary({ airside, t, locale }: SummaryProps) {
  // NOTE: `== null` and `?? []` also cover results from an engine build that leaves these parts out.
  const freshAir = airside.freshAir ?? [];
  if (freshAir.length === 0) return null;
  return (
    <>
      <h4>{t('freshAirTitle')}</h4>
      <ul data-testid="room-airside-fresh-air">
        {freshAir.map((requirement) => (
          <li key={requirement.ruleSetId}>
            <strong>{citationText(requirement.citation, locale)}</strong>: {airflow(requirement.requiredM3h, locale)}
            {requirement.governing !== null ? ` (${t('freshAirGoverning', { term: freshAirTermLabel(requirement.governing, t) })})` : ''}
            <br />
            <span className="field-hint">
              {requirement.terms.map((term) => `${freshAirTermLabel(term.term, t)} ${term.m3h === null ? t('notEvaluated') : airflow(term.m3h, locale)}`).join(' · ')}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

function RecoverySummary({ airside, t, locale }: SummaryProps) {
  const recovery = airside.recovery;
  if (recovery == null) return null;
  return (
    <>
      <h4>{t('recoveryTitle')}</h4>
      <dl className="metrics" data-testid="room-airside-recovery">
        <dt>{t('recoveryAch')}</dt>
        <dd>{formatQuantity(recovery.ach, '1/h', locale, 1)}</dd>
        {recovery.decays.map((decay) => (
          <RecoveryDecay key={decay.ratio} ratio={decay.ratio} minutes={decay.minutes} citation={citationText(decay.citation, locale)} t={t} locale={locale} />
        ))}
        <dt>{t('recoveryDispersion')}</dt>
        <dd>{airflow(recovery.dispersionSupplyM3h, locale)}</dd>
      </dl>
    </>
  );
}

function RecoveryDecay({ ratio, minutes, citation, t, locale }: { ratio: number; minutes: number | null; citation: string; t: Translate; locale: Locale }) {
  return (
    <>
      <dt>{t('recoveryDecay', { ratio })}</dt>
      <dd>
        {formatQuantity(minutes, 'min', locale, 1)} <span className="field-hint">({citation})</span>
      </dd>
    </>
  );
}

function LayoutSummary({ airside, t, locale }: SummaryProps) {
  const terminals = airside.terminals;
  const grilles = airside.returnGrilles;
  const sampling = airside.sampling;
  const samplingVolume = sampling?.sampleVolumeL == null ? t('samplingVolumeUnknown') : `${formatNumber(sampling.sampleVolumeL, locale, 1)} L`;
  return (
    <dl className="metrics">
      <dt>{t('terminalsTitle')}</dt>
      <dd data-testid="room-airside-terminals">
        {terminals == null ? '–' : `${terminals.count} (${t('terminalsDerived', { count: terminals.derivedCount ?? '–' })})`}
      </dd>
      <dt>{t('terminalsCoverage')}</dt>
      <dd data-testid="room-airside-coverage">{formatQuantity(terminals?.coveragePct ?? null, '%', locale, 1)}</dd>
      <dt>{t('returnGrilles')}</dt>
      <dd data-testid="room-airside-grilles">{grilles == null ? '–' : t('returnGrillesValue', { count: grilles.count, flow: airflow(grilles.returnM3h, locale) })}</dd>
      <dt>{t('sampling')}</dt>
      <dd data-testid="room-airside-sampling">{sampling == null ? '–' : t('samplingValue', { count: sampling.count, volume: samplingVolume })}</dd>
    </dl>
  );
}
