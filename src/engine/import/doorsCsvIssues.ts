import type { Locale } from '../../i18n/locale';
import type { NumberRange } from './columns';
import { RANGE_TEXT, type NumberProblem } from './issues';

/**
 * Problems found in a door schedule CSV, as data, and their sentences in both languages. `row` is
 * numbered as a spreadsheet shows it (the header is row 1) and `column` is the header as written.
 */
export type DoorScheduleIssueCode =
  | 'empty-file'
  | 'csv-syntax'
  | 'extra-cells'
  | 'no-doors'
  /** The header lacks `from` or `to`. */
  | 'missing-column'
  | 'duplicate-column'
  | 'missing-room'
  | 'unknown-room'
  /** Several rooms of the room schedule share the name. */
  | 'ambiguous-room'
  | 'same-room'
  | 'both-outside'
  | 'unknown-type'
  | 'invalid-number'
  | 'out-of-range'
  /** Neither a width nor a leakage area, so the leakage cannot be worked out. */
  | 'width-missing'
  /** Both `gap_mm` and `leakage_area_m2`, which state the leakage twice. */
  | 'gap-and-area'
  | 'duplicate-id'
  /** Warning: a column the reader does not know; its values are ignored. */
  | 'unknown-column';

export interface DoorScheduleIssue {
  readonly code: DoorScheduleIssueCode;
  readonly file: string;
  readonly row: number | null;
  readonly column: string | null;
  /** Cell text as found; null when the cell is empty or no single cell is at fault. */
  readonly found: string | null;
  readonly params?: {
    readonly unit?: 'm' | 'mm' | 'm2';
    readonly range?: NumberRange;
    readonly problem?: NumberProblem;
    /** Name of a missing column. */
    readonly name?: string;
    readonly otherColumn?: string;
    readonly detail?: string;
    /** Rooms sharing a name, or cells in a row. */
    readonly count?: number;
    readonly headerCount?: number;
    readonly type?: string;
  };
}

/** Warnings still let the doors load. */
export const DOOR_WARNING_CODES: ReadonlySet<DoorScheduleIssueCode> = new Set(['unknown-column']);

type Bilingual = Readonly<Record<Locale, string>>;
type Template = (issue: DoorScheduleIssue) => { readonly expected: Bilingual | null; readonly fix: Bilingual };

const UNIT_LABELS: Readonly<Record<'m' | 'mm' | 'm2', string>> = { m: 'm', mm: 'mm', m2: 'm²' };

const NUMBER_FIXES: Readonly<Record<NumberProblem, Bilingual>> = {
  'comma-decimal': { en: 'use a decimal point (0.9, not 0,9)', 'zh-CN': '请使用小数点（0.9，而非 0,9）' },
  'thousands-separator': { en: 'remove the thousands separators', 'zh-CN': '请去掉千位分隔符' },
  'unit-in-cell': { en: 'write the number alone; the column is in {unit}', 'zh-CN': '请只填写数字，该列单位为 {unit}' },
  'not-a-number': { en: 'write a plain number such as 0.9', 'zh-CN': '请填写数字，例如 0.9' },
};

const TYPES_TEXT: Bilingual = {
  en: 'write single, double, sliding, pass_box or opening (or 单开门, 双开门, 推拉门, 传递窗, 开口), or leave the cell empty for single',
  'zh-CN': '请填写 单开门、双开门、推拉门、传递窗、开口（或 single、double、sliding、pass_box、opening），留空表示单开门',
};

function numberExpected(issue: DoorScheduleIssue): Bilingual {
  const range = RANGE_TEXT[issue.params?.range ?? 'any'];
  const unit = issue.params?.unit === undefined ? '' : UNIT_LABELS[issue.params.unit];
  return { en: `${range.en} (${unit})`, 'zh-CN': `${range['zh-CN']}（${unit}）` };
}

function fill(text: Bilingual, values: Readonly<Record<string, string>>): Bilingual {
  const apply = (value: string) => value.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
  return { en: apply(text.en), 'zh-CN': apply(text['zh-CN']) };
}

