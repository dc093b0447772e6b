import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { Settings } from '../../../../shared/contract'
import { resolveLanguage } from '../../i18n/i18n'
import { applyAppearance, applyLanguage } from './applyAppearance'

/** Puts theme, typography and language on <html>, where the CSS variables and fonts read them. */
export const useAppearance = (settings: Settings): void => {
  const { i18n } = useTranslation()
  const language = resolveLanguage(settings.language)

  const { theme, fontSize, readingFont, lineHeight, columnWidth } = settings
  const { paragraphSpacing, isFirstLineIndented } = settings
  useEffect(() => {
    applyAppearance({
      theme,
      fontSize,
      readingFont,
      lineHeight,
      columnWidth,
      paragraphSpacing,
      isFirstLineIndented,
    })
  }, [theme, fontSize, readingFont, lineHeight, columnWidth, paragraphSpacing, isFirstLineIndented])

  useEffect(() => {
    applyLanguage(language)
    if (i18n.language !== language) void i18n.changeLanguage(language)
  }, [language, i18n])
}
