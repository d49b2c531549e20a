import { isLocale, type Locale } from '../../i18n/locale';
import { useLocaleStore } from '../i18n/index';

const LOCALE_STORAGE_KEY = 'cleanplan.locale';

const DOCUMENT_TITLES: Readonly<Record<Locale, string>> = {
  'zh-CN': '洁净室设计与合规平台 · Cleanplan',
  en: 'Cleanroom design and compliance · Cleanplan',
};

/**
 * Restore the UI language from localStorage (zh-CN when none was chosen) and keep localStorage,
 * `<html lang>` and the document title in step with later changes.
 */
export function installLocalePreference(): void {
  const stored = readStoredLocale();
  if (stored !== null) useLocaleStore.getState().setLocale(stored);
  applyToDocument(useLocaleStore.getState().locale);

  useLocaleStore.subscribe((state, previous) => {
    if (state.locale === previous.locale) return;
    applyToDocument(state.locale);
    writeStoredLocale(state.locale);
  });
}

function applyToDocument(locale: Locale): void {
  document.documentElement.lang = locale;
  document.title = DOCUMENT_TITLES[locale];
}

// localStorage throws in some privacy modes; the language then falls back to the default.
function readStoredLocale(): Locale | null {
  try {
    const value = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return value !== null && isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

function writeStoredLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // The choice then lasts only for this page load.
  }
}
