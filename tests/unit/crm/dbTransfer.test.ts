import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { describeCrmRecordIssue } from '../../../src/domain/crm';
import { CRM_FILE_FORMAT, parseCrmFile, serializeCrmFile } from '../../../src/domain/crm/crmFile';
import { createQuote, reviseQuote, type PriceList } from '../../../src/domain/quote';
import type { CrmRepository } from '../../../src/app/crm/db/crmRepository';
import { activity, contact, crmProject, freshRepository, seedCompanies } from './dbFixtures';
import { yuan } from './fixtures';

const SAVED_AT = new Date('2026-12-04T10:00:00Z');

const PRICE_LIST: PriceList = {
  id: 'cny-2026',
  name: '2026 价目表',
  currency: 'CNY',
  validFrom: '2026-01-01',
  validTo: null,
  items: [{ code: 'WP-50', description: { en: 'Rock wool wall panel 50 mm', 'zh-CN': '50 mm 岩棉彩钢板' }, unit: 'm2', unitPrice: yuan(185), vatCategory: 'goods' }],
};

/** Stores one record of every kind, with links between them. */
async function seedEverything(repository: CrmRepository): Promise<void> {
  await seedCompanies(repository);
  await repository.upsertContact(contact('k1', 'c1', '张伟'));
  await repository.upsertProject(crmProject('p1', 'c1', { stage: 'quotation', drawingId: 'plan-42' }));
  await repository.upsertActivity(activity('a1', 'c1', { projectId: 'p1', contactId: 'k1' }));
  await repository.upsertActivity(activity('a2', 'c2', { nextStepDue: null, nextStep: null }));
  await repository.upsertContract({ id: 'k-p1', companyId: 'c1', projectId: 'p1', signedOn: '2026-10-01', revenue: yuan(900_000), cost: yuan(700_000) });
  const content = {
    currency: 'CNY' as const,
    quoteDate: '2026-12-01',
    validUntil: '2026-12-31',
    discount: { kind: 'percent' as const, pct: '5' },
    sections: [],
  };
  const quote = createQuote({ id: 'q1', number: 'Q-2026-0001', projectId: 'p1' }, content, '2026-12-01T09:00:00Z');
  await repository.saveQuote(reviseQuote(quote, { ...content, validUntil: '2027-01-15' }, '2026-12-02T09:00:00Z'));
  await repository.upsertPriceList(PRICE_LIST);
  await repository.upsertCatalogItems([{ code: 'WP-50', description: PRICE_LIST.items[0]!.description, unit: 'm2', vatCategory: 'goods', section: 'envelope' }]);
  await repository.putSetting('approval-threshold-pct', '10');
}

describe('CRM file export and import', () => {
  it('round-trips every record', async () => {
    const source = freshRepository();
    await seedEverything(source);
    const text = await source.exportFile(SAVED_AT, 'cleanplan test');

    const target = freshRepository();
    const result = await target.importFile(text);
    expect(result.ok).toBe(true);
    expect(await target.exportData()).toEqual(await source.exportData());
    expect(await target.exportFile(SAVED_AT, 'cleanplan test')).toBe(text);
  });

  it('keeps indexes working after import', async () => {
    const source = freshRepository();
    await seedEverything(source);
    const target = freshRepository();
    await target.importFile(await source.exportFile(SAVED_AT, 'cleanplan test'));
    expect((await target.listCompanies({ query: '生物' }, { offset: 0, limit: 10 })).items.map((item) => item.id)).toEqual(['c1']);
    expect((await target.listOverdueFollowUps('2026-12-01', 'u-wang')).map((item) => item.id)).toEqual(['a1']);
    expect((await target.listQuotesByProject('p1'))[0]!.revisions).toHaveLength(2);
  });

  it('replaces the stored records', async () => {
    const target = freshRepository();
    await seedEverything(target);
    const other = freshRepository();
    await other.upsertUser({ id: 'u-zhao', name: '赵敏', role: 'manager' });
    await target.importFile(await other.exportFile(SAVED_AT, 'cleanplan test'));
    expect(await target.listUsers()).toEqual([{ id: 'u-zhao', name: '赵敏', role: 'manager' }]);
    expect((await target.listCompanies({}, { offset: 0, limit: 10 })).total).toBe(0);
  });
});

