import { NO_DEADLINE, type Deadline } from '../text/deadline'
import type { SplitStory } from './types'
import { articleBlocks } from './articleBlocks'
import { articleDigest, readWithoutChrome, sectionDigest } from './articleDigest'
import { readMainContent } from './articleReadability'
import { headlineMeta } from './articleEdges'
import { articleStory } from './articleStory'
import { buildDom } from './htmlDom'
import { splitLargeHtml } from './htmlFallback'
import { unwrapFormulas } from './htmlFormulas'
import { removeHidden } from './htmlHidden'
import { readPageMeta } from './pageMeta'

/**
 * Splits a saved web page into stories: one story for a page of one article (its main content
 * as Mozilla Readability finds it, the headline and byline from the page's metadata, page
 * furniture and hidden parts left out), one per article for a digest or newsletter page (see
 * articleDigest for the rules). Only plain text comes out, and nothing of the page is run.
 */
export function splitHtml(html: string, deadline: Deadline = NO_DEADLINE): SplitStory[] {
  const dom = buildDom(html, deadline)
  if (!dom) return splitLargeHtml(html, deadline)
  removeHidden(dom, deadline)
  const { document } = dom
  unwrapFormulas(document, deadline)
  const meta = readPageMeta(document)
  const context = {
    pageTitle: meta.isTitleFromHeading ? null : meta.title,
    hasH1: document.querySelector('body h1') !== null,
    deadline,
  }
  const pageBlocks = readWithoutChrome(document.body, deadline)
  const digest = articleDigest(document, context) ?? sectionDigest(pageBlocks, context)
  if (digest) return digest
  deadline.check()
  // Readability changes the document: everything else has been read from it by now.
  const main = readMainContent(document)
  deadline.check()
  const parts = {
    title: meta.title,
    authors: meta.authors,
    guessedByline: main?.byline,
    aroundHeadline: headlineMeta(pageBlocks, meta.title),
  }
  const story =
    (main && articleStory({ ...parts, blocks: articleBlocks(main.content, { deadline }) })) ??
    articleStory({ ...parts, blocks: pageBlocks })
  return story ? [story] : []
}
