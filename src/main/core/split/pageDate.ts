/** A date found in a line: as printed, and as YYYY-MM-DD. */
export interface FoundDate {
  printed: string
  iso: string
}

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}
const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`
const CN_NUM = '[〇零一二三四五六七八九十]'

// Each form a newsletter prints its date in, with how to read year, month and day from it.
const FORMS: Array<{
  pattern: RegExp
  read: (match: RegExpMatchArray) => [number, number, number]
}> = [
  {
    pattern: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/u,
    read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  },
  {
    pattern: new RegExp(
      `(${CN_NUM}{4})\\s*年\\s*(${CN_NUM}{1,3})\\s*月\\s*(${CN_NUM}{1,3})\\s*[日号]`,
      'u',
    ),
    read: (m) => [chineseYear(m[1]), chineseNumber(m[2]), chineseNumber(m[3])],
  },
  {
    pattern: /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/,
    read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  },
  {
    pattern: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'),
    read: (m) => [Number(m[3]), monthOf(m[1]), Number(m[2])],
  },
  {
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s+(\\d{4})\\b`, 'i'),
    read: (m) => [Number(m[3]), monthOf(m[2]), Number(m[1])],
  },
]

const monthOf = (name: string): number =>
  MONTHS.indexOf(name.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]) + 1

/** 二〇二四 -> 2024: a year is written digit by digit. */
const chineseYear = (text: string): number =>
  [...text].reduce((year, char) => year * 10 + (DIGITS[char] ?? 0), 0)

/** 三 -> 3, 十二 -> 12, 二十五 -> 25, 三十 -> 30. */
const chineseNumber = (text: string): number => {
  const [tens, ones] = text.split('十')
  if (ones === undefined) return DIGITS[tens] ?? 0
  return (tens === '' ? 1 : (DIGITS[tens] ?? 0)) * 10 + (ones === '' ? 0 : (DIGITS[ones] ?? 0))
}

const pad = (value: number): string => String(value).padStart(2, '0')

/** The first full date (year, month and day) the line prints; null when it prints none. */
export function findDate(line: string): FoundDate | null {
  for (const { pattern, read } of FORMS) {
    const match = line.match(pattern)
    if (!match) continue
    const [year, month, day] = read(match)
    if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) continue
    return { printed: match[0].trim(), iso: `${year}-${pad(month)}-${pad(day)}` }
  }
  return null
}

/** A date as metadata gives it (ISO 8601 mostly) as YYYY-MM-DD; null when unreadable. */
export function isoDay(value: string | null): string | null {
  if (!value) return null
  const match = value.match(/^(\d{4})-(\d{2})-(\d{2})/)
  if (match) return `${match[1]}-${match[2]}-${match[3]}`
  return findDate(value)?.iso ?? null
}
