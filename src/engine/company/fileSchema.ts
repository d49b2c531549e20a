import * as z from 'zod/mini';
import '../../domain/zodLocale';

/** Format name and schema version written into every company rule-set file. */
export const RULE_SET_FILE_FORMAT = 'cleanplan-rule-set';
export const RULE_SET_FILE_SCHEMA_VERSION = 1;

/** Company rule-set ids start with this prefix, so they never clash with a shipped rule set. */
export const COMPANY_ID_PREFIX = 'company-';

const kebabId = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id such as "min-ach-iso-7"'));
const nonEmpty = z.string().check(z.minLength(1));

const expressionRuleSchema = z.strictObject({
  id: kebabId,
  kind: z.enum(['mandatory', 'guidance', 'practice']),
  label: z.strictObject({ en: nonEmpty, 'zh-CN': nonEmpty }),
  clause: nonEmpty,
  appliesWhen: z.optional(nonEmpty),
  requirement: nonEmpty,
  verified: z.boolean(),
  note: z.optional(nonEmpty),
});

/**
 * A company rule-set file (`*.rules.json`). `ruleSet` has the shape of a shipped `ruleset.json`
 * and is checked by the rule loader; `tables` contains the table files its rules name; `source`
 * records the shipped set it was copied from.
 */
export const ruleSetFileSchema = z.strictObject({
  format: z.literal(RULE_SET_FILE_FORMAT),
  schemaVersion: z.literal(RULE_SET_FILE_SCHEMA_VERSION),
  savedAt: z.optional(z.iso.datetime()),
  generator: z.optional(nonEmpty),
  source: z.strictObject({ ruleSetId: kebabId, edition: nonEmpty, hash: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'a SHA-256 hash in hex')) }),
  ruleSet: z.record(z.string(), z.unknown()),
  tables: z.record(z.string(), z.unknown()),
  expressionRules: z.array(expressionRuleSchema),
});

export type RuleSetFileData = z.infer<typeof ruleSetFileSchema>;
