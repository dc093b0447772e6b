import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { Settings } from '../../../../shared/contract'
import { resolveLanguage } from '../../i18n/i18n'

/** Puts theme, text size and language on <html>, where the CSS variables and fonts read them. */
export const useAppearance = (settings: Settings): void => {
  const { i18n } = useTranslation()
  const language = resolveLanguage(settings.language)

  useEffect(() => {
    document.documentElement.dataset.theme = settings.theme
  }, [settings.theme])

  useEffect(() => {
    document.documentElement.style.setProperty('--reader-font-size', `${settings.fontSize}px`)
  }, [settings.fontSize])

  useEffect(() => {
    // lang drives the browser's CJK glyph choice: zh-CN picks Simplified forms from the font stack.
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en'
    if (i18n.language !== language) void i18n.changeLanguage(language)
  }, [language, i18n])
}
