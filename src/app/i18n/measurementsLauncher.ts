import type { Dictionary } from './index';

/**
 * Strings of the room panel's measured-data button. They are kept out of `measurements.ts`
 * because the room panel is in the initial bundle, and so is every dictionary module it imports.
 */
const launcherEn = {
  openButton: 'Measured data',
  closeButton: 'Close measured data',
  loading: 'Loading the measured-data panel…',
  title: 'Measured data',
};

const launcherZh: Record<keyof typeof launcherEn, string> = {
  openButton: '测量数据',
  closeButton: '关闭测量数据',
  loading: '正在加载测量数据面板…',
  title: '测量数据',
};

export const measurementsLauncherText: Dictionary<keyof typeof launcherEn> = { en: launcherEn, 'zh-CN': launcherZh };
