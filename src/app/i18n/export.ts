import type { Dictionary } from './index';

/** Strings of project-file export and PDF report export. */
const en = {
  pdfPreparing: 'Loading the report module and fonts…',
  pdfRendering: 'Rendering the {language} PDF report…',
  pdfDone: 'The report "{file}" was downloaded.',
  pdfFailed: 'Exporting the PDF report failed: {detail}. The project is unchanged; try again, and export the project file if it keeps failing.',
  pdfNoResult: 'The project has not been checked yet, so there is no report to export. Wait for the findings to appear and try again.',
  pdfTitle: 'PDF report',
  missingGlyphsTitle: 'Some characters cannot be drawn in the PDF',
  missingGlyphsIntro: 'The embedded font has no glyph for these characters. The report prints a placeholder such as [U+5803] in their place and lists them on the cover page.',
  missingGlyphItem: '"{character}" ({codePoint}) in {field} "{text}"',
  missingGlyphsQuestion: 'Export with placeholders, or cancel and rename?',
  exportWithPlaceholders: 'Export with placeholders',
  languageZh: 'Chinese',
  languageEn: 'English',
  fieldProjectName: 'the project name',
  fieldCustomerName: 'the customer name',
  fieldRoomName: 'the room name',
  fieldRoomUse: 'the room use',
  fieldRoomClass: 'the room class',
  fieldRuleSetTitle: 'a rule-set title',
  fieldRuleSetStandard: 'a rule-set designation',
} as const;

type ExportKey = keyof typeof en;

const zhCN: Record<ExportKey, string> = {
  pdfPreparing: '正在加载报告模块和字体…',
  pdfRendering: '正在生成{language} PDF 报告…',
  pdfDone: '报告“{file}”已下载。',
  pdfFailed: '导出 PDF 报告失败：{detail}。项目未被改动；请重试，若仍失败请先导出项目文件。',
  pdfNoResult: '项目尚未完成检查，无法导出报告。请等待检查结果出现后重试。',
  pdfTitle: 'PDF 报告',
  missingGlyphsTitle: '部分字符无法在 PDF 中显示',
  missingGlyphsIntro: '嵌入字体中没有以下字符的字形。报告会在其位置打印占位符（如 [U+5803]），并在封面列出这些字符。',
  missingGlyphItem: '{field}“{text}”中的“{character}”（{codePoint}）',
  missingGlyphsQuestion: '使用占位符继续导出，还是取消并修改名称？',
  exportWithPlaceholders: '使用占位符导出',
  languageZh: '中文',
  languageEn: '英文',
  fieldProjectName: '项目名称',
  fieldCustomerName: '客户名称',
  fieldRoomName: '房间名称',
  fieldRoomUse: '房间用途',
  fieldRoomClass: '房间级别',
  fieldRuleSetTitle: '规范名称',
  fieldRuleSetStandard: '规范编号',
};

export const exportText: Dictionary<ExportKey> = { en, 'zh-CN': zhCN };
export type { ExportKey };
