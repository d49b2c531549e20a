import * as z from 'zod/mini';
import doorDefaultsJson from '../../../rules/door-leakage/door-defaults.json';
import networkPracticeJson from '../../../rules/airside-practice/network.json';
import type { LocalizedText } from '../../i18n/locale';
import type { Citation, RequirementKind } from '../findings';
import { doorLeakageData } from '../network/data';
import { RuleDataError, parseStrict } from '../rules/validate';

/**
 * Data the project pressure network reads besides the leakage figures of `rules/door-leakage/`:
 * door defaults (`door-defaults.json`) and the practice rules its findings cite
 * (`rules/airside-practice/network.json`). Both files are validated strictly on first use.
 */

const DEFAULTS_FILE = 'rules/door-leakage/door-defaults.json';
const PRACTICE_FILE = 'rules/airside-practice/network.json';

const localizedText = z.strictObject({ en: z.string().check(z.minLength(1)), 'zh-CN': z.string().check(z.minLength(1)) });
const kebabId = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id such as "network-solvable"'));
const kind = z.enum(['mandatory', 'guidance', 'practice']);
const leafTypes = ['single', 'double', 'sliding', 'pass_box'] as const;
const leaves = z.enum(['single', 'double']);

const doorDefaultsSchema = z.strictObject({
  note: z.string().check(z.minLength(1)),
  orificeFormId: kebabId,
  doorTableId: kebabId,
  defaultHeight: z.strictObject({
    id: kebabId,
    label: localizedText,
    citation: z.strictObject({
      document: z.string().check(z.minLength(1)),
      edition: z.nullable(z.string().check(z.minLength(1))),
      clause: z.nullable(z.string().check(z.minLength(1))),
    }),
    kind,
    verified: z.boolean(),
    lastChecked: z.iso.date(),
    /** Clear leaf height (m) of a door drawn without one. */
    heightM: z.number().check(z.gt(0), z.maximum(10)),
    note: z.optional(z.string().check(z.minLength(1))),
  }),
  /** Gap preset id of each closed door type; openings have no gaps. */
  gapPresetByType: z.strictObject({ single: kebabId, double: kebabId, sliding: kebabId, pass_box: kebabId }),
  /** Row of the door table (single or double leaf) each closed door type reads. */
  tableLeavesByType: z.strictObject({ single: leaves, double: leaves, sliding: leaves, pass_box: leaves }),
});

const practiceRuleSchema = z.strictObject({
  id: kebabId,
  label: localizedText,
  clause: z.string().check(z.minLength(1)),
  kind,
  verified: z.boolean(),
  lastChecked: z.iso.date(),
  note: z.optional(z.string().check(z.minLength(1))),
});

const networkPracticeSchema = z.strictObject({
  id: kebabId,
  standard: z.string().check(z.minLength(1)),
  title: localizedText,
  edition: z.string().check(z.minLength(1)),
  kind: z.literal('practice'),
  note: z.string().check(z.minLength(1)),
  limits: z.strictObject({
    /** Largest |pressure| (Pa) a solved room may reach. */
    maxRoomPressurePa: z.number().check(z.gt(0)),
    /** Largest |given − needed offset| (m³/h) of a room with a design pressure and design airflows. */
    offsetToleranceM3h: z.number().check(z.nonnegative()),
    /** Smallest |ΔP| (Pa) across a door whose step no chosen rule judges. */
    minDoorStepPa: z.number().check(z.gt(0)),
  }),
  rules: z.array(practiceRuleSchema).check(z.minLength(1)),
});

export type LeafType = (typeof leafTypes)[number];
export type DoorDefaults = z.infer<typeof doorDefaultsSchema>;

/** A practice rule of the network, ready to stamp on findings. */
export interface NetworkRule {
  /** `airside-practice/<rule id>`. */
  readonly ruleId: string;
  readonly label: LocalizedText;
  readonly kind: RequirementKind;
  readonly verified: boolean;
  readonly citation: Citation;
}

/** Ids of the rules in `network.json` the engine cites; the loader rejects a file missing one. */
export const NETWORK_RULE_IDS = [
  'network-room-input',
  'network-connected',
  'network-solvable',
  'room-pressure-holdable',
  'room-offset-balance',
  'door-step-minimum',
  'door-flow-direction',
  'door-table-range',
  'door-leakage-input',
] as const;

export type NetworkRuleId = (typeof NETWORK_RULE_IDS)[number];

export interface NetworkPractice {
  readonly limits: z.infer<typeof networkPracticeSchema>['limits'];
  readonly rules: Readonly<Record<NetworkRuleId, NetworkRule>>;
}

/** Validates the door defaults and checks that every preset and table they name exists. */
export function loadDoorDefaults(raw: unknown): DoorDefaults {
  const defaults = parseStrict(doorDefaultsSchema, raw, DEFAULTS_FILE);
  const leakage = doorLeakageData();
  if (!leakage.orificeForms.some((form) => form.id === defaults.orificeFormId)) {
    throw new RuleDataError(DEFAULTS_FILE, '$.orificeFormId', 'an orifice form id of rules/door-leakage/orifice-forms.json', JSON.stringify(defaults.orificeFormId));
  }
  if (!leakage.doorTables.some((table) => table.id === defaults.doorTableId)) {
    throw new RuleDataError(DEFAULTS_FILE, '$.doorTableId', 'a door-leakage table id of rules/door-leakage/', JSON.stringify(defaults.doorTableId));
  }
  for (const type of leafTypes) {
    const presetId = defaults.gapPresetByType[type];
    if (!leakage.gapPresets.some((preset) => preset.id === presetId)) {
      throw new RuleDataError(DEFAULTS_FILE, `$.gapPresetByType.${type}`, 'a gap preset id of rules/door-leakage/gap-presets.json', JSON.stringify(presetId));
    }
  }
  return defaults;
}

/** Validates the network practice rules and checks that each rule id the engine cites is present. */
export function loadNetworkPractice(raw: unknown): NetworkPractice {
  const file = parseStrict(networkPracticeSchema, raw, PRACTICE_FILE);
  const byId = new Map(file.rules.map((rule) => [rule.id, rule]));
  const rules = {} as Record<NetworkRuleId, NetworkRule>;
  for (const id of NETWORK_RULE_IDS) {
    const rule = byId.get(id);
    if (rule === undefined) throw new RuleDataError(PRACTICE_FILE, '$.rules', `a rule with id "${id}"`, 'none');
    const citation: Citation = { ruleSetId: file.id, standard: file.standard, edition: file.edition, clause: rule.clause };
    rules[id] = { ruleId: `${file.id}/${id}`, label: rule.label, kind: rule.kind, verified: rule.verified, citation };
  }
  return { limits: file.limits, rules };
}

let shippedDefaults: DoorDefaults | null = null;
let shippedPractice: NetworkPractice | null = null;

/** Returns the shipped door defaults, validated on first use. */
export function doorDefaults(): DoorDefaults {
  shippedDefaults ??= loadDoorDefaults(doorDefaultsJson);
  return shippedDefaults;
}

/** Returns the shipped network practice rules, validated on first use. */
export function networkPractice(): NetworkPractice {
  shippedPractice ??= loadNetworkPractice(networkPracticeJson);
  return shippedPractice;
}

/** Returns the label of a network practice rule by its full id, or null for any other id. */
export function networkRuleLabel(ruleId: string): LocalizedText | null {
  const rules = Object.values(networkPractice().rules);
  return rules.find((rule) => rule.ruleId === ruleId)?.label ?? null;
}
