import { useEffect, useMemo, useState } from 'react';
import { classifyRfm, RFM_SEGMENT_LABELS, RFM_SEGMENTS, type Company, type Contract, type CustomerRfm, type RfmSegment } from '../../domain/crm';
import { formatMoney } from '../../domain/money';
import { parseDateField, parseMoneyField, parseWholeNumberField } from './forms/fields';
import { crm, describeCrmError } from './data';
import { FieldError } from './forms/FieldError';
import { navigate } from './route';
import { pick, todayIsoDate, useCrmT, useLocale } from './text';

export interface RfmViewProps {
  readonly companies: readonly Company[];
  readonly contracts: readonly Contract[];
}

const SEGMENTS: readonly RfmSegment[] = Object.values(RFM_SEGMENTS);

/** Starting cut points; the user edits them to suit the company's deal sizes and sales cycle. */
const DEFAULT_CUT_POINTS = { recencyDays: '365', projects: '2', monetary: '1,000,000.00' } as const;

/** Setting under which the team's pinned "as of" date and cut points are stored, as typed text. */
const PINNED_SETTING_KEY = 'rfm-pinned';

interface PinnedRfm {
  readonly asOf: string;
  readonly recencyDays: string;
  readonly projects: string;
  readonly monetary: string;
}

/** Returns the stored pin when it has the expected shape; the fields are parsed again like typed text. */
function readPinned(value: unknown): PinnedRfm | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const fields = [record.asOf, record.recencyDays, record.projects, record.monetary];
  if (!fields.every((field) => typeof field === 'string')) return null;
  return { asOf: record.asOf as string, recencyDays: record.recencyDays as string, projects: record.projects as string, monetary: record.monetary as string };
}

/**
 * Shows RFM segments: recency of the last contract, number of contracted projects and contract value,
 * each split into high and low at editable cut points, on an "as of" date so the result does not
 * drift from day to day. Pinning stores the date and cut points for everyone using these records.
 */
