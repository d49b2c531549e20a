import type { UnitId } from '../../domain/units';
import type { Locale } from '../../i18n/locale';
import type { ClassParseErrorCode } from '../classes/parseCleanliness';
import type { NumberRange } from './columns';

/**
 * Problems found in a room schedule, as data. `row` is numbered as a spreadsheet shows it (the
 * header is row 1) and `column` is the header as written in the file.
 */
export type ScheduleIssueCode =
  | 'empty-file'
  | 'csv-syntax'
  /** A row has non-empty cells beyond the header, usually from an unquoted delimiter. */
  | 'extra-cells'
  /** The file has a header but no room rows. */
  | 'no-rooms'
  | 'missing-name-column'
  | 'duplicate-column'
  | 'empty-name'
  | 'invalid-number'
  | 'out-of-range'
  | 'unknown-class'
  /** A `biosafety_level` cell that names no level. */
  | 'invalid-biosafety-level'
  /** A yes/no cell (`containment`) with other text. */
  | 'invalid-yes-no'
  | 'unknown-room'
  | 'ambiguous-room'
  | 'self-connection'
  /** Warning: a column the importer does not know; its values are ignored. */
  | 'unknown-column'
  /** Warning: area and width × length both given and more than 1 % apart; the plan uses width × length. */
  | 'dimensions-disagree'
  /** Warning: only one of width and length and no area, so the area is unknown. */
  | 'incomplete-dimensions'
  /** Warning: the use cell names no use in the room-use vocabulary; it is kept as free text. */
  | 'unknown-use';

/** Reason a number cell was rejected; it picks the fix in the message. */
export type NumberProblem = 'comma-decimal' | 'thousands-separator' | 'unit-in-cell' | 'not-a-number';

export interface ScheduleIssue {
  readonly code: ScheduleIssueCode;
  readonly file: string;
  /** Spreadsheet row number (header = 1); null for problems of the whole file. */
  readonly row: number | null;
  /** Header as written in the file; null when no single column is at fault. */
  readonly column: string | null;
  /** Cell text as found; null when nothing is there. */
  readonly found: string | null;
  readonly params?: ScheduleIssueParams;
}

export interface ScheduleIssueParams {
  readonly unit?: UnitId;
  readonly range?: NumberRange;
  readonly problem?: NumberProblem;
  /** A room name from `connects_to`. */
  readonly name?: string;
  /** Spreadsheet rows of the rooms sharing a name, e.g. `4, 9`. */
  readonly rows?: string;
  /** The other header of a duplicated column. */
  readonly otherColumn?: string;
  /** Area column value and width × length, in m². */
  readonly areaM2?: number;
  readonly computedAreaM2?: number;
  /** Parser detail for CSV syntax errors. */
  readonly detail?: string;
  /** Cell counts of a row with extra cells and of the header. */
  readonly cellCount?: number;
  readonly headerCount?: number;
  /** Class parser's reason for rejecting a class cell. */
  readonly classError?: ClassParseErrorCode;
}

type Template = (issue: ScheduleIssue, locale: Locale) => { readonly expected: string | null; readonly fix: string };
type Bilingual = Readonly<Record<Locale, string>>;

function pick(text: Bilingual, locale: Locale): string {
  return text[locale];
}

/**
 * Labels of the units schedule columns use. The engine may not import src/i18n, so these repeat
 * the labels of `unitLabel` there for this subset.
 */
const UNIT_LABELS: Partial<Readonly<Record<UnitId, Bilingual>>> = {
  m: { en: 'm', 'zh-CN': 'm' },
  m2: { en: 'm²', 'zh-CN': 'm²' },
  '1/h': { en: 'h⁻¹', 'zh-CN': '次/h' },
  'm3/h': { en: 'm³/h', 'zh-CN': 'm³/h' },
  'm/s': { en: 'm/s', 'zh-CN': 'm/s' },
  Pa: { en: 'Pa', 'zh-CN': 'Pa' },
  degC: { en: '°C', 'zh-CN': '°C' },
  '%RH': { en: '%RH', 'zh-CN': '%' },
  lx: { en: 'lx', 'zh-CN': 'lx' },
  'dB(A)': { en: 'dB(A)', 'zh-CN': 'dB(A)' },
  person: { en: 'persons', 'zh-CN': '人' },
};

function unitOf(issue: ScheduleIssue, locale: Locale): string {
  const unit = issue.params?.unit;
  return unit ? (UNIT_LABELS[unit]?.[locale] ?? unit) : '';
}

