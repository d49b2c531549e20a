import type { Locale } from '../i18n/locale';

/** Strings of `cleanplan datasheet`, in both languages; `{name}` placeholders are filled by `datasheetText`. */
const en = {
  help: `cleanplan datasheet: write the room data sheet of a project as xlsx and/or PDF.

Usage:
  cleanplan datasheet FILE [--doors DOORS.csv] [--xlsx OUT.xlsx] [--pdf OUT.pdf] [--paper a3|a4]
                      [--standard ID]... [--rules FILE]... [--lang zh-CN|en]

FILE is a project file (*.cleanplan.json) or a CSV room schedule (*.csv), read as the check
command reads it. The project is checked, and the sheet lists per room the area, height,
volume, class, ΔP, temperature, RH, supply, return, exhaust and fresh air, offset, governing
requirement, terminals, return grilles, AHU and sampling locations; per AHU the totals; per
door the leakage area, ΔP and flow; and the ISO 14644-1 test plan (each sampling location
with its position and sample volume).

  --xlsx OUT.xlsx  write a workbook with the sheets Rooms, AHUs, Doors, Test plan and Notes.
  --pdf OUT.pdf    write a landscape PDF.
  --paper a3|a4    PDF paper size; default a3. On A4 the room table continues on extra pages.
  --doors, --standard, --rules, --lang: as for the check command.
Give --xlsx, --pdf or both.

Exit status: 0 when the files are written, 2 on invalid input or usage, 3 when a file cannot
be written, 70 on an internal error.
`,
  usageHint: 'Run `cleanplan datasheet --help` for usage.',
  missingOutput: 'missing output: give --xlsx OUT.xlsx, --pdf OUT.pdf or both.',
  missingFile: 'missing FILE: give a project file (*.cleanplan.json) or a CSV room schedule (*.csv).',
  extraArguments: 'unexpected arguments: {arguments}. The datasheet command takes one FILE.',
  invalidPaper: 'invalid --paper "{value}": expected a3 or a4.',
  unknownOption: 'unknown option {option} for the datasheet command.',
  optionNeedsValue: 'option {option} needs a value.',
  airsideMissing: 'the check computed no air side, so the airflow, terminal, AHU and sampling columns are empty.',
  xlsxWritten: 'xlsx written: {file} ({size} KB)',
  pdfWritten: 'PDF written: {file} ({size} KB)',
  writeFailed: 'cannot write {file}: {detail}',
};

const zhCN: typeof en = {
  help: `cleanplan datasheet：将项目的房间数据表写出为 xlsx 和/或 PDF。

用法：
  cleanplan datasheet 文件 [--doors 门表.csv] [--xlsx 输出.xlsx] [--pdf 输出.pdf] [--paper a3|a4]
                      [--standard 编号]... [--rules 文件]... [--lang zh-CN|en]

文件为项目文件（*.cleanplan.json）或 CSV 房间表（*.csv），读取方式与 check 命令相同。
先校核项目，数据表逐个房间列出面积、净高、体积、洁净度级别、压差、温度、相对湿度、送风量、
回风量、排风量、新风量、压差风量、决定送风量的因素、送风末端、回风口、空调机组和采样点；
逐个空调机组列出合计；逐扇门列出渗漏面积、压差和风量；并列出 ISO 14644-1 检测方案（每个采样点的
位置和采样量）。

  --xlsx 输出.xlsx  写出工作簿，含“房间”“空调机组”“门”“检测方案”“说明”五个工作表。
  --pdf 输出.pdf    写出横向 PDF。
  --paper a3|a4     PDF 纸张，默认 a3；用 A4 时房间表在后续页继续。
  --doors、--standard、--rules、--lang：与 check 命令相同。
至少给出 --xlsx 或 --pdf 之一。

退出状态：写出成功为 0，输入或用法无效为 2，无法写出文件为 3，内部错误为 70。
`,
  usageHint: '运行 `cleanplan datasheet --help` 查看用法。',
  missingOutput: '缺少输出：请给出 --xlsx 输出.xlsx、--pdf 输出.pdf 或两者。',
  missingFile: '缺少文件：请给出项目文件（*.cleanplan.json）或 CSV 房间表（*.csv）。',
  extraArguments: '多余的参数：{arguments}。datasheet 命令只接受一个文件。',
  invalidPaper: '--paper 的值“{value}”无效：应为 a3 或 a4。',
  unknownOption: 'datasheet 命令没有选项 {option}。',
  optionNeedsValue: '选项 {option} 缺少取值。',
  airsideMissing: '校核未计算风系统，因此风量、送风末端、空调机组和采样点各列为空。',
  xlsxWritten: '已写出 xlsx：{file}（{size} KB）',
  pdfWritten: '已写出 PDF：{file}（{size} KB）',
  writeFailed: '无法写出 {file}：{detail}',
};

const TEXT: Readonly<Record<Locale, typeof en>> = { en, 'zh-CN': zhCN };

export type DatasheetMessageKey = keyof typeof en;

export function datasheetText(locale: Locale, key: DatasheetMessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return TEXT[locale][key].replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}
