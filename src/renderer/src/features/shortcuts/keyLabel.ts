import type { TFunction } from 'i18next'

const NAMED = ['Space', 'click', 'Menu', 'PgDn'] as const
type Named = (typeof NAMED)[number]

const isNamed = (part: string): part is Named => (NAMED as readonly string[]).includes(part)

/**
 * A shortcut as the reader's language writes it: "Space" is 空格 and "Ctrl+click" is Ctrl+点击;
 * key caps (Ctrl, Shift, Enter, F3, letters) stay as printed.
 */
export const keyLabel = (keys: string, t: TFunction): string =>
  keys
    .split('+')
    .map((part) => (isNamed(part) ? t(`feedback.keyNames.${part}`) : part))
    .join('+')
