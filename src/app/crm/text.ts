import { formatMoney, minorPerMajor, type BilingualText, type Money } from '../../domain/money';
import { crmText } from '../i18n/crm';
import { useLocaleStore, useT } from '../i18n/index';

/** Returns the CRM dictionary lookup for the current UI language. */
export function useCrmT() {
  return useT(crmText);
}

export type CrmT = ReturnType<typeof useCrmT>;

export function useLocale() {
  return useLocaleStore((state) => state.locale);
}

/** Picks the text of a zh/en label pair (stage, industry, role, segment) for the UI language. */
export function pick(label: BilingualText, locale: 'en' | 'zh-CN'): string {
  return label[locale];
}

/** Formats an amount, or a dash when it is not estimated yet. */
export function formatAmount(amount: Money | null, locale: 'en' | 'zh-CN'): string {
  return amount === null ? '—' : formatMoney(amount, locale);
}

/** Returns today's date as `YYYY-MM-DD` in the browser's time zone, the date on the salesperson's calendar. */
export function todayIsoDate(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/** Converts minor units to major units as a plain number, for chart axes only (never for totals). */
export function toMajorForChart(amount: Money): number {
  return amount.minor / Number(minorPerMajor(amount.currency));
}
