import type { LocalizedText } from '../../i18n/locale';
import type { RequirementKind } from '../findings';

/** Whether a rule set states a standard's provisions or contractor/design practice. */
export type RuleSetKind = 'standard' | 'practice';

/** Identity of a loaded rule set, as the UI, CLI and reports list it. */
export interface RuleSetInfo {
  /** Id used with `--standard` and stored in projects, e.g. `gb-50073-2013`. */
  readonly id: string;
  /** Designation without edition, e.g. `GB 50073`, `ISO 14644-1`, `China GMP`. */
  readonly standard: string;
  readonly title: LocalizedText;
  /** Edition year as printed on the standard, e.g. `2013`. */
  readonly edition: string;
  /** Date the edition took effect (`YYYY-MM-DD`). */
  readonly effectiveDate: string;
  readonly kind: RuleSetKind;
  /** SHA-256 of the rule set's canonical JSON, hex; printed in reports to pin the data used. */
  readonly hash: string;
}

/** Catalogue entry of one rule inside a rule set, for listings and reports. */
export interface RuleInfo {
  readonly id: string;
  readonly kind: RequirementKind;
  readonly label: LocalizedText;
  readonly clause: string;
  readonly verified: boolean;
}