/** The range a number cell must be in, as the expected part of a message; the door schedule uses it too. */
export const RANGE_TEXT: Readonly<Record<NumberRange, Readonly<Record<Locale, string>>>> = {
  any: { en: 'a number', 'zh-CN': '数值' },
  'non-negative': { en: 'a number ≥ 0', 'zh-CN': '≥ 0 的数值' },
  positive: { en: 'a number greater than 0', 'zh-CN': '大于 0 的数值' },
  percent: { en: 'a number from 0 to 100', 'zh-CN': '0 至 100 之间的数值' },
};

const NUMBER_FIXES: Readonly<Record<NumberProblem, Bilingual>> = {
  'comma-decimal': { en: 'use a decimal point (12.5, not 12,5)', 'zh-CN': '请使用小数点（12.5，而非 12,5）' },
  'thousands-separator': { en: 'remove the thousands separators (2332.8, not 2,332.8)', 'zh-CN': '请去掉千位分隔符（2332.8，而非 2,332.8）' },
  'unit-in-cell': { en: 'write the number alone; the column is in {unit}', 'zh-CN': '请只填写数字，该列单位为 {unit}' },
  'not-a-number': { en: 'write a plain number such as 12.5', 'zh-CN': '请填写数字，例如 12.5' },
};

const ACCEPTED_CLASSES: Bilingual = {
  en: 'ISO 1 to 9 (ISO 7, ISO 8.5, 7级), GMP grade A to D (B, B级, Grade B), a FED-STD-209E or Chinese legacy name (Class 10000, 10,000, 100K, M5.5, 万级, 三十万级), a GB 50333 operating department class I to IV (II, Ⅱ级, Class II OR), or NC for a room that is not classified',
  'zh-CN': 'ISO 1 至 9 级（ISO 7、ISO 8.5、7级）、GMP A 至 D 级（B、B级、Grade B）、FED-STD-209E 或国内旧级别名称（Class 10000、10,000、100K、M5.5、万级、三十万级）、洁净手术部 Ⅰ 至 Ⅳ 级（II、Ⅱ级、Class II OR），非洁净房间填 NC',
};

/** The class parser's reason, put before the list of accepted forms. The codes `empty` and `unknown-class` add nothing. */
const CLASS_ERROR_REASONS: Partial<Readonly<Record<ClassParseErrorCode, Bilingual>>> = {
  'iso-class-out-of-range': { en: 'ISO classes run from 1 to 9, so ', 'zh-CN': 'ISO 级别为 1 至 9 级，' },
  'iso-class-step': { en: 'intermediate ISO classes go in steps of 0.1, so ', 'zh-CN': 'ISO 中间级别的步长为 0.1，' },
  'unknown-gmp-grade': { en: 'GMP grades are A to D, so ', 'zh-CN': 'GMP 洁净级别为 A 至 D 级，' },
  'unknown-fs209e-class': {
    en: 'Cleanplan maps only the FED-STD-209E classes 1, 10, 100, 1000, 10000 and 100000 (M1.5 to M6.5), so ',
    'zh-CN': 'Cleanplan 只对应 FED-STD-209E 的 1、10、100、1000、10000、100000 级（M1.5 至 M6.5），',
  },
};

