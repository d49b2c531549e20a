import type { Locale } from '../../i18n/locale';
import type { GlyphField } from './types';

/** Every text the report prints apart from user data and rule data, in both languages. */
interface ReportText {
  readonly title: string;
  readonly projectLabel: string;
  readonly customerLabel: string;
  readonly referenceDateLabel: string;
  readonly generatedLabel: string;
  readonly ruleSetsHeading: string;
  readonly ruleSetColumns: readonly [string, string, string, string, string];
  readonly ruleSetKinds: Readonly<Record<'standard' | 'practice', string>>;
  readonly summaryHeading: string;
  readonly cannotEvaluateNote: string;
  readonly glyphWarningHeading: string;
  readonly glyphWarningIntro: string;
  readonly glyphWarningLine: string;
  /** Cover-box variant without the character itself, which would print as its placeholder anyway. */
  readonly glyphWarningPdfLine: string;
  readonly glyphWarningMore: string;
  readonly glyphFields: Readonly<Record<GlyphField, string>>;
  readonly planHeading: string;
  readonly planScale: string;
  readonly planScaleTooSmall: string;
  readonly planNoRooms: string;
  readonly planLegendFailing: string;
  readonly planLegendDoor: string;
  readonly planLegendAreaUnknown: string;
  readonly planUnlabelledNote: string;
  readonly scheduleHeading: string;
  readonly scheduleColumns: readonly string[];
  readonly supplySources: Readonly<Record<'ach' | 'supply' | 'velocity', string>>;
  /** Method behind a sampling-location count, printed under the count. */
  readonly samplingEditions: Readonly<Record<'iso-14644-1-2015' | 'iso-14644-1-1999', string>>;
  readonly unclassified: string;
  readonly gradeLabel: string;
  readonly isoAtRest: string;
  readonly findingsHeading: string;
  readonly findingColumns: readonly string[];
  readonly roomHeading: string;
  readonly suiteHeading: string;
  readonly noFindings: string;
  readonly outside: string;
  readonly unverified: string;
  readonly limitsHeading: string;
  readonly limitsIsoTitle: string;
  readonly limitsGmpTitle: string;
  readonly limitsRooms: string;
  readonly limitsSizeColumn: string;
  readonly limitsRowIso: string;
  readonly limitsAtRest: string;
  readonly limitsInOperation: string;
  readonly limitsUnit: string;
  readonly notApplicable: string;
  readonly notSpecified: string;
  readonly hashesHeading: string;
  readonly hashColumns: readonly [string, string, string];
  readonly footerPage: string;
}

const en: ReportText = {
  title: 'Compliance report',
  projectLabel: 'Project',
  customerLabel: 'Customer',
  referenceDateLabel: 'Reference date',
  generatedLabel: 'Generated',
  ruleSetsHeading: 'Rule sets used',
  ruleSetColumns: ['Standard', 'Edition', 'Title', 'Kind', 'Content hash'],
  ruleSetKinds: { standard: 'Standard', practice: 'Design practice' },
  summaryHeading: 'Summary of findings',
  cannotEvaluateNote:
    '"Cannot evaluate" means a design value the rule needs is missing, so the requirement was not checked. ' +
    'It is not a pass: enter the value and check again.',
  glyphWarningHeading: 'Characters the embedded font cannot draw',
  glyphWarningIntro: 'Each is printed as its code point in square brackets, e.g. [U+5803].',
  glyphWarningLine: '{character} ({codePoint}) in the {field} "{text}"',
  glyphWarningPdfLine: '{codePoint} in the {field} "{text}"',
  glyphWarningMore: '… and {count} more',
  glyphFields: {
    'project-name': 'project name',
    'customer-name': 'customer name',
    'room-name': 'room name',
    'room-use': 'room use',
    'room-class': 'room class',
    'rule-set-title': 'rule-set title',
    'rule-set-standard': 'standard designation',
  },
  planHeading: 'Plan',
  planScale: 'Scale 1:{denominator} (A4)',
  planScaleTooSmall: 'The plan is larger than the page at 1:{denominator} and is clipped.',
  planNoRooms: 'The project has no rooms.',
  planLegendFailing: 'Room with a failing finding',
  planLegendDoor: 'Door',
  planLegendAreaUnknown: 'Area not given (outline is a placeholder)',
  planUnlabelledNote: 'Rooms too small to label show their number from the room schedule.',
  scheduleHeading: 'Room schedule',
  scheduleColumns: [
    'No.',
    'Room',
    'Use',
    'Class',
    'Area m²',
    'Clear height m',
    'Volume m³',
    'Supply m³/h',
    'ACH 1/h',
    'Pressure Pa (vs outdoors)',
    'Sampling locations',
  ],
  supplySources: { ach: 'from ACH', supply: 'given', velocity: 'from velocity' },
  samplingEditions: { 'iso-14644-1-2015': 'ISO 14644-1:2015 Table A.1', 'iso-14644-1-1999': 'ISO 14644-1:1999 B.4.1' },
  unclassified: 'Not classified',
  gradeLabel: 'Grade {grade}',
  isoAtRest: 'ISO {isoClass} at rest',
  findingsHeading: 'Findings by room',
  findingColumns: ['Requirement', 'Required', 'Actual', 'Verdict', 'Kind', 'Citation'],
  roomHeading: '{number}. {name}',
  suiteHeading: 'Suite-level findings',
  noFindings: 'No findings.',
  outside: 'outside',
  unverified: 'unverified',
  limitsHeading: 'Class limits',
  limitsIsoTitle: '{citation}, ISO Class {isoClass}',
  limitsGmpTitle: '{citation}, Grade {grade}',
  limitsRooms: 'Rooms: {rooms}',
  limitsSizeColumn: '≥ {size} µm',
  limitsRowIso: 'Maximum',
  limitsAtRest: 'At rest',
  limitsInOperation: 'In operation',
  limitsUnit: 'Maximum concentration of particles equal to or larger than each size, particles/m³.',
  notApplicable: 'not applicable',
  notSpecified: 'not specified',
  hashesHeading: 'Rule-set content hashes (SHA-256)',
  hashColumns: ['Rule set', 'Edition', 'SHA-256 of the canonical rule data'],
  footerPage: 'Page {page} of {pages}',
};

