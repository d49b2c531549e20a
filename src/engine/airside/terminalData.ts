import * as z from 'zod/mini';
import catalogJson from '../../../rules/terminals/catalog.json';
import returnGrillesJson from '../../../rules/terminals/return-grilles.json';
import rulesJson from '../../../rules/terminals/rules.json';
import type { Citation, RequirementKind } from '../findings';
import { RuleDataError, parseStrict } from '../rules/validate';

/**
 * Schemas and loaders of `rules/terminals/`: the default terminal catalog, the return-grille sizes
 * and the `terminal-layout` rules that terminal findings cite. Every object is strict, so a
 * misspelt key stops loading with the file and JSON path.
 */

const localizedText = z.strictObject({ en: z.string().check(z.minLength(1)), 'zh-CN': z.string().check(z.minLength(1)) });
const kebabId = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id such as "hepa-484x484"'));
const kind = z.enum(['mandatory', 'guidance', 'practice']);
const positiveMm = z.number().check(z.positive());

/** A face velocity (m/s) with its provenance. */
const faceVelocitySchema = z.strictObject({
  valueMs: z.number().check(z.positive()),
  source: z.string().check(z.minLength(1)),
  kind,
  verified: z.boolean(),
  lastChecked: z.iso.date(),
  note: z.string().check(z.minLength(1)),
});

export const terminalCatalogFileSchema = z.strictObject({
  faceVelocity: faceVelocitySchema,
  terminals: z
    .array(
      z.strictObject({
        id: kebabId,
        kind: z.enum(['hepa', 'ffu']),
        name: z.string().check(z.minLength(1)),
        faceWidthMm: positiveMm,
        faceLengthMm: positiveMm,
      }),
    )
    .check(z.minLength(1)),
});
export type TerminalCatalogFile = z.infer<typeof terminalCatalogFileSchema>;

export const returnGrilleFileSchema = z.strictObject({
  faceVelocity: faceVelocitySchema,
  defaultGrilleId: kebabId,
  grilles: z.array(z.strictObject({ id: kebabId, widthMm: positiveMm, heightMm: positiveMm })).check(z.minLength(1)),
});
export type ReturnGrilleFile = z.infer<typeof returnGrilleFileSchema>;

export const terminalRulesFileSchema = z.strictObject({
  id: z.literal('terminal-layout'),
  standard: z.string().check(z.minLength(1)),
  title: localizedText,
  edition: z.string().check(z.regex(/^\d{4}$/, 'a four-digit year')),
  kind: z.literal('practice'),
  rules: z
    .array(
      z.strictObject({
        id: kebabId,
        kind,
        label: localizedText,
        clause: z.string().check(z.minLength(1)),
        verified: z.boolean(),
        lastChecked: z.iso.date(),
        note: z.string().check(z.minLength(1)),
      }),
    )
    .check(z.minLength(1)),
});
export type TerminalRulesFile = z.infer<typeof terminalRulesFileSchema>;

export const TERMINAL_CATALOG_FILE = 'rules/terminals/catalog.json';
export const RETURN_GRILLE_FILE = 'rules/terminals/return-grilles.json';
export const TERMINAL_RULES_FILE = 'rules/terminals/rules.json';

let catalogFile: TerminalCatalogFile | null = null;
let grilleFile: ReturnGrilleFile | null = null;
let rulesFile: TerminalRulesFile | null = null;

/** Returns the validated default catalog file; a data error names the file, JSON path and value found. */
export function terminalCatalogFile(): TerminalCatalogFile {
  catalogFile ??= parseStrict(terminalCatalogFileSchema, catalogJson, TERMINAL_CATALOG_FILE);
  return catalogFile;
}

/** Returns the validated return-grille file; a data error names the file, JSON path and value found. */
export function returnGrilleFile(): ReturnGrilleFile {
  grilleFile ??= parseReturnGrilleFile(returnGrillesJson, RETURN_GRILLE_FILE);
  return grilleFile;
}

/**
 * Validates return-grille data strictly. Throws a RuleDataError naming `file` when a key or value
 * does not match the schema, or when `defaultGrilleId` names no grille of the list.
 */
export function parseReturnGrilleFile(data: unknown, file: string): ReturnGrilleFile {
  const parsed = parseStrict(returnGrilleFileSchema, data, file);
  if (!parsed.grilles.some((grille) => grille.id === parsed.defaultGrilleId)) {
    const ids = parsed.grilles.map((grille) => `"${grille.id}"`).join(', ');
    throw new RuleDataError(file, '$.defaultGrilleId', `one of the grille ids (${ids})`, JSON.stringify(parsed.defaultGrilleId));
  }
  return parsed;
}

/** Returns the validated `terminal-layout` rules file. */
export function terminalRulesFile(): TerminalRulesFile {
  rulesFile ??= parseStrict(terminalRulesFileSchema, rulesJson, TERMINAL_RULES_FILE);
  return rulesFile;
}

/** Id of a rule of `rules/terminals/rules.json`. */
export type TerminalRuleId = 'coverage-fits' | 'capacity';

/** Fields a finding of one `terminal-layout` rule carries. */
export interface TerminalRuleHeader {
  readonly ruleId: string;
  readonly kind: RequirementKind;
  readonly citation: Citation;
  readonly verified: boolean;
}

/** Returns the header of a `terminal-layout` rule. Throws when the rules file lacks the rule. */
export function terminalRuleHeader(id: TerminalRuleId): TerminalRuleHeader {
  const data = terminalRulesFile();
  const rule = data.rules.find((candidate) => candidate.id === id);
  if (rule === undefined) {
    throw new RuleDataError(TERMINAL_RULES_FILE, '$.rules', `a rule with id "${id}"`, 'none');
  }
  return {
    ruleId: `${data.id}/${rule.id}`,
    kind: rule.kind,
    citation: { ruleSetId: data.id, standard: data.standard, edition: data.edition, clause: rule.clause },
    verified: rule.verified,
  };
}
