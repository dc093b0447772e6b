import { buildParagraphs } from '../text/buildParagraphs'
import { readLines } from '../text/readLines'
import type { SplitStory } from './types'
import { buildStory, lineOwners } from './buildStory'
import { matchStranded } from './matchStranded'
import { segmentStories } from './segmentStories'

/** Splits a plain-text page (a newsletter page pulled out of print) into stories. */
export function splitText(page: string): SplitStory[] {
  const { all, lines } = readLines(page)
  const { drafts, stranded } = segmentStories(buildParagraphs(lines))
  matchStranded(drafts, stranded)
  const owner = lineOwners(drafts)
  return drafts.map((draft) => buildStory(draft, all, owner))
}
