// liveQuery reads the global indexedDB even when a database gets its own through options, so the
// tests install fake-indexeddb as the global one. Dexie reads the global when its module loads,
// so each test file imports this before anything imports Dexie.
import 'fake-indexeddb/auto';
import type { Activity, Company, Contact, CrmProject, User } from '../../../src/domain/crm';
import { openCrmDatabase } from '../../../src/app/crm/db/crmDb';
import { createCrmRepository, type CrmRepository } from '../../../src/app/crm/db/crmRepository';
import { yuan } from './fixtures';

let databaseCounter = 0;

/** Creates a repository over a fresh fake-indexeddb database, so tests do not share records. */
export function freshRepository(): CrmRepository {
  databaseCounter += 1;
  return createCrmRepository(openCrmDatabase(`cleanplan-crm-test-${databaseCounter}`));
}

export const USERS: readonly User[] = [
  { id: 'u-wang', name: '王磊', role: 'sales' },
  { id: 'u-li', name: '李娜', role: 'sales' },
  { id: 'u-chen', name: 'Chen Manager', role: 'manager' },
];

export function company(id: string, name: string, overrides: Partial<Company> = {}): Company {
  return { id, name, industry: 'pharma', region: '华东', source: 'exhibition', ownerId: 'u-wang', ...overrides };
}

export const COMPANIES: readonly Company[] = [
  company('c1', '苏州某某生物医药有限公司'),
  company('c2', '上海光电科技股份有限公司', { industry: 'electronics', ownerId: 'u-li' }),
  company('c3', 'Suzhou BioPharma Co., Ltd.', { region: 'Jiangsu' }),
  company('c4', 'Shanghai Food Processing Ltd', { industry: 'food', region: '华东', ownerId: 'u-li' }),
  company('c5', '北京协和医院', { industry: 'hospital', region: '华北' }),
  company('c6', 'BioLab Instruments GmbH', { industry: 'lab', region: 'Europe', ownerId: 'u-li' }),
];

export function contact(id: string, companyId: string, name: string): Contact {
  return { id, companyId, name, roles: ['qa'], phone: '+86 512 6688 0000', email: null, ownerId: 'u-wang' };
}

export function crmProject(id: string, companyId: string, overrides: Partial<CrmProject> = {}): CrmProject {
  return {
    id,
    companyId,
    name: `${id} 洁净车间`,
    site: '苏州工业园区',
    industry: 'pharma',
    stage: 'lead',
    expectedValue: yuan(1_200_000),
    probabilityPct: 30,
    closeDate: '2027-03-31',
    lostReason: null,
    ownerId: 'u-wang',
    ruleSetIds: ['gb-50073-2013', 'china-gmp-2010'],
    drawingId: null,
    ...overrides,
  };
}

export function activity(id: string, companyId: string, overrides: Partial<Activity> = {}): Activity {
  return {
    id,
    kind: 'visit',
    companyId,
    projectId: null,
    contactId: null,
    date: '2026-11-20',
    notes: '现场勘察，确认 C 级灌装间范围',
    nextStep: '发送平面方案',
    nextStepDue: '2026-11-30',
    followUpDoneOn: null,
    ownerId: 'u-wang',
    ...overrides,
  };
}

/** Stores the users and companies above. */
export async function seedCompanies(repository: CrmRepository): Promise<void> {
  for (const user of USERS) await repository.upsertUser(user);
  for (const record of COMPANIES) await repository.upsertCompany(record);
}
