import type { Settings } from '../../../../shared/contract'

const ORDER: ReadonlyArray<Settings['theme']> = ['light', 'sepia', 'dark']

/** The theme after `theme`, for the menu's Toggle Theme: light, sepia, dark, and round again. */
export const nextTheme = (theme: Settings['theme']): Settings['theme'] =>
  ORDER[(ORDER.indexOf(theme) + 1) % ORDER.length]
