import type { Cleanliness, FoodClass, GmpGrade, HospitalClass } from '../../domain/cleanliness';
import { CLASS_CROSSWALK } from './crosswalk';

export type ClassParseErrorCode =
  /** Nothing was typed. */
  | 'empty'
  /** An ISO class below 1 or above 9. */
  | 'iso-class-out-of-range'
  /** An ISO class that is not a multiple of 0.1 (intermediate classes go in steps of 0.1). */
  | 'iso-class-step'
  /** A grade letter other than A–D. */
  | 'unknown-gmp-grade'
  /** A `Class N`, `NK` or `M…` name that FED-STD-209E and the Chinese legacy tables do not define. */
  | 'unknown-fs209e-class'
  /** Text matching no accepted form. */
  | 'unknown-class';

export interface ClassParseError {
  readonly code: ClassParseErrorCode;
  /** `text` is the input as typed; `value` the number or letter that was rejected, if any. */
  readonly params: { readonly text: string; readonly value?: string };
}

export type ClassParseResult =
  | {
      readonly ok: true;
      readonly value: Cleanliness;
      /** Canonical label: `ISO 7`, `ISO 8.5`, `Grade B`, `GB 50333 Class II` or `Unclassified`. */
      readonly label: string;
      /** The legacy name the class was mapped from, e.g. `FED-STD-209E Class 10000 (M5.5)`; null if typed as ISO or grade. */
      readonly equivalent: string | null;
    }
  | { readonly ok: false; readonly error: ClassParseError };

interface LegacyClass {
  readonly isoClass: number;
  readonly equivalent: string;
}

/** Legacy class number (100, 10000, 300000 …) → ISO class, from the crosswalk. */
const legacyByNumber = new Map<number, LegacyClass>();
/** Normalised Chinese or metric name (`万级`, `m5.5`) → ISO class. */
const legacyByName = new Map<string, LegacyClass>();
const unclassifiedNames = new Set<string>();

for (const entry of CLASS_CROSSWALK.fs209eClasses) {
  const legacy = {
    isoClass: entry.isoClass,
    equivalent: `FED-STD-209E Class ${entry.englishClass} (${entry.metricName})`,
  };
  legacyByNumber.set(entry.englishClass, legacy);
  legacyByName.set(normalise(entry.metricName), legacy);
  for (const name of entry.chineseNames) legacyByName.set(normalise(name), legacy);
}
for (const entry of CLASS_CROSSWALK.chineseLegacyClasses) {
  const legacy = { isoClass: entry.isoClass, equivalent: `${entry.names[0]} (${entry.number})` };
  legacyByNumber.set(entry.number, legacy);
  for (const name of entry.names) legacyByName.set(normalise(name), legacy);
}
for (const name of CLASS_CROSSWALK.unclassifiedNames) unclassifiedNames.add(normalise(name));

/** NFKC folds full-width digits and letters (ＩＳＯ７, Ｂ级) to ASCII; case and spaces never matter. */
function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

const ISO_PATTERN = /^iso(?:class)?-?(\d+(?:\.\d+)?)(?:级)?$/;
const GRADE_PATTERN = /^(gmp)?(grade)?([a-z])(级)?$/;
/**
 * GB 50333 operating department classes after normalising: `II`, `Ⅱ级` (NFKC turns Ⅱ into `II`),
 * `Class II OR`, `GB 50333 Class II`, `Ⅱ级洁净手术室`. Only Roman numerals I–IV qualify.
 */
const HOSPITAL_PATTERN = /^(?:gb50333)?(?:class)?(i|ii|iii|iv)(?:级)?(?:or|operatingroom|洁净手术室|手术室|洁净手术部)?$/;
/**
 * GB 50687 food clean room classes after normalising: `食品 I级`, `食品Ⅱ级`, `Food class II`,
 * `GB 50687 Class III`. The food or GB 50687 prefix is required, because a bare numeral is read as
 * a GB 50333 operating department class.
 */
const FOOD_PATTERN = /^(?:gb50687|食品|food)(?:class)?(i|ii|iii|iv)(?:级)?(?:洁净用房|洁净室|cleanroom)?$/;
const METRIC_PATTERN = /^m\d+(?:\.\d+)?$/;
const CLASS_WORD_PATTERN = /^class(\d[\d,]*)$/;
const THOUSANDS_PATTERN = /^(\d+(?:\.\d+)?)k(?:级)?$/;
const NUMBER_PATTERN = /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(级)?$/;
/** Numbers up to this are ISO classes; larger ones (10, 100, …) are legacy class names. */
const MAX_ISO_CLASS = 9;
const MIN_ISO_CLASS = 1;

/**
 * Parses a cleanliness class as engineers write it: ISO (`ISO 7`, `ISO Class 7`, `7级`, `7`,
 * `ISO 8.5`), GMP grades (`B`, `B级`, `Grade B`, `GMP B`), FED-STD-209E and Chinese legacy names
 * (`万级`, `10,000`, `Class 10000`, `10K`, `M5.5`, `三十万级`) through `rules/class-crosswalk.json`,
 * and unclassified (`NC`, `非洁净区`). A bare number up to 9 is an ISO class; a larger one is a
 * legacy class name (`100` is Class 100, ISO 5). A Roman numeral I–IV (`II`, `Ⅱ级`, `Class II OR`)
 * is a GB 50333 operating department class: no other class system accepted here uses Roman
 * numerals, and GMP grades are the letters A–D only, so `I` and `IV` cannot be read as grades.
 */
