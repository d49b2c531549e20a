import type { Cleanliness, GmpGrade } from '../../domain/cleanliness';
import type { Room } from '../../domain/project';
import type { RoomMetrics } from '../../engine/findings';
import { formatCleanliness } from '../../i18n/classMessages';
import { formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/locale';
import { REPORT_TEXT, fillTemplate } from './strings';

/** Printed for a value that is unknown or missing. */
export const UNKNOWN = '–';

/** Formats a number with at most `decimals` decimals, or the unknown mark for null. */
export function formatOptional(value: number | null, locale: Locale, decimals = 1): string {
  return value === null ? UNKNOWN : formatNumber(value, locale, decimals);
}

/** Formats a pressure with its sign and unit: `+15 Pa`, `−30 Pa` (U+2212 minus), `0 Pa`. */
export function formatSignedPressure(pressurePa: number | null, locale: Locale): string {
  if (pressurePa === null) return UNKNOWN;
  const magnitude = formatNumber(Math.abs(pressurePa), locale, 1);
  if (magnitude === '0') return '0 Pa';
  const sign = pressurePa > 0 ? '+' : '−';
  return `${sign}${magnitude} Pa`;
}

/** Formats a time as `YYYY-MM-DD HH:MM UTC`, the same in both languages so it reads unambiguously. */
export function formatTimestamp(time: Date): string {
  const iso = time.toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export function gradeText(grade: GmpGrade, locale: Locale): string {
  return fillTemplate(REPORT_TEXT[locale].gradeLabel, { grade });
}

/** Names a parsed class in the field's usual terms: `ISO 7`, `Grade B` / `B级`, `Not classified`. */
function cleanlinessText(cleanliness: Cleanliness, locale: Locale): string {
  switch (cleanliness.kind) {
    case 'iso':
      return `ISO ${formatNumber(cleanliness.isoClass, locale, 1)}`;
    case 'gmp':
      return gradeText(cleanliness.grade, locale);
    case 'hospital':
    case 'food':
      return formatCleanliness(cleanliness, locale);
    case 'unclassified':
      return REPORT_TEXT[locale].unclassified;
  }
}

/**
 * Returns the class as typed followed by what it was parsed as, e.g. `万级 (ISO 7)`; either alone when
 * the other is missing or reads the same.
 */
export function roomClassText(room: Room, metrics: RoomMetrics | undefined, locale: Locale): string {
  const parsed = room.cleanliness ? cleanlinessText(room.cleanliness, locale) : null;
  const typed = room.classLabel?.trim() || null;
  const isoOfGrade =
    room.cleanliness?.kind === 'gmp' && metrics?.isoClass != null
      ? fillTemplate(REPORT_TEXT[locale].isoAtRest, { isoClass: formatNumber(metrics.isoClass, locale, 1) })
      : null;
  const resolved = [parsed, isoOfGrade].filter((part): part is string => part !== null).join(', ');

  if (!typed) return resolved || UNKNOWN;
  if (!resolved || sameText(typed, parsed)) return isoOfGrade ? `${typed} (${isoOfGrade})` : typed;
  return `${typed} (${resolved})`;
}

function sameText(typed: string, parsed: string | null): boolean {
  return parsed !== null && typed.replace(/\s+/g, '').toLowerCase() === parsed.replace(/\s+/g, '').toLowerCase();
}
