import * as z from 'zod/mini';

/**
 * Schemas of the JSON files under `rules/door-leakage/`. Every object is strict, so an unknown key
 * is an error that names the file and key.
 */

const localizedText = z.strictObject({ en: z.string().check(z.minLength(1)), 'zh-CN': z.string().check(z.minLength(1)) });
const kebabId = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id such as "uniform-5mm"'));

/** Publication the figures come from, with null for an edition or clause that is not known. */
const citation = z.strictObject({
  document: z.string().check(z.minLength(1)),
  edition: z.nullable(z.string().check(z.minLength(1))),
  clause: z.nullable(z.string().check(z.minLength(1))),
});

const provenance = {
  id: kebabId,
  label: localizedText,
  citation,
  kind: z.enum(['mandatory', 'guidance', 'practice']),
  /** True only when the figures have been checked against the publication itself. */
  verified: z.boolean(),
  lastChecked: z.iso.date(),
  note: z.optional(z.string().check(z.minLength(1))),
};

const orificeFormSchema = z.strictObject({
  ...provenance,
  /** Discharge coefficient Cd of the crack, dimensionless. */
  cd: z.number().check(z.gt(0), z.maximum(1)),
  /** Air density ρ (kg/m³) the form assumes. */
  airDensityKgM3: z.number().check(z.gt(0)),
  /** Published coefficient k in Q [m³/s] = k · A [m²] · √ΔP [Pa]. When absent, k = Cd · √(2/ρ). */
  coefficient: z.optional(z.number().check(z.gt(0))),
});

export const orificeFormsFileSchema = z.strictObject({
  note: z.string().check(z.minLength(1)),
  forms: z.array(orificeFormSchema).check(z.minLength(1)),
});

const gapMm = z.number().check(z.nonnegative(), z.maximum(100));

const gapPresetSchema = z.strictObject({
  ...provenance,
  headMm: gapMm,
  thresholdMm: gapMm,
  jambMm: gapMm,
  meetingMm: gapMm,
});

export const gapPresetsFileSchema = z.strictObject({
  note: z.string().check(z.minLength(1)),
  presets: z.array(gapPresetSchema).check(z.minLength(1)),
});

const tableRowSchema = z.strictObject({
  deltaPa: z.number().check(z.gt(0)),
  singleM3s: z.number().check(z.gt(0)),
  doubleM3s: z.number().check(z.gt(0)),
});

export const doorTableFileSchema = z.strictObject({
  ...provenance,
  unit: z.literal('m3/s'),
  rows: z.array(tableRowSchema).check(z.minLength(2)),
});

export type OrificeFormsFile = z.infer<typeof orificeFormsFileSchema>;
export type GapPresetsFile = z.infer<typeof gapPresetsFileSchema>;
export type DoorTableFile = z.infer<typeof doorTableFileSchema>;