export function parseCleanliness(text: string): ClassParseResult {
  const compact = normalise(text);
  if (compact === '') return failure('empty', text);
  if (unclassifiedNames.has(compact)) return success({ kind: 'unclassified' }, null);

  const named = legacyByName.get(compact);
  if (named) return isoSuccess(named.isoClass, named.equivalent);

  return parseIsoForm(compact, text) ?? parseFoodForm(compact) ?? parseHospitalForm(compact) ?? parseGradeForm(compact, text) ?? parseLegacyNumberForm(compact, text) ?? failure('unknown-class', text);
}

function parseIsoForm(compact: string, text: string): ClassParseResult | null {
  const match = ISO_PATTERN.exec(compact);
  return match ? isoFromNumber(match[1]!, text) : null;
}

function parseFoodForm(compact: string): ClassParseResult | null {
  const match = FOOD_PATTERN.exec(compact);
  if (!match) return null;
  const foodClass = match[1]!.toUpperCase() as FoodClass;
  return success({ kind: 'food', foodClass }, null);
}

// NOTE: GB 50687-2011 food clean rooms also number their classes I–IV. A bare numeral stays a
// GB 50333 class; food classes need the `食品` / `Food class` / `GB 50687` prefix.
function parseHospitalForm(compact: string): ClassParseResult | null {
  const match = HOSPITAL_PATTERN.exec(compact);
  if (!match) return null;
  const hospitalClass = match[1]!.toUpperCase() as HospitalClass;
  return success({ kind: 'hospital', hospitalClass }, null);
}

function parseGradeForm(compact: string, text: string): ClassParseResult | null {
  const match = GRADE_PATTERN.exec(compact);
  if (!match) return null;
  const letter = match[3]!.toUpperCase();
  if (letter === 'A' || letter === 'B' || letter === 'C' || letter === 'D') {
    return success({ kind: 'gmp', grade: letter satisfies GmpGrade }, null);
  }
  return failure('unknown-gmp-grade', text, letter);
}

function parseLegacyNumberForm(compact: string, text: string): ClassParseResult | null {
  if (METRIC_PATTERN.test(compact)) return failure('unknown-fs209e-class', text, compact.toUpperCase());

  const classWord = CLASS_WORD_PATTERN.exec(compact);
  if (classWord) return legacyFromNumber(Number(classWord[1]!.replace(/,/g, '')), text);

  const thousands = THOUSANDS_PATTERN.exec(compact);
  if (thousands) return legacyFromNumber(Number(thousands[1]!) * 1000, text);

  const bare = NUMBER_PATTERN.exec(compact);
  if (!bare) return null;
  const digits = bare[1]!.replace(/,/g, '');
  return Number(digits) <= MAX_ISO_CLASS ? isoFromNumber(digits, text) : legacyFromNumber(Number(digits), text);
}

function legacyFromNumber(classNumber: number, text: string): ClassParseResult {
  const legacy = legacyByNumber.get(classNumber);
  if (!legacy) return failure('unknown-fs209e-class', text, String(classNumber));
  return isoSuccess(legacy.isoClass, legacy.equivalent);
}

function isoFromNumber(digits: string, text: string): ClassParseResult {
  const isoClass = Number(digits);
  if (isoClass < MIN_ISO_CLASS || isoClass > MAX_ISO_CLASS) return failure('iso-class-out-of-range', text, digits);

  const tenths = isoClass * 10;
  if (Math.abs(tenths - Math.round(tenths)) > 1e-9) return failure('iso-class-step', text, digits);
  return isoSuccess(Math.round(tenths) / 10, null);
}

function isoSuccess(isoClass: number, equivalent: string | null): ClassParseResult {
  return success({ kind: 'iso', isoClass }, equivalent);
}

function success(value: Cleanliness, equivalent: string | null): ClassParseResult {
  return { ok: true, value, label: cleanlinessLabel(value), equivalent };
}

function failure(code: ClassParseErrorCode, text: string, value?: string): ClassParseResult {
  const params = value === undefined ? { text } : { text, value };
  return { ok: false, error: { code, params } };
}

/** Returns the canonical, language-neutral label of a class: `ISO 7`, `ISO 8.5`, `Grade B`, `GB 50333 Class II`, `Unclassified`. */
export function cleanlinessLabel(value: Cleanliness): string {
  switch (value.kind) {
    case 'iso':
      return `ISO ${value.isoClass}`;
    case 'gmp':
      return `Grade ${value.grade}`;
    case 'hospital':
      return `GB 50333 Class ${value.hospitalClass}`;
    case 'food':
      return `GB 50687 Class ${value.foodClass}`;
    case 'unclassified':
      return 'Unclassified';
  }
}
