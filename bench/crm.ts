// fake-indexeddb must be the global IndexedDB before Dexie loads (Dexie reads it at module load).
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { INDUSTRIES, PIPELINE_STAGES, type Activity, type Company, type Contact, type CrmProject, type Industry, type User } from '../src/domain/crm';
import { EMPTY_CRM_DATA_SET, type CrmDataSet } from '../src/domain/crm/dataSet';
import { money } from '../src/domain/money';
import { openCrmDatabase } from '../src/app/crm/db/crmDb';
import { createCrmRepository, replaceCrmData } from '../src/app/crm/db/crmRepository';

/**
 * CRM list and search times over 10,000 companies and 100,000 activities in fake-indexeddb, the
 * IndexedDB implementation the unit tests use. A browser's IndexedDB is not measured here, and its
 * figures may differ. Prints figures; asserts nothing.
 */

const COMPANY_COUNT = 10_000;
const ACTIVITY_COUNT = 100_000;
const USER_COUNT = 20;
const SEARCH_TARGET_MS = 50;

/** Deterministic pseudo-random numbers (mulberry32), so every run stores the same records. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const CITIES_ZH = ['苏州', '上海', '北京', '深圳', '广州', '杭州', '南京', '无锡', '成都', '武汉', '天津', '西安', '重庆', '合肥', '长沙', '青岛', '宁波', '厦门', '济南', '郑州'];
const WORDS_ZH = ['华康', '恒瑞', '博远', '正大', '天合', '金城', '新宇', '东方', '远景', '海通', '同仁', '明德', '安泰', '永昌', '联合', '中科', '康宁', '瑞华', '盛达', '鼎信'];
const INDUSTRY_WORDS_ZH: Readonly<Record<Industry, readonly string[]>> = {
  pharma: ['生物医药', '制药', '药业'],
  food: ['食品', '乳业'],
  electronics: ['光电科技', '半导体', '电子'],
  hospital: ['人民医院', '中心医院'],
  lab: ['检测技术', '实验室科技'],
  other: ['洁净工程', '科技'],
};
const CITIES_EN = ['Suzhou', 'Shanghai', 'Beijing', 'Shenzhen', 'Hangzhou', 'Nanjing', 'Wuxi', 'Chengdu', 'Singapore', 'Basel'];
const WORDS_EN = ['Bright', 'Apex', 'Nova', 'Zenith', 'Harmony', 'Pacific', 'Golden', 'Summit', 'Crystal', 'Pioneer'];
const INDUSTRY_WORDS_EN: Readonly<Record<Industry, readonly string[]>> = {
  pharma: ['BioPharma', 'Pharmaceuticals'],
  food: ['Foods', 'Dairy'],
  electronics: ['Optoelectronics', 'Semiconductor'],
  hospital: ['Hospital', 'Medical Center'],
  lab: ['Labs', 'Testing'],
  other: ['Cleantech', 'Engineering'],
};
const REGIONS = ['华东', '华北', '华南', '华中', '西南', '西北', '东北', 'Overseas'];

function pick<T>(random: () => number, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)]!;
}

function isoDate(random: () => number, fromYear: number, years: number): string {
  const day = Math.floor(random() * 365 * years);
  return new Date(Date.UTC(fromYear, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}

/** Generates the benchmark data set: 60 % Chinese and 40 % English company names. */
export function generateCrmData(): CrmDataSet {
  const random = createRandom(20_261_204);
  const users: User[] = Array.from({ length: USER_COUNT }, (_, index) => ({ id: `u${index}`, name: `Sales ${index}`, role: index === 0 ? 'manager' : 'sales' }));

  const companies: Company[] = [];
  const contacts: Contact[] = [];
  const projects: CrmProject[] = [];
  for (let index = 0; index < COMPANY_COUNT; index++) {
    const industry = pick(random, INDUSTRIES);
    const chinese = random() < 0.6;
    const name = chinese
      ? `${pick(random, CITIES_ZH)}${pick(random, WORDS_ZH)}${pick(random, WORDS_ZH)}${pick(random, INDUSTRY_WORDS_ZH[industry])}${industry === 'hospital' ? '' : '有限公司'}`
      : `${pick(random, CITIES_EN)} ${pick(random, WORDS_EN)} ${pick(random, INDUSTRY_WORDS_EN[industry])} Co., Ltd.`;
    const id = `c${index}`;
    const ownerId = pick(random, users).id;
    companies.push({ id, name, industry, region: pick(random, REGIONS), source: pick(random, ['exhibition', 'referral', 'tender']), ownerId });
    contacts.push({ id: `k${index}`, companyId: id, name: chinese ? '张伟' : 'Alex Chen', roles: ['qa'], phone: null, email: null, ownerId });

    const projectCount = random() < 0.5 ? 1 : 2;
    for (let project = 0; project < projectCount; project++) {
      projects.push({
        id: `p${index}-${project}`,
        companyId: id,
        name: `${name} project ${project + 1}`,
        site: '',
        industry,
        stage: pick(random, PIPELINE_STAGES),
        expectedValue: money(Math.floor(random() * 500_000_000), 'CNY'),
        probabilityPct: Math.floor(random() * 100),
        closeDate: isoDate(random, 2026, 2),
        lostReason: random() < 0.1 ? 'Lost to competitor' : null,
        ownerId,
        ruleSetIds: ['gb-50073-2013'],
        drawingId: null,
      });
    }
  }

  const activities: Activity[] = [];
  for (let index = 0; index < ACTIVITY_COUNT; index++) {
    const company = companies[Math.floor(random() * companies.length)]!;
    const date = isoDate(random, 2025, 2);
    const hasNextStep = random() < 0.3;
    const nextStepDue = hasNextStep ? isoDate(random, 2025, 2) : null;
    activities.push({
      id: `a${index}`,
      kind: pick(random, ['visit', 'call', 'meeting', 'site-survey', 'email'] as const),
      companyId: company.id,
      projectId: null,
      contactId: null,
      date,
      notes: '',
      nextStep: hasNextStep ? 'Follow up' : null,
      nextStepDue,
      followUpDoneOn: hasNextStep && random() < 0.5 ? date : null,
      ownerId: company.ownerId,
    });
  }
  return { ...EMPTY_CRM_DATA_SET, users, companies, contacts, projects, activities };
}

