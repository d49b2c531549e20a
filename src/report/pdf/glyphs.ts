import type { Locale } from '../../i18n/locale';
import coverage from './fonts/coverage.json';
import { REPORT_TEXT, fillTemplate } from './strings';
import type { CompliancePdfInput, GlyphField, GlyphWarning } from './types';

/** Code points both embedded faces draw, written by scripts/subset-fonts.mjs. */
const COVERED = new Set<number>(coverage as readonly number[]);

/** jsPDF 4.2.1 writes text as one 16-bit code per UTF-16 unit, so characters above U+FFFF never draw. */
const MAX_DRAWABLE_CODE_POINT = 0xffff;

/**
 * Notations the report's own labels use that the font lacks, with an equivalent it draws.
 * Noto Sans SC has ¹ but not ⁻ (U+207B), so `h⁻¹` becomes `1/h`.
 */
const SUBSTITUTIONS: readonly (readonly [string, string])[] = [['h⁻¹', '1/h']];

function isDrawable(codePoint: number): boolean {
  return codePoint <= MAX_DRAWABLE_CODE_POINT && COVERED.has(codePoint);
}

/** Returns the ASCII text printed in place of a character the font cannot draw. */
export function glyphPlaceholder(codePoint: number): string {
  return `[U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}]`;
}

/**
 * Rewrites text so that every character can be drawn: known notations are substituted, line
 * breaks and tabs become spaces, and any other uncovered character becomes its placeholder.
 */
export function toDrawableText(text: string): string {
  let substituted = text;
  for (const [from, to] of SUBSTITUTIONS) substituted = substituted.split(from).join(to);

  let drawable = '';
  for (const character of substituted) {
    const codePoint = character.codePointAt(0)!;
    if (character === '\n' || character === '\t' || character === '\r') drawable += ' ';
    else drawable += isDrawable(codePoint) ? character : glyphPlaceholder(codePoint);
  }
  return drawable;
}

interface ScannedText {
  readonly field: GlyphField;
  readonly ownerId: string | null;
  readonly text: string | null;
}

/**
 * Lists each character of the user-entered and rule-set text that the embedded font cannot draw,
 * once per field it appears in. Run it before export to warn the user; the PDF prints the same
 * list on its cover. Whitespace and control characters are ignored.
 */
export function findMissingGlyphs(input: Pick<CompliancePdfInput, 'project' | 'ruleSets'>): GlyphWarning[] {
  const warnings: GlyphWarning[] = [];
  for (const scanned of listScannedTexts(input)) {
    if (!scanned.text) continue;
    const seen = new Set<number>();
    for (const character of scanned.text) {
      const codePoint = character.codePointAt(0)!;
      if (codePoint < 0x20 || seen.has(codePoint) || isDrawable(codePoint)) continue;
      seen.add(codePoint);
      warnings.push({
        character,
        codePoint,
        placeholder: glyphPlaceholder(codePoint),
        field: scanned.field,
        ownerId: scanned.ownerId,
        text: scanned.text,
      });
    }
  }
  return warnings;
}

function listScannedTexts({ project, ruleSets }: Pick<CompliancePdfInput, 'project' | 'ruleSets'>): ScannedText[] {
  const texts: ScannedText[] = [
    { field: 'project-name', ownerId: null, text: project.name },
    { field: 'customer-name', ownerId: null, text: project.customerName },
  ];
  for (const room of project.rooms) {
    texts.push({ field: 'room-name', ownerId: room.id, text: room.name });
    texts.push({ field: 'room-use', ownerId: room.id, text: room.use });
    texts.push({ field: 'room-class', ownerId: room.id, text: room.classLabel });
  }
  for (const ruleSet of ruleSets) {
    texts.push({ field: 'rule-set-standard', ownerId: ruleSet.id, text: ruleSet.standard });
    texts.push({ field: 'rule-set-title', ownerId: ruleSet.id, text: ruleSet.title.en });
    texts.push({ field: 'rule-set-title', ownerId: ruleSet.id, text: ruleSet.title['zh-CN'] });
  }
  return texts;
}

/**
 * Describes a warning in one sentence for the UI and CLI: the character, its code point, the
 * field and the text it appears in. With `forPdf` the character is left out, because the PDF
 * could only print its placeholder.
 */
export function describeGlyphWarning(warning: GlyphWarning, locale: Locale, forPdf = false): string {
  const text = REPORT_TEXT[locale];
  return fillTemplate(forPdf ? text.glyphWarningPdfLine : text.glyphWarningLine, {
    character: warning.character,
    codePoint: warning.placeholder.slice(1, -1),
    field: text.glyphFields[warning.field],
    text: warning.text,
  });
}
