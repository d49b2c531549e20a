import type { Locale } from '../i18n/locale';

/**
 * Every string the command line prints, in both languages. `{name}` placeholders are filled by
 * `cliText`. The Chinese table is typed against the English one, so a missing key fails to compile.
 */
const en = {
  help: `cleanplan: check a cleanroom design against GB 50073-2013, ISO 14644-1:2015 and China GMP 2010.

Usage:
  cleanplan check FILE [--doors DOORS.csv] [--standard ID]... [--rules FILE]... [--lang zh-CN|en] [--format json|text] [--pdf OUT.pdf]
  cleanplan datasheet FILE [--doors DOORS.csv] [--standard ID]... [--xlsx OUT.xlsx] [--pdf OUT.pdf] [--paper a3|a4] [--lang zh-CN|en]
  cleanplan iso14644 --class N [--area A_M2] [--format json|text]
  cleanplan --help

check     Check a project file (*.cleanplan.json) or a CSV room schedule (*.csv).
          --standard ID   rule set to check against; repeat for several. Ids: {ruleSetIds}.
                          Default: the project's own rule sets, or iso-14644-1-2015 and
                          gb-50073-2013 for a CSV schedule.
          --rules FILE    load a company rule-set file (format cleanplan-rule-set) exported
                          from the app; repeat for several. Without --standard its set is
                          checked beside the default ones; with --standard, name its id.
          --format        json (machine-readable) or text (tables); default text.
          --pdf OUT.pdf   also write the compliance report as a PDF in the chosen language.
          --doors FILE    door schedule CSV; its doors replace those of FILE (connects_to)
                          and set each door's leakage for the pressure network.
datasheet Write the room data sheet (rooms, AHUs, doors, ISO 14644-1 test plan) as xlsx
          and/or PDF; "cleanplan datasheet --help" lists its options.
iso14644  Print the ISO 14644-1:2015 Table 1 class limits (particles/m³, null where the
          standard gives none) and, with --area (m²), the minimum number of sampling
          locations from Annex A.
--lang    Language of output and messages: zh-CN or en. Default: zh-CN when LANG (or LC_ALL,
          LC_MESSAGES) starts with zh, else en.

CSV columns (English or Chinese header, unit in brackets allowed; only name is required):
  name/房间名称, use/用途, area_m2/面积 or width_m/宽 and length_m/长, height_m/净高,
  class/洁净级别, ach/换气次数, supply_m3h/送风量, velocity_m_s/截面风速, fresh_air_m3h/新风量,
  exhaust_m3h/排风量, pressure_pa/压差 (relative to outdoors), temperature_c/温度,
  rh_pct/相对湿度, lux/照度, noise_dba/噪声, occupants/人数,
  connects_to/相邻房间 (room names separated by ; — outside/室外 is a door to outdoors).
  Rows may repeat a name (parts of one area). A connects_to name shared by several other rows
  resolves to the one of them that lists this room back; none or several is an error.

Door CSV columns (--doors; from and to are required):
  from/从, to/至 (room names of FILE, or outside/室外), type/门类型 (single, double, sliding,
  pass_box, opening; default single), width_m/门宽 (clear width, both leaves of a double door),
  height_m/门高 (default 2.1 m), gap_mm/门缝 (the same gap on every edge; default ⅛ in at head
  and jambs, ¼ in at the threshold) or leakage_area_m2/漏风面积 (entered leakage area), id/门编号.
  Output per door: leakage area, ΔP and flow (m³/h), positive from "from" to "to"; per room: the
  offset (supply − return − exhaust, m³/h) that holds its pressure and the requirement that
  governs its supply.

Exit status: 0 when no verified mandatory rule fails, 1 when one fails, 2 on invalid input or
usage, 3 when the PDF cannot be written, 70 on an internal error.
`,
  usageHint: 'Run `cleanplan --help` for usage.',
  missingCommand: 'missing command: expected check, datasheet or iso14644.',
  unknownCommand: 'unknown command "{command}": expected check, datasheet or iso14644.',
  invalidOption: 'invalid arguments: {detail}',
  missingFile: 'missing FILE: give a project file (*.cleanplan.json) or a CSV room schedule (*.csv).',
  extraArguments: 'unexpected arguments: {arguments}. The check command takes one FILE.',
  invalidLang: 'invalid --lang "{value}": expected zh-CN or en.',
  invalidFormat: 'invalid --format "{value}": expected json or text.',
  unknownRuleSet: 'invalid --standard "{value}": expected one of {validIds}.',
  unknownProjectRuleSet: '{file}: project.ruleSetIds names the unknown rule set "{value}": expected one of {validIds}. Choose the rule sets again in the app, or override them with --standard.',
  fileNotFound: '{file}: file not found. Check the path.',
  csvExtensionHint: 'Files are read as CSV room schedules only when the name ends in .csv; rename a schedule to *.csv.',
  fileUnreadable: '{file}: cannot read the file ({detail}).',
  invalidRuleSetFile: '{file}: {path}: expected {expected}, found {found}. Fix the value at that path, or export the rule set again from the app.',
  invalidRuleSetExpression: '{file}: {path}: {detail} Fix the expression in the app or in the file.',
  ruleSetIdTaken: '{file}: the rule set id "{value}" is already used by another rule set. Give the company set another id.',
  missingClass: 'missing --class: give an ISO class from 1 to 9, e.g. --class 7.',
  invalidClass: 'invalid --class "{value}": expected an ISO class from 1 to 9 in steps of 0.1 (e.g. 5, 7, 8.5).',
  invalidArea: 'invalid --area "{value}": expected a floor area in m² greater than 0, e.g. --area 32.4.',
  warningPrefix: 'warning: ',
  errorPrefix: 'error: ',
  inputErrorSummary: '{file}: {count} error(s); nothing was checked.',
  pdfWritten: 'PDF written: {file} ({size} KB)',
  pdfFailed: 'cannot write the PDF {file}: {detail}',
  glyphMissing: 'the PDF font has no glyph for {detail}; the report prints {placeholder} in its place.',
  roomScheduleTitle: 'Room schedule',
  findingsTitle: 'Findings',
  groupFail: 'Failed',
  groupCannotEvaluate: 'Cannot evaluate',
  groupPass: 'Passed',
  noFindings: 'none',
  columnRoom: 'Room',
  columnArea: 'Area m²',
  columnHeight: 'Height m',
  columnVolume: 'Volume m³',
  columnClass: 'Class',
  columnSupply: 'Supply m³/h',
  columnAch: 'ACH h⁻¹',
  columnPressure: 'Pressure Pa',
  columnSampling: 'Sampling locations',
  requiredLabel: 'required',
  actualLabel: 'actual',
  unverifiedLabel: 'unverified',
  outdoors: 'outdoors',
  summaryLine: 'Summary: {pass} passed, {fail} failed, {cannotEvaluate} cannot be evaluated, {notApplicable} not applicable. Rule sets: {ruleSets}.',
  verdictPass: 'Result: no verified mandatory requirement fails.',
  verdictFail: 'Result: {count} verified mandatory requirement(s) fail.',
  limitsTitle: 'ISO 14644-1:2015 Table 1, ISO Class {isoClass}: maximum concentration (particles/m³) at sizes ≥',
  notApplicable: 'n/a',
  samplingLine: 'Minimum sampling locations for {area} m² (Annex A): {count}',
  columnOffset: 'Offset m³/h',
  columnGoverning: 'Governing supply m³/h',
  governingCleanliness: 'cleanliness',
  governingMakeUp: 'make-up',
  governingCooling: 'cooling',
  doorFlowsTitle: 'Door airflows (positive from the first room to the second)',
  columnFrom: 'From',
  columnTo: 'To',
  columnLeakageArea: 'Leakage area m²',
  columnDoorDp: 'ΔP Pa',
  columnDoorFlow: 'Flow m³/h',
} as const;

