/** The two languages every user-visible string exists in. */
export type Locale = 'en' | 'zh-CN';

export const LOCALES: readonly Locale[] = ['en', 'zh-CN'];

/** A user-visible text in both languages, as rule data and vocabularies store it. */
export interface LocalizedText {
  readonly en: string;
  readonly 'zh-CN': string;
}

export function isLocale(value: string): value is Locale {
  return value === 'en' || value === 'zh-CN';
}
