import * as z from 'zod/mini';

/**
 * Schemas of reference tables that no room check reads: GMP particle and microbial limits and
 * clean-up times. They are validated like every rule file so that a report, or a later recovery or
 * measured-data check, can read them.
 */

/**
 * One cell of a grade particle table: a maximum in particles/m³, or why the standard gives none.
 * `not-specified`: the size is not part of classification unless the contamination control strategy
 * asks for it (Annex 1 2022 Table 1, 5 µm in grades A and B). `not-predetermined`: the manufacturer
 * sets the limit by risk assessment (Annex 1 2022, grade D in operation). `not-defined`: the table
 * sets no limit (Annex 1 2008, grade D in operation).
 */
const particleCell = z.union([z.number().check(z.int(), z.positive()), z.enum(['not-specified', 'not-predetermined', 'not-defined'])]);
export type ParticleCell = z.infer<typeof particleCell>;

const gradeSizes = z.strictObject({ '0.5': particleCell, '5': particleCell });

export const gradeParticleTableSchema = z.strictObject({
  /** Clause or table the numbers come from, e.g. `Table 5`. */
  clause: z.string().check(z.minLength(1)),
  purpose: z.enum(['classification', 'monitoring']),
  unit: z.literal('particles/m3'),
  verified: z.boolean(),
  lastChecked: z.iso.date(),
  note: z.string().check(z.minLength(1)),
  grades: z.array(z.strictObject({ grade: z.enum(['A', 'B', 'C', 'D']), atRest: gradeSizes, inOperation: gradeSizes })).check(z.length(4)),
});
export type GradeParticleTable = z.infer<typeof gradeParticleTableSchema>;

/**
 * One microbial limit: at most `max` colony-forming units, fewer than `below`, "no growth", or a
 * method the standard does not apply to the grade.
 */
const microbialCell = z.union([
  z.strictObject({ max: z.number().check(z.nonnegative()) }),
  z.strictObject({ below: z.number().check(z.positive()) }),
  z.enum(['no-growth', 'not-applicable']),
]);
export type MicrobialCell = z.infer<typeof microbialCell>;

export const microbialLimitsSchema = z.strictObject({
  clause: z.string().check(z.minLength(1)),
  /** `action`: Annex 1 2022 action limits; `recommended`: the 2008 and China GMP recommended limits. */
  limitKind: z.enum(['action', 'recommended']),
  state: z.literal('in-operation'),
  verified: z.boolean(),
  lastChecked: z.iso.date(),
  note: z.string().check(z.minLength(1)),
  /** Units of the four methods, fixed so that every table reads the same way. */
  methods: z.strictObject({
    air: z.literal('cfu/m3'),
    settlePlate: z.literal('cfu per 90 mm plate per 4 h'),
    contactPlate: z.literal('cfu per 55 mm plate'),
    glovePrint: z.literal('cfu per glove, 5 fingers'),
  }),
  grades: z
    .array(
      z.strictObject({
        grade: z.enum(['A', 'B', 'C', 'D']),
        air: microbialCell,
        settlePlate: microbialCell,
        contactPlate: microbialCell,
        glovePrint: microbialCell,
      }),
    )
    .check(z.length(4)),
});
export type MicrobialLimits = z.infer<typeof microbialLimitsSchema>;

/** Guidance time for a room to return to its at-rest limits after operations stop, unmanned. */
export const cleanUpTimeSchema = z.strictObject({
  clause: z.string().check(z.minLength(1)),
  kind: z.literal('guidance'),
  unit: z.literal('min'),
  /** Lower end of a quoted range (the 2008 "15–20 minutes"), or null when only a maximum is given. */
  minMinutes: z.nullable(z.number().check(z.positive())),
  maxMinutes: z.number().check(z.positive()),
  /** True when the figure is a strict upper bound ("less than 20 minutes"). */
  maxExclusive: z.boolean(),
  verified: z.boolean(),
  lastChecked: z.iso.date(),
  note: z.string().check(z.minLength(1)),
});
export type CleanUpTime = z.infer<typeof cleanUpTimeSchema>;