type MessageKey = keyof typeof en;

const zhCN: Record<MessageKey, string> = {
  help: `cleanplan：按 GB 50073-2013、ISO 14644-1:2015 和 2010 版 GMP 校核洁净室设计。

用法：
  cleanplan check 文件 [--doors 门表.csv] [--standard 规则集]... [--rules 文件]... [--lang zh-CN|en] [--format json|text] [--pdf 输出.pdf]
  cleanplan datasheet 文件 [--doors 门表.csv] [--standard 规则集]... [--xlsx 输出.xlsx] [--pdf 输出.pdf] [--paper a3|a4] [--lang zh-CN|en]
  cleanplan iso14644 --class N [--area 面积_m2] [--format json|text]
  cleanplan --help

check     校核项目文件（*.cleanplan.json）或 CSV 房间表（*.csv）。
          --standard 规则集   参与校核的规则集，可重复指定。可用：{ruleSetIds}。
                              默认：项目文件自身选定的规则集；CSV 房间表为
                              iso-14644-1-2015 和 gb-50073-2013。
          --rules 文件        载入从应用导出的公司规则集文件（格式 cleanplan-rule-set），
                              可重复指定。未给 --standard 时与默认规则集一并校核；
                              给出 --standard 时须列出其规则集编号。
          --format            json（机器可读）或 text（表格），默认 text。
          --pdf 输出.pdf      同时按所选语言输出 PDF 合规报告。
          --doors 门表.csv    门表 CSV；其中的门取代文件中的门（相邻房间列），并给出每樘门的
                              漏风参数，用于压差网络计算。
datasheet 输出房间数据表（房间、空调机组、门、ISO 14644-1 测试计划），格式为 xlsx 和/或 PDF；
          “cleanplan datasheet --help”列出其选项。
iso14644  输出 ISO 14644-1:2015 表 1 的级别浓度限值（粒/m³，标准未规定处为 null）；
          给出 --area（m²）时，另输出附录 A 的最少采样点数。
--lang    输出和提示的语言：zh-CN 或 en。默认：LANG（或 LC_ALL、LC_MESSAGES）以 zh 开头时
          为 zh-CN，否则为 en。

CSV 列（中文或英文表头，可在括号中注明单位；只有房间名称必填）：
  房间名称/name、用途/use、面积/area_m2 或 宽/width_m 与 长/length_m、净高/height_m、
  洁净级别/class、换气次数/ach、送风量/supply_m3h、截面风速/velocity_m_s、新风量/fresh_air_m3h、
  排风量/exhaust_m3h、压差/pressure_pa（相对室外）、温度/temperature_c、
  相对湿度/rh_pct、照度/lux、噪声/noise_dba、人数/occupants、
  相邻房间/connects_to（房间名称以 ；、或 ; 分隔，室外/outside 表示通向室外的门）。
  多行可以同名（同一区域的几部分）。相邻房间中的名称若对应其他多行，取其中在相邻房间里
  写回本房间的那一行；没有或有多行写回时报错。

门表 CSV 列（--doors；从、至 必填）：
  从/from、至/to（文件中的房间名称，或 室外/outside）、门类型/type（单开门、双开门、推拉门、
  传递窗、开口，默认单开门）、门宽/width_m（净宽，双开门为两扇合计）、门高/height_m（默认 2.1 m）、
  门缝/gap_mm（各边相同的缝隙；默认门顶和门侧 ⅛ 英寸、门底 ¼ 英寸）或 漏风面积/leakage_area_m2
  （直接给出的漏风面积）、门编号/id。
  每樘门输出漏风面积、压差和风量（m³/h），从“从”流向“至”为正；每个房间输出维持其压差所需的
  余风量（送风 − 回风 − 排风，m³/h）和决定送风量的需求项。

退出码：0 表示没有已核实的强制性要求不合格；1 表示有；2 表示输入或用法无效；3 表示无法写出 PDF；
70 表示内部错误。
`,
  usageHint: '运行 `cleanplan --help` 查看用法。',
  missingCommand: '缺少命令：应为 check、datasheet 或 iso14644。',
  unknownCommand: '未知命令“{command}”：应为 check、datasheet 或 iso14644。',
  invalidOption: '参数无效：{detail}',
  missingFile: '缺少文件：请给出项目文件（*.cleanplan.json）或 CSV 房间表（*.csv）。',
  extraArguments: '多余的参数：{arguments}。check 命令只接受一个文件。',
  invalidLang: '--lang 的值“{value}”无效：应为 zh-CN 或 en。',
  invalidFormat: '--format 的值“{value}”无效：应为 json 或 text。',
  unknownRuleSet: '--standard 的值“{value}”无效：应为以下之一：{validIds}。',
  unknownProjectRuleSet: '{file}：project.ruleSetIds 中的规则集“{value}”不存在：应为以下之一：{validIds}。请在应用中重新选择规则集，或用 --standard 指定。',
  fileNotFound: '{file}：文件不存在，请检查路径。',
  csvExtensionHint: '只有文件名以 .csv 结尾时才按 CSV 房间表读取；如为房间表，请改名为 *.csv。',
  fileUnreadable: '{file}：无法读取文件（{detail}）。',
  invalidRuleSetFile: '{file}：{path}：应为 {expected}，实际为 {found}。请改正该处的值，或在应用中重新导出规则集。',
  invalidRuleSetExpression: '{file}：{path}：{detail}请在应用或文件中改正该表达式。',
  ruleSetIdTaken: '{file}：规则集编号“{value}”已被其他规则集使用，请为公司规则集另取编号。',
  missingClass: '缺少 --class：请给出 1 至 9 的 ISO 级别，例如 --class 7。',
  invalidClass: '--class 的值“{value}”无效：应为 1 至 9 的 ISO 级别，步长 0.1（例如 5、7、8.5）。',
  invalidArea: '--area 的值“{value}”无效：应为大于 0 的地面面积（m²），例如 --area 32.4。',
  warningPrefix: '警告：',
  errorPrefix: '错误：',
  inputErrorSummary: '{file}：共 {count} 处错误，未进行校核。',
  pdfWritten: '已写出 PDF：{file}（{size} KB）',
  pdfFailed: '无法写出 PDF {file}：{detail}',
  glyphMissing: 'PDF 字体缺少{detail}的字形，报告中以 {placeholder} 代替。',
  roomScheduleTitle: '房间表',
  findingsTitle: '校核结果',
  groupFail: '不合格',
  groupCannotEvaluate: '无法判定',
  groupPass: '合格',
  noFindings: '无',
  columnRoom: '房间',
  columnArea: '面积 m²',
  columnHeight: '净高 m',
  columnVolume: '体积 m³',
  columnClass: '洁净级别',
  columnSupply: '送风量 m³/h',
  columnAch: '换气次数 次/h',
  columnPressure: '压差 Pa',
  columnSampling: '采样点数',
  requiredLabel: '要求',
  actualLabel: '实际',
  unverifiedLabel: '未核实',
  outdoors: '室外',
  summaryLine: '汇总：合格 {pass} 项，不合格 {fail} 项，无法判定 {cannotEvaluate} 项，不适用 {notApplicable} 项。规则集：{ruleSets}。',
  verdictPass: '结论：没有已核实的强制性要求不合格。',
  verdictFail: '结论：{count} 项已核实的强制性要求不合格。',
  limitsTitle: 'ISO 14644-1:2015 表 1，ISO {isoClass} 级：各粒径（≥）最大浓度限值（粒/m³）',
  notApplicable: '不适用',
  samplingLine: '{area} m² 的最少采样点数（附录 A）：{count}',
  columnOffset: '余风量 m³/h',
  columnGoverning: '决定送风量的需求 m³/h',
  governingCleanliness: '洁净度',
  governingMakeUp: '补风',
  governingCooling: '冷负荷',
  doorFlowsTitle: '门的风量（从第一个房间流向第二个房间为正）',
  columnFrom: '从',
  columnTo: '至',
  columnLeakageArea: '漏风面积 m²',
  columnDoorDp: '压差 Pa',
  columnDoorFlow: '风量 m³/h',
};

const DICTIONARY: Readonly<Record<Locale, Record<MessageKey, string>>> = { en, 'zh-CN': zhCN };

export type CliMessageKey = MessageKey;

/** Look up a CLI string in `locale` and fill its `{name}` placeholders. */
export function cliText(locale: Locale, key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return DICTIONARY[locale][key].replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}
