import type { BilingualText } from '../../../domain/money';
import { normaliseHeader } from '../columns';

/** A value a column of a company and contact sheet can hold. */
export type CrmImportField =
  | 'companyName'
  | 'industry'
  | 'region'
  | 'source'
  | 'owner'
  | 'notes'
  | 'contactName'
  | 'phone'
  | 'email'
  | 'roles';

export interface CrmImportColumn {
  readonly field: CrmImportField;
  readonly label: BilingualText;
  /** Header spellings mapped to this field automatically, compared after `normaliseHeader`. */
  readonly aliases: readonly string[];
}

/**
 * Fields of a company and contact sheet, one row per contact (or per company without contacts).
 * Only the company name is required. Rows naming the same company add contacts to one company.
 */
export const CRM_IMPORT_COLUMNS: readonly CrmImportColumn[] = [
  {
    field: 'companyName',
    label: { en: 'Company name', 'zh-CN': '公司名称' },
    aliases: ['company', 'company_name', 'name', 'customer', 'customer_name', '公司', '公司名称', '客户', '客户名称', '单位名称', '企业名称'],
  },
  { field: 'industry', label: { en: 'Industry', 'zh-CN': '行业' }, aliases: ['industry', '行业', '所属行业'] },
  { field: 'region', label: { en: 'Region', 'zh-CN': '地区' }, aliases: ['region', 'area', 'province', '地区', '区域', '省份'] },
  { field: 'source', label: { en: 'Source', 'zh-CN': '来源' }, aliases: ['source', 'lead_source', '来源', '客户来源', '线索来源'] },
  { field: 'owner', label: { en: 'Owner', 'zh-CN': '负责人' }, aliases: ['owner', 'sales', 'salesperson', 'account_owner', '负责人', '销售', '跟进人', '客户经理'] },
  { field: 'notes', label: { en: 'Notes', 'zh-CN': '备注' }, aliases: ['notes', 'note', 'remarks', '备注', '说明'] },
  { field: 'contactName', label: { en: 'Contact', 'zh-CN': '联系人' }, aliases: ['contact', 'contact_name', 'contact_person', '联系人', '联系人姓名', '姓名'] },
  { field: 'phone', label: { en: 'Phone', 'zh-CN': '电话' }, aliases: ['phone', 'mobile', 'tel', 'telephone', '电话', '手机', '手机号', '联系电话'] },
  { field: 'email', label: { en: 'E-mail', 'zh-CN': '邮箱' }, aliases: ['email', 'e_mail', 'mail', '邮箱', '电子邮箱', '邮件'] },
  { field: 'roles', label: { en: 'Role', 'zh-CN': '角色' }, aliases: ['role', 'roles', 'contact_role', '角色', '联系人角色', '职能'] },
];

const columnsByAlias = new Map<string, CrmImportColumn>();
for (const column of CRM_IMPORT_COLUMNS) {
  for (const alias of column.aliases) columnsByAlias.set(normaliseHeader(alias), column);
}

/**
 * Column → field assignment, by column position; null leaves the column out. The user starts
 * from `suggestColumnMapping` and may change any entry.
 */
export type ColumnMapping = readonly (CrmImportField | null)[];

/**
 * Maps known zh/en headers to fields. A field goes to its first matching column only, so a
 * second "电话" column stays unmapped until the user assigns it.
 */
export function suggestColumnMapping(headers: readonly string[]): ColumnMapping {
  const assignedFields = new Set<CrmImportField>();
  return headers.map((header) => {
    const field = columnsByAlias.get(normaliseHeader(header))?.field ?? null;
    if (field === null || assignedFields.has(field)) return null;
    assignedFields.add(field);
    return field;
  });
}

/** Problem of a mapping as a whole: the company name is not mapped, or a field is mapped twice. */
export type MappingProblem = { readonly kind: 'company-name-unmapped' } | { readonly kind: 'field-mapped-twice'; readonly field: CrmImportField; readonly columns: readonly number[] };

export function checkColumnMapping(mapping: ColumnMapping): MappingProblem[] {
  const problems: MappingProblem[] = [];
  if (!mapping.includes('companyName')) problems.push({ kind: 'company-name-unmapped' });
  for (const column of CRM_IMPORT_COLUMNS) {
    const columns = mapping.flatMap((field, index) => (field === column.field ? [index] : []));
    if (columns.length > 1) problems.push({ kind: 'field-mapped-twice', field: column.field, columns });
  }
  return problems;
}

export function describeMappingProblem(problem: MappingProblem, headers: readonly string[], locale: 'en' | 'zh-CN'): string {
  if (problem.kind === 'company-name-unmapped') {
    return locale === 'zh-CN' ? '没有列对应“公司名称”：请为含公司名称的列选择“公司名称”。' : 'No column is mapped to "Company name"; choose "Company name" for the column that holds it.';
  }
  const label = CRM_IMPORT_COLUMNS.find((column) => column.field === problem.field)!.label[locale];
  const names = problem.columns.map((index) => `"${headers[index] ?? index + 1}"`).join(locale === 'zh-CN' ? '、' : ', ');
  return locale === 'zh-CN'
    ? `“${label}”对应了多列（${names}）：请只保留一列，其余设为不导入。`
    : `"${label}" is mapped to several columns (${names}); keep one and set the others to "do not import".`;
}