const TEMPLATES: Readonly<Record<ScheduleIssueCode, Template>> = {
  'empty-file': (_issue, locale) => ({
    expected: pick({ en: 'a header row', 'zh-CN': '表头行' }, locale),
    fix: pick({ en: 'save the schedule with a header row such as name,area_m2,class', 'zh-CN': '请保存含表头行的房间表，例如 房间名称,面积,洁净级别' }, locale),
  }),
  'csv-syntax': (issue, locale) => ({
    expected: pick({ en: 'valid CSV', 'zh-CN': '有效的 CSV' }, locale),
    fix: pick({ en: 'check the quotes in this row ({detail})', 'zh-CN': '请检查该行的引号（{detail}）' }, locale).replace('{detail}', issue.params?.detail ?? ''),
  }),
  'extra-cells': (issue, locale) => ({
    expected: pick({ en: 'at most {header} cells, as in the header', 'zh-CN': '不超过表头的 {header} 个单元格' }, locale).replace('{header}', String(issue.params?.headerCount ?? '')),
    fix: pick(
      {
        en: 'the row has {cells} cells, so a value contains the delimiter: write decimals with a point (12.5) and put names containing the delimiter in double quotes',
        'zh-CN': '该行有 {cells} 个单元格，说明某个值含有分隔符：小数请用小数点（12.5），含分隔符的名称请加英文双引号',
      },
      locale,
    ).replace('{cells}', String(issue.params?.cellCount ?? '')),
  }),
  'no-rooms': (_issue, locale) => ({
    expected: pick({ en: 'at least one room row below the header', 'zh-CN': '表头下至少一行房间数据' }, locale),
    fix: pick({ en: 'add one row per room, or choose the right file', 'zh-CN': '请每个房间填写一行，或选择正确的文件' }, locale),
  }),
  'missing-name-column': (_issue, locale) => ({
    expected: pick({ en: 'a column named name or 房间名称', 'zh-CN': '名为 房间名称 或 name 的列' }, locale),
    fix: pick({ en: 'add a name column with one room name per row', 'zh-CN': '请添加房间名称列，每行填写一个房间名称' }, locale),
  }),
  'duplicate-column': (issue, locale) => ({
    expected: pick({ en: 'one column per value', 'zh-CN': '每项数据只有一列' }, locale),
    fix: pick({ en: 'column "{other}" gives the same value; delete one of the two', 'zh-CN': '列“{other}”与其重复，请删除其中一列' }, locale).replace('{other}', issue.params?.otherColumn ?? ''),
  }),
  'empty-name': (_issue, locale) => ({
    expected: pick({ en: 'a room name', 'zh-CN': '房间名称' }, locale),
    fix: pick({ en: 'name the room, or delete the row', 'zh-CN': '请填写房间名称，或删除该行' }, locale),
  }),
  'invalid-number': (issue, locale) => ({
    expected: `${pick(RANGE_TEXT[issue.params?.range ?? 'any'], locale)}${unitSuffix(issue, locale)}`,
    fix: pick(NUMBER_FIXES[issue.params?.problem ?? 'not-a-number'], locale).replace('{unit}', unitOf(issue, locale)),
  }),
  'out-of-range': (issue, locale) => ({
    expected: `${pick(RANGE_TEXT[issue.params?.range ?? 'any'], locale)}${unitSuffix(issue, locale)}`,
    fix: pick({ en: 'correct the value, or leave the cell empty if it is not known', 'zh-CN': '请更正该值；如未知，请留空' }, locale),
  }),
  'unknown-class': (issue, locale) => {
    const reasonText = issue.params?.classError ? CLASS_ERROR_REASONS[issue.params.classError] : undefined;
    const reason = reasonText ? pick(reasonText, locale) : '';
    return {
      expected: pick({ en: 'a cleanliness class', 'zh-CN': '洁净度级别' }, locale),
      fix: `${reason}${pick({ en: 'write one of ', 'zh-CN': '请填写以下形式之一：' }, locale)}${pick(ACCEPTED_CLASSES, locale)}`,
    };
  },
  'invalid-biosafety-level': (_issue, locale) => ({
    expected: pick({ en: 'a biosafety level with an optional type', 'zh-CN': '生物安全等级，可附类型' }, locale),
    fix: pick(
      { en: 'write BSL-1 to BSL-4 or ABSL-1 to ABSL-4, optionally followed by a, b1 or b2 (BSL-3 b1), or leave the cell empty', 'zh-CN': '请填写 BSL-1 至 BSL-4 或 ABSL-1 至 ABSL-4，可在后面加类型 a、b1 或 b2（如 BSL-3 b1）；非实验室请留空' },
      locale,
    ),
  }),
  'invalid-yes-no': (_issue, locale) => ({
    expected: pick({ en: 'yes or no', 'zh-CN': '是 或 否' }, locale),
    fix: pick({ en: 'write yes/no, y/n, true/false, 1/0, 是/否, or leave the cell empty for no', 'zh-CN': '请填写 是/否、yes/no、y/n、true/false 或 1/0；留空表示否' }, locale),
  }),
  'unknown-room': (_issue, locale) => ({
    expected: pick({ en: 'names of rooms in this file, or outside', 'zh-CN': '本文件中的房间名称或“室外”' }, locale),
    fix: pick({ en: 'correct the name or add a row for that room', 'zh-CN': '请更正名称，或为该房间添加一行' }, locale),
  }),
  'ambiguous-room': (issue, locale) => ({
    expected: pick({ en: 'a name that identifies one room', 'zh-CN': '能唯一确定一个房间的名称' }, locale),
    fix: pick(
      {
        en: 'rows {rows} are all named "{name}"; give them distinct names, or list this room in the connects_to cell of the one it opens to',
        'zh-CN': '第 {rows} 行都名为“{name}”；请改为不同的名称，或在与本房间相通的那一行的相邻房间列中填写本房间',
      },
      locale,
    )
      .replace('{rows}', issue.params?.rows ?? '')
      .replace('{name}', issue.params?.name ?? ''),
  }),
  'self-connection': (_issue, locale) => ({
    expected: pick({ en: 'names of other rooms', 'zh-CN': '其他房间的名称' }, locale),
    fix: pick({ en: "remove the room's own name from the list", 'zh-CN': '请从列表中删除本房间的名称' }, locale),
  }),
  'unknown-column': (_issue, locale) => ({
    expected: null,
    fix: pick(
      {
        en: 'unknown column, its values are ignored; check the spelling against the accepted headers (name, use, area_m2, width_m, length_m, height_m, class, ach, supply_m3h, velocity_m_s, fresh_air_m3h, exhaust_m3h, pressure_pa, temperature_c, rh_pct, lux, noise_dba, occupants, filter_coverage_pct, connects_to)',
        'zh-CN': '未知列，其数据被忽略；请对照可用表头检查拼写（房间名称、用途、面积、宽、长、净高、洁净级别、换气次数、送风量、截面风速、新风量、排风量、压差、温度、相对湿度、照度、噪声、人数、过滤器满布率、相邻房间）',
      },
      locale,
    ),
  }),
  'dimensions-disagree': (issue, locale) => ({
    expected: null,
    fix: pick(
      {
        en: 'area {area} m² differs from width × length = {computed} m²; the plan and the checks use width × length',
        'zh-CN': '面积 {area} m² 与 宽 × 长 = {computed} m² 不一致；平面图和校核按 宽 × 长 计算',
      },
      locale,
    )
      .replace('{area}', String(issue.params?.areaM2 ?? ''))
      .replace('{computed}', String(issue.params?.computedAreaM2 ?? '')),
  }),
  'unknown-use': (issue, locale) => ({
    expected: null,
    fix: pick(
      {
        en: '"{found}" is not a known room use, so it is kept as free text and suite rules that need the use (airlocks, entry paths, layouts) cannot evaluate this room; write a use such as airlock, buffer, gowning-1, corridor, production or its Chinese name (气闸、缓冲间、一更、走廊、生产间)',
        'zh-CN': '“{found}”不是已知的房间用途，按自由文本保留，需要用途的平面规则（气闸、人员物料入口、布局）无法判定该房间；请填写如 气闸、缓冲间、一更、走廊、生产间 等用途，或对应的英文 id',
      },
      locale,
    ).replace('{found}', issue.found ?? ''),
  }),
  'incomplete-dimensions': (_issue, locale) => ({
    expected: null,
    fix: pick(
      {
        en: 'only one of width and length is given and no area, so the area is unknown and rules that need it cannot be evaluated',
        'zh-CN': '只给出了宽或长之一且未给面积，面积未知，需要面积的规则无法判定',
      },
      locale,
    ),
  }),
};

