import { Bar, BarChart, CartesianGrid, Cell, Legend, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReactElement, ReactNode } from 'react';
import { INDUSTRY_LABELS, PIPELINE_STAGE_LABELS, pipelineValueByStage, type Company, type Contract, type CrmProject, type User } from '../../domain/crm';
import { formatMoney, type Money } from '../../domain/money';
import type { QuoteRecord } from '../../domain/quote';
import { quotesAwaitingAnswer, revenueByIndustry, revenueByMonth, winRate } from './dashboardData';
import { pick, todayIsoDate, toMajorForChart, useCrmT, useLocale } from './text';

export interface DashboardViewProps {
  readonly companies: readonly Company[];
  readonly projects: readonly CrmProject[];
  readonly contracts: readonly Contract[];
  /** Overdue follow-ups per owner id today; owners with none may be absent. */
  readonly overdueCounts: ReadonlyMap<string, number>;
  /** Quotes whose current revision is sent. */
  readonly quotes: readonly QuoteRecord[];
  readonly users: readonly User[];
}

const CHART_HEIGHT = 240;
const MONTHS_SHOWN = 12;
const COLOR_PRIMARY = '#1f6feb';
const COLOR_SECONDARY = '#8fb8f7';
const COLOR_WON = '#1a7f37';
const COLOR_LOST = '#c62828';
const COLOR_OVERDUE = '#9a6700';

/** A chart row with the exact amount kept beside the plotted major-unit number, for the tooltip. */
interface MoneyRow {
  readonly label: string;
  readonly value: number;
  readonly amount: Money;
}

function moneyRow(label: string, amount: Money): MoneyRow {
  return { label, value: toMajorForChart(amount), amount };
}

function ChartCard({ title, testId, children, summary }: { readonly title: string; readonly testId: string; readonly children: ReactElement; readonly summary?: ReactNode }) {
  return (
    <figure className="crm-chart" data-testid={testId}>
      <figcaption>
        <h3>{title}</h3>
        {summary === undefined ? null : <div className="crm-muted">{summary}</div>}
      </figcaption>
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        {children}
      </ResponsiveContainer>
    </figure>
  );
}

/**
 * Sales dashboard: pipeline value by stage (expected and probability-weighted), win rate, revenue
 * by industry and by month, quotes awaiting the customer's decision and overdue follow-ups per owner.
 * Amounts are CNY; records in other currencies are left out of the charts.
 */