describe('broken CRM file', () => {
  async function brokenImport(edit: (file: Record<string, unknown[]>) => void) {
    const source = freshRepository();
    await seedEverything(source);
    const file = JSON.parse(await source.exportFile(SAVED_AT, 'cleanplan test')) as Record<string, unknown[]>;
    edit(file);

    const target = freshRepository();
    await seedEverything(target);
    await target.upsertUser({ id: 'u-zhao', name: '赵敏', role: 'manager' });
    const before = await target.exportData();
    const result = await target.importFile(JSON.stringify(file));
    return { result, before, after: await target.exportData() };
  }

  it('changes nothing and names each problem', async () => {
    const { result, before, after } = await brokenImport((file) => {
      (file.activities![1] as Record<string, unknown>).date = '2026-13-01';
      (file.contacts![0] as Record<string, unknown>).companyId = 'c404';
    });
    expect(after).toEqual(before);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { kind: 'activities', recordId: 'a2', index: 1, field: 'date', found: '"2026-13-01"', expected: 'iso-date' },
      { kind: 'contacts', recordId: 'k1', index: 0, field: 'companyId', found: '"c404"', expected: 'company-reference' },
      // Moving the contact to another company also breaks the activity that names it.
      { kind: 'activities', recordId: 'a1', index: 0, field: 'contactId', found: '"k1"', expected: 'same-company' },
    ]);
    expect(describeCrmRecordIssue(result.issues[0]!, 'en')).toBe(
      'Activity a2 (activities[1]), field date: found "2026-13-01"; expected a date written YYYY-MM-DD. Enter a value of that form.',
    );
    expect(describeCrmRecordIssue(result.issues[1]!, 'zh-CN')).toBe(
      '联系人 k1 (contacts[0]) 字段 companyId：当前值为 "c404"，应为客户列表中某个公司的 id。请先添加该公司，或更正公司 id。',
    );
  });

  it('reports a duplicate id', async () => {
    const { result } = await brokenImport((file) => {
      file.companies!.push({ ...(file.companies![0] as object) });
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([{ kind: 'companies', recordId: 'c1', index: 6, field: 'id', found: '"c1"', expected: 'unique-id' }]);
  });

  it('names a nested quote field', async () => {
    const { result } = await brokenImport((file) => {
      const quote = file.quotes![0] as { revisions: { content: { sections: unknown[] } }[] };
      quote.revisions[0]!.content.sections.push({
        id: 'envelope',
        title: { en: 'Envelope', 'zh-CN': '围护结构' },
        lines: [
          {
            id: 'l1',
            itemCode: 'WP-50',
            description: { en: 'Wall panels', 'zh-CN': '墙板' },
            quantity: { value: '12.5', unit: 'kg', source: { kind: 'manual' } },
            unitPrice: null,
            discountPct: '0',
            vatCategory: 'goods',
            toBeQuoted: false,
          },
        ],
      });
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { kind: 'quotes', recordId: 'q1', index: 0, field: 'revisions[0].content.sections[0].lines[0].quantity.unit', found: '"kg"', expected: 'quantity-unit' },
    ]);
  });

  it('reports a quote revision out of sequence', async () => {
    const { result } = await brokenImport((file) => {
      const quote = file.quotes![0] as { revisions: { revision: number }[] };
      quote.revisions[1]!.revision = 3;
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]).toMatchObject({ kind: 'quotes', recordId: 'q1', field: 'revisions[1].revision', expected: 'revision-sequence' });
  });

  it('changes nothing when a write fails', async () => {
    const source = freshRepository();
    await seedEverything(source);
    const text = await source.exportFile(SAVED_AT, 'cleanplan test');

    const target = freshRepository();
    await target.upsertUser({ id: 'u-zhao', name: '赵敏', role: 'manager' });
    const before = await target.exportData();
    // A hook that throws aborts the transaction, as a quota error in the middle of the import would.
    target.db.activities.hook('creating', (_key, row) => {
      if (row.id === 'a2') throw new Error('simulated storage failure');
    });
    await expect(target.importFile(text)).rejects.toThrow();
    expect(await target.exportData()).toEqual(before);
  });
});

describe('CRM file header', () => {
  it('rejects text that is not JSON', () => {
    const result = parseCrmFile('{"format": ');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.expected).toBe('json');
  });

  it('rejects a project file', () => {
    const result = parseCrmFile(JSON.stringify({ format: 'cleanplan-project', schemaVersion: 1 }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]).toMatchObject({ field: 'format', found: '"cleanplan-project"', expected: 'format-name' });
  });

  it('rejects a newer schema version', () => {
    const result = parseCrmFile(JSON.stringify({ format: CRM_FILE_FORMAT, schemaVersion: 2 }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]).toMatchObject({ field: 'schemaVersion', found: '2', expected: 'schema-version' });
  });

  it('reads missing lists as empty', () => {
    const result = parseCrmFile(JSON.stringify({ format: CRM_FILE_FORMAT, schemaVersion: 1, users: [{ id: 'u1', name: 'Wang', role: 'sales' }] }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.users).toHaveLength(1);
    expect(result.data.companies).toEqual([]);
  });

  it('writes the format header', () => {
    const file = JSON.parse(serializeCrmFile(parseCrmFileData(), SAVED_AT, 'cleanplan 0.1.0')) as Record<string, unknown>;
    expect(file.format).toBe('cleanplan-crm');
    expect(file.schemaVersion).toBe(1);
    expect(file.savedAt).toBe('2026-12-04T10:00:00.000Z');
    expect(file.generator).toBe('cleanplan 0.1.0');
  });
});

function parseCrmFileData() {
  const result = parseCrmFile(JSON.stringify({ format: CRM_FILE_FORMAT, schemaVersion: 1 }));
  if (!result.ok) throw new Error('empty CRM file should parse');
  return result.data;
}
