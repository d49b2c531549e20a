import type { Locale, LocalizedText } from '../../i18n/locale';

/** Render a message in both UI languages, so it can be stored and shown in whichever is chosen later. */
export function bothLocales(render: (locale: Locale) => string): LocalizedText {
  return { en: render('en'), 'zh-CN': render('zh-CN') };
}
