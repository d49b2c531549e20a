import type { CrmImportField } from './columns';

/** Reason a row of a company and contact sheet cannot be imported. */
export type CrmRowIssueCode =
  | 'missing-company-name'
  | 'unknown-industry'
  | 'unknown-owner'
  | 'unknown-role'
  | 'invalid-email'
  | 'invalid-phone'
  | 'contact-details-without-name';

export interface CrmRowIssue {
  readonly code: CrmRowIssueCode;
  /** Row number as the spreadsheet shows it (the header is row 1). */
  readonly row: number;
  /** Header of the column, as in the file. */
  readonly column: string;
  readonly field: CrmImportField;
  /** The cell text (for a role list, the role that was not recognised). */
  readonly value: string;
}

type Bilingual = Readonly<Record<'en' | 'zh-CN', string>>;

const FIXES: Readonly<Record<CrmRowIssueCode, Bilingual>> = {
  'missing-company-name': { en: 'enter the company name', 'zh-CN': '请填写公司名称' },
  'unknown-industry': {
    en: 'enter one of pharma (制药), food (食品), electronics (电子与光电), hospital (医院), lab (实验室), other (其他)',
    'zh-CN': '请填写 制药、食品、电子与光电、医院、实验室、其他 之一（或对应英文）',
  },
  'unknown-owner': { en: 'enter the name or id of an existing user, or leave it empty to assign yourself', 'zh-CN': '请填写已有用户的姓名或 id，或留空以由本人负责' },
  'unknown-role': {
    en: 'use owner (业主), EPC (总包), design institute (设计院), QA, purchasing (采购), separated by commas',
    'zh-CN': '请使用 业主、总包（EPC）、设计院、质量保证（QA）、采购，多个角色用顿号或逗号分隔',
  },
  'invalid-email': { en: 'enter an address such as name@example.com, or leave it empty', 'zh-CN': '请填写如 name@example.com 的地址，或留空' },
  'invalid-phone': {
    en: 'enter digits with optional +, spaces, hyphens, brackets and an extension, or leave it empty',
    'zh-CN': '请填写数字，可含 +、空格、连字符、括号和分机号，或留空',
  },
  'contact-details-without-name': { en: 'enter the contact name, or clear the phone, e-mail and role', 'zh-CN': '请填写联系人姓名，或清空电话、邮箱和角色' },
};

const PROBLEMS: Readonly<Record<CrmRowIssueCode, Bilingual>> = {
  'missing-company-name': { en: 'the company name is empty', 'zh-CN': '公司名称为空' },
  'unknown-industry': { en: 'the industry is not recognised', 'zh-CN': '无法识别该行业' },
  'unknown-owner': { en: 'no user has this name or id', 'zh-CN': '没有该姓名或 id 的用户' },
  'unknown-role': { en: 'the role is not recognised', 'zh-CN': '无法识别该角色' },
  'invalid-email': { en: 'the e-mail address is invalid', 'zh-CN': '邮箱地址无效' },
  'invalid-phone': { en: 'the phone number is invalid', 'zh-CN': '电话号码无效' },
  'contact-details-without-name': { en: 'contact details are given without a contact name', 'zh-CN': '填写了联系方式但没有联系人姓名' },
};

/** Renders a row issue: row, column, value, what is wrong and the fix. */
export function describeCrmRowIssue(issue: CrmRowIssue, locale: 'en' | 'zh-CN'): string {
  const empty = locale === 'zh-CN' ? '（空）' : '(empty)';
  const value = issue.value === '' ? empty : `"${issue.value}"`;
  if (locale === 'zh-CN') {
    return `第 ${issue.row} 行，列“${issue.column}”，值 ${value}：${PROBLEMS[issue.code]['zh-CN']}。${FIXES[issue.code]['zh-CN']}。`;
  }
  return `Row ${issue.row}, column "${issue.column}", value ${value}: ${PROBLEMS[issue.code].en}; ${FIXES[issue.code].en}.`;
}
