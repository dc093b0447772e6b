import type { Settings } from '../../../shared/contract'

/** A language the interface is written in. */
export type UiLanguage = 'zh' | 'en'

/** The interface language for a setting: 'auto' follows the system (navigator.language). */
export const resolveLanguage = (setting: Settings['language']): UiLanguage => {
  if (setting !== 'auto') return setting
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language]
  return preferred.some((tag) => tag.toLowerCase().startsWith('zh')) ? 'zh' : 'en'
}
