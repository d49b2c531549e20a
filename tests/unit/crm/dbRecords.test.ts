import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CrmValidationError, describeCrmRecordIssue, overdueFollowUps, type Company } from '../../../src/domain/crm';
import { changeRevisionStatus, createQuote, reviseQuote, type QuoteContent, type QuoteRecord } from '../../../src/domain/quote';
import { createLiveSource, type LiveState } from '../../../src/app/crm/db/live';
import { activity, company, contact, crmProject, freshRepository, seedCompanies } from './dbFixtures';
import { yuan } from './fixtures';

async function rejection(promise: Promise<unknown>): Promise<CrmValidationError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CrmValidationError) return error;
    throw error;
  }
  throw new Error('expected the write to be rejected');
}

describe('record validation on save', () => {
  it('rejects an unknown industry', async () => {
    const repository = freshRepository();
    await seedCompanies(repository);
    const bad = { ...company('c9', '杭州药业'), industry: 'pharmacy' } as unknown as Company;
    const error = await rejection(repository.upsertCompany(bad));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({ kind: 'companies', recordId: 'c9', field: 'industry', found: '"pharmacy"', expected: 'industry' });
    expect(await repository.getCompany('c9')).toBeNull();
  });

  it('describes an issue in both languages', async () => {
    const repository = freshRepository();
    await seedCompanies(repository);
    const error = await rejection(repository.upsertCompany({ ...company('c9', '杭州药业'), ownerId: 'u-gone' }));
    expect(describeCrmRecordIssue(error.issues[0]!, 'en')).toBe(
      'Company c9, field ownerId: found "u-gone"; expected the id of a user in the users list. Add the user first, or choose an existing owner.',
    );
    expect(describeCrmRecordIssue(error.issues[0]!, 'zh-CN')).toBe('公司 c9 字段 ownerId：当前值为 "u-gone"，应为用户列表中某个用户的 id。请先添加该用户，或选择已有的负责人。');
  });

  it('rejects a contact of an unknown company', async () => {
    const repository = freshRepository();
    await seedCompanies(repository);
    const error = await rejection(repository.upsertContact(contact('k1', 'c404', '张伟')));
    expect(error.issues.map((issue) => issue.expected)).toEqual(['company-reference']);
    expect(await repository.listContacts('c404')).toEqual([]);
  });

  it('rejects an activity on another company project', async () => {
    const repository = freshRepository();
    await seedCompanies(repository);
    await repository.upsertProject(crmProject('p1', 'c1'));
    const error = await rejection(repository.upsertActivity(activity('a1', 'c2', { projectId: 'p1' })));
    expect(error.issues[0]).toMatchObject({ field: 'projectId', expected: 'same-company' });
  });

  it('rejects an invalid e-mail address', async () => {
    const repository = freshRepository();
    await seedCompanies(repository);
    const error = await rejection(repository.upsertContact({ ...contact('k1', 'c1', '张伟'), email: 'zhang.wei at example.com' }));
    expect(error.issues[0]).toMatchObject({ field: 'email', expected: 'email-or-null' });
  });
});

describe('customer view', () => {
  it('gathers every record of a company', async () => {
    const repository = freshRepository();
    await seedCompanies(repository);
    await repository.upsertContact(contact('k1', 'c1', '张伟'));
    await repository.upsertContact(contact('k2', 'c2', '刘洋'));
    await repository.upsertProject(crmProject('p1', 'c1'));
    await repository.upsertActivity(activity('a1', 'c1', { date: '2026-11-01' }));
    await repository.upsertActivity(activity('a2', 'c1', { date: '2026-11-15', projectId: 'p1', contactId: 'k1' }));
    await repository.upsertActivity(activity('a3', 'c2'));
    await repository.upsertContract({ id: 'k-p1', companyId: 'c1', projectId: 'p1', signedOn: '2026-10-01', revenue: yuan(900_000), cost: yuan(700_000) });

    const view = await repository.getCustomerView('c1');
    expect(view?.company.name).toBe('苏州某某生物医药有限公司');
    expect(view?.owner?.name).toBe('王磊');
    expect(view?.contacts.map((item) => item.id)).toEqual(['k1']);
    expect(view?.projects.map((item) => item.id)).toEqual(['p1']);
    expect(view?.activities.map((item) => item.id)).toEqual(['a2', 'a1']);
    expect(view?.contracts.map((item) => item.id)).toEqual(['k-p1']);
    expect(await repository.getCustomerView('c404')).toBeNull();
  });

  it('clears a deleted contact from activities', async () => {
    const repository = freshRepository();
    await seedCompanies(repository);
    await repository.upsertContact(contact('k1', 'c1', '张伟'));
    await repository.upsertActivity(activity('a1', 'c1', { contactId: 'k1' }));
    await repository.deleteContact('k1');
    expect(await repository.listContacts('c1')).toEqual([]);
    expect((await repository.listActivities({ companyId: 'c1' })).items[0]?.contactId).toBeNull();
  });

  it('returns records without index fields', async () => {
    const repository = freshRepository();
    await seedCompanies(repository);
    await repository.upsertActivity(activity('a1', 'c1'));
    expect(await repository.getCompany('c1')).toEqual(company('c1', '苏州某某生物医药有限公司'));
    expect((await repository.listActivities({ companyId: 'c1' })).items).toEqual([activity('a1', 'c1')]);
  });
});

