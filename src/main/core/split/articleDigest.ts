import type { Deadline } from '../text/deadline'
import { isLabel } from '../text/headingCues'
import type { SplitStory } from './types'
import { articleBlocks, type ArticleBlock } from './articleBlocks'
import {
  closesStory,
  hasStoryCue,
  isTeaser,
  opensStory,
  sectionsOf,
  substance,
  type HeadedSection,
} from './articleSections'
import { articleStory } from './articleStory'
import { isPageChrome } from './pageChrome'
import { titleKey } from './pageTitle'

// One article or several is decided by the page's structure, never by its site:
//
// 1. Several <article> elements (none inside another, none inside navigation, sidebars or
//    comments), at least two of them with a heading and prose of their own, none holding most
//    of the prose, and none whose heading is the page's own title: each is a story.
// 2. Else, sections under h1–h3 headings of which at least two carry a story's own cues (a
//    dateline such as 本报讯 or LONDON —, a byline or credit line: By Jane Doe, （李四）, 记者
//    张三), none holding most of the prose and none headed by the page's title: a newsletter or
//    digest laid out in HTML. Each section from the first cued one on is a story; a section
//    under a smaller heading than the story before it is a subhead of that story, unless it
//    opens with cues of its own or that story was closed by its byline.
//    Teasers (a linked headline over a short summary, as on front pages and "more stories"
//    lists) count for neither rule: they are pieces printed elsewhere.
// 3. Else, a page that names no title at all (no metadata, no <title>, no h1) and holds two or
//    more headed sections with prose: nothing says they are one article, so each is a story.
// 4. Anything else is one article (splitHtml hands it to Readability).
//
// The first rule reads the DOM (articleDigest); the others read blocks (sectionDigest), so that
// a page too large for the DOM is split by the same rules.

/** What the page says about itself that bears on the decision. */
export interface DigestContext {
  /** The page's title from its metadata or <title>; null when it has none. */
  pageTitle: string | null
  hasH1: boolean
  deadline: Deadline
}

// A story needs this much prose (visual width outside links): a one-line brief has 20 or more.
const MIN_PROSE = 12
// One part holding this share of the prose makes the page one article with extras around it.
const DOMINANT = 0.8

/** A part of a page as blocks, its furniture left out. */
export const readWithoutChrome = (root: Element, deadline: Deadline): ArticleBlock[] =>
  articleBlocks(root, { deadline, isSkipped: isPageChrome })

/** True when one part holds most of the prose, or one part's heading is the page's title. */
function isOneArticle(
  parts: Array<{ heading: string | null; prose: number }>,
  pageTitle: string | null,
): boolean {
  const total = parts.reduce((sum, part) => sum + part.prose, 0)
  if (parts.some((part) => part.prose >= DOMINANT * total)) return true
  const title = pageTitle ? titleKey(pageTitle) : null
  return (
    title !== null &&
    parts.some((part) => part.heading !== null && titleKey(part.heading) === title)
  )
}

/** True when no ancestor of the element is page furniture or another article. */
function isTopArticle(element: Element): boolean {
  for (let at = element.parentElement; at; at = at.parentElement)
    if (at.localName === 'article' || isPageChrome(at)) return false
  return true
}

/** Rule 1: the page's <article> elements as stories, or null for a page without several. */
export function articleDigest(document: Document, context: DigestContext): SplitStory[] | null {
  const parts = [...document.querySelectorAll('body article')]
    .filter(isTopArticle)
    .map((element) => sectionOfArticle(readWithoutChrome(element, context.deadline)))
    .filter((section) => section.heading !== null && !isTeaser(section))
    .filter((section) => substance(section.blocks) >= MIN_PROSE)
  if (parts.length < 2) return null
  const weighed = parts.map((part) => ({
    heading: part.heading?.text ?? null,
    prose: substance(part.blocks),
  }))
  if (isOneArticle(weighed, context.pageTitle)) return null
  return storiesOf(parts)
}

/** An article's blocks as a section: its first heading, whatever its level, and the rest. */
function sectionOfArticle(blocks: ArticleBlock[]): HeadedSection {
  const at = blocks.findIndex((block) => block.level !== null)
  if (at < 0) return { heading: null, blocks }
  return { heading: blocks[at], blocks: [...blocks.slice(0, at), ...blocks.slice(at + 1)] }
}

/**
 * Sections from `first` on as stories: a section under a smaller heading than the story above
 * is a subhead of that story, unless it opens as a story does (a dateline, a byline) or the
 * story above was closed by its byline and this section carries one of its own.
 */
function foldSections(sections: HeadedSection[], first: number): HeadedSection[] {
  const stories: HeadedSection[] = []
  for (const section of sections.slice(first)) {
    const above = stories.at(-1)
    const level = section.heading?.level ?? 0
    const isSubhead = above?.heading && level > (above.heading.level as number)
    const isNewStory =
      opensStory(section.blocks) ||
      (closesStory(above?.blocks ?? []) && hasStoryCue(section.blocks))
    if (isSubhead && !isNewStory) {
      above.blocks.push(section.heading as ArticleBlock, ...section.blocks)
    } else stories.push({ heading: section.heading, blocks: [...section.blocks] })
  }
  return stories.filter(
    (section) => substance(section.blocks) >= MIN_PROSE || hasStoryCue(section.blocks),
  )
}

function storiesOf(sections: readonly HeadedSection[]): SplitStory[] {
  const stories: SplitStory[] = []
  for (const section of sections) {
    // A known column label over a story (图片新闻, 简讯) is no headline: its first sentence is.
    const heading = section.heading?.text ?? null
    const title = heading !== null && isLabel(heading, false) ? '' : heading
    const story = articleStory({ title, blocks: section.blocks })
    if (story) stories.push(story)
  }
  return stories
}

/**
 * Rules 2 and 3: the headed sections of a page's blocks (read without its furniture) as
 * stories, or null for a page that is one article.
 */
export function sectionDigest(
  blocks: readonly ArticleBlock[],
  context: DigestContext,
): SplitStory[] | null {
  const sections = sectionsOf(blocks)
  const cued = sections.filter(
    (section) => section.heading !== null && !isTeaser(section) && hasStoryCue(section.blocks),
  )
  if (cued.length >= 2) {
    const weighed = cued.map((section) => ({
      heading: section.heading?.text ?? null,
      prose: substance(section.blocks),
    }))
    if (isOneArticle(weighed, context.pageTitle)) return null
    return storiesOf(foldSections(sections, sections.indexOf(cued[0])))
  }
  if (context.pageTitle !== null || context.hasH1) return null
  const headed = sections.filter(
    (section) => section.heading !== null && !isTeaser(section) && substance(section.blocks) > 0,
  )
  if (headed.length < 2) return null
  const stories = foldSections(sections, sections[0].blocks.length > 0 ? 0 : 1)
  return stories.length >= 2 ? storiesOf(stories) : null
}
