import type { Dictionary } from './index';

/** Strings of the findings panel. */
const en = {
  title: 'Findings',
  filterAll: 'All rooms',
  filterSelected: 'Selected room only',
  filterLabel: 'Show',
  unverified: 'Unverified figure',
  unverifiedTitle: 'This figure has not yet been checked against the official text of the standard.',
  required: 'Required',
  actual: 'Design',
  notGiven: 'not given',
  outside: 'Outdoors',
  projectWide: 'Whole suite',
  showAll: 'Show all {count}',
  none: 'No findings: choose a rule set and draw a room.',
  noneForRoom: 'No findings for the selected room.',
  unknownRuleSets: 'This build has no rule set "{ids}", so it is left out of the check. Open the project in a newer Cleanplan to check against it.',
} as const;

type FindingsKey = keyof typeof en;

const zhCN: Record<FindingsKey, string> = {
  title: '检查结果',
  filterAll: '全部房间',
  filterSelected: '仅选中房间',
  filterLabel: '显示',
  unverified: '数值未核实',
  unverifiedTitle: '该数值尚未与标准正式文本核对。',
  required: '要求',
  actual: '设计值',
  notGiven: '未填写',
  outside: '室外',
  projectWide: '整个洁净区',
  showAll: '显示全部 {count} 条',
  none: '没有检查结果：请选择规范并绘制房间。',
  noneForRoom: '选中房间没有检查结果。',
  unknownRuleSets: '当前版本没有规范“{ids}”，检查时已跳过。如需按该规范检查，请用更新版本的 Cleanplan 打开项目。',
};

export const findingsText: Dictionary<FindingsKey> = { en, 'zh-CN': zhCN };
export type { FindingsKey };