describe('pipeline stage moves', () => {
  it('moves an open project', async () => {
    const repository = freshRepository();
    await seedCompanies(repository);
    await repository.upsertProject(crmProject('p1', 'c1'));
    await repository.moveProjectStage('p1', 'quotation');
    expect((await repository.getProject('p1'))?.stage).toBe('quotation');
    expect((await repository.listProjects({ stage: 'quotation' })).items.map((item) => item.id)).toEqual(['p1']);
  });

  it('keeps a lost project in place', async () => {
    const repository = freshRepository();
    await seedCompanies(repository);
    await repository.upsertProject(crmProject('p1', 'c1', { stage: 'negotiation', lostReason: '预算取消' }));
    await expect(repository.moveProjectStage('p1', 'contract')).rejects.toThrow(/marked lost/);
    expect((await repository.getProject('p1'))?.stage).toBe('negotiation');
  });

  it('filters projects by status', async () => {
    const repository = freshRepository();
    await seedCompanies(repository);
    await repository.upsertProject(crmProject('p1', 'c1'));
    await repository.upsertProject(crmProject('p2', 'c1', { lostReason: 'Lost to competitor' }));
    expect((await repository.listProjects({ status: 'open' })).items.map((item) => item.id)).toEqual(['p1']);
    expect((await repository.listProjects({ status: 'lost' })).items.map((item) => item.id)).toEqual(['p2']);
    expect((await repository.listProjects({})).total).toBe(2);
  });
});

describe('overdue follow-ups', () => {
  const FOLLOW_UPS = [
    activity('a1', 'c1', { date: '2026-11-01', nextStepDue: '2026-11-10' }),
    activity('a2', 'c1', { date: '2026-11-02', nextStepDue: '2026-12-01' }),
    activity('a3', 'c1', { date: '2026-11-03', nextStepDue: '2026-11-05', followUpDoneOn: '2026-11-04' }),
    activity('a4', 'c2', { date: '2026-10-20', nextStepDue: '2026-10-25' }),
    activity('a5', 'c1', { date: '2026-11-06', nextStep: null, nextStepDue: null }),
    activity('a6', 'c2', { date: '2026-10-10', nextStepDue: '2026-10-15', ownerId: 'u-li' }),
    activity('a7', 'c1', { date: '2026-11-07', nextStepDue: '2026-11-30' }),
    activity('a8', 'c1', { date: '2026-11-04', nextStepDue: '2026-11-10' }),
  ];

  async function seeded() {
    const repository = freshRepository();
    await seedCompanies(repository);
    for (const followUp of FOLLOW_UPS) await repository.upsertActivity(followUp);
    return repository;
  }

  it('lists an owner oldest due first', async () => {
    const repository = await seeded();
    const overdue = await repository.listOverdueFollowUps('2026-11-30', 'u-wang');
    expect(overdue.map((item) => item.id)).toEqual(['a4', 'a1', 'a8']);
  });

  it('matches the domain function', async () => {
    const repository = await seeded();
    for (const asOf of ['2026-10-01', '2026-11-10', '2026-11-11', '2026-12-02']) {
      for (const owner of ['u-wang', 'u-li']) {
        expect(await repository.listOverdueFollowUps(asOf, owner)).toEqual(overdueFollowUps(FOLLOW_UPS, owner, asOf));
      }
    }
  });

  it('lists everyone without an owner', async () => {
    const repository = await seeded();
    expect((await repository.listOverdueFollowUps('2026-11-11')).map((item) => item.id)).toEqual(['a6', 'a4', 'a1', 'a8']);
    expect(await repository.countOverdueByOwner('2026-11-11')).toEqual(new Map([['u-li', 1], ['u-wang', 3]]));
  });

  it('drops a completed follow-up', async () => {
    const repository = await seeded();
    await repository.completeFollowUp('a1', '2026-11-12');
    expect((await repository.listOverdueFollowUps('2026-11-30', 'u-wang')).map((item) => item.id)).toEqual(['a4', 'a8']);
  });

  it('rejects an invalid as-of date', async () => {
    const repository = await seeded();
    await expect(repository.listOverdueFollowUps('2026-02-30', 'u-wang')).rejects.toThrow(/YYYY-MM-DD/);
  });
});