const zhCN: ReportText = {
  title: '合规性检查报告',
  projectLabel: '项目',
  customerLabel: '客户',
  referenceDateLabel: '基准日期',
  generatedLabel: '生成时间',
  ruleSetsHeading: '采用的规则集',
  ruleSetColumns: ['标准', '版本', '名称', '类别', '内容哈希'],
  ruleSetKinds: { standard: '标准', practice: '工程惯例' },
  summaryHeading: '检查结果汇总',
  cannotEvaluateNote: '“无法判定”表示该条规则所需的设计参数缺失，未能进行核对，它不等于符合。请补充参数后重新检查。',
  glyphWarningHeading: '嵌入字体无法显示的字符',
  glyphWarningIntro: '这些字符在报告中以方括号内的码位表示，例如 [U+5803]。',
  glyphWarningLine: '{field}“{text}”中的 {character}（{codePoint}）',
  glyphWarningPdfLine: '{field}“{text}”中的 {codePoint}',
  glyphWarningMore: '…… 另有 {count} 处',
  glyphFields: {
    'project-name': '项目名称',
    'customer-name': '客户名称',
    'room-name': '房间名称',
    'room-use': '房间用途',
    'room-class': '洁净度级别',
    'rule-set-title': '规则集名称',
    'rule-set-standard': '标准编号',
  },
  planHeading: '平面图',
  planScale: '比例 1:{denominator}（A4）',
  planScaleTooSmall: '在 1:{denominator} 比例下平面图超出图幅，超出部分未绘出。',
  planNoRooms: '项目中没有房间。',
  planLegendFailing: '有不合格项的房间',
  planLegendDoor: '门',
  planLegendAreaUnknown: '未给出面积（轮廓仅为示意）',
  planUnlabelledNote: '房间过小无法标注时，只标出其在房间明细表中的序号。',
  scheduleHeading: '房间明细表',
  scheduleColumns: [
    '序号',
    '房间名称',
    '用途',
    '洁净度级别',
    '面积 m²',
    '净高 m',
    '体积 m³',
    '送风量 m³/h',
    '换气次数 次/h',
    '压差 Pa（对室外）',
    '采样点数',
  ],
  supplySources: { ach: '按换气次数', supply: '给定', velocity: '按截面风速' },
  samplingEditions: { 'iso-14644-1-2015': 'ISO 14644-1:2015 表 A.1', 'iso-14644-1-1999': 'ISO 14644-1:1999 B.4.1' },
  unclassified: '非洁净区',
  gradeLabel: '{grade}级',
  isoAtRest: '静态 ISO {isoClass}',
  findingsHeading: '各房间检查结果',
  findingColumns: ['要求', '规定值', '设计值', '结论', '类别', '依据'],
  roomHeading: '{number}. {name}',
  suiteHeading: '整体检查结果',
  noFindings: '无检查结果。',
  outside: '室外',
  unverified: '未核实',
  limitsHeading: '洁净度级别限值',
  limitsIsoTitle: '{citation}，ISO {isoClass} 级',
  limitsGmpTitle: '{citation}，{grade}级',
  limitsRooms: '房间：{rooms}',
  limitsSizeColumn: '≥ {size} µm',
  limitsRowIso: '最大浓度限值',
  limitsAtRest: '静态',
  limitsInOperation: '动态',
  limitsUnit: '大于或等于各粒径的粒子最大浓度限值，单位：粒/m³。',
  notApplicable: '不适用',
  notSpecified: '不作规定',
  hashesHeading: '规则集内容哈希（SHA-256）',
  hashColumns: ['规则集', '版本', '规范化规则数据的 SHA-256'],
  footerPage: '第 {page} 页 / 共 {pages} 页',
};

export const REPORT_TEXT: Readonly<Record<Locale, ReportText>> = { en, 'zh-CN': zhCN };

/** Replaces each `{name}` in `template` with `params[name]`; unknown names stay as written. */
export function fillTemplate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}
