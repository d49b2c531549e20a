import type { BilingualText, DisplayLocale } from '../money';
import type { PriceDisplay } from './pricing';
import type { QuoteStatus } from './status';
import type { LayoutQuantityKind, QuantityOrigin, QuantityUnit } from './types';

export const QUOTE_STATUS_LABELS: Readonly<Record<QuoteStatus, BilingualText>> = {
  draft: { en: 'Draft', 'zh-CN': '草稿' },
  'awaiting-approval': { en: 'Awaiting approval', 'zh-CN': '待审批' },
  approved: { en: 'Approved', 'zh-CN': '已审批' },
  sent: { en: 'Sent', 'zh-CN': '已发送' },
  accepted: { en: 'Accepted', 'zh-CN': '已接受' },
  rejected: { en: 'Rejected', 'zh-CN': '已拒绝' },
  expired: { en: 'Expired', 'zh-CN': '已过期' },
};

export const QUANTITY_UNIT_LABELS: Readonly<Record<QuantityUnit, BilingualText>> = {
  m2: { en: 'm²', 'zh-CN': 'm²' },
  m: { en: 'm', 'zh-CN': 'm' },
  piece: { en: 'pc', 'zh-CN': '个' },
  set: { en: 'set', 'zh-CN': '套' },
  location: { en: 'location', 'zh-CN': '点' },
  lot: { en: 'lot', 'zh-CN': '项' },
};

export const LAYOUT_QUANTITY_LABELS: Readonly<Record<LayoutQuantityKind, BilingualText>> = {
  'wall-panels': { en: 'wall panels', 'zh-CN': '墙板' },
  'ceiling-panels': { en: 'ceiling panels', 'zh-CN': '吊顶板' },
  'floor-finish': { en: 'floor finish', 'zh-CN': '地面' },
  'coving-floor': { en: 'floor–wall coving', 'zh-CN': '地面与墙面圆弧角' },
  'coving-ceiling': { en: 'wall–ceiling coving', 'zh-CN': '墙面与顶棚圆弧角' },
  doors: { en: 'doors', 'zh-CN': '门' },
  'hepa-terminals': { en: 'HEPA terminals', 'zh-CN': '高效送风口' },
  ffus: { en: 'FFUs', 'zh-CN': '风机过滤单元（FFU）' },
  'return-grilles': { en: 'return grilles', 'zh-CN': '回风口' },
  'certification-sampling': { en: 'ISO 14644-1 sampling locations', 'zh-CN': 'ISO 14644-1 采样点' },
  'pass-boxes': { en: 'pass boxes', 'zh-CN': '传递窗' },
  'air-handling-units': { en: 'air-handling units', 'zh-CN': '空调机组' },
  'clean-floor-area': { en: 'clean floor area', 'zh-CN': '洁净区面积' },
};

export const PRICE_DISPLAY_LABELS: Readonly<Record<PriceDisplay, BilingualText>> = {
  'tax-exclusive': { en: 'Prices exclude VAT', 'zh-CN': '不含税价' },
  'tax-inclusive': { en: 'Prices include VAT', 'zh-CN': '含税价' },
};

export const OVERRIDDEN_LABEL: BilingualText = { en: 'overridden', 'zh-CN': '已手动修改' };
export const TO_BE_QUOTED_LABEL: BilingualText = { en: 'to be quoted', 'zh-CN': '待报价' };

function plural(count: number, singular: string, pluralForm: string): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/**
 * Describes where a layout quantity came from, e.g. "from layout: wall panels, 3 rooms, 5 walls,
 * 2 openings deducted" or "按图纸：墙板，3 个房间，5 段墙，扣除 2 处洞口". A quantity taken from the
 * airflow design starts "from airflow design:" / "按气流设计：" instead.
 */
export function describeQuantityOrigin(origin: QuantityOrigin, locale: DisplayLocale): string {
  const kind = LAYOUT_QUANTITY_LABELS[origin.kind][locale];
  const rooms = origin.roomIds.length;
  const walls = origin.wallCount;
  const openings = origin.deductions.length;
  const incomplete = origin.incompleteRoomIds.length;

  const fromAirflowDesign = origin.basis === 'airflow-design';

  if (locale === 'zh-CN') {
    const parts = [`${fromAirflowDesign ? '按气流设计' : '按图纸'}：${kind}`, `${rooms} 个房间`];
    if (walls > 0) parts.push(`${walls} 段墙`);
    if (openings > 0) parts.push(`扣除 ${openings} 处洞口`);
    if (incomplete > 0) parts.push(`${incomplete} 个房间缺少数据未计入`);
    return parts.join('，');
  }
  const parts = [`${fromAirflowDesign ? 'from airflow design' : 'from layout'}: ${kind}`, plural(rooms, 'room', 'rooms')];
  if (walls > 0) parts.push(plural(walls, 'wall', 'walls'));
  if (openings > 0) parts.push(`${plural(openings, 'opening', 'openings')} deducted`);
  if (incomplete > 0) parts.push(`${plural(incomplete, 'room', 'rooms')} left out for missing data`);
  return parts.join(', ');
}
