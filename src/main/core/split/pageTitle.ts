import { visualWidth } from '../text/chars'

// Separators between a headline and the site or channel names a page adds to its title:
// spaced marks ("Title | Site", "Title - Site", "Title — Site", "Title » Site", "Post @ Blog"),
// and in Chinese titles unspaced ones ("标题_探索者_光明网", "标题-新华网", "标题｜网易").
// "——" without spaces opens a Chinese subtitle and ":" is part of many headlines: neither is one.
const SEPARATOR =
  /\s+(?:[|｜\-–—·•»@]|::)\s+|\s*(?:[|｜_]|::)\s*|(?<=[\p{sc=Han}）)])\s*[-－]\s*(?=\p{sc=Han})/gu
// A segment naming a site: a domain (example.com) or a Chinese site or channel name (新华网).
const DOMAIN = /^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12}$/i
const CJK_SITE = /(?:网|报|频道|新闻|在线|日报|晚报|时报|电视台|之声|社区|论坛|博客|官网|首页)$/u
// A trailing segment this short (visual width) is read as a site or channel name.
const SHORT_SEGMENT = 10

/** Lower-cased, spaces collapsed, outer marks trimmed: how two titles are compared. */
export const titleKey = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u3000]+/g, ' ')
    .replace(/^[\s"'“”‘’«»]+|[\s"'“”‘’«»:：.。]+$/g, '')

/** A title on one line, without separator marks hanging at its ends ("Title | Site ::"). */
const squash = (title: string): string =>
  title
    .replace(/\s+/g, ' ')
    .replace(/^[\s|｜_:»·•-]+|[\s|｜_:»·•-]+$/g, '')
    .trim()

/** The title's segments with the separators between them (odd positions). */
function segments(title: string): string[] {
  const parts: string[] = []
  let from = 0
  for (const match of title.matchAll(SEPARATOR)) {
    if (match.index === 0 || match.index + match[0].length >= title.length) continue
    parts.push(title.slice(from, match.index), match[0])
    from = match.index + match[0].length
  }
  parts.push(title.slice(from))
  return parts
}

/** True when a segment of a title names the site (or a channel of it) rather than the piece. */
function isSiteName(segment: string, siteNames: readonly string[], headWidth: number): boolean {
  const key = titleKey(segment)
  if (key === '') return true
  for (const site of siteNames) {
    const name = titleKey(site)
    if (name !== '' && (key === name || key.includes(name) || name.includes(key))) return true
  }
  if (DOMAIN.test(key)) return true
  const width = visualWidth(key)
  if (width > SHORT_SEGMENT) return false
  // A channel or site name is short: much shorter than the headline it follows, or a name of a
  // few capitalised words (| Food | The Guardian), or a Chinese site's or channel's name.
  if (CJK_SITE.test(key)) return true
  const isName = /^(?:[\p{Lu}\d][\p{L}\d&.'’-]*\s?){1,4}$/u.test(segment.trim())
  return width <= 8 && (width * 2 <= headWidth || isName)
}

/**
 * The headline in a page title: trailing site and channel names left out ("标题 _探索者 _光明网",
 * "Title | Section | Site"), and a leading one when it is the site's own name.
 */
export function stripSiteName(title: string, siteNames: readonly string[] = []): string {
  const parts = segments(squash(title))
  // What the candidate follows: the headline may hold a separator of its own (新竹尖石_美樹營地).
  const headWidth = (): number => visualWidth(parts.slice(0, -2).join(''))
  while (parts.length > 1 && isSiteName(parts.at(-1) as string, siteNames, headWidth()))
    parts.splice(-2, 2)
  const rest = (): number => visualWidth(parts.slice(2).join(''))
  while (
    parts.length > 1 &&
    isSiteName(parts[0], siteNames, rest()) &&
    isNamedSite(parts[0], siteNames)
  )
    parts.splice(0, 2)
  return parts.join('').trim()
}

const isNamedSite = (segment: string, siteNames: readonly string[]): boolean =>
  siteNames.some((site) => titleKey(site) !== '' && titleKey(site) === titleKey(segment)) ||
  DOMAIN.test(titleKey(segment))

/** What the page offers as its headline. */
export interface TitleSources {
  /** The metadata title (JSON-LD, Dublin Core, Open Graph, Twitter), or null. */
  meta: string | null
  /** The <title> element's text, or null. */
  document: string | null
  /** Texts of the page's visible top headings (h1), in page order. */
  headings: readonly string[]
  siteNames: readonly string[]
}

/**
 * The page's headline: a top heading that the title repeats (the page prints it in full, the
 * title often adds the site), else the metadata or <title> title without its site name, else
 * the first top heading; null when the page names nothing.
 */
export function pageTitle(sources: TitleSources): string | null {
  const titles = [sources.meta, sources.document].filter((each): each is string => !!each?.trim())
  const stripped = titles.map((title) => stripSiteName(title, sources.siteNames))
  for (const heading of sources.headings) {
    const key = titleKey(heading)
    if (key === '' || isSiteNameOnly(heading, sources.siteNames)) continue
    for (const [at, title] of titles.entries()) {
      if (key === titleKey(stripped[at])) return clean(heading)
      // The title is the heading plus site parts: "标题_美樹營地 (2) @ Blog :: Site".
      const parts = segments(squash(title))
      for (let end = 1; end < parts.length; end += 2)
        if (titleKey(parts.slice(0, end).join('')) === key) return clean(heading)
    }
  }
  if (stripped[0]) return clean(stripped[0])
  const first = sources.headings.find((heading) => titleKey(heading) !== '')
  return first ? clean(first) : null
}

const isSiteNameOnly = (heading: string, siteNames: readonly string[]): boolean =>
  siteNames.some((site) => titleKey(site) === titleKey(heading))

const clean = (text: string): string => text.replace(/\s+/g, ' ').trim()
