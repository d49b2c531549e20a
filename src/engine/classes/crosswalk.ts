import * as z from 'zod/mini';
import crosswalkJson from '../../../rules/class-crosswalk.json';
import type { GmpGrade } from '../../domain/cleanliness';
import { parseStrict } from '../rules/validate';

const fs209eClassSchema = z.strictObject({
  englishClass: z.number().check(z.int(), z.positive()),
  metricName: z.string().check(z.regex(/^M\d(\.5)?$/, 'an FED-STD-209E metric name such as "M3.5"')),
  isoClass: z.number().check(z.minimum(1), z.maximum(9)),
  chineseNames: z.array(z.string().check(z.minLength(1))),
});

const chineseLegacyClassSchema = z.strictObject({
  number: z.number().check(z.int(), z.positive()),
  isoClass: z.number().check(z.minimum(1), z.maximum(9)),
  names: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  source: z.string().check(z.minLength(1)),
  note: z.string().check(z.minLength(1)),
});

const gmpGradeSchema = z.strictObject({
  grade: z.enum(['A', 'B', 'C', 'D']),
  atRestIsoClass: z.number().check(z.minimum(1), z.maximum(9)),
  inOperationIsoClass: z.nullable(z.number().check(z.minimum(1), z.maximum(9))),
});

const crosswalkSchema = z.strictObject({
  format: z.literal('cleanplan-class-crosswalk'),
  lastChecked: z.iso.date(),
  sources: z.record(z.string(), z.string().check(z.minLength(1))),
  fs209eClasses: z.array(fs209eClassSchema).check(z.minLength(1)),
  chineseLegacyClasses: z.array(chineseLegacyClassSchema),
  gmpGrades: z.array(gmpGradeSchema).check(z.length(4)),
  unclassifiedNames: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
});

export type ClassCrosswalk = z.infer<typeof crosswalkSchema>;
export type Fs209eClass = z.infer<typeof fs209eClassSchema>;
export type GmpGradeEquivalence = z.infer<typeof gmpGradeSchema>;

export const CROSSWALK_FILE = 'rules/class-crosswalk.json';

/** The class crosswalk, validated once when the module loads. */
export const CLASS_CROSSWALK: ClassCrosswalk = parseStrict(crosswalkSchema, crosswalkJson, CROSSWALK_FILE);

const gradeEquivalents = new Map<GmpGrade, GmpGradeEquivalence>(
  CLASS_CROSSWALK.gmpGrades.map((entry) => [entry.grade, entry]),
);

/** Returns the ISO class equivalents of a GMP grade at rest and in operation (null for grade D in operation). */
export function gmpGradeIsoEquivalent(grade: GmpGrade): GmpGradeEquivalence {
  return gradeEquivalents.get(grade)!;
}
