import { z } from 'zod';

/**
 * Schemas of the JSON files under `rules/door-leakage/`. Every object is strict, so an unknown key
 * is an error that names the file and key.
 */

const localizedText = z.strictObject({ en: z.string().min(1), 'zh-CN': z.string().min(1) });
const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id such as "uniform-5mm"');

/** Publication the figures come from, with null for an edition or clause that is not known. */
const citation = z.strictObject({
  document: z.string().min(1),
  edition: z.string().min(1).nullable(),
  clause: z.string().min(1).nullable(),
});

const provenance = {
  id: kebabId,
  label: localizedText,
  citation,
  kind: z.enum(['mandatory', 'guidance', 'practice']),
  /** True only when the figures have been checked against the publication itself. */
  verified: z.boolean(),
  lastChecked: z.iso.date(),
  note: z.string().min(1).optional(),
};

const orificeFormSchema = z.strictObject({
  ...provenance,
  /** Discharge coefficient Cd of the crack, dimensionless. */
  cd: z.number().gt(0).max(1),
  /** Air density ρ (kg/m³) the form assumes. */
  airDensityKgM3: z.number().gt(0),
  /** Published coefficient k in Q [m³/s] = k · A [m²] · √ΔP [Pa]. When absent, k = Cd · √(2/ρ). */
  coefficient: z.number().gt(0).optional(),
});

export const orificeFormsFileSchema = z.strictObject({
  note: z.string().min(1),
  forms: z.array(orificeFormSchema).min(1),
});

const gapMm = z.number().nonnegative().max(100);

const gapPresetSchema = z.strictObject({
  ...provenance,
  headMm: gapMm,
  thresholdMm: gapMm,
  jambMm: gapMm,
  meetingMm: gapMm,
});

export const gapPresetsFileSchema = z.strictObject({
  note: z.string().min(1),
  presets: z.array(gapPresetSchema).min(1),
});

const tableRowSchema = z.strictObject({
  deltaPa: z.number().gt(0),
  singleM3s: z.number().gt(0),
  doubleM3s: z.number().gt(0),
});

export const doorTableFileSchema = z.strictObject({
  ...provenance,
  unit: z.literal('m3/s'),
  rows: z.array(tableRowSchema).min(2),
});

export type OrificeFormsFile = z.infer<typeof orificeFormsFileSchema>;
export type GapPresetsFile = z.infer<typeof gapPresetsFileSchema>;
export type DoorTableFile = z.infer<typeof doorTableFileSchema>;
