import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Settings } from '../../../shared/contract'
import { en } from './en'
import { formatNumber } from './formatNumber'
import { resolveLanguage } from './resolveLanguage'
import { zh } from './zh'

export { resolveLanguage, type UiLanguage } from './resolveLanguage'

/** Starts i18next before the first render, in the language settings ask for ('auto' until they load). */
export const initI18n = (language: Settings['language'] = 'auto'): typeof i18next => {
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, zh: { translation: zh } },
    lng: resolveLanguage(language),
    fallbackLng: 'en',
    // React escapes text itself; escaping here too would show &quot; in headlines.
    interpolation: { escapeValue: false },
    initAsync: false,
  })
  i18next.services.formatter?.add('number', formatNumber)
  return i18next
}
