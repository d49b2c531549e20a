/**
 * Calendar dates as ISO 8601 `YYYY-MM-DD` strings, the form project files already use. Such strings
 * sort in date order, so comparisons are plain string comparisons once a date is validated.
 */

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Returns true for a real calendar date written `YYYY-MM-DD` (2026-02-30 is rejected). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE_PATTERN.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** Throws a RangeError naming `field` unless `text` is a valid `YYYY-MM-DD` date. */
export function requireIsoDate(text: string, field: string): string {
  if (!isIsoDate(text)) throw new RangeError(`${field}: expected a date as YYYY-MM-DD, found "${text}"`);
  return text;
}

const MS_PER_DAY = 86_400_000;

/** Counts whole days from `from` to `to` (negative when `to` is earlier). Both must be valid dates. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / MS_PER_DAY);
}
