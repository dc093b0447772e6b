import { parseHTML } from 'linkedom'
import type { SourceFormat } from '../../../shared/types'
import { normaliseEol, visualWidth } from '../text/chars'
import { readPageMeta } from './pageMeta'
import { titleKey } from './pageTitle'
import { findDate, isoDay } from './pageDate'

/** The name a page gives itself, and its date. */
export interface DerivedTitle {
  /** '' when the page names nothing (the file name is shown instead). */
  title: string
  /** YYYY-MM-DD, or null when the page gives no date. */
  date: string | null
}

// Only the top of a page names it: a masthead sits in its first few lines.
const HEAD_LINES = 5
// A masthead or column name is short; a longer line is a headline or a paragraph.
const MAX_NAME_WIDTH = 30
const MAX_TITLE_LENGTH = 80
// Sentence punctuation inside a line makes it text, not a name.
const SENTENCE_MARK = /[，。；！？,;!?]|：.|:\s/u
// Issue numbers, weekdays and date labels around a masthead's date ("第 312 期", "星期二").
const ISSUE_MARKS =
  /(?:总?第\s*[\d〇零一二三四五六七八九十百]+\s*[期号版]|星期[一二三四五六日天]|周[一二三四五六日]|农历\S*|(?:No|Vol|Issue)\.?\s*\d+|(?:出版)?日期\s*[:：]?)/giu
const EDGE_MARKS = /^[\s|｜·•—–\-_/:：,，()（）[\]【】]+|[\s|｜·•—–\-_/:：,，()（）[\]【】]+$/gu
// The head of an HTML page: its metadata, without the body's cost.
const HTML_HEAD = /<\/head\s*>/i
const HTML_HEAD_LIMIT = 200_000

const shorten = (title: string): string =>
  title.length > MAX_TITLE_LENGTH ? `${title.slice(0, MAX_TITLE_LENGTH - 1)}…` : title

/** True when `name` is already part of `title` (a kicker the headline was joined with). */
const isWithin = (name: string, title: string): boolean => titleKey(title).includes(titleKey(name))

const isNameShaped = (line: string): boolean =>
  line !== '' &&
  visualWidth(line) <= MAX_NAME_WIDTH &&
  !SENTENCE_MARK.test(line) &&
  !/^[□■◆●]/u.test(line) &&
  !/记者|通讯员|本报讯|本刊讯/u.test(line)

/**
 * A text or Markdown page's name: the newsletter's name and date when its first lines print
 * them ("工会周报 · 2024年3月5日"), else a column name over the first headline, else the first
 * headline; '' when the page gives none.
 */
function titleOfText(text: string, firstHeadline: string | null): DerivedTitle {
  const head = normaliseEol(text.slice(0, 4000))
    .split('\n')
    .map((line) => line.replace(/^#{1,6}\s+/, '').trim())
    .filter((line) => line !== '')
    .slice(0, HEAD_LINES)
  for (const line of head) {
    const date = findDate(line)
    if (!date) continue
    const rest = line.replace(date.printed, ' ').replace(ISSUE_MARKS, ' ').replace(EDGE_MARKS, '')
    // A date inside a sentence is news, not the issue's date.
    if (SENTENCE_MARK.test(rest) || visualWidth(rest) > MAX_NAME_WIDTH * 2) continue
    const beside = rest.replace(/\s+/g, ' ').trim()
    // The name shares the date's line, or stands on a line of its own above it.
    const above = head.slice(0, head.indexOf(line)).find(isNameShaped)
    const name = beside !== '' && isNameShaped(beside) ? beside : (above ?? firstHeadline)
    return { title: shorten(name ? `${name} · ${date.printed}` : date.printed), date: date.iso }
  }
  const label = head.slice(0, 2).find(isNameShaped)
  if (label && firstHeadline && !isWithin(label, firstHeadline)) {
    return { title: shorten(`${label} · ${firstHeadline}`), date: null }
  }
  return { title: shorten(firstHeadline ?? ''), date: null }
}

/** An HTML page's name: its title (site name left out), else its first headline. */
function titleOfHtml(html: string, firstHeadline: string | null): DerivedTitle {
  const end = html.search(HTML_HEAD)
  const head = html.slice(0, end < 0 ? HTML_HEAD_LIMIT : Math.min(end, HTML_HEAD_LIMIT))
  try {
    const { document } = parseHTML(`${head}</head><body></body></html>`)
    const meta = readPageMeta(document as unknown as Document)
    return { title: shorten(meta.title ?? firstHeadline ?? ''), date: isoDay(meta.published) }
  } catch {
    return { title: shorten(firstHeadline ?? ''), date: null }
  }
}

/**
 * The headline of a page's first story: printed, or made from its first sentence when the
 * story printed none (still the page's own words, and better than a file name).
 */
export const firstHeadline = (stories: ReadonlyArray<{ title: string }>): string | null =>
  stories[0]?.title ?? null

/**
 * The name a page gives itself and its date, from its decoded text; `firstHeadline` is the
 * headline of its first story as split (null when it has none).
 */
export function derivePageTitle(
  text: string,
  format: SourceFormat,
  firstHeadline: string | null,
): DerivedTitle {
  const headline = firstHeadline?.replace(/\s+/g, ' ').trim() || null
  return format === 'html' ? titleOfHtml(text, headline) : titleOfText(text, headline)
}
