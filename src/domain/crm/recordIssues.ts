import type { BilingualText, DisplayLocale } from '../money';

/**
 * Problems found in CRM records, as data: which record, which field, the value found, the form
 * expected. `describeCrmRecordIssue` renders one in either language with the fix. Saving a form,
 * importing a CRM file and the repository's upserts all report through this type.
 */

/** Kind of CRM record; also the name of its list in a CRM file. */
export type CrmRecordKind = 'users' | 'companies' | 'contacts' | 'projects' | 'activities' | 'contracts' | 'quotes' | 'priceLists' | 'catalog' | 'settings';

export const CRM_RECORD_KINDS: readonly CrmRecordKind[] = ['users', 'companies', 'contacts', 'projects', 'activities', 'contracts', 'quotes', 'priceLists', 'catalog', 'settings'];

/** The form a value should have, as a code; rendered by `EXPECTED_FORMS`. */
export type CrmExpectedForm =
  | 'json'
  | 'object'
  | 'format-name'
  | 'schema-version'
  | 'list'
  | 'id'
  | 'string'
  | 'non-empty-string'
  | 'string-or-null'
  | 'string-list'
  | 'iso-date'
  | 'iso-date-or-null'
  | 'timestamp'
  | 'industry'
  | 'pipeline-stage'
  | 'contact-roles'
  | 'activity-kind'
  | 'user-role'
  | 'quote-status'
  | 'quantity-unit'
  | 'layout-quantity-kind'
  | 'currency'
  | 'money'
  | 'money-or-null'
  | 'percent-or-null'
  | 'decimal'
  | 'number'
  | 'whole-number'
  | 'boolean'
  | 'bilingual-text'
  | 'email-or-null'
  | 'unique-id'
  | 'user-reference'
  | 'company-reference'
  | 'project-reference'
  | 'contact-reference'
  | 'same-company'
  | 'revision-sequence'
  | 'lost-reason';

export interface CrmRecordIssue {
  readonly kind: CrmRecordKind | null;
  /** Id of the record when it could be read; null for a file-level problem or a record without an id. */
  readonly recordId: string | null;
  /** Position of the record in its list in a CRM file (0-based); null outside a file. */
  readonly index: number | null;
  /** Path of the value inside the record, e.g. `expectedValue.minor`; empty for the whole record or file. */
  readonly field: string;
  /** The value found, as short JSON text, or null when the key is missing. */
  readonly found: string | null;
  readonly expected: CrmExpectedForm;
}

