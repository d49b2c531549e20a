import type { Dictionary } from './index';

/** Strings of the top-bar button that opens the room data sheet; the dialog's own strings load with it. */
const en = {
  open: 'Room data sheet',
  loading: 'Loading the room data sheet…',
} as const;

type DataSheetLauncherKey = keyof typeof en;

const zhCN: Record<DataSheetLauncherKey, string> = {
  open: '房间数据表',
  loading: '正在加载房间数据表…',
};

export const dataSheetLauncherText: Dictionary<DataSheetLauncherKey> = { en, 'zh-CN': zhCN };
