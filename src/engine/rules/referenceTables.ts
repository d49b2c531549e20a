import * as z from 'zod/mini';
import { getRuleSets, RULE_SET_SOURCES } from './registry';
import { isoTable1Schema, type IsoTable1 } from './schema';
import {
  cleanUpTimeSchema,
  gradeParticleTableSchema,
  microbialLimitsSchema,
  type CleanUpTime,
  type GradeParticleTable,
  type MicrobialLimits,
} from './referenceTableSchemas';

/** Purpose of a grade particle table: Annex 1 (2022) has one for classification (Table 1) and one for monitoring (Table 5). */
export type GradeParticleTableName = GradeParticleTable['purpose'];

/**
 * Returns the parsed files of a rule set that match `schema`. Throws UnknownRuleSetError for an id
 * not shipped; loading the set first means a data error surfaces with its file and path.
 */
function filesWithSchema<T>(ruleSetId: string, schema: z.core.$ZodType<T>): T[] {
  getRuleSets([ruleSetId]);
  const source = RULE_SET_SOURCES.find((candidate) => candidate.folder === `rules/${ruleSetId}`);
  if (!source) return [];
  return Object.values(source.files)
    .filter((file) => file.schema === schema)
    .map((file) => z.parse(schema, file.data));
}

/**
 * Returns a rule set's grade particle limits for `purpose`, or null when the set has no such table
 * (the 2008 Annex 1 has only a classification table). Each table names its clause, so a report can
 * name the table a figure comes from.
 */
export function gradeParticleTable(ruleSetId: string, purpose: GradeParticleTableName): GradeParticleTable | null {
  return filesWithSchema(ruleSetId, gradeParticleTableSchema).find((table) => table.purpose === purpose) ?? null;
}

/** Returns a rule set's microbial limits per grade, or null when it has none. */
export function microbialLimits(ruleSetId: string): MicrobialLimits | null {
  return filesWithSchema(ruleSetId, microbialLimitsSchema)[0] ?? null;
}

/** Returns a rule set's clean-up (recovery) time guidance, or null when it has none. */
export function cleanUpTime(ruleSetId: string): CleanUpTime | null {
  return filesWithSchema(ruleSetId, cleanUpTimeSchema)[0] ?? null;
}

/**
 * Returns the ISO 14644-1 Table 1 of an edition (`iso-14644-1-1999` or `iso-14644-1-2015`), or null
 * for a rule set without one. A null cell has no figure in that edition and is never a limit of zero.
 */
export function isoTable1(ruleSetId: string): IsoTable1 | null {
  return filesWithSchema(ruleSetId, isoTable1Schema)[0] ?? null;
}
