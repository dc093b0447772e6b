import { NO_DEADLINE } from '../text/deadline'
import { articleBlocks } from './articleBlocks'
import { readJsonLd } from './pageMetaJsonLd'
import { pageTitle } from './pageTitle'

/** What a page says about itself in its head and structured data. */
export interface PageMeta {
  /** The headline, site name left out; null when the page names none. */
  title: string | null
  /** True when only a heading named it: the page has no metadata title and no <title>. */
  isTitleFromHeading: boolean
  /** The site's own names (og:site_name, application-name, the JSON-LD publisher). */
  siteNames: string[]
  /** Authors named by metadata (JSON-LD, author, article:author, Dublin Core...), as given. */
  authors: string[]
  /** When the piece was published, as the page writes it (ISO 8601 mostly); null when unsaid. */
  published: string | null
}

// Keys in the order sources are trusted, as Readability ranks them: structured data first.
const TITLE_KEYS = [
  'dc:title',
  'dcterm:title',
  'og:title',
  'weibo:article:title',
  'weibo:webpage:title',
  'title',
  'twitter:title',
  'parsely-title',
]
const AUTHOR_KEYS = [
  'dc:creator',
  'dcterm:creator',
  'author',
  'parsely-author',
  'sailthru.author',
  'byl',
]
const SITE_KEYS = ['og:site_name', 'application-name', 'apple-mobile-web-app-title']
const DATE_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'dc:date',
  'dc:date.issued',
  'dcterms:created',
  'publishdate',
  'publish_date',
  'pubdate',
  'parsely-pub-date',
  'sailthru.date',
  'date',
]
// Several keys may share one attribute ("og:title twitter:title"); dc.title reads as dc:title.
const KEY_SPLIT = /\s+/

/**
 * The page's meta tags: each key's values in page order, those given by `property` (Open Graph's
 * attribute, the more deliberate) before those given by `name` or `itemprop`.
 */
function metaValues(document: Document): Map<string, string[]> {
  const byProperty = new Map<string, string[]>()
  const byName = new Map<string, string[]>()
  for (const meta of document.querySelectorAll('meta')) {
    const content = meta.getAttribute('content')?.replace(/\s+/g, ' ').trim()
    if (!content) continue
    const sources: Array<[string | null, Map<string, string[]>]> = [
      [meta.getAttribute('property'), byProperty],
      [meta.getAttribute('name'), byName],
      [meta.getAttribute('itemprop'), byName],
    ]
    for (const [attribute, values] of sources) {
      for (const key of (attribute ?? '').toLowerCase().split(KEY_SPLIT)) {
        const name = key.replace(/^(dc|dcterms?)\./, '$1:')
        if (name !== '') values.set(name, [...(values.get(name) ?? []), content])
      }
    }
  }
  for (const [key, values] of byName)
    byProperty.set(key, [...(byProperty.get(key) ?? []), ...values])
  return byProperty
}

/** Every value of the first key that has one. */
const all = (values: Map<string, string[]>, keys: readonly string[]): string[] => {
  for (const key of keys) {
    const found = values.get(key)
    if (found?.length) return [...new Set(found)]
  }
  return []
}

const first = (values: Map<string, string[]>, keys: readonly string[]): string | null =>
  all(values, keys)[0] ?? null

/** True when a metadata author names a person or a desk, not a profile address or the site. */
function isAuthorName(value: string, siteNames: readonly string[]): boolean {
  if (/^(?:https?:\/\/|www\.)|^@/i.test(value) || value.length > 100) return false
  const key = value.toLowerCase()
  return !siteNames.some((site) => site.toLowerCase() === key)
}

/** Visible top headings of the page (h1), or its h2 when it has none, as printed. */
function topHeadings(document: Document): string[] {
  for (const tag of ['h1', 'h2']) {
    // Read as blocks, so that a <br> inside a heading reads as a space.
    const found = [...document.querySelectorAll(`body ${tag}`)]
      .slice(0, 8)
      .map((heading) =>
        articleBlocks(heading, { deadline: NO_DEADLINE }).map((block) => block.text),
      )
      .map((texts) => texts.join(' ').trim())
      .filter((text) => text !== '')
    if (found.length > 0) return found
  }
  return []
}

/**
 * Reads the page's headline, site, authors and publication date from its metadata (JSON-LD,
 * meta tags, <title>, h1). Call it before the page's hidden parts and page furniture go.
 */
export function readPageMeta(document: Document): PageMeta {
  const values = metaValues(document)
  const blocks = [...document.querySelectorAll('script')]
    .filter((script) => /ld\+json/i.test(script.getAttribute('type') ?? ''))
    .map((script) => script.textContent ?? '')
  const jsonLd = readJsonLd(blocks)
  const siteNames = [...SITE_KEYS.map((key) => first(values, [key])), jsonLd?.publisher]
    .filter((name): name is string => !!name && name.trim() !== '')
    .map((name) => name.trim())
  // article:author is mostly a profile address; only Open Graph's own property names a person.
  const ogAuthor = meta(document, 'article:author')
  const metaAuthors = all(values, AUTHOR_KEYS).map((name) => name.replace(/^by\s+/i, ''))
  const authors = (
    jsonLd?.authors.length ? jsonLd.authors : metaAuthors.length ? metaAuthors : ogAuthor
  )
    .map((name) => name.replace(/\s+/g, ' ').trim())
    .filter((name) => isAuthorName(name, siteNames))
  const documentTitle = document.querySelector('title')?.textContent?.trim() || null
  const metaTitle = jsonLd?.headline ?? first(values, TITLE_KEYS)
  const title = pageTitle({
    meta: metaTitle,
    document: documentTitle,
    headings: topHeadings(document),
    siteNames: [...siteNames, ...authors],
  })
  return {
    title,
    isTitleFromHeading: metaTitle === null && documentTitle === null,
    siteNames,
    authors,
    published: jsonLd?.published ?? first(values, DATE_KEYS) ?? timeOf(document),
  }
}

/** Values of a meta tag given by its `property` attribute. */
const meta = (document: Document, property: string): string[] =>
  [...document.querySelectorAll('meta[property]')]
    .filter((tag) =>
      (tag.getAttribute('property') ?? '').toLowerCase().split(KEY_SPLIT).includes(property),
    )
    .map((tag) => tag.getAttribute('content')?.trim() ?? '')
    .filter((content) => content !== '')

/** The date of the first <time datetime> in the page's article or body. */
function timeOf(document: Document): string | null {
  const time = document.querySelector('article time[datetime], time[pubdate][datetime]')
  return time?.getAttribute('datetime')?.trim() || null
}
