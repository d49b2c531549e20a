import type { Citation, Finding } from '../../engine/findings';
import { designationWithEdition } from '../../engine/rules/designation';
import { formatNumber, unitLabel } from '../../i18n/format';
import type { Locale } from '../../i18n/locale';

/** Formats a finding's design value in the requirement's unit; a dash when the value is missing. */
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
 * `GB 50073-2013 6.3.3`, `China GMP 2010 Annex 1, Art. 9`.
 */
export function formatCitationText(citation: Citation): string {
  return `${designationWithEdition(citation.standard, citation.edition)} ${citation.clause}`;
}
