import * as z from 'zod/mini';
import '../zodLocale';
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

const optionalNumber = z._default(z.nullable(z.number(expect('number-or-null'))), null);
const optionalNonNegative = z._default(
  z.nullable(z.number(expect('non-negative-number-or-null')).check(z.nonnegative(expect('non-negative-number-or-null')))),
  null,
);

/** For values added after schema version 1 shipped: absent stays absent, so older files round-trip unchanged. */
const absentOrNonNegative = z.optional(
  z.nullable(z.number(expect('non-negative-number-or-null')).check(z.nonnegative(expect('non-negative-number-or-null')))),
);

const pointSchema = z.looseObject({ x: z.number(expect('polygon')), y: z.number(expect('polygon')) }, expect('polygon'));

const designSchema = z.looseObject(
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
    filterCoveragePct: z.optional(
      z.nullable(
        z
          .number(expect('non-negative-number-or-null'))
          .check(z.minimum(0, expect('non-negative-number-or-null')), z.maximum(100, expect('non-negative-number-or-null'))),
      ),
    ),
    returnM3h: absentOrNonNegative,
    lightingWm2: absentOrNonNegative,
    equipmentW: absentOrNonNegative,
    supplyDeltaTK: z.optional(z.nullable(z.number(expect('positive-number')).check(z.positive(expect('positive-number'))))),
  },
  expect('object'),
);

/** ISO 14644-1 allows intermediate classes (e.g. 8.5 for 三十万级), so any number from 1 to 9 is accepted. */
const cleanlinessSchema = z._default(
  z.nullable(
    z.discriminatedUnion(
      'kind',
      [
        z.looseObject({
          kind: z.literal('iso'),
          isoClass: z.number(expect('cleanliness')).check(z.minimum(1, expect('cleanliness')), z.maximum(9, expect('cleanliness'))),
        }),
        z.looseObject({ kind: z.literal('gmp'), grade: z.enum(['A', 'B', 'C', 'D'], expect('cleanliness')) }),
        z.looseObject({ kind: z.literal('hospital'), hospitalClass: z.enum(['I', 'II', 'III', 'IV'], expect('cleanliness')) }),
        z.looseObject({ kind: z.literal('food'), foodClass: z.enum(['I', 'II', 'III', 'IV'], expect('cleanliness')) }),
        z.looseObject({ kind: z.literal('unclassified') }),
      ],
      expect('cleanliness'),
    ),
  ),
  null,
);

/**
 * Added after schema version 1 shipped. It stays absent when the file omits it, so older files
 * round-trip unchanged, and an absent value means null (not a laboratory).
 */
const biosafetySchema = z.optional(
  z.nullable(
    z.looseObject(
      {
        level: z.enum(['BSL-1', 'BSL-2', 'BSL-3', 'BSL-4', 'ABSL-1', 'ABSL-2', 'ABSL-3', 'ABSL-4'], expect('biosafety')),
        type: z._default(z.nullable(z.enum(['a', 'b1', 'b2'], expect('biosafety'))), null),
      },
      expect('biosafety'),
    ),
  ),
);

/**
 * Measured data, added after schema version 1 shipped; absent when the file omits it. Counts and
 * volumes are checked for type here, and the classification reports values it cannot judge.
 */
const particleSizeSchema = z.enum(['0.1', '0.2', '0.3', '0.5', '1', '5'], expect('measurements'));
const measuredNumber = z.number(expect('measurements'));
const measurementsSchema = z.optional(
  z.nullable(
    z.object(
      {
        particles: z.optional(
          z.nullable(
            z.object(
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
            ),
          ),
        ),
        microbial: z.optional(
          z.nullable(
            z.object(
              {
                air: z.array(measuredNumber, expect('measurements')),
                settlePlate: z.array(measuredNumber, expect('measurements')),
                contactPlate: z.array(measuredNumber, expect('measurements')),
                glovePrint: z.array(measuredNumber, expect('measurements')),
              },
              expect('measurements'),
            ),
          ),
        ),
      },
      expect('measurements'),
    ),
  ),
);

