// Frozen copy of Inkstone's HTML splitter as of commit 79cba8d (before issue 11), so that
// htmlBench compares the old and the new behaviour in one run. Not used by the app.
import { NO_DEADLINE, type Deadline } from '../../../../src/main/core/text/deadline'
import type { SplitStory } from '../../../../src/main/core/split/types'
import { htmlBlocks } from './htmlBlocks'
import {
  storiesFromSections,
  type Section,
} from '../../../../src/main/core/split/storiesFromSections'

// <h1>–<h3> start a story; smaller headings are subheads inside it.
const STORY_LEVEL = 3

/** Splits an HTML page into stories at its h1–h3 headings; only plain text comes out. */
export function splitHtml(html: string, deadline: Deadline = NO_DEADLINE): SplitStory[] {
  const sections: Section[] = [{ title: null, paragraphs: [], originalText: '' }]
  // A section's lines as printed: its title, then its paragraphs; joined once at the end.
  const printed: string[][] = [[]]
  for (const block of htmlBlocks(html, deadline)) {
    const section = sections.at(-1) as Section
    const lines = printed.at(-1) as string[]
    if (block.level !== null && block.level <= STORY_LEVEL) {
      sections.push({ title: block.text, paragraphs: [], originalText: '' })
      printed.push([block.text])
      continue
    }
    section.paragraphs.push(block.text)
    lines.push(block.text)
  }
  sections.forEach((section, at) => (section.originalText = printed[at].join('\n')))
  return storiesFromSections(sections, deadline)
}
