import { readCredit, readTrailingCredit, type Credit } from '../text/bylineCues'
import { normaliseSpacing } from '../text/normaliseSpacing'
import { NO_DEADLINE, type Deadline } from '../text/deadline'
import type { SplitStory } from './types'
import { deriveTitle } from './deriveTitle'

/** A part of a structured document (markdown, HTML) under one top-level heading. */
export interface Section {
  title: string | null
  /** Plain-text paragraphs; a subhead is a paragraph of its own. */
  paragraphs: string[]
  originalText: string
}

/**
 * Turns sections into stories: a byline line at the top or bottom (or a credit after the last
 * sentence) becomes the byline, a single caption with a photo credit makes a photo story, and a
 * section without a heading gets a title from its first sentence. Sections without text are
 * dropped: a heading over nothing is a page title, not a story.
 */
export function storiesFromSections(
  sections: Section[],
  deadline: Deadline = NO_DEADLINE,
): SplitStory[] {
  const stories: SplitStory[] = []
  for (const section of sections) {
    deadline.check()
    const paragraphs = section.paragraphs.map(normaliseSpacing).filter((text) => text !== '')
    const credits: Credit[] = []
    const first = readCredit(paragraphs[0] ?? '')
    if (first && paragraphs.length > 1) {
      credits.push(first)
      paragraphs.shift()
    }
    const last = readCredit(paragraphs.at(-1) ?? '')
    if (last && paragraphs.length > 1) {
      credits.push(last)
      paragraphs.pop()
    }
    const trailing = readTrailingCredit(paragraphs.at(-1) ?? '')
    if (trailing) {
      credits.push(trailing)
      paragraphs[paragraphs.length - 1] = trailing.text
    }
    if (paragraphs.length === 0) continue
    const body = paragraphs.join('\n\n')
    const title = section.title ? normaliseSpacing(section.title) : ''
    stories.push({
      title: title || deriveTitle(body),
      isTitleDerived: title === '',
      byline: credits[0]?.byline ?? null,
      kind:
        paragraphs.length === 1 && credits.some((credit) => credit.isPhoto) ? 'photo' : 'article',
      originalText: section.originalText,
      body,
    })
  }
  return stories
}
