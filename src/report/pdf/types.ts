import type { Project } from '../../domain/project';
import type { CheckResult } from '../../engine/findings';
import type { RuleSetInfo } from '../../engine/rules/types';
import type { Locale } from '../../i18n/locale';

/** Everything the compliance report prints; the report adds nothing that is not derived from it. */
export interface CompliancePdfInput {
  readonly project: Project;
  readonly result: CheckResult;
  /** Rule sets the result was produced with, in the order the cover lists them. */
  readonly ruleSets: readonly RuleSetInfo[];
  /** Language of the whole document. */
  readonly locale: Locale;
  /** Time printed on the cover and in every page footer. */
  readonly generatedAt: Date;
}

/** The two embedded TrueType faces, as raw file bytes (see fonts.node.ts and fonts.browser.ts). */
export interface PdfFonts {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}

/** Field of the input that contains a character the embedded font cannot draw. */
export type GlyphField =
  | 'project-name'
  | 'customer-name'
  | 'room-name'
  | 'room-use'
  | 'room-class'
  | 'rule-set-title'
  | 'rule-set-standard';

/**
 * A character of the input that the embedded font cannot draw. The PDF prints `placeholder`
 * (ASCII, e.g. `[U+5803]`) in its place and lists the warning on the cover.
 */
export interface GlyphWarning {
  readonly character: string;
  /** Unicode code point; above 0xFFFF for characters outside the Basic Multilingual Plane. */
  readonly codePoint: number;
  readonly placeholder: string;
  readonly field: GlyphField;
  /** Room id for room fields, rule-set id for rule-set fields, null for project fields. */
  readonly ownerId: string | null;
  /** The whole text the character appears in, e.g. the room name. */
  readonly text: string;
}