const TEMPLATES: Readonly<Record<DoorScheduleIssueCode, Template>> = {
  'empty-file': () => ({
    expected: { en: 'a header row', 'zh-CN': '表头行' },
    fix: { en: 'save the door schedule with a header row such as from,to,type,width_m,height_m,gap_mm', 'zh-CN': '请保存含表头行的门表，例如 from,to,type,width_m,height_m,gap_mm' },
  }),
  'csv-syntax': (issue) => ({
    expected: { en: 'valid CSV', 'zh-CN': '有效的 CSV' },
    fix: fill({ en: 'check the quotes in this row ({detail})', 'zh-CN': '请检查该行的引号（{detail}）' }, { detail: issue.params?.detail ?? '' }),
  }),
  'extra-cells': (issue) => ({
    expected: fill({ en: 'at most {header} cells, as in the header', 'zh-CN': '不超过表头的 {header} 个单元格' }, { header: String(issue.params?.headerCount ?? '') }),
    fix: { en: 'write decimals with a point (0.9) and put names containing the delimiter in double quotes', 'zh-CN': '小数请用小数点（0.9），含分隔符的名称请加英文双引号' },
  }),
  'no-doors': () => ({
    expected: { en: 'at least one door row below the header', 'zh-CN': '表头下至少一行门数据' },
    fix: { en: 'add one row per door, or choose the right file', 'zh-CN': '请每樘门填写一行，或选择正确的文件' },
  }),
  'missing-column': (issue) => ({
    expected: fill({ en: 'a column named {name}', 'zh-CN': '名为 {name} 的列' }, { name: issue.params?.name ?? '' }),
    fix: { en: 'add the from and to columns, each naming a room of the room schedule or outside', 'zh-CN': '请添加 from 和 to 两列，分别填写房间表中的房间名称或 outside（室外）' },
  }),
  'duplicate-column': (issue) => ({
    expected: { en: 'one column per value', 'zh-CN': '每项数据只有一列' },
    fix: fill({ en: 'column "{other}" gives the same value; delete one of the two', 'zh-CN': '列“{other}”与其重复，请删除其中一列' }, { other: issue.params?.otherColumn ?? '' }),
  }),
  'missing-room': () => ({
    expected: { en: 'a room name or outside', 'zh-CN': '房间名称或“室外”' },
    fix: { en: 'name the room on this side of the door, or delete the row', 'zh-CN': '请填写门这一侧的房间名称，或删除该行' },
  }),
  'unknown-room': () => ({
    expected: { en: 'the name of a room in the room schedule, or outside', 'zh-CN': '房间表中的房间名称，或“室外”' },
    fix: { en: 'correct the name, or add the room to the room schedule', 'zh-CN': '请更正名称，或在房间表中添加该房间' },
  }),
  'ambiguous-room': (issue) => ({
    expected: { en: 'a name that identifies one room', 'zh-CN': '能唯一确定一个房间的名称' },
    fix: fill({ en: '{count} rooms of the room schedule have this name; give them distinct names', 'zh-CN': '房间表中有 {count} 个房间同名，请改为不同的名称' }, { count: String(issue.params?.count ?? '') }),
  }),
  'same-room': () => ({
    expected: { en: 'a room other than the from room', 'zh-CN': '与 from 不同的房间' },
    fix: { en: 'a door joins two different rooms; correct one of the names', 'zh-CN': '门连接两个不同的房间，请更正其中一个名称' },
  }),
  'both-outside': () => ({
    expected: { en: 'a room on at least one side', 'zh-CN': '至少一侧为房间' },
    fix: { en: 'name the room the outside door belongs to', 'zh-CN': '请填写该外门所在的房间' },
  }),
  'unknown-type': () => ({ expected: { en: 'a door type', 'zh-CN': '门类型' }, fix: TYPES_TEXT }),
  'invalid-number': (issue) => ({
    expected: numberExpected(issue),
    fix: fill(NUMBER_FIXES[issue.params?.problem ?? 'not-a-number'], { unit: issue.params?.unit === undefined ? '' : UNIT_LABELS[issue.params.unit] }),
  }),
  'out-of-range': (issue) => ({
    expected: numberExpected(issue),
    fix: { en: 'correct the value, or leave the cell empty if it is not known', 'zh-CN': '请更正该值；如未知，请留空' },
  }),
  'width-missing': () => ({
    expected: { en: 'a door width in m', 'zh-CN': '门宽（m）' },
    fix: { en: 'enter the clear width (both leaves of a double door), or a leakage_area_m2 instead', 'zh-CN': '请填写净宽（双开门为两扇合计），或改填漏风面积 leakage_area_m2' },
  }),
  'gap-and-area': () => ({
    expected: { en: 'gap_mm or leakage_area_m2, not both', 'zh-CN': 'gap_mm 与 leakage_area_m2 二选一' },
    fix: { en: 'keep the leakage area if it was measured, else the gap; clear the other cell', 'zh-CN': '如漏风面积为实测值则保留漏风面积，否则保留缝隙，并清空另一格' },
  }),
  'duplicate-id': () => ({
    expected: { en: 'a door id used by one row only', 'zh-CN': '只用于一行的门编号' },
    fix: { en: 'give each door its own id, or leave the cell empty', 'zh-CN': '请为每樘门填写不同的编号，或留空' },
  }),
  'unknown-column': () => ({
    expected: null,
    fix: {
      en: 'unknown column, its values are ignored; the accepted headers are id, from, to, type, width_m, height_m, gap_mm and leakage_area_m2',
      'zh-CN': '未知列，其数据被忽略；可用表头为 门编号、从、至、门类型、门宽、门高、门缝、漏风面积（或对应英文表头）',
    },
  }),
};

function describeLocation(issue: DoorScheduleIssue, locale: Locale): string {
  const parts = [issue.file];
  if (locale === 'zh-CN') {
    if (issue.row !== null) parts.push(`第 ${issue.row} 行`);
    if (issue.column !== null) parts.push(`列“${issue.column}”`);
    return parts.join('，');
  }
  if (issue.row !== null) parts.push(`row ${issue.row}`);
  if (issue.column !== null) parts.push(`column ${issue.column}`);
  return parts.join(', ');
}

/**
 * Renders an issue as one line: file, row and column, what was expected, what was found and the
 * fix, e.g. `doors.csv, row 3, column to: expected the name of a room in the room schedule, or outside, found "Rom 1"; correct the name, or add the room to the room schedule.`
 */
export function describeDoorScheduleIssue(issue: DoorScheduleIssue, locale: Locale): string {
  const { expected, fix } = TEMPLATES[issue.code](issue);
  const where = describeLocation(issue, locale);
  if (locale === 'zh-CN') {
    const found = issue.found === null ? '空' : `“${issue.found}”`;
    const problem = expected === null ? '' : `应为${expected['zh-CN']}，实为${found}；`;
    return `${where}：${problem}${fix['zh-CN']}。`;
  }
  const found = issue.found === null ? 'nothing' : `"${issue.found}"`;
  const problem = expected === null ? '' : `expected ${expected.en}, found ${found}; `;
  return `${where}: ${problem}${fix.en}.`;
}
