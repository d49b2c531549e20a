import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { planSearch, searchTokens } from '../../../src/app/crm/db/searchTokens';
import { company, freshRepository, seedCompanies } from './dbFixtures';

async function searchNames(query: string, filter: Record<string, string> = {}): Promise<string[]> {
  const repository = freshRepository();
  await seedCompanies(repository);
  const result = await repository.listCompanies({ query, ...filter }, { offset: 0, limit: 50 });
  return result.items.map((item) => item.id);
}

describe('search tokens', () => {
  it('index CJK runs up to four', () => {
    const tokens = searchTokens('苏州生物医药');
    expect(tokens).toEqual(expect.arrayContaining(['苏', '药', '苏州', '医药', '苏州生', '物医药', '苏州生物', '生物医药']));
    expect(tokens).not.toContain('苏州生物医');
    expect(tokens).toHaveLength(6 + 5 + 4 + 3);
  });

  it('index lowercased word prefixes', () => {
    const tokens = searchTokens('BioPharma Co.');
    expect(tokens).toEqual(expect.arrayContaining(['b', 'bi', 'bio', 'biopharma', 'c', 'co']));
    expect(tokens).not.toContain('pharma');
  });

  it('fold full-width letters', () => {
    expect(searchTokens('ＡＢＣ')).toContain('abc');
  });

  it('reject a query without letters', () => {
    expect(planSearch(' ,.- ')).toBeNull();
  });
});

describe('company name search', () => {
  it('finds a CJK substring at the start', async () => {
    expect(await searchNames('苏州')).toEqual(['c1']);
  });

  it('finds a CJK substring in the middle', async () => {
    expect(await searchNames('生物医药')).toEqual(['c1']);
  });

  it('finds a single CJK character', async () => {
    expect(await searchNames('医')).toEqual(['c5', 'c1']);
  });

  it('checks every run of a long query', async () => {
    const repository = freshRepository();
    await seedCompanies(repository);
    // Has the 4-character runs 某某生物 and 生物医药 of 某某生物医药, but not the query itself.
    await repository.upsertCompany(company('c7', '某某生物研究所生物医药中心'));
    const found = await repository.listCompanies({ query: '某某生物医药' }, { offset: 0, limit: 10 });
    expect(found.items.map((item) => item.id)).toEqual(['c1']);
    expect(found.total).toBe(1);
    expect((await repository.listCompanies({ query: '生物医药' }, { offset: 0, limit: 10 })).total).toBe(2);
  });

  it('does not match characters out of order', async () => {
    expect(await searchNames('医生')).toEqual([]);
  });

  it('finds English by word prefix, any case', async () => {
    expect(await searchNames('bio')).toEqual(['c6', 'c3']);
    expect(await searchNames('PHAR')).toEqual([]);
    expect(await searchNames('biopharma')).toEqual(['c3']);
  });

  it('needs every query word', async () => {
    expect(await searchNames('shanghai food')).toEqual(['c4']);
    expect(await searchNames('shanghai bio')).toEqual([]);
  });

  it('combines search with filters', async () => {
    expect(await searchNames('bio', { ownerId: 'u-li' })).toEqual(['c6']);
    expect(await searchNames('有限', { industry: 'electronics' })).toEqual(['c2']);
  });
});

