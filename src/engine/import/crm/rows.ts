import { CONTACT_ROLE_LABELS, CONTACT_ROLES, INDUSTRIES, INDUSTRY_LABELS, type Company, type Contact, type ContactRole, type Industry, type User } from '../../../domain/crm';
import type { ColumnMapping, CrmImportField } from './columns';
import type { CrmRowIssue, CrmRowIssueCode } from './rowIssues';
import type { ImportTable } from './table';

/** Stored users and companies, and the importing user's defaults, that rows are checked against. */
export interface CrmImportContext {
  readonly users: readonly User[];
  /** Stored companies; a row naming one of them adds contacts to it and leaves it unchanged. */
  readonly existingCompanies: readonly Pick<Company, 'id' | 'name'>[];
  /** Owner of rows whose owner cell is empty: usually the user who imports. */
  readonly defaultOwnerId: string;
  /** Import date (`YYYY-MM-DD`), the `createdOn` of new companies. */
  readonly today: string;
  /** Returns a new unique id for a record of `kind`. */
  newId(kind: 'company' | 'contact'): string;
}

/** One importable row: its company (new or stored) and the contact it adds, if any. */
export interface CrmImportRow {
  readonly row: number;
  readonly companyId: string;
  readonly contact: Contact | null;
}

export interface CrmImportPlan {
  /** Companies to create, one per distinct new company name among the valid rows. */
  readonly newCompanies: readonly Company[];
  readonly contacts: readonly Contact[];
  readonly validRows: readonly CrmImportRow[];
  /** Problems of the other rows, by row then column. */
  readonly issues: readonly CrmRowIssue[];
  /** Number of data rows read (blank rows are skipped). */
  readonly rowCount: number;
}

/** Extra spellings of industries beyond their ids and zh/en labels. */
const INDUSTRY_ALIASES: Readonly<Record<string, Industry>> = {
  医药: 'pharma',
  生物医药: 'pharma',
  药厂: 'pharma',
  pharmaceutical: 'pharma',
  biopharma: 'pharma',
  食品饮料: 'food',
  电子: 'electronics',
  光电: 'electronics',
  半导体: 'electronics',
  semiconductor: 'electronics',
  optoelectronics: 'electronics',
  医疗: 'hospital',
  laboratory: 'lab',
  其它: 'other',
};

/** Extra spellings of contact roles beyond their ids and zh/en labels. */
const ROLE_ALIASES: Readonly<Record<string, ContactRole>> = {
  甲方: 'owner',
  业主方: 'owner',
  总包: 'epc',
  总承包: 'epc',
  设计: 'design-institute',
  'design institute': 'design-institute',
  质量: 'qa',
  质保: 'qa',
  质量保证: 'qa',
  'quality assurance': 'qa',
  procurement: 'purchasing',
};

function lookupKey(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase();
}

function vocabulary<T extends string>(values: readonly T[], labels: Readonly<Record<T, { en: string; 'zh-CN': string }>>, aliases: Readonly<Record<string, T>>): Map<string, T> {
  const map = new Map<string, T>();
  for (const value of values) {
    map.set(lookupKey(value), value);
    map.set(lookupKey(labels[value].en), value);
    map.set(lookupKey(labels[value]['zh-CN']), value);
  }
  for (const [alias, value] of Object.entries(aliases)) map.set(lookupKey(alias), value);
  return map;
}

const INDUSTRY_WORDS = vocabulary(INDUSTRIES, INDUSTRY_LABELS, INDUSTRY_ALIASES);
const ROLE_WORDS = vocabulary(CONTACT_ROLES, CONTACT_ROLE_LABELS, ROLE_ALIASES);

