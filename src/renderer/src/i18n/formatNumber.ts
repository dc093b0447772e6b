// Intl.NumberFormat costs 20–40 ms the first time a page uses it (ICU loads its number data),
// and the first screen shows counts. Both interface languages write a whole number in groups of
// three joined by commas (10,229), as Intl does, so such numbers are grouped here and anything
// else (fractions, options a message asks for, other languages) is left to Intl.

const INTL_OPTIONS = [
  'style',
  'currency',
  'unit',
  'notation',
  'compactDisplay',
  'signDisplay',
  'useGrouping',
  'minimumIntegerDigits',
  'minimumFractionDigits',
  'maximumFractionDigits',
  'minimumSignificantDigits',
  'maximumSignificantDigits',
  'roundingMode',
  'roundingPriority',
  'roundingIncrement',
  'trailingZeroDisplay',
  'numberingSystem',
]

const isGroupedByThrees = (language: string | undefined): boolean =>
  language !== undefined && /^(zh|en)\b/i.test(language)

/** i18next's `number` format: `{{count, number}}` in a message. */
export const formatNumber = (
  value: unknown,
  language: string | undefined,
  options: Record<string, unknown> = {},
): string => {
  const isPlain =
    typeof value === 'number' &&
    Number.isSafeInteger(value) &&
    isGroupedByThrees(language) &&
    !INTL_OPTIONS.some((name) => name in options)
  if (!isPlain) return new Intl.NumberFormat(language, options).format(value as number)
  const digits = String(Math.abs(value))
  const groups = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return value < 0 ? `-${groups}` : groups
}
