import type { Dictionary } from './index';

/** Strings of the standard and edition picker in the top bar and the project panel. */
const en = {
  editionLabel: 'Edition of {standard}',
  editionInForce: 'In force on {date}: {edition}',
  editionBeforeOldest: 'The reference date {date} is before the oldest edition shipped; {edition} is used.',
  editionNotDefault: '{edition} is not the edition in force on {date} ({default}).',
  practiceBadge: 'design practice, not a standard',
  datesUnverified: 'Edition dates not yet checked against the standard.',
} as const;

type StandardsKey = keyof typeof en;

const zhCN: Record<StandardsKey, string> = {
  editionLabel: '{standard} 版本',
  editionInForce: '{date} 有效版本：{edition}',
  editionBeforeOldest: '基准日期 {date} 早于已收录的最早版本，采用 {edition}。',
  editionNotDefault: '{edition} 不是 {date} 有效的版本（{default}）。',
  practiceBadge: '工程惯例，非标准',
  datesUnverified: '版本日期尚未对照标准原文核实。',
};

export const standardsText: Dictionary<StandardsKey> = { en, 'zh-CN': zhCN };
