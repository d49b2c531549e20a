import { resolveRoomUse } from '../../engine/suite/roomUses';
import type { Locale } from '../../i18n/locale';

/**
 * Names of room-use ids stored by earlier versions that the room-use vocabulary
 * (`rules/room-uses.json`) does not list. The vocabulary's own labels come first.
 */
const USE_NAMES: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  auxiliary: { en: 'Auxiliary room', 'zh-CN': '辅助用房' },
  airlock: { en: 'Airlock', 'zh-CN': '气闸' },
  'personnel-airlock': { en: 'Personnel airlock', 'zh-CN': '人员气闸' },
  'material-airlock': { en: 'Material airlock', 'zh-CN': '物料气闸' },
  buffer: { en: 'Buffer room', 'zh-CN': '缓冲间' },
  gowning: { en: 'Gowning room', 'zh-CN': '更衣' },
  changing: { en: 'Changing room', 'zh-CN': '更衣室' },
  'air-shower': { en: 'Air shower', 'zh-CN': '风淋室' },
  'pass-through': { en: 'Pass-through', 'zh-CN': '传递窗' },
  corridor: { en: 'Clean corridor', 'zh-CN': '洁净走廊' },
  'clean-corridor': { en: 'Clean corridor', 'zh-CN': '洁净走廊' },
  storage: { en: 'Storage', 'zh-CN': '库房' },
  production: { en: 'Production room', 'zh-CN': '工艺生产间' },
  filling: { en: 'Filling room', 'zh-CN': '灌装间' },
  laboratory: { en: 'Laboratory', 'zh-CN': '实验室' },
  'operating-room': { en: 'Operating room', 'zh-CN': '手术室' },
  'non-clean': { en: 'Non-clean area', 'zh-CN': '非洁净区' },
  other: { en: 'Other', 'zh-CN': '其他' },
};

/** Returns the room use in the report's language, or the stored text when it is not a known id. */
export function roomUseText(use: string | null, locale: Locale): string | null {
  if (use === null || use.trim() === '') return null;
  return resolveRoomUse(use)?.label[locale] ?? USE_NAMES[use]?.[locale] ?? use;
}
