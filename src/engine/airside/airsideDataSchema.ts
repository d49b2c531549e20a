import * as z from 'zod/mini';

/**
 * Schemas of the files in `rules/airside/`: the air-side design rules (manifest), cooling inputs,
 * particle dispersion inputs and recovery assumptions. Every object is strict, so a misspelt key
 * stops loading with the file and JSON path.
 */

const localizedText = z.strictObject({ en: z.string().check(z.minLength(1)), 'zh-CN': z.string().check(z.minLength(1)) });
const kebabId = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id such as "light-work"'));
const kind = z.enum(['mandatory', 'guidance', 'practice']);

/** Provenance every figure in `rules/airside/` carries. */
const provenance = {
  source: z.string().check(z.minLength(1)),
  kind,
  verified: z.boolean(),
  lastChecked: z.iso.date(),
  note: z.string().check(z.minLength(1)),
};

const manifestRule = z.strictObject({
  id: kebabId,
  kind,
  label: localizedText,
  clause: z.string().check(z.minLength(1)),
  verified: z.boolean(),
  lastChecked: z.iso.date(),
  note: z.string().check(z.minLength(1)),
});

/** `manifest.json`: identity of the `airside-design` rules that findings cite. */
export const airsideManifestSchema = z.strictObject({
  id: z.literal('airside-design'),
  standard: z.string().check(z.minLength(1)),
  title: localizedText,
  edition: z.string().check(z.regex(/^\d{4}$/, 'a four-digit year')),
  kind: z.literal('practice'),
  rules: z.array(manifestRule).check(z.minLength(1)),
  /**
   * Labels of the findings filed under a standard's rule set (`<rule-set id>/<key>`), such as fresh
   * air with make-up, keyed by the id suffix.
   */
  standardRuleLabels: z.record(kebabId, localizedText),
});
export type AirsideManifest = z.infer<typeof airsideManifestSchema>;

const activity = z.strictObject({
  id: kebabId,
  label: localizedText,
  /** Sensible heat per person (W), one entry per `roomTemperaturesC` column. */
  sensibleW: z.array(z.number().check(z.positive())).check(z.minLength(1)),
});

/** `cooling.json`: air properties and occupant sensible heat for the cooling supply. */
export const coolingDataSchema = z.strictObject({
  airDensity: z.strictObject({ ...provenance, value: z.number().check(z.positive()), unit: z.literal('kg/m3') }),
  specificHeat: z.strictObject({ ...provenance, value: z.number().check(z.positive()), unit: z.literal('J/(kg*K)') }),
  occupantSensibleHeat: z.strictObject({
    ...provenance,
    /** Room dry-bulb temperatures of the table's columns (°C), ascending. */
    roomTemperaturesC: z.array(z.number()).check(z.minLength(1)),
    activities: z.array(activity).check(z.minLength(1)),
    defaultActivity: kebabId,
    /** Activity by room-use id; rooms of other uses take `defaultActivity`. */
    activityByUse: z.record(z.string(), kebabId),
  }),
});
export type CoolingData = z.infer<typeof coolingDataSchema>;

const clothing = z.strictObject({ id: kebabId, label: localizedText, perMinute: z.number().check(z.positive()) });

/** `dispersion.json`: inputs of the Whyte et al. supply calculation. */
export const dispersionDataSchema = z.strictObject({
  method: z.strictObject(provenance),
  dispersionRates: z.strictObject({
    ...provenance,
    particleSizeUm: z.number().check(z.positive()),
    unit: z.literal('particles/min per person'),
    clothing: z.array(clothing).check(z.minLength(1)),
    defaultClothing: kebabId,
  }),
  terminalFilter: z.strictObject({
    ...provenance,
    /** Fraction of particles the filter removes, above 0 and below 1. */
    efficiency: z.number().check(z.positive(), z.lt(1)),
  }),
});
export type DispersionData = z.infer<typeof dispersionDataSchema>;

/** `recovery.json`: the decay ratio the GB 50333 self-clean estimate assumes. */
export const recoveryDataSchema = z.strictObject({
  selfCleanDecayRatio: z.strictObject({ ...provenance, value: z.number().check(z.gt(1)) }),
});
export type RecoveryData = z.infer<typeof recoveryDataSchema>;
