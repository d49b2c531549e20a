import type { Finding } from '../../../src/engine/findings';
import { describeFinding } from '../../../src/i18n/findingMessages';
import type { Locale } from '../../../src/i18n/locale';

export { checkProject } from '../../../src/engine/index';

/** Renders a finding with room ids as names, as the report would with names equal to ids. */
export function describeFindingForTest(finding: Finding, locale: Locale): string {
  return describeFinding(finding, locale, (id) => id);
}
