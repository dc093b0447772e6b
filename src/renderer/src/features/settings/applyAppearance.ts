import type { Settings } from '../../../../shared/contract'
import type { UiLanguage } from '../../i18n/resolveLanguage'

// The browser's copy of the theme, put on the page as its script starts (applyThemeHint): the
// settings answer later, and a dark reader's page would start light.
const THEME_HINT_KEY = 'inkstone.theme'
const THEMES: ReadonlyArray<Settings['theme']> = ['light', 'dark', 'sepia']

/** Puts the theme the reader last had on <html> at once, before the settings answer. */
export const applyThemeHint = (): void => {
  try {
    const stored = window.localStorage.getItem(THEME_HINT_KEY)
    const theme = THEMES.find((each) => each === stored)
    if (theme) document.documentElement.dataset.theme = theme
  } catch {
    // No storage: the page starts in the light theme until the settings answer.
  }
}

/** The settings that set how the page looks. */
export type Appearance = Pick<
  Settings,
  | 'theme'
  | 'fontSize'
  | 'readingFont'
  | 'lineHeight'
  | 'columnWidth'
  | 'paragraphSpacing'
  | 'isFirstLineIndented'
>

/**
 * Puts theme and typography on <html>, where the CSS variables and fonts read them (the app's
 * useAppearance; the first paint, before the app runs, see firstPaint.ts).
 */
export const applyAppearance = (appearance: Appearance): void => {
  const html = document.documentElement
  html.dataset.theme = appearance.theme
  try {
    window.localStorage.setItem(THEME_HINT_KEY, appearance.theme)
  } catch {
    // Storage full or refused: the next start waits for the settings for its theme.
  }
  const style = html.style
  style.setProperty('--reader-font-size', `${appearance.fontSize}px`)
  // The stacks live in tokens.css: each names the system's CJK faces first, then fallbacks.
  style.setProperty('--font-reading', `var(--font-reading-${appearance.readingFont})`)
  style.setProperty('--reader-line-height', String(appearance.lineHeight))
  style.setProperty('--reader-measure', `${appearance.columnWidth}em`)
  style.setProperty('--reader-paragraph-gap', `${appearance.paragraphSpacing}em`)
  style.setProperty('--reader-indent', appearance.isFirstLineIndented ? '2em' : '0')
}

/** The page's language for the browser's CJK glyph choice: zh-CN picks Simplified forms. */
export const applyLanguage = (language: UiLanguage): void => {
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en'
}
