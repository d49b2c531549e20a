import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import {
  checkColumnMapping,
  describeCrmRowIssue,
  describeMappingProblem,
  ImportFileError,
  planCrmImport,
  readCsvTable,
  readImportTable,
  suggestColumnMapping,
  type CrmImportContext,
  type ImportTable,
} from '../../../src/engine/import/crm';
import type { User } from '../../../src/domain/crm';

const USERS: readonly User[] = [
  { id: 'u-wang', name: '王磊', role: 'sales' },
  { id: 'u-li', name: 'Li Na', role: 'sales' },
];

function context(existing: { id: string; name: string }[] = []): CrmImportContext {
  let counter = 0;
  return {
    users: USERS,
    existingCompanies: existing,
    defaultOwnerId: 'u-wang',
    today: '2026-12-04',
    newId: (kind) => `${kind}-${++counter}`,
  };
}

function csvTable(text: string): ImportTable {
  return readCsvTable(new TextEncoder().encode(text), 'customers.csv');
}

function plan(text: string, existing: { id: string; name: string }[] = []) {
  const table = csvTable(text);
  return planCrmImport(table, suggestColumnMapping(table.headers), context(existing));
}

/** GBK bytes of "公司名称,行业\n苏州洁净,制药\n", as Chinese Excel saves CSV. */
const GBK_CSV = new Uint8Array([
  0xb9, 0xab, 0xcb, 0xbe, 0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xd0, 0xd0, 0xd2, 0xb5, 0x0a, 0xcb, 0xd5, 0xd6, 0xdd, 0xbd, 0xe0, 0xbe, 0xbb, 0x2c, 0xd6, 0xc6, 0xd2, 0xa9, 0x0a,
]);

describe('header mapping', () => {
  it('maps Chinese headers', () => {
    expect(suggestColumnMapping(['公司名称', '行业', '地区', '来源', '负责人', '联系人', '电话', '邮箱', '角色', '备注'])).toEqual([
      'companyName',
      'industry',
      'region',
      'source',
      'owner',
      'contactName',
      'phone',
      'email',
      'roles',
      'notes',
    ]);
  });

  it('maps English headers in any case', () => {
    expect(suggestColumnMapping(['Name', 'INDUSTRY', 'Region', 'Lead Source', 'Owner', 'Contact Name', 'Mobile', 'E-mail', 'Role'])).toEqual([
      'companyName',
      'industry',
      'region',
      'source',
      'owner',
      'contactName',
      'phone',
      'email',
      'roles',
    ]);
  });

  it('leaves unknown and repeated headers unmapped', () => {
    expect(suggestColumnMapping(['公司名称', '注册资本', '电话', '手机'])).toEqual(['companyName', null, 'phone', null]);
  });

  it('requires the company name column', () => {
    const problems = checkColumnMapping(['industry', null]);
    expect(problems).toEqual([{ kind: 'company-name-unmapped' }]);
    expect(describeMappingProblem(problems[0]!, ['行业', '其他'], 'zh-CN')).toBe('没有列对应“公司名称”：请为含公司名称的列选择“公司名称”。');
  });

  it('rejects a field mapped twice', () => {
    const problems = checkColumnMapping(['companyName', 'phone', 'phone']);
    expect(problems).toEqual([{ kind: 'field-mapped-twice', field: 'phone', columns: [1, 2] }]);
    expect(describeMappingProblem(problems[0]!, ['公司', '电话', '手机'], 'en')).toBe(
      '"Phone" is mapped to several columns ("电话", "手机"); keep one and set the others to "do not import".',
    );
  });

  it('follows a user remapping', () => {
    const table = csvTable('客户,手机\n苏州洁净,13812345678\n');
    const result = planCrmImport(table, ['companyName', null], context());
    expect(result.newCompanies.map((company) => company.name)).toEqual(['苏州洁净']);
    expect(result.contacts).toEqual([]);
  });
});

describe('CSV decoding', () => {
  it('reads GBK', () => {
    const table = readCsvTable(GBK_CSV, 'gbk.csv');
    expect(table.encoding).toBe('gbk');
    expect(table.headers).toEqual(['公司名称', '行业']);
    expect(table.rows).toEqual([{ rowNumber: 2, cells: ['苏州洁净', '制药'] }]);
  });

  it('reads UTF-8 with a BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('公司名称;行业\r\n上海光电;电子\r\n')]);
    const table = readCsvTable(bytes, 'bom.csv');
    expect(table.encoding).toBe('utf-8-bom');
    expect(table.headers).toEqual(['公司名称', '行业']);
    expect(table.rows[0]!.cells).toEqual(['上海光电', '电子']);
  });

  it('numbers rows as the spreadsheet does', () => {
    const table = csvTable('\n公司名称\n甲公司\n\n乙公司\n');
    expect(table.rows.map((row) => row.rowNumber)).toEqual([3, 5]);
  });

  it('rejects a file without a header', () => {
    expect(() => csvTable('\n , \n')).toThrow(ImportFileError);
  });

  it('rejects an unsupported file type', async () => {
    const error = await readImportTable(new Uint8Array(), 'customers.xls').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as ImportFileError).describe('zh-CN')).toBe('customers.xls 不是 .csv 或 .xlsx 文件：请将表格另存为 CSV（UTF-8）或 Excel 工作簿（.xlsx）。');
  });
});

