import type { TFunction } from 'i18next'
import type { HighlightColor } from '../../../../shared/annotations'
import type { Settings } from '../../../../shared/contract'

/** A colour's name: the reader's own when set, else the built-in one in the interface language. */
export const colorName = (color: HighlightColor, settings: Settings, t: TFunction): string =>
  settings.highlightColorNames[color] || t(`annotate.colors.${color}`)
