import type { CompanyRuleSetDocument } from './document';

/** One editable number of a company rule set, with where it sits and its unit. */
export interface EditableNumber {
  /** Path from the document root, e.g. `['ruleSet', 'rules', 3, 'minPa']`. */
  readonly path: readonly (string | number)[];
  /** Rule id (`min-ach`) for numbers in a rule, table file name for numbers in a table. */
  readonly owner: string;
  /** Key of the number in its object, e.g. `minPa`, `max`. */
  readonly key: string;
  readonly value: number;
  /** Unit id (`Pa`, `1/h`, `m/s`) or null where the number is a count or class. */
  readonly unit: string | null;
}

type JsonRecord = Record<string, unknown>;

/** Keys whose numbers are ISO classes or row bounds, not quantities with a unit. */
const UNITLESS_KEYS: ReadonlySet<string> = new Set(['isoClassMin', 'isoClassMax', 'isoClassFrom', 'isoClassTo', 'isoClasses', 'locations']);

/** Unit of the numbers of checks whose rule data has no `unit` key. */
function impliedUnit(check: unknown, key: string): string | null {
  if (key === 'clearHeightBelowM') return 'm';
  if (typeof check !== 'string') return null;
  if (check.startsWith('door-') || check === 'room-biosafety-pressure') return 'Pa';
  if (check === 'fresh-air') return 'm3/h';
  if (key === 'minWashingAreaM2') return 'm2';
  return null;
}

function collect(value: unknown, path: (string | number)[], owner: string, unit: string | null, check: unknown, out: EditableNumber[]): void {
  if (typeof value === 'number') {
    const key = String([...path].reverse().find((part) => typeof part === 'string') ?? '');
    const numberUnit = UNITLESS_KEYS.has(key) ? null : (unit ?? impliedUnit(check, key));
    out.push({ path, owner, key, value, unit: numberUnit });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => collect(item, [...path, index], owner, unit, check, out));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value as JsonRecord)) collect(child, [...path, key], owner, unit, check, out);
}

/** Lists every number in the document's rules and tables, in file order, for the threshold editor. */
export function listEditableNumbers(document: CompanyRuleSetDocument): EditableNumber[] {
  const out: EditableNumber[] = [];
  const rules = Array.isArray(document.ruleSet.rules) ? (document.ruleSet.rules as JsonRecord[]) : [];
  rules.forEach((rule, index) => {
    const unit = typeof rule.unit === 'string' ? rule.unit : null;
    collect(rule, ['ruleSet', 'rules', index], String(rule.id), unit, rule.check, out);
  });
  for (const [name, table] of Object.entries(document.tables)) {
    const unit = typeof (table as JsonRecord).unit === 'string' ? String((table as JsonRecord).unit) : null;
    collect(table, ['tables', name], name, unit, null, out);
  }
  return out;
}

function setAt(node: unknown, path: readonly (string | number)[], value: number): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(node) && typeof head === 'number') return node.map((item, index) => (index === head ? setAt(item, rest, value) : item));
  if (node !== null && typeof node === 'object' && typeof head === 'string') {
    const record = node as JsonRecord;
    return { ...record, [head]: setAt(record[head], rest, value) };
  }
  throw new Error(`no number at ${path.join('.')}`);
}

/**
 * Returns a copy of the document with the number at `path` replaced. Throws when the path does
 * not lead to a number, so that the editor cannot add keys. The result still has to pass
 * `loadCompanyRuleSet`, which rejects values the schema forbids (a negative minimum, say).
 */
export function setEditableNumber(document: CompanyRuleSetDocument, path: readonly (string | number)[], value: number): CompanyRuleSetDocument {
  const current = path.reduce<unknown>((node, key) => (node === null || typeof node !== 'object' ? undefined : (node as JsonRecord)[key]), document);
  if (typeof current !== 'number') throw new Error(`no number at ${path.join('.')}`);
  return setAt(document, path, value) as CompanyRuleSetDocument;
}