export function DashboardView({ companies, projects, contracts, overdueCounts, quotes, users }: DashboardViewProps) {
  const t = useCrmT();
  const locale = useLocale();
  const today = todayIsoDate();
  // Axis ticks in compact form (zh-CN: 1200万, en: 12M); tooltips show the exact amount.
  const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  const moneyTick = (value: number) => compact.format(value);
  const moneyTooltip = (_value: unknown, name: unknown, item: { payload?: MoneyRow & { weighted?: Money } }) => {
    const row = item.payload;
    if (row === undefined) return '';
    const amount = name === t('chartWeighted') && row.weighted !== undefined ? row.weighted : row.amount;
    return [formatMoney(amount, locale), String(name)];
  };

  const openCny = projects.filter((project) => project.lostReason === null && (project.expectedValue === null || project.expectedValue.currency === 'CNY'));
  const stageRows = pipelineValueByStage(openCny, 'CNY').map((row) => ({
    ...moneyRow(pick(PIPELINE_STAGE_LABELS[row.stage], locale), row.expected),
    weightedValue: toMajorForChart(row.weighted),
    weighted: row.weighted,
  }));
  const wins = winRate(projects);
  const winRows = [
    { label: t('chartWon'), value: wins.won, color: COLOR_WON },
    { label: t('chartLost'), value: wins.lost, color: COLOR_LOST },
  ];
  const industryRows = revenueByIndustry(contracts, companies).map((row) => moneyRow(pick(INDUSTRY_LABELS[row.industry], locale), row.revenue));
  const monthRows = revenueByMonth(contracts, today, MONTHS_SHOWN).map((row) => moneyRow(row.month, row.revenue));
  const awaiting = quotesAwaitingAnswer(quotes, today);
  const awaitingRows = [
    { label: t('chartAgeWeek'), value: awaiting.filter((row) => row.daysWaiting <= 7).length },
    { label: t('chartAgeMonth'), value: awaiting.filter((row) => row.daysWaiting > 7 && row.daysWaiting <= 30).length },
    { label: t('chartAgeOlder'), value: awaiting.filter((row) => row.daysWaiting > 30).length },
  ];
  const overdueRows = users.map((user) => ({ label: user.name, value: overdueCounts.get(user.id) ?? 0 }));
  const overdueTotal = overdueRows.reduce((sum, row) => sum + row.value, 0);

  return (
    <section className="crm-dashboard" data-testid="dashboard-view">
      <ChartCard title={t('chartPipeline')} testId="chart-pipeline">
        <BarChart data={stageRows}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" interval={0} angle={-30} textAnchor="end" height={60} />
          <YAxis tickFormatter={moneyTick} width={64} />
          <Tooltip formatter={moneyTooltip as never} />
          <Legend />
          <Bar dataKey="value" name={t('chartExpected')} fill={COLOR_PRIMARY} isAnimationActive={false} />
          <Bar dataKey="weightedValue" name={t('chartWeighted')} fill={COLOR_SECONDARY} isAnimationActive={false} />
        </BarChart>
      </ChartCard>
      <ChartCard
        title={t('chartWinRate')}
        testId="chart-win-rate"
        summary={<span data-testid="win-rate-value">{wins.pct === null ? t('chartWinRateNone') : t('chartWinRateValue', { pct: wins.pct.toFixed(0), won: wins.won, lost: wins.lost })}</span>}
      >
        <PieChart>
          <Pie data={winRows} dataKey="value" nameKey="label" innerRadius={50} outerRadius={90} isAnimationActive={false} label>
            {winRows.map((row) => (
              <Cell key={row.label} fill={row.color} />
            ))}
          </Pie>
          <Tooltip />
          <Legend />
        </PieChart>
      </ChartCard>
      <ChartCard title={t('chartRevenueIndustry')} testId="chart-revenue-industry">
        <BarChart data={industryRows}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" interval={0} />
          <YAxis tickFormatter={moneyTick} width={64} />
          <Tooltip formatter={moneyTooltip as never} />
          <Bar dataKey="value" name={t('chartRevenue')} fill={COLOR_PRIMARY} isAnimationActive={false} />
        </BarChart>
      </ChartCard>
      <ChartCard title={t('chartRevenueMonth')} testId="chart-revenue-month">
        <BarChart data={monthRows}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" />
          <YAxis tickFormatter={moneyTick} width={64} />
          <Tooltip formatter={moneyTooltip as never} />
          <Bar dataKey="value" name={t('chartRevenue')} fill={COLOR_PRIMARY} isAnimationActive={false} />
        </BarChart>
      </ChartCard>
      <ChartCard title={t('chartAwaiting')} testId="chart-awaiting" summary={<span data-testid="awaiting-count">{t('chartAwaitingCount', { count: awaiting.length })}</span>}>
        <BarChart data={awaitingRows}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Bar dataKey="value" name={t('chartQuotes')} fill={COLOR_SECONDARY} isAnimationActive={false} />
        </BarChart>
      </ChartCard>
      <ChartCard title={t('chartOverdue')} testId="chart-overdue" summary={<span data-testid="overdue-total">{t('chartOverdueCount', { count: overdueTotal })}</span>}>
        <BarChart data={overdueRows}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Bar dataKey="value" name={t('chartFollowUps')} fill={COLOR_OVERDUE} isAnimationActive={false} />
        </BarChart>
      </ChartCard>
    </section>
  );
}