const EXPECTED_FORMS: Readonly<Record<CrmExpectedForm, BilingualText>> = {
  json: { en: 'valid JSON', 'zh-CN': '有效的 JSON' },
  object: { en: 'a JSON object', 'zh-CN': 'JSON 对象' },
  'format-name': { en: '"cleanplan-crm"', 'zh-CN': '"cleanplan-crm"' },
  'schema-version': { en: 'schema version 1', 'zh-CN': '数据格式版本 1' },
  list: { en: 'a list', 'zh-CN': '列表' },
  id: { en: 'a non-empty id', 'zh-CN': '非空的 id' },
  string: { en: 'a text string', 'zh-CN': '文本字符串' },
  'non-empty-string': { en: 'a non-empty text', 'zh-CN': '非空文本' },
  'string-or-null': { en: 'a text string or null', 'zh-CN': '文本字符串或 null' },
  'string-list': { en: 'a list of text strings', 'zh-CN': '文本字符串列表' },
  'iso-date': { en: 'a date written YYYY-MM-DD', 'zh-CN': 'YYYY-MM-DD 格式的日期' },
  'iso-date-or-null': { en: 'a date written YYYY-MM-DD, or null', 'zh-CN': 'YYYY-MM-DD 格式的日期或 null' },
  timestamp: { en: 'an ISO 8601 timestamp, e.g. 2026-12-04T10:00:00Z', 'zh-CN': 'ISO 8601 时间，例如 2026-12-04T10:00:00Z' },
  industry: {
    en: 'one of "pharma", "food", "electronics", "hospital", "lab", "other"',
    'zh-CN': '"pharma"、"food"、"electronics"、"hospital"、"lab"、"other" 之一',
  },
  'pipeline-stage': {
    en: 'one of "lead", "site-survey", "design", "quotation", "negotiation", "contract", "construction", "acceptance-testing", "service"',
    'zh-CN': '"lead"、"site-survey"、"design"、"quotation"、"negotiation"、"contract"、"construction"、"acceptance-testing"、"service" 之一',
  },
  'contact-roles': {
    en: 'a list of roles from "owner", "epc", "design-institute", "qa", "purchasing"',
    'zh-CN': '由 "owner"、"epc"、"design-institute"、"qa"、"purchasing" 组成的角色列表',
  },
  'activity-kind': {
    en: 'one of "visit", "call", "meeting", "site-survey", "email"',
    'zh-CN': '"visit"、"call"、"meeting"、"site-survey"、"email" 之一',
  },
  'user-role': { en: '"sales" or "manager"', 'zh-CN': '"sales" 或 "manager"' },
  'quote-status': {
    en: 'one of "draft", "awaiting-approval", "approved", "sent", "accepted", "rejected", "expired"',
    'zh-CN': '"draft"、"awaiting-approval"、"approved"、"sent"、"accepted"、"rejected"、"expired" 之一',
  },
  'quantity-unit': { en: 'one of "m2", "m", "piece", "set", "location", "lot"', 'zh-CN': '"m2"、"m"、"piece"、"set"、"location"、"lot" 之一' },
  'layout-quantity-kind': { en: 'a layout quantity kind Cleanplan writes, e.g. "wall-panels"', 'zh-CN': 'Cleanplan 写出的图纸工程量类别，例如 "wall-panels"' },
  currency: { en: 'an ISO 4217 currency code Cleanplan supports, e.g. "CNY"', 'zh-CN': 'Cleanplan 支持的 ISO 4217 货币代码，例如 "CNY"' },
  money: {
    en: 'an amount {"minor": whole number of minor units (fen), "currency": "CNY"}',
    'zh-CN': '金额 {"minor": 以最小单位（分）计的整数, "currency": "CNY"}',
  },
  'money-or-null': {
    en: 'an amount {"minor": whole number of minor units (fen), "currency": "CNY"}, or null',
    'zh-CN': '金额 {"minor": 以最小单位（分）计的整数, "currency": "CNY"} 或 null',
  },
  'percent-or-null': { en: 'a number from 0 to 100, or null', 'zh-CN': '0 至 100 之间的数或 null' },
  decimal: { en: 'a decimal number written as text, e.g. "12.5"', 'zh-CN': '以文本书写的十进制数，例如 "12.5"' },
  number: { en: 'a number', 'zh-CN': '数值' },
  'whole-number': { en: 'a whole number of 0 or more', 'zh-CN': '大于或等于 0 的整数' },
  boolean: { en: 'true or false', 'zh-CN': 'true 或 false' },
  'bilingual-text': { en: 'a text in both languages {"en": "…", "zh-CN": "…"}', 'zh-CN': '中英文文本 {"en": "…", "zh-CN": "…"}' },
  'email-or-null': { en: 'an e-mail address such as name@example.com, or null', 'zh-CN': '电子邮箱地址（如 name@example.com）或 null' },
  'unique-id': { en: 'an id no other record of the same list uses', 'zh-CN': '同一列表中未被其他记录使用的 id' },
  'user-reference': { en: 'the id of a user in the users list', 'zh-CN': '用户列表中某个用户的 id' },
  'company-reference': { en: 'the id of a company in the companies list', 'zh-CN': '客户列表中某个公司的 id' },
  'project-reference': { en: 'the id of a project in the projects list, or null', 'zh-CN': '项目列表中某个项目的 id，或 null' },
  'contact-reference': { en: 'the id of a contact in the contacts list, or null', 'zh-CN': '联系人列表中某个联系人的 id，或 null' },
  'same-company': {
    en: 'a project or contact of the same company as the record',
    'zh-CN': '与该记录属于同一公司的项目或联系人',
  },
  'revision-sequence': {
    en: 'revisions numbered 1, 2, 3 … in order, earlier revisions unchanged',
    'zh-CN': '按 1、2、3 … 顺序编号的版本，且既有版本内容不变',
  },
  'lost-reason': { en: 'null, or a non-empty reason the project was lost', 'zh-CN': 'null，或非空的丢单原因' },
};

