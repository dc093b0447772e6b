import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Settings } from '../../../shared/contract'
import { en } from './en'
import { formatNumber } from './formatNumber'
import { zh } from './zh'

/** A language the interface is written in. */
export type UiLanguage = 'zh' | 'en'

/** The interface language for a setting: 'auto' follows the system (navigator.language). */
export const resolveLanguage = (setting: Settings['language']): UiLanguage => {
  if (setting !== 'auto') return setting
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language]
  return preferred.some((tag) => tag.toLowerCase().startsWith('zh')) ? 'zh' : 'en'
}

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
