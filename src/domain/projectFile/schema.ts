import { z } from 'zod';
import type { ExpectedForm } from './issues';

/**
 * zod schemas of schema version 1. Each check's error message is an `ExpectedForm` code, so a zod
 * issue maps straight to a `ProjectFileIssue`. Objects are `loose`: keys this version does not know
 * are kept, so a file written by a newer minor build round-trips. Missing optional values default
 * to null (or the field's neutral value) instead of failing.
 */

function expect(form: ExpectedForm): { error: ExpectedForm } {
  return { error: form };
}

const optionalNumber = z.number(expect('number-or-null')).nullable().default(null);
const optionalNonNegative = z
  .number(expect('non-negative-number-or-null'))
  .nonnegative(expect('non-negative-number-or-null'))
  .nullable()
  .default(null);

const pointSchema = z.object({ x: z.number(expect('polygon')), y: z.number(expect('polygon')) }, expect('polygon')).loose();

const designSchema = z
  .object(
    {
      ach: optionalNonNegative,
      supplyM3h: optionalNonNegative,
      velocityMs: optionalNonNegative,
      freshAirM3h: optionalNonNegative,
      exhaustM3h: optionalNonNegative,
      // Pressure relative to outdoors and temperature may be negative.
      pressurePa: optionalNumber,
      temperatureC: optionalNumber,
      rhPct: optionalNonNegative,
      illuminanceLx: optionalNonNegative,
      noiseDbA: optionalNonNegative,
      occupants: optionalNonNegative,
      filterCoveragePct: z
        .number(expect('non-negative-number-or-null'))
        .min(0, expect('non-negative-number-or-null'))
        .max(100, expect('non-negative-number-or-null'))
        .nullable()
        .optional(),
    },
    expect('object'),
  )
  .loose();

/** ISO 14644-1 allows intermediate classes (e.g. 8.5 for 三十万级), so any number from 1 to 9 is accepted. */
const cleanlinessSchema = z
  .discriminatedUnion(
    'kind',
    [
      z.object({ kind: z.literal('iso'), isoClass: z.number(expect('cleanliness')).min(1, expect('cleanliness')).max(9, expect('cleanliness')) }).loose(),
      z.object({ kind: z.literal('gmp'), grade: z.enum(['A', 'B', 'C', 'D'], expect('cleanliness')) }).loose(),
      z.object({ kind: z.literal('hospital'), hospitalClass: z.enum(['I', 'II', 'III', 'IV'], expect('cleanliness')) }).loose(),
      z.object({ kind: z.literal('food'), foodClass: z.enum(['I', 'II', 'III', 'IV'], expect('cleanliness')) }).loose(),
      z.object({ kind: z.literal('unclassified') }).loose(),
    ],
    expect('cleanliness'),
  )
  .nullable()
  .default(null);

/**
 * Added after schema version 1 shipped. It stays absent when the file omits it, so older files
 * round-trip unchanged, and an absent value means null (not a laboratory).
 */
const biosafetySchema = z
  .object(
    {
      level: z.enum(['BSL-1', 'BSL-2', 'BSL-3', 'BSL-4', 'ABSL-1', 'ABSL-2', 'ABSL-3', 'ABSL-4'], expect('biosafety')),
      type: z.enum(['a', 'b1', 'b2'], expect('biosafety')).nullable().default(null),
    },
    expect('biosafety'),
  )
  .loose()
  .nullable()
  .optional();

/**
 * Measured data, added after schema version 1 shipped; absent when the file omits it. Counts and
 * volumes are checked for type here, and the classification reports values it cannot judge.
 */
const particleSizeSchema = z.enum(['0.1', '0.2', '0.3', '0.5', '1', '5'], expect('measurements'));
const measuredNumber = z.number(expect('measurements'));
const measurementsSchema = z
  .object(
    {
      particles: z
        .object(
          {
            occupancy: z.enum(['as-built', 'at-rest', 'in-operation'], expect('measurements')),
            isoClass: measuredNumber,
            sizesUm: z.array(particleSizeSchema, expect('measurements')),
            counterFlowLpm: measuredNumber,
            locations: z.array(
              z.object(
                {
                  id: z.string(expect('measurements')),
                  label: z.string(expect('measurements')),
                  samples: z.array(
                    z.object(
                      { volumeL: measuredNumber, counts: z.partialRecord(particleSizeSchema, measuredNumber, expect('measurements')) },
                      expect('measurements'),
                    ),
                    expect('measurements'),
                  ),
                },
                expect('measurements'),
              ),
              expect('measurements'),
            ),
          },
          expect('measurements'),
        )
        .nullable()
        .optional(),
      microbial: z
        .object(
          {
            air: z.array(measuredNumber, expect('measurements')),
            settlePlate: z.array(measuredNumber, expect('measurements')),
            contactPlate: z.array(measuredNumber, expect('measurements')),
            glovePrint: z.array(measuredNumber, expect('measurements')),
          },
          expect('measurements'),
        )
        .nullable()
        .optional(),
    },
    expect('measurements'),
  )
  .nullable()
  .optional();

export const roomSchema = z
  .object(
    {
      id: z.string(expect('string')).min(1, expect('string')),
      name: z.string(expect('string')),
      use: z.string(expect('string-or-null')).nullable().default(null),
      polygon: z.array(pointSchema, expect('polygon')).min(3, expect('polygon')),
      clearHeightM: optionalNonNegative,
      cleanliness: cleanlinessSchema,
      classLabel: z.string(expect('string-or-null')).nullable().default(null),
      airflowPattern: z
        .enum(['non-unidirectional', 'unidirectional', 'mixed'], expect('airflow-pattern'))
        .nullable()
        .default(null),
      containment: z.boolean(expect('boolean')).default(false),
      biosafety: biosafetySchema,
      design: designSchema.default(() => designSchema.parse({})),
      areaKnown: z.boolean(expect('boolean')).optional(),
      measurements: measurementsSchema,
    },
    expect('object'),
  )
  .loose();

export const doorSchema = z
  .object(
    {
      id: z.string(expect('string')).min(1, expect('string')),
      roomA: z.string(expect('room-reference')),
      roomB: z.string(expect('room-reference')),
      position: z
        .object({ x: z.number(expect('point-or-null')), y: z.number(expect('point-or-null')) }, expect('point-or-null'))
        .loose()
        .nullable()
        .default(null),
      widthMm: z.number(expect('positive-number')).positive(expect('positive-number')),
    },
    expect('object'),
  )
  .loose();

export const projectSchema = z
  .object(
    {
      id: z.string(expect('string')).min(1, expect('string')),
      name: z.string(expect('string')),
      customerName: z.string(expect('string')).default(''),
      referenceDate: z.iso.date(expect('iso-date')),
      // Left optional here so that the loader can report a default as a warning.
      ruleSetIds: z.array(z.string(expect('string-list')), expect('string-list')).optional(),
      rooms: z.array(roomSchema, expect('list')),
      doors: z.array(doorSchema, expect('list')),
    },
    expect('object'),
  )
  .loose();

export const envelopeSchema = z
  .object(
    {
      format: z.literal('cleanplan-project', expect('format-name')),
      schemaVersion: z.number(expect('schema-version')),
      savedAt: z.string(expect('string')).optional(),
      generator: z.string(expect('string')).optional(),
      project: projectSchema,
    },
    expect('object'),
  )
  .loose();
