import { create } from 'zustand';
import type { Locale } from '../../i18n/locale';

/**
 * UI strings are kept in feature dictionaries (`{ en: {...}, 'zh-CN': {...} }`), each typed so
 * that the Chinese table must have every English key. `useT(dictionary)` returns a lookup for
 * the current UI language; `{name}` placeholders are filled from `params`.
 */
export type Dictionary<K extends string> = { readonly en: Record<K, string>; readonly 'zh-CN': Record<K, string> };

interface LocaleState {
  readonly locale: Locale;
  setLocale(locale: Locale): void;
}

export const useLocaleStore = create<LocaleState>()((set) => ({
  locale: 'zh-CN',
  setLocale: (locale) => set({ locale }),
}));

export function translate<K extends string>(
  dictionary: Dictionary<K>,
  locale: Locale,
  key: K,
  params?: Readonly<Record<string, string | number>>,
): string {
  const template = dictionary[locale][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

export function useT<K extends string>(dictionary: Dictionary<K>) {
  const locale = useLocaleStore((state) => state.locale);
  return (key: K, params?: Readonly<Record<string, string | number>>) => translate(dictionary, locale, key, params);
}
