import * as z from 'zod/mini';
import sampleVolumeJson from '../../../rules/iso-14644-1-2015/sample-volume.json';
import tTableJson from '../../../rules/iso-14644-1-1999/t-table.json';
import uclJson from '../../../rules/iso-14644-1-1999/ucl.json';
import { parseStrict } from '../rules/validate';

/** Figures of the ISO 14644-1 classification methods, loaded strictly like every rule file. */

const provenance = {
  clause: z.string().check(z.minLength(1)),
  verified: z.boolean(),
  lastChecked: z.iso.date(),
  note: z.string().check(z.minLength(1)),
};

export const sampleVolumeSchema = z.strictObject({
  ...provenance,
  particlesAtLimit: z.int().check(z.positive()),
  minVolumeL: z.number().check(z.positive()),
  minDurationMin: z.number().check(z.positive()),
});
export type SampleVolumeRule = z.infer<typeof sampleVolumeSchema>;

export const studentTTableSchema = z.strictObject({
  ...provenance,
  unit: z.literal('dimensionless'),
  rows: z.array(z.strictObject({ locations: z.int().check(z.gte(2)), t: z.number().check(z.positive()) })).check(z.minLength(1)),
});
export type StudentTTable = z.infer<typeof studentTTableSchema>;

export const uclRuleSchema = z.strictObject({
  ...provenance,
  minLocations: z.int().check(z.gte(2)),
  maxLocations: z.int().check(z.gte(2)),
  minSamplesAtSingleLocation: z.int().check(z.positive()),
});
export type UclRule = z.infer<typeof uclRuleSchema>;

export const SAMPLE_VOLUME_FILE = 'rules/iso-14644-1-2015/sample-volume.json';
export const STUDENT_T_FILE = 'rules/iso-14644-1-1999/t-table.json';
export const UCL_RULE_FILE = 'rules/iso-14644-1-1999/ucl.json';

/** ISO 14644-1:2015 A.4.2 single-sample volume rule (the 1999 edition's B.4.2 is the same). */
export const SAMPLE_VOLUME_RULE: SampleVolumeRule = parseStrict(sampleVolumeSchema, sampleVolumeJson, SAMPLE_VOLUME_FILE);

/** ISO 14644-1:1999 Table C.1, Student t at 95 % by number of locations. */
export const STUDENT_T_TABLE: StudentTTable = parseStrict(studentTTableSchema, tTableJson, STUDENT_T_FILE);

/** ISO 14644-1:1999 Annex C: when the upper confidence limit test applies. */
export const UCL_RULE: UclRule = parseStrict(uclRuleSchema, uclJson, UCL_RULE_FILE);

/**
 * Returns the 95 % Student t for `locations` sampling locations from Table C.1. Throws a
 * RangeError for a count the table has no row for, which is outside the UCL test's 2 to 9.
 */
export function studentT95(locations: number): number {
  const row = STUDENT_T_TABLE.rows.find((candidate) => candidate.locations === locations);
  if (!row) {
    throw new RangeError(`${STUDENT_T_FILE} has no Student t for ${locations} locations: the UCL test applies to 2 to 9 locations`);
  }
  return row.t;
}
