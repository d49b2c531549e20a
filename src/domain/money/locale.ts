/**
 * The two display languages, as src/i18n/locale.ts defines them. The domain layer cannot import
 * from src/i18n, so these types repeat its shapes; they are structurally the same types.
 */
export type DisplayLocale = 'en' | 'zh-CN';

/** A user-visible text in both languages (same shape as `LocalizedText` in src/i18n/locale.ts). */
export interface BilingualText {
  readonly en: string;
  readonly 'zh-CN': string;
}