async function medianMs(runs: number, action: () => Promise<unknown>): Promise<number> {
  for (let warm = 0; warm < 2; warm++) await action();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await action();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function line(label: string, milliseconds: number, detail: string, target: number | null) {
  let verdict = '';
  let targetText = '';
  if (target !== null) {
    verdict = milliseconds <= target ? '  (target met)' : '  (TARGET MISSED)';
    targetText = `target ≤ ${target} ms`;
  }
  console.log(`${label.padEnd(44)} ${`${milliseconds.toFixed(1)} ms`.padStart(10)}   ${detail.padEnd(14)} ${targetText}${verdict}`);
}

export async function benchCrm(): Promise<void> {
  const data = generateCrmData();
  const db = openCrmDatabase('cleanplan-crm-bench');
  const repository = createCrmRepository(db);
  const seedStart = performance.now();
  await replaceCrmData(db, data);
  const seedSeconds = (performance.now() - seedStart) / 1000;
  console.log(`crm: ${data.companies.length} companies, ${data.contacts.length} contacts, ${data.projects.length} projects, ${data.activities.length} activities (fake-indexeddb, stored in ${seedSeconds.toFixed(1)} s)`);

  const page = { offset: 0, limit: 50 };
  const listings: readonly [string, () => Promise<{ total: number }>][] = [
    ['list, first page of 50 by name', () => repository.listCompanies({}, page)],
    ['list, page at offset 5000', () => repository.listCompanies({}, { offset: 5000, limit: 50 })],
  ];
  for (const [label, action] of listings) {
    const total = (await action()).total;
    line(label, await medianMs(10, action), `${total} rows`, null);
  }

  const queries = ['苏州', '生物医药', '医', '恒瑞药业', '有限公司', '生物医药有限', 'bio', 'Suzhou', 'shanghai nova', 'zenith pharm'];
  for (const query of queries) {
    const action = () => repository.listCompanies({ query }, page);
    const total = (await action()).total;
    line(`search "${query}"`, await medianMs(10, action), `${total} hits`, SEARCH_TARGET_MS);
  }

  const filters: readonly [string, Parameters<typeof repository.listCompanies>[0]][] = [
    ['filter owner u3', { ownerId: 'u3' }],
    ['filter industry pharma', { industry: 'pharma' }],
    ['filter region 华东 + industry food', { region: '华东', industry: 'food' }],
    ['filter stage quotation (open projects)', { stage: 'quotation' }],
    ['search "苏州" + owner u3', { query: '苏州', ownerId: 'u3' }],
  ];
  for (const [label, filter] of filters) {
    const action = () => repository.listCompanies(filter, page);
    const total = (await action()).total;
    line(label, await medianMs(10, action), `${total} rows`, SEARCH_TARGET_MS);
  }

  const projectsInStage = () => repository.listProjects({ stage: 'negotiation', status: 'open' });
  line('projects in stage negotiation (board column)', await medianMs(10, projectsInStage), `${(await projectsInStage()).total} rows`, null);

  const overdueOne = () => repository.listOverdueFollowUps('2026-06-30', 'u3');
  line('overdue follow-ups, one owner', await medianMs(10, overdueOne), `${(await overdueOne()).length} rows`, SEARCH_TARGET_MS);
  const overdueAll = () => repository.countOverdueByOwner('2026-06-30');
  line('overdue follow-ups, count per owner', await medianMs(5, overdueAll), `${[...(await overdueAll()).values()].reduce((sum, count) => sum + count, 0)} rows`, null);

  const customerView = () => repository.getCustomerView('c4242');
  line('customer view (one company, all records)', await medianMs(10, customerView), `${(await customerView())?.activities.length ?? 0} activities`, null);

  db.close();
}