export function RfmView({ companies, contracts }: RfmViewProps) {
  const t = useCrmT();
  const locale = useLocale();
  const [asOfText, setAsOfText] = useState(todayIsoDate());
  const [recencyText, setRecencyText] = useState<string>(DEFAULT_CUT_POINTS.recencyDays);
  const [projectsText, setProjectsText] = useState<string>(DEFAULT_CUT_POINTS.projects);
  const [monetaryText, setMonetaryText] = useState<string>(DEFAULT_CUT_POINTS.monetary);

  const [pinned, setPinned] = useState<PinnedRfm | null>(null);
  const [pinError, setPinError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    crm()
      .getSetting<unknown>(PINNED_SETTING_KEY, null)
      .then((value) => {
        const stored = readPinned(value);
        if (!current || stored === null) return;
        setPinned(stored);
        setAsOfText(stored.asOf);
        setRecencyText(stored.recencyDays);
        setProjectsText(stored.projects);
        setMonetaryText(stored.monetary);
      })
      .catch((error: unknown) => current && setPinError(t('loadFailed', { detail: describeCrmError(error, locale) })));
    return () => {
      current = false;
    };
  }, []);

  const asOf = parseDateField(asOfText, true);
  const recency = parseWholeNumberField(recencyText, 0);
  const projects = parseWholeNumberField(projectsText, 1);
  const monetary = parseMoneyField(monetaryText, 'CNY');
  const monetaryMissing = monetary.ok && monetary.value === null;

  const rows = useMemo((): CustomerRfm[] | null => {
    if (!asOf.ok || !recency.ok || !projects.ok || !monetary.ok || monetary.value === null) return null;
    const cutPoints = { recencyDays: recency.value, projects: projects.value, monetary: monetary.value };
    const inCny = contracts.filter((contract) => contract.revenue.currency === 'CNY');
    return classifyRfm(companies.map((company) => company.id), inCny, { asOf: asOf.value!, currency: 'CNY', cutPoints });
  }, [companies, contracts, asOfText, recencyText, projectsText, monetaryText]);

  async function pin() {
    const next: PinnedRfm = { asOf: asOfText, recencyDays: recencyText, projects: projectsText, monetary: monetaryText };
    setPinError(null);
    try {
      await crm().putSetting(PINNED_SETTING_KEY, next);
      setPinned(next);
    } catch (error) {
      setPinError(t('saveFailed', { detail: describeCrmError(error, locale) }));
    }
  }

  const names = new Map(companies.map((company) => [company.id, company.name]));
  const segmented = rows?.filter((row) => row.segment !== null) ?? [];

  return (
    <section className="crm-panel" data-testid="rfm-view">
      <h2>{t('rfmTitle')}</h2>
      <p className="crm-muted">{t('rfmExplain')}</p>
      <div className="crm-toolbar">
        <label>
          {t('rfmAsOf')}
          <input type="date" value={asOfText} aria-invalid={!asOf.ok} onChange={(event) => setAsOfText(event.target.value)} data-testid="rfm-as-of" />
          <FieldError parse={asOf} />
        </label>
        <label>
          {t('rfmRecencyCut')}
          <input inputMode="numeric" value={recencyText} aria-invalid={!recency.ok} onChange={(event) => setRecencyText(event.target.value)} data-testid="rfm-recency" />
          <FieldError parse={recency} />
        </label>
        <label>
          {t('rfmProjectsCut')}
          <input inputMode="numeric" value={projectsText} aria-invalid={!projects.ok} onChange={(event) => setProjectsText(event.target.value)} data-testid="rfm-projects" />
          <FieldError parse={projects} />
        </label>
        <label>
          {t('rfmMonetaryCut')}
          <input inputMode="decimal" value={monetaryText} aria-invalid={!monetary.ok || monetaryMissing} onChange={(event) => setMonetaryText(event.target.value)} data-testid="rfm-monetary" />
          <FieldError parse={monetaryMissing ? { ok: false, error: 'errorRequired', params: {} } : monetary} />
        </label>
      </div>
      <div className="crm-actions">
        <button type="button" data-testid="rfm-pin" disabled={rows === null} onClick={() => void pin()}>
          {t('rfmPin')}
        </button>
        <span className="crm-muted" data-testid="rfm-pinned">
          {pinned === null ? t('rfmNotPinned') : t('rfmPinnedAt', { date: pinned.asOf })}
        </span>
        {pinError === null ? null : (
          <span className="crm-error" role="alert">
            {pinError}
          </span>
        )}
      </div>
      <ul className="crm-chips">
        {SEGMENTS.map((segment) => (
          <li key={segment} data-testid={`rfm-count-${segment}`}>
            {pick(RFM_SEGMENT_LABELS[segment], locale)}: {segmented.filter((row) => row.segment === segment).length}
          </li>
        ))}
      </ul>
      {rows === null ? null : (
        <table className="crm-table">
          <thead>
            <tr>
              <th>{t('colCompany')}</th>
              <th className="crm-number">{t('colRecencyDays')}</th>
              <th className="crm-number">{t('colProjects')}</th>
              <th className="crm-number">{t('colMonetary')}</th>
              <th>{t('colSegment')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.companyId} data-testid="rfm-row" data-segment={row.segment ?? 'none'}>
                <td>
                  <button type="button" className="crm-link" onClick={() => navigate({ workspace: 'crm', view: 'company', companyId: row.companyId })}>
                    {names.get(row.companyId)}
                  </button>
                </td>
                <td className="crm-number">{row.recencyDays ?? '—'}</td>
                <td className="crm-number">{row.projects}</td>
                <td className="crm-number">{formatMoney(row.monetary, locale)}</td>
                <td>{row.segment === null ? t('rfmNoContract') : pick(RFM_SEGMENT_LABELS[row.segment], locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
