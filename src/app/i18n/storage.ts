import type { Dictionary } from './index';

/** Messages for browser-storage failures, shown in the banner above the plan. */
const en = {
  quota: 'Saving failed because the browser storage is full. The last saved copy is kept; export the project file now, then free space (delete old projects or site data) and keep working.',
  blocked: 'Saving failed because another tab holds the project database open with an older version. Close the other Cleanplan tabs and reload this one. The last saved copy is kept.',
  unavailable: 'Browser storage is unavailable (private window, or storage disabled for this site), so nothing is saved automatically. Export the project file to keep your work.',
  unknown: 'Saving to browser storage failed: {detail}. The last saved copy is kept; export the project file to keep your work.',
  dismiss: 'Dismiss',
} as const;

type StorageKey = keyof typeof en;

const zhCN: Record<StorageKey, string> = {
  quota: '保存失败：浏览器存储空间已满。上一次保存的副本保持不变；请立即导出项目文件，再清理空间（删除旧项目或站点数据）后继续工作。',
  blocked: '保存失败：另一个标签页以旧版本打开了项目数据库。请关闭其他 Cleanplan 标签页并刷新本页。上一次保存的副本保持不变。',
  unavailable: '浏览器存储不可用（无痕窗口，或本站点禁用了存储），因此不会自动保存。请导出项目文件以保留工作成果。',
  unknown: '保存到浏览器存储失败：{detail}。上一次保存的副本保持不变；请导出项目文件以保留工作成果。',
  dismiss: '关闭',
};

export const storageText: Dictionary<StorageKey> = { en, 'zh-CN': zhCN };
export type { StorageKey };
