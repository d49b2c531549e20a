/**
 * Problems found while reading a project file, as data. Each issue names the JSON path, the form
 * the value should have and the value found; `describeProjectFileIssue` renders it in either
 * language with the fix.
 */

/** The two message languages; the same strings as `Locale` in src/i18n, restated to keep domain free of higher layers. */
export type MessageLocale = 'en' | 'zh-CN';

export type ProjectFileIssueCode =
  /** The text is not JSON at all. */
  | 'invalid-json'
  /** `format` is missing or names another kind of file. */
  | 'wrong-format'
  /** `schemaVersion` is newer than this build reads, older than any migration, or not a whole number. */
  | 'unsupported-version'
  /** A value has the wrong type or range. */
  | 'invalid-value'
  /** Two rooms or two doors share an id. */
  | 'duplicate-id'
  /** Warning: a door that names a room not in the file was left out. */
  | 'door-dropped'
  /** Warning: `ruleSetIds` was missing, so the default rule sets were chosen. */
  | 'rule-sets-defaulted';

/** The form a value should have, as a code; rendered by `EXPECTED_FORMS`. */
export type ExpectedForm =
  | 'json'
  | 'object'
  | 'format-name'
  | 'schema-version'
  | 'string'
  | 'string-or-null'
  | 'iso-date'
  | 'string-list'
  | 'list'
  | 'polygon'
  | 'point-or-null'
  | 'positive-number'
  | 'non-negative-number'
  | 'door-type'
  | 'terminal-kind'
  | 'leakage-method'
  | 'number-or-null'
  | 'non-negative-number-or-null'
  | 'boolean'
  | 'cleanliness'
  | 'biosafety'
  | 'measurements'
  | 'airflow-pattern'
  | 'unique-id'
  | 'room-reference';

export interface ProjectFileIssue {
  readonly code: ProjectFileIssueCode;
  /** File name as the user gave it. */
  readonly file: string;
  /** JSON path of the value, e.g. `project.rooms[3].design.pressurePa`; empty for the whole file. */
  readonly path: string;
  readonly expected: ExpectedForm;
  /** The value found, as short JSON text, or null when the key is missing. */
  readonly found: string | null;
  /** Parameters for the message, e.g. the newest supported schema version. */
  readonly params?: Readonly<Record<string, string | number>>;
}

type Bilingual = Readonly<Record<MessageLocale, string>>;

const EXPECTED_FORMS: Readonly<Record<ExpectedForm, Bilingual>> = {
  json: { en: 'valid JSON', 'zh-CN': '有效的 JSON' },
  object: { en: 'a JSON object', 'zh-CN': 'JSON 对象' },
  'format-name': { en: '"cleanplan-project"', 'zh-CN': '"cleanplan-project"' },
  'schema-version': {
    en: 'a whole number from {oldest} to {newest}',
    'zh-CN': '{oldest} 至 {newest} 之间的整数',
  },
  string: { en: 'a text string', 'zh-CN': '文本字符串' },
  'string-or-null': { en: 'a text string or null', 'zh-CN': '文本字符串或 null' },
  'iso-date': { en: 'a date written YYYY-MM-DD', 'zh-CN': 'YYYY-MM-DD 格式的日期' },
  'string-list': { en: 'a list of text strings', 'zh-CN': '文本字符串列表' },
  list: { en: 'a list', 'zh-CN': '列表' },
  polygon: {
    en: 'a list of at least 3 points {"x", "y"} in mm',
    'zh-CN': '至少 3 个点 {"x", "y"}（mm）组成的列表',
  },
  'point-or-null': { en: 'a point {"x", "y"} in mm, or null', 'zh-CN': '点 {"x", "y"}（mm）或 null' },
  'positive-number': { en: 'a number greater than 0', 'zh-CN': '大于 0 的数' },
  'non-negative-number': { en: 'a number of 0 or more', 'zh-CN': '大于或等于 0 的数' },
  'door-type': {
    en: 'one of "single", "double", "sliding", "pass_box", "opening"',
    'zh-CN': '"single"、"double"、"sliding"、"pass_box"、"opening" 之一',
  },
  'terminal-kind': { en: '"hepa" or "ffu"', 'zh-CN': '"hepa" 或 "ffu"' },
  'leakage-method': { en: '"gaps" or "door-table"', 'zh-CN': '"gaps" 或 "door-table"' },
  'number-or-null': { en: 'a number or null', 'zh-CN': '数值或 null' },
  'non-negative-number-or-null': { en: 'a number ≥ 0, or null', 'zh-CN': '≥ 0 的数值或 null' },
  boolean: { en: 'true or false', 'zh-CN': 'true 或 false' },
  cleanliness: {
    en: 'null, {"kind": "iso", "isoClass": 1 to 9}, {"kind": "gmp", "grade": "A" to "D"}, {"kind": "hospital", "hospitalClass": "I" to "IV"} or {"kind": "unclassified"}',
    'zh-CN': 'null、{"kind": "iso", "isoClass": 1 至 9}、{"kind": "gmp", "grade": "A" 至 "D"}、{"kind": "hospital", "hospitalClass": "I" 至 "IV"} 或 {"kind": "unclassified"}',
  },
  biosafety: {
    en: 'null or {"level": "BSL-1" to "BSL-4" or "ABSL-1" to "ABSL-4", "type": "a", "b1", "b2" or null}',
    'zh-CN': 'null 或 {"level": "BSL-1" 至 "BSL-4" 或 "ABSL-1" 至 "ABSL-4", "type": "a"、"b1"、"b2" 或 null}',
  },
  measurements: {
    en: 'measured data as Cleanplan writes it: particle counts and sample volumes in L as numbers, sizes "0.1" to "5", results in cfu as lists of numbers',
    'zh-CN': 'Cleanplan 写出的实测数据格式：粒子计数和采样量（L）为数值，粒径为 "0.1" 至 "5"，微生物结果（cfu）为数值列表',
  },
  'airflow-pattern': {
    en: 'null, "non-unidirectional", "unidirectional" or "mixed"',
    'zh-CN': 'null、"non-unidirectional"、"unidirectional" 或 "mixed"',
  },
  'unique-id': { en: 'an id no other item of the same list uses', 'zh-CN': '同一列表中未被其他项使用的 id' },
  'room-reference': {
    en: 'the id of a room in this file, or "outside"',
    'zh-CN': '本文件中某个房间的 id，或 "outside"',
  },
};

