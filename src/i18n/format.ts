import type { UnitId } from '../domain/units';
import type { Locale } from './locale';

/**
 * Unit labels for display. `Intl.NumberFormat` has no style for m², m³/h, Pa or lx, so numbers are
 * formatted alone and the label is appended.
 */
const UNIT_LABELS: Record<UnitId, Record<Locale, string>> = {
  mm: { en: 'mm', 'zh-CN': 'mm' },
  m: { en: 'm', 'zh-CN': 'm' },
  m2: { en: 'm²', 'zh-CN': 'm²' },
  m3: { en: 'm³', 'zh-CN': 'm³' },
  'm3/h': { en: 'm³/h', 'zh-CN': 'm³/h' },
  'm3/(h*m2)': { en: 'm³/(h·m²)', 'zh-CN': 'm³/(h·m²)' },
  'm3/(h*person)': { en: 'm³/(h·person)', 'zh-CN': 'm³/(h·人)' },
  '1/h': { en: 'h⁻¹', 'zh-CN': '次/h' },
  'm/s': { en: 'm/s', 'zh-CN': 'm/s' },
  Pa: { en: 'Pa', 'zh-CN': 'Pa' },
  degC: { en: '°C', 'zh-CN': '°C' },
  '%RH': { en: '%RH', 'zh-CN': '%' },
  lx: { en: 'lx', 'zh-CN': 'lx' },
  'dB(A)': { en: 'dB(A)', 'zh-CN': 'dB(A)' },
  person: { en: 'persons', 'zh-CN': '人' },
  'particles/m3': { en: 'particles/m³', 'zh-CN': '粒/m³' },
  'cfu/m3': { en: 'cfu/m³', 'zh-CN': 'cfu/m³' },
  min: { en: 'min', 'zh-CN': 'min' },
  count: { en: '', 'zh-CN': '' },
  '%': { en: '%', 'zh-CN': '%' },
};

export function unitLabel(unit: UnitId, locale: Locale): string {
  return UNIT_LABELS[unit][locale];
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Format a number for display with at most `maxDecimals` decimals, grouped as the locale groups. */
export function formatNumber(value: number, locale: Locale, maxDecimals = 1): string {
  const key = `${locale}|${maxDecimals}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: maxDecimals });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** Format a quantity with its unit label; null prints as an en dash. */
export function formatQuantity(value: number | null, unit: UnitId, locale: Locale, maxDecimals = 1): string {
  if (value === null) return '–';
  const label = unitLabel(unit, locale);
  return label ? `${formatNumber(value, locale, maxDecimals)} ${label}` : formatNumber(value, locale, maxDecimals);
}
