import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readCsvTable, suggestColumnMapping } from '../../../src/engine/import/crm';
import { freshRepository, seedCompanies } from './dbFixtures';

const SHEET = ['公司名称,行业,负责人,联系人,角色', '杭州洁净科技有限公司,电子,李娜,周杰,采购', '苏州某某生物医药有限公司,制药,,吴芳,QA', '宁波食品厂,酒类,,,'].join('\n');

async function planned() {
  const repository = freshRepository();
  await seedCompanies(repository);
  const table = readCsvTable(new TextEncoder().encode(SHEET), 'customers.csv');
  const plan = await repository.planCompanyImport(table, suggestColumnMapping(table.headers), { defaultOwnerId: 'u-wang', today: '2026-12-04' });
  return { repository, plan };
}

describe('company sheet import', () => {
  it('imports the valid rows', async () => {
    const { repository, plan } = await planned();
    expect(plan.issues.map((issue) => [issue.row, issue.code])).toEqual([[4, 'unknown-industry']]);

    const result = await repository.applyCompanyImport(plan, 'valid-rows');
    expect(result).toEqual({ ok: true, companies: 1, contacts: 2, skippedRows: 1 });
    const found = await repository.listCompanies({ query: '洁净' }, { offset: 0, limit: 10 });
    expect(found.items.map((company) => [company.name, company.industry, company.ownerId])).toEqual([['杭州洁净科技有限公司', 'electronics', 'u-li']]);
    expect((await repository.listContacts('c1')).map((contact) => [contact.name, contact.roles])).toEqual([['吴芳', ['qa']]]);
    expect((await repository.listCompanies({ query: '宁波' }, { offset: 0, limit: 10 })).total).toBe(0);
  });

  it('imports nothing when all-or-nothing fails', async () => {
    const { repository, plan } = await planned();
    const before = await repository.exportData();
    const result = await repository.applyCompanyImport(plan, 'all-or-nothing');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.row)).toEqual([4]);
    expect(await repository.exportData()).toEqual(before);
  });

  it('imports nothing when an owner left meanwhile', async () => {
    const { repository, plan } = await planned();
    await repository.importFile(JSON.stringify({ format: 'cleanplan-crm', schemaVersion: 1, users: [{ id: 'u-wang', name: '王磊', role: 'sales' }] }));
    const before = await repository.exportData();
    await expect(repository.applyCompanyImport(plan, 'valid-rows')).rejects.toThrow(/u-li/);
    expect(await repository.exportData()).toEqual(before);
  });
});
