import * as z from 'zod/mini';
import '../zodLocale';
import { describeFoundValue, formatJsonPath } from '../projectFile/issues';
import { CURRENCY_CODES, isDecimal } from '../money';
import { isIsoDate, LAYOUT_QUANTITY_LABELS, QUANTITY_UNITS, QUOTE_STATUSES } from '../quote';
import type { CrmDataSet } from './dataSet';
import type { CrmExpectedForm, CrmRecordIssue, CrmRecordKind } from './recordIssues';
import { ACTIVITY_KINDS, CONTACT_ROLES, INDUSTRIES, PIPELINE_STAGES, USER_ROLES } from './types';

/**
 * zod schemas of single CRM records. Each check's error message is a `CrmExpectedForm` code, so a
 * zod issue maps straight to a `CrmRecordIssue`. Objects are loose: keys this build does not know
 * are kept, so data written by a newer build survives a round trip. References between records
 * (owner, company, project) are checked by `referenceIssues` in references.ts, not here.
 */

function expect(form: CrmExpectedForm): { error: CrmExpectedForm } {
  return { error: form };
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const id = z.string(expect('id')).check(z.minLength(1, expect('id')));
const text = z.string(expect('string'));
const nonEmptyText = z.string(expect('non-empty-string')).check(z.refine((value) => value.trim() !== '', expect('non-empty-string')));
const textOrNull = z.nullable(z.string(expect('string-or-null')));
const isoDate = z.string(expect('iso-date')).check(z.refine(isIsoDate, expect('iso-date')));
const isoDateOrNull = z.nullable(z.string(expect('iso-date-or-null')).check(z.refine(isIsoDate, expect('iso-date-or-null'))));
const timestamp = z.string(expect('timestamp')).check(z.refine((value) => !Number.isNaN(Date.parse(value)), expect('timestamp')));
const decimalText = z.string(expect('decimal')).check(z.refine(isDecimal, expect('decimal')));
const wholeNumber = z.number(expect('whole-number')).check(z.int(expect('whole-number')), z.minimum(0, expect('whole-number')));
const bilingual = z.looseObject({ en: z.string(expect('bilingual-text')), 'zh-CN': z.string(expect('bilingual-text')) }, expect('bilingual-text'));
const stringList = z.array(z.string(expect('string-list')), expect('string-list'));

function moneyOf(form: 'money' | 'money-or-null') {
  return z.looseObject(
    {
      minor: z.number(expect(form)).check(z.refine((value) => Number.isSafeInteger(value), expect(form))),
      currency: z.enum(CURRENCY_CODES, expect('currency')),
    },
    expect(form),
  );
}

const moneySchema = moneyOf('money');

export const userSchema = z.looseObject(
  { id, name: nonEmptyText, role: z.enum(USER_ROLES, expect('user-role')) },
  expect('object'),
);

export const companySchema = z.looseObject(
  {
    id,
    name: nonEmptyText,
    industry: z.enum(INDUSTRIES, expect('industry')),
    region: text,
    source: text,
    ownerId: id,
    createdOn: z.optional(isoDate),
    notes: z.optional(text),
  },
  expect('object'),
);

export const contactSchema = z.looseObject(
  {
    id,
    companyId: id,
    name: nonEmptyText,
    roles: z.array(z.enum(CONTACT_ROLES, expect('contact-roles')), expect('contact-roles')),
    phone: textOrNull,
    email: z.nullable(z.string(expect('email-or-null')).check(z.regex(EMAIL_PATTERN, expect('email-or-null')))),
    ownerId: id,
  },
  expect('object'),
);

export const projectSchema = z.looseObject(
  {
    id,
    companyId: id,
    name: nonEmptyText,
    site: text,
    industry: z.enum(INDUSTRIES, expect('industry')),
    stage: z.enum(PIPELINE_STAGES, expect('pipeline-stage')),
    expectedValue: z.nullable(moneyOf('money-or-null')),
    probabilityPct: z.nullable(
      z.number(expect('percent-or-null')).check(z.minimum(0, expect('percent-or-null')), z.maximum(100, expect('percent-or-null'))),
    ),
    closeDate: isoDateOrNull,
    lostReason: z.nullable(z.string(expect('lost-reason')).check(z.refine((value) => value.trim() !== '', expect('lost-reason')))),
    ownerId: id,
    ruleSetIds: stringList,
    drawingId: z.nullable(z.string(expect('string-or-null'))),
  },
  expect('object'),
);

export const activitySchema = z.looseObject(
  {
    id,
    kind: z.enum(ACTIVITY_KINDS, expect('activity-kind')),
    companyId: id,
    projectId: z.nullable(z.string(expect('project-reference'))),
    contactId: z.nullable(z.string(expect('contact-reference'))),
    date: isoDate,
    notes: text,
    nextStep: textOrNull,
    nextStepDue: isoDateOrNull,
    followUpDoneOn: isoDateOrNull,
    ownerId: id,
  },
  expect('object'),
);

export const contractSchema = z.looseObject(
  { id, companyId: id, projectId: id, signedOn: isoDate, revenue: moneySchema, cost: moneySchema },
  expect('object'),
);

const LAYOUT_QUANTITY_KINDS = Object.keys(LAYOUT_QUANTITY_LABELS) as [string, ...string[]];

const quantityOrigin = z.looseObject(
  {
    kind: z.enum(LAYOUT_QUANTITY_KINDS, expect('layout-quantity-kind')),
    roomIds: stringList,
    wallCount: wholeNumber,
    deductions: z.array(
      z.looseObject(
        {
          openingId: text,
          kind: text,
          widthMm: z.number(expect('number')),
          heightMm: z.number(expect('number')),
          areaM2: z.number(expect('number')),
        },
        expect('object'),
      ),
      expect('list'),
    ),
    incompleteRoomIds: stringList,
  },
  expect('object'),
);

const quantitySource = z.discriminatedUnion(
  'kind',
  [
    z.looseObject({ kind: z.literal('manual') }),
    z.looseObject({ kind: z.literal('layout'), origin: quantityOrigin }),
    z.looseObject({ kind: z.literal('override'), layoutValue: decimalText, origin: quantityOrigin, reason: nonEmptyText }),
  ],
  expect('object'),
);

const quoteLine = z.looseObject(
  {
    id,
    itemCode: textOrNull,
    description: bilingual,
    quantity: z.looseObject({ value: decimalText, unit: z.enum(QUANTITY_UNITS, expect('quantity-unit')), source: quantitySource }, expect('object')),
    unitPrice: z.nullable(moneyOf('money-or-null')),
    discountPct: decimalText,
    vatCategory: nonEmptyText,
    toBeQuoted: z.boolean(expect('boolean')),
  },
  expect('object'),
);

const quoteContent = z.looseObject(
  {
    currency: z.enum(CURRENCY_CODES, expect('currency')),
    quoteDate: isoDate,
    validUntil: isoDate,
    sections: z.array(z.looseObject({ id, title: bilingual, lines: z.array(quoteLine, expect('list')) }, expect('object')), expect('list')),
    discount: z.discriminatedUnion(
      'kind',
      [
        z.looseObject({ kind: z.literal('none') }),
        z.looseObject({ kind: z.literal('percent'), pct: decimalText }),
        z.looseObject({ kind: z.literal('amount'), amount: moneySchema }),
      ],
      expect('object'),
    ),
  },
  expect('object'),
);

const quoteStatus = z.enum(QUOTE_STATUSES, expect('quote-status'));

export const quoteSchema = z.looseObject(
  {
    id,
    number: nonEmptyText,
    projectId: id,
    revisions: z
      .array(
        z.looseObject(
          {
            revision: wholeNumber,
            createdAt: timestamp,
            content: quoteContent,
            status: quoteStatus,
            statusHistory: z.array(z.looseObject({ status: quoteStatus, at: timestamp }, expect('object')), expect('list')),
          },
          expect('object'),
        ),
        expect('list'),
      )
      .check(z.minLength(1, expect('revision-sequence'))),
  },
  expect('object'),
);

export const priceListSchema = z.looseObject(
  {
    id,
    name: text,
    currency: z.enum(CURRENCY_CODES, expect('currency')),
    validFrom: isoDate,
    validTo: isoDateOrNull,
    items: z.array(
      z.looseObject(
        { code: id, description: bilingual, unit: z.enum(QUANTITY_UNITS, expect('quantity-unit')), unitPrice: moneySchema, vatCategory: nonEmptyText },
        expect('object'),
      ),
      expect('list'),
    ),
  },
  expect('object'),
);

export const catalogItemSchema = z.looseObject(
  { code: id, description: bilingual, unit: z.enum(QUANTITY_UNITS, expect('quantity-unit')), vatCategory: nonEmptyText, section: textOrNull },
  expect('object'),
);

export const settingSchema = z.looseObject({ key: id, value: z.unknown() }, expect('object'));

/** Schema of each record kind. */
export const CRM_RECORD_SCHEMAS = {
  users: userSchema,
  companies: companySchema,
  contacts: contactSchema,
  projects: projectSchema,
  activities: activitySchema,
  contracts: contractSchema,
  quotes: quoteSchema,
  priceLists: priceListSchema,
  catalog: catalogItemSchema,
  settings: settingSchema,
} as const satisfies Record<CrmRecordKind, z.ZodMiniType>;

/** Field that identifies a record of `kind`: `code` for catalog items, `key` for settings, else `id`. */
export function keyField(kind: CrmRecordKind): 'code' | 'key' | 'id' {
  if (kind === 'catalog') return 'code';
  if (kind === 'settings') return 'key';
  return 'id';
}

/** Returns the identifying key of a record, or null when it has none. */
export function recordKey(kind: CrmRecordKind, record: unknown): string | null {
  if (typeof record !== 'object' || record === null) return null;
  const value = (record as Record<string, unknown>)[keyField(kind)];
  return typeof value === 'string' && value !== '' ? value : null;
}

function valueAtPath(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

export type RecordValidation<T> = { readonly ok: true; readonly record: T } | { readonly ok: false; readonly issues: readonly CrmRecordIssue[] };

/**
 * Validates one record of `kind` against its schema. `index` is its position in a file's list, or
 * null for a record saved from a form. Reports at most one issue per field.
 */
export function validateCrmRecord<K extends CrmRecordKind>(kind: K, value: unknown, index: number | null = null): RecordValidation<CrmDataSet[K][number]> {
  const parsed = CRM_RECORD_SCHEMAS[kind].safeParse(value);
  if (parsed.success) return { ok: true, record: parsed.data as CrmDataSet[K][number] };

  const recordId = recordKey(kind, value);
  const seenFields = new Set<string>();
  const issues: CrmRecordIssue[] = [];
  for (const zodIssue of parsed.error.issues) {
    const field = formatJsonPath(zodIssue.path);
    if (seenFields.has(field)) continue;
    seenFields.add(field);
    const found = describeFoundValue(valueAtPath(value, zodIssue.path));
    issues.push({ kind, recordId, index, field, found, expected: zodIssue.message as CrmExpectedForm });
  }
  return { ok: false, issues };
}
