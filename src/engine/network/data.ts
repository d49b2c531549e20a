import doorTableJson from '../../../rules/door-leakage/door-table-uk-hospital.json';
import gapPresetsJson from '../../../rules/door-leakage/gap-presets.json';
import orificeFormsJson from '../../../rules/door-leakage/orifice-forms.json';
import type { LocalizedText } from '../../i18n/locale';
import type { RequirementKind } from '../findings';
import { RuleDataError, parseStrict } from '../rules/validate';
import { doorTableFileSchema, gapPresetsFileSchema, orificeFormsFileSchema } from './schema';

/** Publication a leakage figure comes from. */
export interface LeakageCitation {
  /** Standard designation or document title, e.g. `BS EN 12101-6`. */
  readonly document: string;
  /** Edition year or version, or null when not known. */
  readonly edition: string | null;
  /** Clause or table, or null when not checked. */
  readonly clause: string | null;
}

/** Source and confidence of a leakage figure. */
export interface LeakageProvenance {
  readonly id: string;
  readonly label: LocalizedText;
  readonly citation: LeakageCitation;
  readonly kind: RequirementKind;
  readonly verified: boolean;
}

/** One written form of the orifice law Q = Cd · A · √(2ΔP/ρ). */
export interface OrificeForm extends LeakageProvenance {
  readonly cd: number;
  readonly airDensityKgM3: number;
  /** k in Q [m³/s] = k · A [m²] · √ΔP [Pa]: the published figure, or Cd · √(2/ρ) when none is published. */
  readonly coefficient: number;
}

/** Clearances round a closed leaf (mm). */
export interface DoorGapsMm {
  readonly headMm: number;
  readonly thresholdMm: number;
  readonly jambMm: number;
  /** Gap between the two leaves of a double door, unused for single leaves. */
  readonly meetingMm: number;
}

export interface GapPreset extends LeakageProvenance, DoorGapsMm {}

export interface DoorTableRow {
  readonly deltaPa: number;
  readonly singleM3s: number;
  readonly doubleM3s: number;
}

/** Leakage per closed door against pressure difference, rows in ascending ΔP. */
export interface DoorLeakageTable extends LeakageProvenance {
  readonly rows: readonly DoorTableRow[];
}

export interface DoorLeakageData {
  readonly orificeForms: readonly OrificeForm[];
  readonly gapPresets: readonly GapPreset[];
  readonly doorTables: readonly DoorLeakageTable[];
}

/** Raw JSON of the files in `rules/door-leakage/`, with the door tables keyed by file name. */
export interface DoorLeakageSources {
  readonly orificeForms: unknown;
  readonly gapPresets: unknown;
  readonly doorTables: Readonly<Record<string, unknown>>;
}

const FOLDER = 'rules/door-leakage';
const ORIFICE_FILE = `${FOLDER}/orifice-forms.json`;
const GAPS_FILE = `${FOLDER}/gap-presets.json`;

/** Largest accepted gap between a published orifice coefficient and Cd · √(2/ρ), as a fraction. */
const COEFFICIENT_CONSISTENCY = 0.01;

function orificeCoefficient(cd: number, airDensityKgM3: number): number {
  return cd * Math.sqrt(2 / airDensityKgM3);
}

function loadOrificeForms(raw: unknown): OrificeForm[] {
  const file = parseStrict(orificeFormsFileSchema, raw, ORIFICE_FILE);
  return file.forms.map((form, index) => {
    const computed = orificeCoefficient(form.cd, form.airDensityKgM3);
    const published = form.coefficient;
    if (published !== undefined && Math.abs(published - computed) > COEFFICIENT_CONSISTENCY * computed) {
      const expected = `a coefficient within 1 % of Cd · √(2/ρ) = ${computed.toFixed(4)}`;
      throw new RuleDataError(ORIFICE_FILE, `$.forms[${index}].coefficient`, expected, String(published));
    }
    const { note: _note, lastChecked: _lastChecked, coefficient: _coefficient, ...rest } = form;
    return { ...rest, coefficient: published ?? computed };
  });
}

