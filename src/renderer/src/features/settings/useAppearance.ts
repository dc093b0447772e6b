import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { Settings } from '../../../../shared/contract'
import { resolveLanguage } from '../../i18n/i18n'

/** Puts theme, typography and language on <html>, where the CSS variables and fonts read them. */
export const useAppearance = (settings: Settings): void => {
  const { i18n } = useTranslation()
  const language = resolveLanguage(settings.language)

  useEffect(() => {
    document.documentElement.dataset.theme = settings.theme
  }, [settings.theme])

  useEffect(() => {
    document.documentElement.style.setProperty('--reader-font-size', `${settings.fontSize}px`)
  }, [settings.fontSize])

  const { readingFont, lineHeight, columnWidth, paragraphSpacing, isFirstLineIndented } = settings
  useEffect(() => {
    const style = document.documentElement.style
    // The stacks live in tokens.css: each names the system's CJK faces first, then fallbacks.
    style.setProperty('--font-reading', `var(--font-reading-${readingFont})`)
    style.setProperty('--reader-line-height', String(lineHeight))
    style.setProperty('--reader-measure', `${columnWidth}em`)
    style.setProperty('--reader-paragraph-gap', `${paragraphSpacing}em`)
    style.setProperty('--reader-indent', isFirstLineIndented ? '2em' : '0')
  }, [readingFont, lineHeight, columnWidth, paragraphSpacing, isFirstLineIndented])

  useEffect(() => {
    // lang drives the browser's CJK glyph choice: zh-CN picks Simplified forms from the font stack.
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en'
    if (i18n.language !== language) void i18n.changeLanguage(language)
  }, [language, i18n])
}