describe('company list', () => {
  it('pages in name order with a total', async () => {
    const repository = freshRepository();
    await seedCompanies(repository);
    const first = await repository.listCompanies({}, { offset: 0, limit: 4 });
    const second = await repository.listCompanies({}, { offset: 4, limit: 4 });
    expect(first.total).toBe(6);
    expect(first.items.map((item) => item.id)).toEqual(['c6', 'c4', 'c3', 'c2']);
    expect(second.items.map((item) => item.id)).toEqual(['c5', 'c1']);
  });

  it('filters by industry, region and owner', async () => {
    const repository = freshRepository();
    await seedCompanies(repository);
    const page = { offset: 0, limit: 50 };
    expect((await repository.listCompanies({ industry: 'pharma' }, page)).items.map((item) => item.id)).toEqual(['c3', 'c1']);
    expect((await repository.listCompanies({ region: '华东' }, page)).items.map((item) => item.id)).toEqual(['c4', 'c2', 'c1']);
    expect((await repository.listCompanies({ region: '华东', ownerId: 'u-li' }, page)).items.map((item) => item.id)).toEqual(['c4', 'c2']);
    expect((await repository.listCompanies({ region: '华东', ownerId: 'u-li' }, page)).total).toBe(2);
  });

  it('filters by open project stage', async () => {
    const repository = freshRepository();
    await seedCompanies(repository);
    const { crmProject } = await import('./dbFixtures');
    await repository.upsertProject(crmProject('p1', 'c1', { stage: 'design' }));
    await repository.upsertProject(crmProject('p2', 'c3', { stage: 'design', lostReason: 'Budget cut' }));
    await repository.upsertProject(crmProject('p3', 'c5', { stage: 'lead' }));
    const result = await repository.listCompanies({ stage: 'design' }, { offset: 0, limit: 50 });
    expect(result.items.map((item) => item.id)).toEqual(['c1']);
  });

  it('follows stage moves and renames', async () => {
    const repository = freshRepository();
    await seedCompanies(repository);
    const { crmProject } = await import('./dbFixtures');
    await repository.upsertProject(crmProject('p1', 'c1', { stage: 'design' }));
    await repository.moveProjectStage('p1', 'quotation');
    await repository.upsertCompany(company('c1', '无锡洁净工程有限公司'));
    const page = { offset: 0, limit: 50 };
    expect((await repository.listCompanies({ stage: 'design' }, page)).items).toEqual([]);
    expect((await repository.listCompanies({ stage: 'quotation' }, page)).items.map((item) => item.name)).toEqual(['无锡洁净工程有限公司']);

    await repository.upsertProject(crmProject('p1', 'c3', { stage: 'quotation' }));
    expect((await repository.listCompanies({ stage: 'quotation' }, page)).items.map((item) => item.id)).toEqual(['c3']);
  });

  it('combines stage, search and owner', async () => {
    const repository = freshRepository();
    await seedCompanies(repository);
    const { crmProject } = await import('./dbFixtures');
    await repository.upsertProject(crmProject('p1', 'c1', { stage: 'design' }));
    await repository.upsertProject(crmProject('p2', 'c2', { stage: 'design', ownerId: 'u-li' }));
    const page = { offset: 0, limit: 50 };
    expect((await repository.listCompanies({ stage: 'design', query: '有限' }, page)).items.map((item) => item.id)).toEqual(['c2', 'c1']);
    expect((await repository.listCompanies({ stage: 'design', query: '有限', ownerId: 'u-li' }, page)).items.map((item) => item.id)).toEqual(['c2']);
  });

  it('lists distinct regions', async () => {
    const repository = freshRepository();
    await seedCompanies(repository);
    expect(await repository.listRegions()).toEqual(['Europe', 'Jiangsu', '华东', '华北']);
  });

  it('finds a renamed company by its new name only', async () => {
    const repository = freshRepository();
    await seedCompanies(repository);
    await repository.upsertCompany(company('c1', '无锡洁净工程有限公司'));
    const page = { offset: 0, limit: 50 };
    expect((await repository.listCompanies({ query: '苏州' }, page)).items).toEqual([]);
    expect((await repository.listCompanies({ query: '无锡' }, page)).items.map((item) => item.id)).toEqual(['c1']);
  });

  it('rejects a page size above the maximum', async () => {
    const repository = freshRepository();
    await expect(repository.listCompanies({}, { offset: 0, limit: 5000 })).rejects.toThrow(/Page size is 5000/);
  });
});