function unitSuffix(issue: ScheduleIssue, locale: Locale): string {
  const unit = unitOf(issue, locale);
  if (!unit) return '';
  return locale === 'zh-CN' ? `（${unit}）` : ` (${unit})`;
}

/** Warnings are issues that still let the schedule load. */
export const WARNING_CODES: ReadonlySet<ScheduleIssueCode> = new Set(['unknown-column', 'dimensions-disagree', 'incomplete-dimensions', 'unknown-use']);

/**
 * Render an issue as one line: where (file, row, column), what was expected, what was found and
 * the fix, e.g. `rooms.csv row 14, column 面积: expected a number greater than 0 (m²), found "12,5"; use a decimal point`.
 */
export function describeScheduleIssue(issue: ScheduleIssue, locale: Locale): string {
  const { expected, fix } = TEMPLATES[issue.code](issue, locale);
  const where = describeLocation(issue, locale);

  if (locale === 'zh-CN') {
    const found = issue.found === null ? '空' : `“${issue.found}”`;
    const problem = expected === null ? '' : `应为${expected}，实为${found}；`;
    return `${where}：${problem}${fix}。`;
  }
  const found = issue.found === null ? 'nothing' : `"${issue.found}"`;
  const problem = expected === null ? '' : `expected ${expected}, found ${found}; `;
  return `${where}: ${problem}${fix}.`;
}

function describeLocation(issue: ScheduleIssue, locale: Locale): string {
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