const ROLE_SEPARATORS = /[,，、;；/|]+/;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE_CHARACTERS = /^[+\d\s\-()（）.#转]+(?:\s*(?:ext\.?|x)\s*\d+)?$/i;
const MIN_PHONE_DIGITS = 5;

function isPhone(text: string): boolean {
  const digits = text.replace(/\D/g, '').length;
  return PHONE_CHARACTERS.test(text) && digits >= MIN_PHONE_DIGITS;
}

/** Reads one row's cells by field; a field mapped to no column reads as empty. */
function cellsByField(table: ImportTable, mapping: ColumnMapping, cells: readonly string[]): { value(field: CrmImportField): string; column(field: CrmImportField): string } {
  const columnOf = (field: CrmImportField) => mapping.indexOf(field);
  return {
    value: (field) => {
      const index = columnOf(field);
      return index < 0 ? '' : (cells[index] ?? '');
    },
    column: (field) => table.headers[columnOf(field)] ?? field,
  };
}

/**
 * Turns a sheet into companies and contacts. Each row is checked on its own. A row with any
 * problem contributes nothing and its problems are listed, so the caller can import the valid
 * rows or, if the user prefers, nothing until the file is fixed. Rows naming the same company
 * (compared after NFKC normalisation, trimming and lowercasing) share one company, whose fields
 * come from its first valid row. An empty industry reads as "other" and an empty owner as
 * `context.defaultOwnerId`.
 */
export function planCrmImport(table: ImportTable, mapping: ColumnMapping, context: CrmImportContext): CrmImportPlan {
  const usersByKey = new Map<string, string>();
  for (const user of context.users) {
    usersByKey.set(lookupKey(user.name), user.id);
    usersByKey.set(lookupKey(user.id), user.id);
  }
  const companyIdsByName = new Map(context.existingCompanies.map((company) => [lookupKey(company.name), company.id] as const));

  const newCompanies: Company[] = [];
  const contacts: Contact[] = [];
  const validRows: CrmImportRow[] = [];
  const issues: CrmRowIssue[] = [];

  for (const { rowNumber, cells } of table.rows) {
    const row = cellsByField(table, mapping, cells);
    const rowIssues: CrmRowIssue[] = [];
    const report = (code: CrmRowIssueCode, field: CrmImportField, value: string) => rowIssues.push({ code, row: rowNumber, column: row.column(field), field, value });

    const companyName = row.value('companyName');
    if (companyName === '') report('missing-company-name', 'companyName', companyName);

    const industryText = row.value('industry');
    const industry = industryText === '' ? 'other' : INDUSTRY_WORDS.get(lookupKey(industryText));
    if (industry === undefined) report('unknown-industry', 'industry', industryText);

    const ownerText = row.value('owner');
    const ownerId = ownerText === '' ? context.defaultOwnerId : usersByKey.get(lookupKey(ownerText));
    if (ownerId === undefined) report('unknown-owner', 'owner', ownerText);

    const contactName = row.value('contactName');
    const phone = row.value('phone');
    const email = row.value('email');
    const roleTexts = row.value('roles').split(ROLE_SEPARATORS).map((text) => text.trim()).filter((text) => text !== '');
    const roles: ContactRole[] = [];
    for (const text of roleTexts) {
      const role = ROLE_WORDS.get(lookupKey(text));
      if (role === undefined) report('unknown-role', 'roles', text);
      else if (!roles.includes(role)) roles.push(role);
    }
    if (email !== '' && !EMAIL_PATTERN.test(email)) report('invalid-email', 'email', email);
    if (phone !== '' && !isPhone(phone)) report('invalid-phone', 'phone', phone);
    if (contactName === '' && (phone !== '' || email !== '' || roleTexts.length > 0)) {
      let detail = row.value('roles');
      if (email !== '') detail = email;
      if (phone !== '') detail = phone;
      report('contact-details-without-name', 'contactName', detail);
    }

    if (rowIssues.length > 0) {
      issues.push(...rowIssues);
      continue;
    }

    const companyKey = lookupKey(companyName);
    let companyId = companyIdsByName.get(companyKey);
    if (companyId === undefined) {
      companyId = context.newId('company');
      companyIdsByName.set(companyKey, companyId);
      const notes = row.value('notes');
      newCompanies.push({
        id: companyId,
        name: companyName,
        industry: industry!,
        region: row.value('region'),
        source: row.value('source'),
        ownerId: ownerId!,
        createdOn: context.today,
        ...(notes === '' ? {} : { notes }),
      });
    }

    const contact: Contact | null =
      contactName === ''
        ? null
        : { id: context.newId('contact'), companyId, name: contactName, roles, phone: phone === '' ? null : phone, email: email === '' ? null : email, ownerId: ownerId! };
    if (contact) contacts.push(contact);
    validRows.push({ row: rowNumber, companyId, contact });
  }

  return { newCompanies, contacts, validRows, issues, rowCount: table.rows.length };
}
