import { useMemo, useState } from 'react';
import { classifyValueTiers, VALUE_TIER_LABELS, VALUE_TIERS, type Company, type Contract, type CustomerTier } from '../../domain/crm';
import { formatMoney } from '../../domain/money';
import { parseDateField, parsePercentText } from './forms/fields';
import { FieldError } from './forms/FieldError';
import { navigate } from './route';
import { pick, todayIsoDate, useCrmT, useLocale } from './text';

export interface TiersViewProps {
  readonly companies: readonly Company[];
  readonly contracts: readonly Contract[];
}

function firstDayOfYear(today: string): string {
  return `${today.slice(0, 4)}-01-01`;
}

/**
 * Customer value tiers over a chosen period: net revenue (contract revenue minus cost) ranks the
 * customers, the top 20 % are important and the top x % of those are VIP, with x typed here.
 */
export function TiersView({ companies, contracts }: TiersViewProps) {
  const t = useCrmT();
  const locale = useLocale();
  const today = todayIsoDate();
  const [fromText, setFromText] = useState(firstDayOfYear(today));
  const [toText, setToText] = useState(today);
  const [vipText, setVipText] = useState('20');

  const from = parseDateField(fromText, true);
  const to = parseDateField(toText, true);
  const vip = parsePercentText(vipText);
  const periodReversed = from.ok && to.ok && from.value !== null && to.value !== null && from.value > to.value;

  const tiers = useMemo((): CustomerTier[] | null => {
    if (!from.ok || !to.ok || !vip.ok || periodReversed) return null;
    return classifyValueTiers(
      companies.map((company) => company.id),
      // NOTE: contracts in other currencies are left out until they carry a dated exchange rate.
      contracts.filter((contract) => contract.revenue.currency === 'CNY' && contract.cost.currency === 'CNY'),
      { from: from.value!, to: to.value!, currency: 'CNY', vipPct: vip.value },
    );
    // The parsed values derive from the three texts, so the texts are the dependencies.
  }, [companies, contracts, fromText, toText, vipText]);

  const names = new Map(companies.map((company) => [company.id, company.name]));
  const counts = new Map(VALUE_TIERS.map((tier) => [tier, tiers?.filter((row) => row.tier === tier).length ?? 0]));

  return (
    <section className="crm-panel" data-testid="tiers-view">
      <h2>{t('tiersTitle')}</h2>
      <p className="crm-muted">{t('tiersExplain')}</p>
      <div className="crm-toolbar">
        <label>
          {t('periodFrom')}
          <input type="date" value={fromText} aria-invalid={!from.ok} onChange={(event) => setFromText(event.target.value)} data-testid="tiers-from" />
          <FieldError parse={from} />
        </label>
        <label>
          {t('periodTo')}
          <input type="date" value={toText} aria-invalid={!to.ok || periodReversed} onChange={(event) => setToText(event.target.value)} data-testid="tiers-to" />
          <FieldError parse={to} />
        </label>
        <label>
          {t('tiersVipPct')}
          <input inputMode="decimal" value={vipText} aria-invalid={!vip.ok} onChange={(event) => setVipText(event.target.value)} data-testid="tiers-vip" />
          <FieldError parse={vip} />
        </label>
      </div>
      {periodReversed ? <p className="crm-error" role="alert">{t('errorPeriodReversed', { from: fromText, to: toText })}</p> : null}
      <ul className="crm-chips">
        {VALUE_TIERS.map((tier) => (
          <li key={tier} data-testid={`tier-count-${tier}`}>
            {pick(VALUE_TIER_LABELS[tier], locale)}: {counts.get(tier)}
          </li>
        ))}
      </ul>
      {tiers === null ? null : (
        <table className="crm-table">
          <thead>
            <tr>
              <th>{t('colRank')}</th>
              <th>{t('colCompany')}</th>
              <th>{t('colTier')}</th>
              <th className="crm-number">{t('colNetRevenue')}</th>
            </tr>
          </thead>
          <tbody>
            {tiers.map((row) => (
              <tr key={row.companyId} data-testid="tier-row" data-tier={row.tier}>
                <td>{row.rank ?? '—'}</td>
                <td>
                  <button type="button" className="crm-link" onClick={() => navigate({ workspace: 'crm', view: 'company', companyId: row.companyId })}>
                    {names.get(row.companyId)}
                  </button>
                </td>
                <td>{pick(VALUE_TIER_LABELS[row.tier], locale)}</td>
                <td className="crm-number">{formatMoney(row.netRevenue, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
