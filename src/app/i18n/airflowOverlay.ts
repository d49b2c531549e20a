import type { Dictionary } from './index';

/** Strings of the air-side overlay on the plan and its toolbar toggles. Kept small: the canvas is in the initial bundle. */
const en = {
  toggleTerminals: 'Show supply terminals and return grilles',
  toggleSampling: 'Show ISO 14644-1 sampling locations',
  offsetLabel: 'offset {value}',
  unknownFlow: '? m³/h',
  airlockcascade: 'cascade airlock',
  airlockbubble: 'bubble airlock',
  airlocksink: 'sink airlock',
} as const;

type AirflowOverlayKey = keyof typeof en;

const zhCN: Record<AirflowOverlayKey, string> = {
  toggleTerminals: '显示送风末端和回风口',
  toggleSampling: '显示 ISO 14644-1 采样点',
  offsetLabel: '余风量 {value}',
  unknownFlow: '? m³/h',
  airlockcascade: '梯度式缓冲间',
  airlockbubble: '正压式缓冲间',
  airlocksink: '负压式缓冲间',
};

export const airflowOverlayText: Dictionary<AirflowOverlayKey> = { en, 'zh-CN': zhCN };
