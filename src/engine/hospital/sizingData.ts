import * as z from 'zod/mini';
import orSizingJson from '../../../rules/or-sizing/or-sizing.json';
import { parseStrict } from '../rules/validate';

/** Schema of `rules/or-sizing/or-sizing.json`: OR floor areas, size categories and OR-count ratios. */

const localizedText = z.strictObject({ en: z.string().check(z.minLength(1)), 'zh-CN': z.string().check(z.minLength(1)) });
const range = z.strictObject({ min: z.number().check(z.positive()), max: z.number().check(z.positive()) });
const provenance = {
  source: localizedText,
  kind: z.enum(['guidance', 'practice']),
  lastChecked: z.iso.date(),
};

const orSizingSchema = z.strictObject({
  fgiMinimums: z.strictObject({
    ...provenance,
    verified: z.boolean(),
    note: z.string().check(z.minLength(1)),
    rows: z
      .array(
        z.strictObject({
          id: z.string().check(z.minLength(1)),
          label: localizedText,
          minAreaM2: z.number().check(z.positive()),
          minAreaFt2: z.number().check(z.positive()),
          minClearDimensionM: z.number().check(z.positive()),
          minClearDimensionFt: z.number().check(z.positive()),
        }),
      )
      .check(z.minLength(1)),
  }),
  gb50333v2002Sizes: z.strictObject({
    ...provenance,
    note: z.string().check(z.minLength(1)),
    maxOverrunFraction: z.number().check(z.nonnegative()),
    netHeightM: z.strictObject({ min: z.number().check(z.positive()), max: z.number().check(z.positive()), verified: z.boolean() }),
    rows: z
      .array(
        z.strictObject({
          id: z.string().check(z.minLength(1)),
          label: localizedText,
          minAreaM2: z.number().check(z.positive()),
          maxAreaM2: z.number().check(z.positive()),
          referenceSize: z.string().check(z.minLength(1)),
          verified: z.boolean(),
        }),
      )
      .check(z.minLength(1)),
  }),
  orCount: z.strictObject({
    formula: z.strictObject({ ...provenance, verified: z.boolean(), note: z.string().check(z.minLength(1)) }),
    surgicalBedsPerOr: z.strictObject({ ...provenance, verified: z.boolean(), min: z.number().check(z.positive()), max: z.number().check(z.positive()) }),
    gb51039: z.strictObject({ ...provenance, verified: z.boolean(), totalBedsPerOr: z.number().check(z.positive()), surgicalBedsPerOr: range }),
    rulesOfThumb: z.strictObject({ ...provenance, verified: z.boolean(), note: z.string().check(z.minLength(1)), general: range, surgeryHeavy: range }),
  }),
});

export type OrSizingData = z.infer<typeof orSizingSchema>;
export type FgiOperatingRoomType = OrSizingData['fgiMinimums']['rows'][number];
export type Gb50333v2002SizeCategory = OrSizingData['gb50333v2002Sizes']['rows'][number];

let parsed: OrSizingData | null = null;

/** Returns the validated OR sizing data; a data error names the file, JSON path and found value. */
export function orSizingData(): OrSizingData {
  parsed ??= parseStrict(orSizingSchema, orSizingJson, 'rules/or-sizing/or-sizing.json');
  return parsed;
}
