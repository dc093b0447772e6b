import { performance } from 'node:perf_hooks'
import type { SplitStory } from '../../../src/main/core/split/types'
import type { TestPage } from './corpus'
import { bag, overlap, type Overlap } from './scoreTokens'

/** Splits one page into stories, as an importer would. */
export type Splitter = (html: string) => SplitStory[]

/** How one splitter did on one page. */
export interface PageResult {
  name: string
  isChinese: boolean
  content: Overlap
  stories: number
  /** The title of the story holding most of the article, or null without stories. */
  title: string | null
  isTitleExact: boolean
  isTitleSiteAside: boolean
  hasExpectedByline: boolean
  byline: string | null
  isBylineAgreeing: boolean
  ms: number
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim()
const key = (text: string): string => squash(text).toLowerCase()

/** Tokens a story shares with the expected text: the story holding most of them is the article. */
function shared(story: SplitStory, expected: Map<string, number>): number {
  let count = 0
  for (const [token, times] of bag(`${story.title}\n${story.body}`))
    count += Math.min(times, expected.get(token) ?? 0)
  return count
}

/**
 * True when the expected title is ours followed by a separator and more (a site or section
 * name: "Title | eHow", "标题 _探索者 _光明网"): the headline right, the site name aside.
 */
function isSameAsideSite(ours: string, expected: string): boolean {
  const a = key(ours)
  const b = key(expected)
  if (a === b) return true
  if (a.length < 0.3 * b.length || !b.startsWith(a)) return false
  return /^\s*[|｜\-–—_:·•»@[(（]/.test(b.slice(a.length))
}

const isAgreeing = (ours: string, expected: string): boolean => {
  const a = key(ours).replace(/^by\s+/, '')
  const b = key(expected).replace(/^by\s+/, '')
  return a !== '' && (b.includes(a) || a.includes(b))
}

/** Runs a splitter over the pages and scores each. */
export function measurePages(pages: readonly TestPage[], split: Splitter): PageResult[] {
  return pages.map((page) => {
    const start = performance.now()
    let stories: SplitStory[] = []
    try {
      stories = split(page.source)
    } catch (error) {
      console.error(`${page.name}: ${(error as Error).message}`)
    }
    const ms = performance.now() - start
    const expected = bag(page.expectedText)
    const main = stories.reduce<SplitStory | null>(
      (best, story) => (best && shared(best, expected) >= shared(story, expected) ? best : story),
      null,
    )
    // A title taken from the first sentence repeats the body: it is not counted twice.
    const output = stories
      .map((story) => (story.isTitleDerived ? story.body : `${story.title}\n${story.body}`))
      .join('\n')
    const title = main?.title ?? null
    return {
      name: page.name,
      isChinese: page.isChinese,
      content: overlap(output, page.expectedText),
      stories: stories.length,
      title,
      isTitleExact:
        title !== null && page.expectedTitle !== null && key(title) === key(page.expectedTitle),
      isTitleSiteAside:
        title !== null && page.expectedTitle !== null && isSameAsideSite(title, page.expectedTitle),
      hasExpectedByline: page.expectedByline !== null,
      byline: main?.byline ?? null,
      isBylineAgreeing:
        main?.byline != null &&
        page.expectedByline !== null &&
        isAgreeing(main.byline, page.expectedByline),
      ms,
    }
  })
}
