/**
 * Standard designation with its edition as the issuing body writes it: ISO and IEC use a colon
 * (`ISO 14644-1:2015`), Chinese national and sector standards a hyphen (`GB 50073-2013`), and
 * anything else a space (`China GMP 2010`).
 */
export function designationWithEdition(standard: string, edition: string): string {
  if (/^(ISO|IEC|EN)\b/.test(standard)) return `${standard}:${edition}`;
  if (/^(GB|GB\/T|JGJ|YY|YY\/T)\s/.test(standard)) return `${standard}-${edition}`;
  return `${standard} ${edition}`;
}