describe('bulk owner reassignment', () => {
  async function seeded() {
    const repository = freshRepository();
    await seedCompanies(repository);
    await repository.upsertContact(contact('k1', 'c1', '张伟'));
    await repository.upsertProject(crmProject('p1', 'c1'));
    await repository.upsertProject(crmProject('p5', 'c5'));
    await repository.upsertActivity(activity('a1', 'c1', { nextStepDue: '2026-11-10' }));
    return repository;
  }

  it('moves everything a leaver owns', async () => {
    const repository = await seeded();
    const result = await repository.reassignOwner({ fromOwnerId: 'u-wang', toOwnerId: 'u-li' });
    expect(result).toEqual({ companies: 3, contacts: 1, projects: 2, activities: 1 });
    expect((await repository.listCompanies({ ownerId: 'u-wang' }, { offset: 0, limit: 50 })).total).toBe(0);
    expect((await repository.listCompanies({ ownerId: 'u-li' }, { offset: 0, limit: 50 })).total).toBe(6);
    expect((await repository.listOverdueFollowUps('2026-12-01', 'u-li')).map((item) => item.id)).toEqual(['a1']);
    expect(await repository.listOverdueFollowUps('2026-12-01', 'u-wang')).toEqual([]);
  });

  it('moves selected companies with related records', async () => {
    const repository = await seeded();
    const result = await repository.reassignOwner({ companyIds: ['c1', 'c2'], toOwnerId: 'u-chen' });
    expect(result).toEqual({ companies: 2, contacts: 1, projects: 1, activities: 1 });
    expect((await repository.getProject('p1'))?.ownerId).toBe('u-chen');
    expect((await repository.getProject('p5'))?.ownerId).toBe('u-wang');
  });

  it('moves only companies when asked', async () => {
    const repository = await seeded();
    const result = await repository.reassignOwner({ companyIds: ['c1'], toOwnerId: 'u-chen', includeRelated: false });
    expect(result).toEqual({ companies: 1, contacts: 0, projects: 0, activities: 0 });
    expect((await repository.getProject('p1'))?.ownerId).toBe('u-wang');
  });

  it('changes nothing for an unknown company', async () => {
    const repository = await seeded();
    const error = await rejection(repository.reassignOwner({ companyIds: ['c1', 'c404'], toOwnerId: 'u-chen' }));
    expect(error.issues[0]).toMatchObject({ field: 'companyIds', found: '"c404"', expected: 'company-reference' });
    expect((await repository.getCompany('c1'))?.ownerId).toBe('u-wang');
  });

  it('rejects an unknown new owner', async () => {
    const repository = await seeded();
    const error = await rejection(repository.reassignOwner({ fromOwnerId: 'u-wang', toOwnerId: 'u-nobody' }));
    expect(error.issues[0]).toMatchObject({ field: 'toOwnerId', expected: 'user-reference' });
    expect((await repository.listCompanies({ ownerId: 'u-wang' }, { offset: 0, limit: 50 })).total).toBe(3);
  });
});

function quoteContent(unitPriceYuan: number): QuoteContent {
  return {
    currency: 'CNY',
    quoteDate: '2026-12-01',
    validUntil: '2026-12-31',
    discount: { kind: 'none' },
    sections: [
      {
        id: 'envelope',
        title: { en: 'Envelope', 'zh-CN': '围护结构' },
        lines: [
          {
            id: 'l1',
            itemCode: null,
            description: { en: 'Wall panels', 'zh-CN': '墙板' },
            quantity: { value: '125.5', unit: 'm2', source: { kind: 'manual' } },
            unitPrice: yuan(unitPriceYuan),
            discountPct: '0',
            vatCategory: 'goods',
            toBeQuoted: false,
          },
        ],
      },
    ],
  };
}

