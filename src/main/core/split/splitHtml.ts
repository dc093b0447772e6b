import type { SplitStory } from './types'
import { htmlBlocks } from './htmlBlocks'
import { storiesFromSections, type Section } from './storiesFromSections'

// <h1>–<h3> start a story; smaller headings are subheads inside it.
const STORY_LEVEL = 3

/** Splits an HTML page into stories at its h1–h3 headings; only plain text comes out. */
export function splitHtml(html: string): SplitStory[] {
  const sections: Section[] = [{ title: null, paragraphs: [], originalText: '' }]
  for (const block of htmlBlocks(html)) {
    const section = sections.at(-1) as Section
    if (block.level !== null && block.level <= STORY_LEVEL) {
      sections.push({ title: block.text, paragraphs: [], originalText: block.text })
      continue
    }
    section.paragraphs.push(block.text)
    section.originalText =
      section.originalText === '' ? block.text : `${section.originalText}\n${block.text}`
  }
  return storiesFromSections(sections)
}