describe('row checks', () => {
  const SHEET = [
    '公司名称,行业,地区,负责人,联系人,电话,邮箱,角色',
    '苏州某某生物医药有限公司,制药,华东,王磊,张伟,0512-6688 1234,zhang.wei@example.com,QA、采购',
    '苏州某某生物医药有限公司,制药,华东,,刘洋,138 1234 5678,,业主',
    ',制药,华东,王磊,陈静,,,',
    '上海光电科技,光伏,华东,王磊,,,,',
    'Shanghai Food Ltd,Food,East China,Zhao Min,Amy,,amy at example.com,buyer',
    'BioLab GmbH,lab,Europe,li na,,+49 30 1234567,,',
    'Wuxi Cleanroom Co,,华东,,,,,',
  ].join('\n');

  it('lists each problem by row and column', () => {
    const result = plan(SHEET);
    expect(result.issues).toEqual([
      { code: 'missing-company-name', row: 4, column: '公司名称', field: 'companyName', value: '' },
      { code: 'unknown-industry', row: 5, column: '行业', field: 'industry', value: '光伏' },
      { code: 'unknown-owner', row: 6, column: '负责人', field: 'owner', value: 'Zhao Min' },
      { code: 'unknown-role', row: 6, column: '角色', field: 'roles', value: 'buyer' },
      { code: 'invalid-email', row: 6, column: '邮箱', field: 'email', value: 'amy at example.com' },
      { code: 'contact-details-without-name', row: 7, column: '联系人', field: 'contactName', value: '+49 30 1234567' },
    ]);
    expect(result.rowCount).toBe(7);
  });

  it('describes a row problem in both languages', () => {
    const issue = plan(SHEET).issues[1]!;
    expect(describeCrmRowIssue(issue, 'en')).toBe(
      'Row 5, column "行业", value "光伏": the industry is not recognised; enter one of pharma (制药), food (食品), electronics (电子与光电), hospital (医院), lab (实验室), other (其他).',
    );
    expect(describeCrmRowIssue(issue, 'zh-CN')).toBe('第 5 行，列“行业”，值 "光伏"：无法识别该行业。请填写 制药、食品、电子与光电、医院、实验室、其他 之一（或对应英文）。');
  });

  it('builds companies and contacts from valid rows', () => {
    const result = plan(SHEET);
    expect(result.validRows.map((row) => row.row)).toEqual([2, 3, 8]);
    expect(result.newCompanies).toEqual([
      { id: 'company-1', name: '苏州某某生物医药有限公司', industry: 'pharma', region: '华东', source: '', ownerId: 'u-wang', createdOn: '2026-12-04' },
      { id: 'company-4', name: 'Wuxi Cleanroom Co', industry: 'other', region: '华东', source: '', ownerId: 'u-wang', createdOn: '2026-12-04' },
    ]);
    expect(result.contacts).toEqual([
      { id: 'contact-2', companyId: 'company-1', name: '张伟', roles: ['qa', 'purchasing'], phone: '0512-6688 1234', email: 'zhang.wei@example.com', ownerId: 'u-wang' },
      { id: 'contact-3', companyId: 'company-1', name: '刘洋', roles: ['owner'], phone: '138 1234 5678', email: null, ownerId: 'u-wang' },
    ]);
  });

  it('adds contacts to a stored company', () => {
    const result = plan('公司名称,联系人\n苏州某某生物医药有限公司,张伟\n', [{ id: 'c1', name: '苏州某某生物医药有限公司' }]);
    expect(result.newCompanies).toEqual([]);
    expect(result.contacts.map((item) => item.companyId)).toEqual(['c1']);
  });

  it('matches owners by name or id', () => {
    const result = plan('company,owner\nA Ltd,LI NA\nB Ltd,u-wang\n');
    expect(result.newCompanies.map((company) => company.ownerId)).toEqual(['u-li', 'u-wang']);
  });

  it('rejects a phone with letters', () => {
    const result = plan('公司名称,联系人,电话\n甲公司,张三,call me\n');
    expect(result.issues).toEqual([{ code: 'invalid-phone', row: 2, column: '电话', field: 'phone', value: 'call me' }]);
  });
});

describe('xlsx import', () => {
  it('reads a written workbook back', async () => {
    const buffer = await writeXlsxFile([
      ['公司名称', '行业', '联系人', '电话', '创建日期'],
      ['苏州某某生物医药有限公司', '制药', '张伟', 13812345678, new Date(Date.UTC(2026, 11, 1))],
      ['BioLab GmbH', 'lab', null, null, null],
    ], { dateFormat: 'yyyy-mm-dd' }).toBuffer();
    const table = await readImportTable(new Uint8Array(buffer), 'customers.xlsx');
    expect(table.encoding).toBeNull();
    expect(table.headers).toEqual(['公司名称', '行业', '联系人', '电话', '创建日期']);
    expect(table.rows).toEqual([
      { rowNumber: 2, cells: ['苏州某某生物医药有限公司', '制药', '张伟', '13812345678', '2026-12-01'] },
      { rowNumber: 3, cells: ['BioLab GmbH', 'lab', '', '', ''] },
    ]);

    const result = planCrmImport(table, suggestColumnMapping(table.headers), context());
    expect(result.issues).toEqual([]);
    expect(result.contacts[0]?.phone).toBe('13812345678');
  });

  it('rejects a corrupt workbook', async () => {
    const error = await readImportTable(new TextEncoder().encode('not a zip'), 'broken.xlsx').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as ImportFileError).code).toBe('unreadable');
  });
});