function loadGapPresets(raw: unknown): GapPreset[] {
  const file = parseStrict(gapPresetsFileSchema, raw, GAPS_FILE);
  return file.presets.map(({ note: _note, lastChecked: _lastChecked, ...preset }) => preset);
}

function loadDoorTable(raw: unknown, fileName: string): DoorLeakageTable {
  const file = parseStrict(doorTableFileSchema, raw, fileName);
  file.rows.forEach((row, index) => {
    const previous = file.rows[index - 1];
    if (previous === undefined) return;
    if (row.deltaPa <= previous.deltaPa) {
      throw new RuleDataError(fileName, `$.rows[${index}].deltaPa`, `a pressure above the previous row's ${previous.deltaPa} Pa`, String(row.deltaPa));
    }
    if (row.singleM3s < previous.singleM3s || row.doubleM3s < previous.doubleM3s) {
      throw new RuleDataError(fileName, `$.rows[${index}]`, 'flows that do not fall as the pressure rises', JSON.stringify(row));
    }
  });
  const { note: _note, lastChecked: _lastChecked, unit: _unit, ...table } = file;
  return table;
}

function rejectDuplicateIds(items: readonly LeakageProvenance[], fileName: string, arrayKey: string): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      throw new RuleDataError(fileName, `$.${arrayKey}[${index}].id`, 'an id used once in the file', JSON.stringify(item.id));
    }
    seen.add(item.id);
  });
}

function loadDoorTables(raw: Readonly<Record<string, unknown>>): DoorLeakageTable[] {
  const tables: DoorLeakageTable[] = [];
  for (const [name, data] of Object.entries(raw)) {
    const fileName = `${FOLDER}/${name}`;
    const table = loadDoorTable(data, fileName);
    if (tables.some((other) => other.id === table.id)) {
      throw new RuleDataError(fileName, '$.id', 'an id used by one door table only', JSON.stringify(table.id));
    }
    tables.push(table);
  }
  return tables;
}

/** Validates the door-leakage data and throws a RuleDataError naming the file, JSON path and fix. */
export function loadDoorLeakageData(sources: DoorLeakageSources): DoorLeakageData {
  const orificeForms = loadOrificeForms(sources.orificeForms);
  const gapPresets = loadGapPresets(sources.gapPresets);
  const doorTables = loadDoorTables(sources.doorTables);
  rejectDuplicateIds(orificeForms, ORIFICE_FILE, 'forms');
  rejectDuplicateIds(gapPresets, GAPS_FILE, 'presets');
  return { orificeForms, gapPresets, doorTables };
}

/** The shipped files, imported statically so that Vite bundles them for the browser. */
export const DOOR_LEAKAGE_SOURCES: DoorLeakageSources = {
  orificeForms: orificeFormsJson,
  gapPresets: gapPresetsJson,
  doorTables: { 'door-table-uk-hospital.json': doorTableJson },
};

let shipped: DoorLeakageData | null = null;

/** Returns the shipped door-leakage data, validated on first use. */
export function doorLeakageData(): DoorLeakageData {
  shipped ??= loadDoorLeakageData(DOOR_LEAKAGE_SOURCES);
  return shipped;
}

function findById<T extends LeakageProvenance>(items: readonly T[], id: string, what: string): T {
  const item = items.find((candidate) => candidate.id === id);
  if (item === undefined) {
    const known = items.map((candidate) => `"${candidate.id}"`).join(', ');
    throw new RangeError(`Unknown ${what} "${id}": use one of ${known} from ${FOLDER}/.`);
  }
  return item;
}

/** Looks up an orifice form by id and throws a RangeError listing the known ids if none matches. */
export function orificeForm(id: string): OrificeForm {
  return findById(doorLeakageData().orificeForms, id, 'orifice form');
}

/** Looks up a gap preset by id and throws a RangeError listing the known ids if none matches. */
export function gapPreset(id: string): GapPreset {
  return findById(doorLeakageData().gapPresets, id, 'gap preset');
}

/** Looks up a door-leakage table by id and throws a RangeError listing the known ids if none matches. */
export function doorLeakageTable(id: string): DoorLeakageTable {
  return findById(doorLeakageData().doorTables, id, 'door-leakage table');
}