const KIND_NAMES: Readonly<Record<CrmRecordKind, BilingualText>> = {
  users: { en: 'User', 'zh-CN': '用户' },
  companies: { en: 'Company', 'zh-CN': '公司' },
  contacts: { en: 'Contact', 'zh-CN': '联系人' },
  projects: { en: 'Project', 'zh-CN': '项目' },
  activities: { en: 'Activity', 'zh-CN': '跟进记录' },
  contracts: { en: 'Contract', 'zh-CN': '合同' },
  quotes: { en: 'Quote', 'zh-CN': '报价单' },
  priceLists: { en: 'Price list', 'zh-CN': '价目表' },
  catalog: { en: 'Catalog item', 'zh-CN': '产品目录项' },
  settings: { en: 'Setting', 'zh-CN': '设置项' },
};

/** Fixes more specific than "enter a value of the expected form". */
const SPECIFIC_FIXES: Partial<Readonly<Record<CrmExpectedForm, BilingualText>>> = {
  json: { en: 'Choose a file that Cleanplan exported as CRM data.', 'zh-CN': '请选择由 Cleanplan 导出的客户数据文件。' },
  'format-name': { en: 'Choose a file that Cleanplan exported as CRM data.', 'zh-CN': '请选择由 Cleanplan 导出的客户数据文件。' },
  'schema-version': { en: 'Export the data again with this version of Cleanplan.', 'zh-CN': '请用当前版本的 Cleanplan 重新导出数据。' },
  'unique-id': { en: 'Give the record an id of its own or remove the duplicate.', 'zh-CN': '请为该记录指定独立的 id，或删除重复记录。' },
  'user-reference': { en: 'Add the user first, or choose an existing owner.', 'zh-CN': '请先添加该用户，或选择已有的负责人。' },
  'company-reference': { en: 'Add the company first, or correct the company id.', 'zh-CN': '请先添加该公司，或更正公司 id。' },
  'project-reference': { en: 'Add the project first, correct the id, or set it to null.', 'zh-CN': '请先添加该项目、更正 id，或设为 null。' },
  'contact-reference': { en: 'Add the contact first, correct the id, or set it to null.', 'zh-CN': '请先添加该联系人、更正 id，或设为 null。' },
  'same-company': { en: 'Link a project or contact of this company, or move the record to the right company.', 'zh-CN': '请关联本公司的项目或联系人，或将记录移到正确的公司。' },
  'revision-sequence': {
    en: 'Add a new revision instead of changing or removing an earlier one.',
    'zh-CN': '请新增一个版本，不要修改或删除既有版本。',
  },
};

function recordLabel(issue: CrmRecordIssue, locale: DisplayLocale): string {
  if (issue.kind === null) return locale === 'zh-CN' ? '文件' : 'File';
  const name = KIND_NAMES[issue.kind][locale];
  const id = issue.recordId !== null ? ` ${issue.recordId}` : '';
  const position = issue.index !== null ? ` (${issue.kind}[${issue.index}])` : '';
  return `${name}${id}${position}`;
}

/**
 * Renders an issue as one sentence group: where (record and field), what was found, what is
 * expected and how to fix it.
 */
export function describeCrmRecordIssue(issue: CrmRecordIssue, locale: DisplayLocale): string {
  const where = recordLabel(issue, locale);
  const expected = EXPECTED_FORMS[issue.expected][locale];
  const fix = SPECIFIC_FIXES[issue.expected]?.[locale];
  if (locale === 'zh-CN') {
    const field = issue.field ? `字段 ${issue.field}` : '';
    const found = issue.found === null ? '缺少该值' : `当前值为 ${issue.found}`;
    return `${where}${field ? ` ${field}` : ''}：${found}，应为${expected}。${fix ?? '请改为符合要求的值。'}`;
  }
  const field = issue.field ? `, field ${issue.field}` : '';
  const found = issue.found === null ? 'the value is missing' : `found ${issue.found}`;
  return `${where}${field}: ${found}; expected ${expected}. ${fix ?? 'Enter a value of that form.'}`;
}

/** Thrown by a save or import when records are invalid; nothing was written. */
export class CrmValidationError extends Error {
  readonly issues: readonly CrmRecordIssue[];

  constructor(issues: readonly CrmRecordIssue[]) {
    const first = issues[0];
    const summary = first ? describeCrmRecordIssue(first, 'en') : 'invalid CRM records';
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problems)` : '';
    super(`${summary}${more}`);
    this.name = 'CrmValidationError';
    this.issues = issues;
  }
}
