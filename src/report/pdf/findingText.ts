import type { Citation, Finding, Requirement } from '../../engine/findings';
import { formatNumber, unitLabel } from '../../i18n/format';
import type { Locale } from '../../i18n/locale';

/** Formats a requirement as bounds with its unit: `≥ 15 1/h`, `≤ 352,000 particles/m³`, `5–10 Pa`. */
export function formatRequirementText(required: Requirement | null, locale: Locale): string {
  if (required === null) return '–';
  const unit = unitLabel(required.unit, locale);
  const suffix = unit ? ` ${unit}` : '';
  const min = required.min === null ? null : formatNumber(required.min, locale, 3);
  const max = required.max === null ? null : formatNumber(required.max, locale, 3);
  if (min !== null && max !== null && !required.minExclusive && !required.maxExclusive) return `${min}–${max}${suffix}`;

  const parts: string[] = [];
  if (min !== null) parts.push(`${required.minExclusive ? '>' : '≥'} ${min}${suffix}`);
  if (max !== null) parts.push(`${required.maxExclusive ? '<' : '≤'} ${max}${suffix}`);
  return parts.length > 0 ? parts.join(', ') : '–';
}

export function formatActualText(finding: Finding, locale: Locale): string {
  if (finding.actual === null) return '–';
  const unit = finding.required ? unitLabel(finding.required.unit, locale) : '';
  const magnitude = formatNumber(Math.abs(finding.actual), locale, 2);
  // Typeset minus (U+2212), as pressures print elsewhere in the report.
  const value = finding.actual < 0 && magnitude !== '0' ? `−${magnitude}` : magnitude;
  return unit ? `${value} ${unit}` : value;
}

/**
 * Cites a clause as the standard writes its designation: `ISO 14644-1:2015 Table 1`,
 * `GB 50073-2013 6.3.3`, `China GMP 2010 Annex 1, 9`.
 */
export function formatCitationText(citation: Citation): string {
  const separator = citation.standard.startsWith('ISO') ? ':' : citation.standard.startsWith('GB') ? '-' : ' ';
  return `${citation.standard}${separator}${citation.edition} ${citation.clause}`;
}