const FIXES: Readonly<Record<ProjectFileIssueCode, Bilingual>> = {
  'invalid-json': {
    en: 'The file is damaged or is not a project file; open the original export or re-export it from Cleanplan.',
    'zh-CN': '文件已损坏或不是项目文件；请使用原始导出文件，或从 Cleanplan 重新导出。',
  },
  'wrong-format': {
    en: 'Choose a file exported by Cleanplan (name ending .cleanplan.json).',
    'zh-CN': '请选择由 Cleanplan 导出的文件（文件名以 .cleanplan.json 结尾）。',
  },
  'unsupported-version': {
    en: 'Open the file with a Cleanplan version that supports schema version {found}, or re-export it from the version that wrote it.',
    'zh-CN': '请用支持架构版本 {found} 的 Cleanplan 版本打开，或用写出该文件的版本重新导出。',
  },
  'invalid-value': {
    en: 'Correct the value in the file, or re-export the project from Cleanplan.',
    'zh-CN': '请在文件中更正该值，或从 Cleanplan 重新导出项目。',
  },
  'duplicate-id': {
    en: 'Give each room and each door its own id.',
    'zh-CN': '请为每个房间和每扇门分配不同的 id。',
  },
  'door-dropped': {
    en: 'The door was not loaded; add the missing room or redraw the door.',
    'zh-CN': '该门未载入；请补上缺失的房间或重新绘制该门。',
  },
  'rule-sets-defaulted': {
    en: 'The default rule sets {ruleSets} were chosen; change them in the project settings if needed.',
    'zh-CN': '已选用默认规则集 {ruleSets}；如需更改，请在项目设置中修改。',
  },
};

function fillTemplate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/** Render an issue as one line: file, path, expected form, value found, then the fix. */
export function describeProjectFileIssue(issue: ProjectFileIssue, locale: MessageLocale): string {
  const params = { ...issue.params, found: issue.found ?? '' };
  const expected = fillTemplate(EXPECTED_FORMS[issue.expected][locale], params);
  const fix = fillTemplate(FIXES[issue.code][locale], params);
  const where = issue.path ? `${issue.file}: ${issue.path}` : issue.file;

  if (locale === 'zh-CN') {
    const found = issue.found === null ? '缺失' : issue.found;
    return `${where}：应为${expected}，实为 ${found}。${fix}`;
  }
  const found = issue.found === null ? 'nothing (the key is missing)' : issue.found;
  return `${where}: expected ${expected}, found ${found}. ${fix}`;
}

/** Format an array path such as `['project', 'rooms', 3, 'name']` as `project.rooms[3].name`. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text ? `.${String(key)}` : String(key);
  }
  return text;
}

const MAX_FOUND_LENGTH = 60;

/** Show a found value as short JSON text; null when it is missing (undefined). */
export function describeFoundValue(value: unknown): string | null {
  if (value === undefined) return null;
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_FOUND_LENGTH ? `${text.slice(0, MAX_FOUND_LENGTH - 1)}…` : text;
}