describe('quote storage', () => {
  async function seeded(): Promise<{ repository: ReturnType<typeof freshRepository>; quote: QuoteRecord }> {
    const repository = freshRepository();
    await seedCompanies(repository);
    await repository.upsertProject(crmProject('p1', 'c1'));
    const number = await repository.allocateQuoteNumber('2026-12-01');
    const quote = createQuote({ id: 'q1', number, projectId: 'p1' }, quoteContent(380), '2026-12-01T09:00:00Z');
    await repository.saveQuote(quote);
    return { repository, quote };
  }

  it('stores revisions by project', async () => {
    const { repository, quote } = await seeded();
    const revised = reviseQuote(quote, quoteContent(360), '2026-12-02T09:00:00Z');
    await repository.saveQuote(revised);
    const stored = await repository.listQuotesByProject('p1');
    expect(stored).toHaveLength(1);
    expect(stored[0]!.number).toBe('Q-2026-0001');
    expect(stored[0]!.revisions.map((revision) => revision.revision)).toEqual([1, 2]);
    expect(stored[0]!.revisions[0]!.content).toEqual(quoteContent(380));
    expect((await repository.listQuotesByCompany('c1')).map((item) => item.id)).toEqual(['q1']);
  });

  it('rejects a changed earlier revision', async () => {
    const { repository, quote } = await seeded();
    const tampered: QuoteRecord = { ...quote, revisions: [{ ...quote.revisions[0]!, content: quoteContent(100) }] };
    const error = await rejection(repository.saveQuote(tampered));
    expect(error.issues[0]).toMatchObject({ field: 'revisions[0].content', expected: 'revision-sequence' });
    expect((await repository.getQuote('q1'))?.revisions[0]!.content).toEqual(quoteContent(380));
  });

  it('indexes the current status', async () => {
    const { repository, quote } = await seeded();
    const approved = changeRevisionStatus(quote, 1, 'approved', false, '2026-12-01T10:00:00Z');
    await repository.saveQuote(changeRevisionStatus(approved, 1, 'sent', false, '2026-12-01T11:00:00Z'));
    expect((await repository.listQuotesByStatus('sent')).map((item) => item.id)).toEqual(['q1']);
    expect(await repository.listQuotesByStatus('draft')).toEqual([]);
  });

  it('allocates consecutive numbers per year', async () => {
    const { repository } = await seeded();
    expect(await repository.allocateQuoteNumber('2026-12-05')).toBe('Q-2026-0002');
    expect(await repository.allocateQuoteNumber('2027-01-05')).toBe('Q-2027-0001');
  });

  it('rejects a quote of an unknown project', async () => {
    const { repository } = await seeded();
    const orphan = createQuote({ id: 'q2', number: 'Q-2026-0099', projectId: 'p404' }, quoteContent(380), '2026-12-01T09:00:00Z');
    const error = await rejection(repository.saveQuote(orphan));
    expect(error.issues[0]).toMatchObject({ field: 'projectId', expected: 'project-reference' });
  });
});

describe('live source', () => {
  it('follows writes', async () => {
    const repository = freshRepository();
    await seedCompanies(repository);
    const source = createLiveSource(() => repository.listCompanies({ query: '杭州' }, { offset: 0, limit: 10 }));
    const states: LiveState<unknown>[] = [];
    const unsubscribe = source.subscribe(() => states.push(source.getSnapshot()));
    expect(source.getSnapshot()).toEqual({ status: 'loading' });

    await expect.poll(() => states.length).toBeGreaterThan(0);
    expect(source.getSnapshot()).toEqual({ status: 'ready', value: { items: [], total: 0 } });
    const firstSnapshot = source.getSnapshot();

    await repository.upsertCompany(company('c9', '杭州洁净科技有限公司'));
    await expect.poll(() => source.getSnapshot() !== firstSnapshot).toBe(true);
    expect(source.getSnapshot()).toMatchObject({ status: 'ready', value: { total: 1 } });
    unsubscribe();
  });
});
