import { useState } from 'react';
import { INDUSTRIES, INDUSTRY_LABELS, PIPELINE_STAGE_LABELS, PIPELINE_STAGES, type Company, type Industry, type PipelineStage, type User } from '../../domain/crm';
import { BulkReassignBar } from './BulkReassignBar';
import { crm, describeCrmError } from './data';
import type { CompanyFilter } from './db/crmRepository';
import { CompanyForm } from './forms/CompanyForm';
import { navigate } from './route';
import { pick, useCrmT, useLocale } from './text';
import { liveValue, useLatestValue, useLive } from './useLive';

const PAGE_SIZE = 50;
const ANY = '';

export interface CompaniesViewProps {
  readonly users: readonly User[];
  readonly currentUser: User | null;
}

/**
 * Renders the companies list: name search, filters by industry, region, owner and stage, pages of 50 in
 * name order. Managers select rows and reassign their owner in bulk.
 */
export function CompaniesView({ users, currentUser }: CompaniesViewProps) {
  const t = useCrmT();
  const locale = useLocale();
  const [query, setQuery] = useState('');
  const [industry, setIndustry] = useState<Industry | typeof ANY>(ANY);
  const [region, setRegion] = useState(ANY);
  const [ownerId, setOwnerId] = useState(ANY);
  const [stage, setStage] = useState<PipelineStage | typeof ANY>(ANY);
  const [pageIndex, setPageIndex] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [creating, setCreating] = useState(false);

  const filter: CompanyFilter = {
    ...(query.trim() === '' ? {} : { query: query.trim() }),
    ...(industry === ANY ? {} : { industry }),
    ...(region === ANY ? {} : { region }),
    ...(ownerId === ANY ? {} : { ownerId }),
    ...(stage === ANY ? {} : { stage }),
  };
  const filterKey = JSON.stringify(filter);
  const result = useLive(() => crm().listCompanies(filter, { offset: pageIndex * PAGE_SIZE, limit: PAGE_SIZE }), [filterKey, pageIndex]);
  const regions = liveValue(useLive(() => crm().listRegions(), []), []);
  const page = useLatestValue(result, { items: [], total: 0 });
  const pageCount = Math.max(1, Math.ceil(page.total / PAGE_SIZE));
  const userNames = new Map(users.map((user) => [user.id, user.name]));
  const isManager = currentUser?.role === 'manager';

  function changeFilter(apply: () => void) {
    apply();
    setPageIndex(0);
    setSelected(new Set());
  }

  function toggle(id: string) {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  async function saveCompany(company: Company) {
    await crm().upsertCompany(company);
    setCreating(false);
    navigate({ workspace: 'crm', view: 'company', companyId: company.id });
  }

  const allOnPageSelected = page.items.length > 0 && page.items.every((company) => selected.has(company.id));
  return (
    <section className="crm-panel" data-testid="companies-view">
      <div className="crm-toolbar">
        <label>
          {t('searchLabel')}
          <input type="search" value={query} placeholder={t('searchPlaceholder')} data-testid="company-search" onChange={(event) => changeFilter(() => setQuery(event.target.value))} />
        </label>
        <label>
          {t('fieldIndustry')}
          <select value={industry} data-testid="filter-industry" onChange={(event) => changeFilter(() => setIndustry(event.target.value as Industry | typeof ANY))}>
            <option value={ANY}>{t('filterAny')}</option>
            {INDUSTRIES.map((value) => (
              <option key={value} value={value}>
                {pick(INDUSTRY_LABELS[value], locale)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('fieldRegion')}
          <select value={region} data-testid="filter-region" onChange={(event) => changeFilter(() => setRegion(event.target.value))}>
            <option value={ANY}>{t('filterAny')}</option>
            {regions.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('fieldOwner')}
          <select value={ownerId} data-testid="filter-owner" onChange={(event) => changeFilter(() => setOwnerId(event.target.value))}>
            <option value={ANY}>{t('filterAny')}</option>
            {users.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('fieldStage')}
          <select value={stage} data-testid="filter-stage" onChange={(event) => changeFilter(() => setStage(event.target.value as PipelineStage | typeof ANY))}>
            <option value={ANY}>{t('filterAny')}</option>
            {PIPELINE_STAGES.map((value) => (
              <option key={value} value={value}>
                {pick(PIPELINE_STAGE_LABELS[value], locale)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="primary" data-testid="company-new" onClick={() => setCreating(true)} disabled={currentUser === null}>
          {t('companyNew')}
        </button>
      </div>

      {creating && currentUser !== null ? <CompanyForm company={null} users={users} defaultOwnerId={currentUser.id} onSave={saveCompany} onCancel={() => setCreating(false)} /> : null}
      {isManager ? <BulkReassignBar users={users} companyIds={[...selected]} onDone={() => setSelected(new Set())} /> : null}
      {result.status === 'error' ? (
        <p className="crm-error" role="alert">
          {t('loadFailed', { detail: describeCrmError(result.error, locale) })}
        </p>
      ) : null}

      <table className="crm-table" data-testid="companies-table" data-status={result.status} data-search={filter.query ?? ''}>
        <thead>
          <tr>
            {isManager ? (
              <th>
                <input
                  type="checkbox"
                  aria-label={t('selectPage')}
                  checked={allOnPageSelected}
                  data-testid="select-page"
                  onChange={() => setSelected(allOnPageSelected ? new Set() : new Set(page.items.map((company) => company.id)))}
                />
              </th>
            ) : null}
            <th>{t('colCompany')}</th>
            <th>{t('fieldIndustry')}</th>
            <th>{t('fieldRegion')}</th>
            <th>{t('fieldSource')}</th>
            <th>{t('fieldOwner')}</th>
          </tr>
        </thead>
        <tbody>
          {page.items.map((company) => (
            <tr key={company.id} data-testid="company-row" data-company-id={company.id}>
              {isManager ? (
                <td>
                  <input type="checkbox" aria-label={t('selectCompany', { name: company.name })} checked={selected.has(company.id)} data-testid="company-select" onChange={() => toggle(company.id)} />
                </td>
              ) : null}
              <td>
                <button type="button" className="crm-link" data-testid="company-open" onClick={() => navigate({ workspace: 'crm', view: 'company', companyId: company.id })}>
                  {company.name}
                </button>
              </td>
              <td>{pick(INDUSTRY_LABELS[company.industry], locale)}</td>
              <td>{company.region}</td>
              <td>{company.source}</td>
              <td data-testid="company-owner-cell">{userNames.get(company.ownerId) ?? company.ownerId}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.status === 'ready' && page.total === 0 ? <p className="crm-muted" data-testid="companies-empty">{t('companiesNone')}</p> : null}
      <div className="crm-pager">
        <button type="button" disabled={pageIndex === 0} onClick={() => setPageIndex(pageIndex - 1)} data-testid="page-previous">
          {t('pagePrevious')}
        </button>
        <span data-testid="page-status">{t('pageStatus', { page: pageIndex + 1, pages: pageCount, total: page.total })}</span>
        <button type="button" disabled={pageIndex + 1 >= pageCount} onClick={() => setPageIndex(pageIndex + 1)} data-testid="page-next">
          {t('pageNext')}
        </button>
      </div>
    </section>
  );
}