export const roomSchema = z.looseObject(
  {
    id: z.string(expect('string')).check(z.minLength(1, expect('string'))),
    name: z.string(expect('string')),
    use: z._default(z.nullable(z.string(expect('string-or-null'))), null),
    polygon: z.array(pointSchema, expect('polygon')).check(z.minLength(3, expect('polygon'))),
    clearHeightM: optionalNonNegative,
    cleanliness: cleanlinessSchema,
    classLabel: z._default(z.nullable(z.string(expect('string-or-null'))), null),
    airflowPattern: z._default(z.nullable(z.enum(['non-unidirectional', 'unidirectional', 'mixed'], expect('airflow-pattern'))), null),
    containment: z._default(z.boolean(expect('boolean')), false),
    biosafety: biosafetySchema,
    design: z._default(designSchema, () => designSchema.parse({})),
    areaKnown: z.optional(z.boolean(expect('boolean'))),
    measurements: measurementsSchema,
    ahuId: z.optional(z.nullable(z.string(expect('string-or-null')))),
    terminalId: z.optional(z.nullable(z.string(expect('string-or-null')))),
    terminalCount: z.optional(z.nullable(z.number(expect('non-negative-number-or-null')).check(z.nonnegative(expect('non-negative-number-or-null'))))),
  },
  expect('object'),
);

const gapNumber = z.number(expect('non-negative-number')).check(z.nonnegative(expect('non-negative-number')));

const terminalSpecSchema = z.looseObject(
  {
    id: z.string(expect('string')).check(z.minLength(1, expect('string'))),
    kind: z.enum(['hepa', 'ffu'], expect('terminal-kind')),
    name: z.string(expect('string')),
    faceWidthMm: z.number(expect('positive-number')).check(z.positive(expect('positive-number'))),
    faceLengthMm: z.number(expect('positive-number')).check(z.positive(expect('positive-number'))),
    ratedM3h: z.number(expect('positive-number')).check(z.positive(expect('positive-number'))),
    faceVelocityMs: z.number(expect('positive-number')).check(z.positive(expect('positive-number'))),
  },
  expect('object'),
);

/** Air-side settings, added after schema version 1 shipped; absent when the file omits it. */
const projectAirsideSchema = z.optional(
  z.looseObject(
    {
      leakageMethod: z._default(z.enum(['gaps', 'door-table'], expect('leakage-method')), 'gaps'),
      doorTableId: z._default(z.nullable(z.string(expect('string-or-null'))), null),
      ahus: z._default(
        z.array(
          z.looseObject(
            { id: z.string(expect('string')).check(z.minLength(1, expect('string'))), name: z.string(expect('string')) },
            expect('object'),
          ),
          expect('list'),
        ),
        () => [],
      ),
      terminalCatalog: z._default(z.nullable(z.array(terminalSpecSchema, expect('list'))), null),
    },
    expect('object'),
  ),
);

export const doorSchema = z.looseObject(
  {
    id: z.string(expect('string')).check(z.minLength(1, expect('string'))),
    roomA: z.string(expect('room-reference')),
    roomB: z.string(expect('room-reference')),
    position: z._default(
      z.nullable(z.looseObject({ x: z.number(expect('point-or-null')), y: z.number(expect('point-or-null')) }, expect('point-or-null'))),
      null,
    ),
    widthMm: z.number(expect('positive-number')).check(z.positive(expect('positive-number'))),
    type: z.optional(z.enum(['single', 'double', 'sliding', 'pass_box', 'opening'], expect('door-type'))),
    heightMm: z.optional(z.nullable(z.number(expect('positive-number')).check(z.positive(expect('positive-number'))))),
    gapsMm: z.optional(
      z.nullable(
        z.looseObject(
          {
            headMm: gapNumber,
            thresholdMm: gapNumber,
            jambMm: gapNumber,
            meetingMm: z._default(gapNumber, 0),
          },
          expect('object'),
        ),
      ),
    ),
    leakageAreaM2: z.optional(z.nullable(z.number(expect('positive-number')).check(z.positive(expect('positive-number'))))),
  },
  expect('object'),
);

export const projectSchema = z.looseObject(
  {
    id: z.string(expect('string')).check(z.minLength(1, expect('string'))),
    name: z.string(expect('string')),
    customerName: z._default(z.string(expect('string')), ''),
    referenceDate: z.iso.date(expect('iso-date')),
    // Left optional here so that the loader can report a default as a warning.
    ruleSetIds: z.optional(z.array(z.string(expect('string-list')), expect('string-list'))),
    rooms: z.array(roomSchema, expect('list')),
    doors: z.array(doorSchema, expect('list')),
    airside: projectAirsideSchema,
  },
  expect('object'),
);

export const envelopeSchema = z.looseObject(
  {
    format: z.literal('cleanplan-project', expect('format-name')),
    schemaVersion: z.number(expect('schema-version')),
    savedAt: z.optional(z.string(expect('string'))),
    generator: z.optional(z.string(expect('string'))),
    project: projectSchema,
  },
  expect('object'),
);
