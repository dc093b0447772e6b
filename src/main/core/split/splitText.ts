import { buildParagraphs } from '../text/buildParagraphs'
import { NO_DEADLINE, type Deadline } from '../text/deadline'
import { readLines } from '../text/readLines'
import type { SplitStory } from './types'
import { buildStory, lineOwners } from './buildStory'
import { matchStranded } from './matchStranded'
import { segmentStories } from './segmentStories'

/** Splits a plain-text page (a newsletter page pulled out of print) into stories. */
export function splitText(page: string, deadline: Deadline = NO_DEADLINE): SplitStory[] {
  const { all, lines } = readLines(page, deadline)
  const { drafts, stranded } = segmentStories(buildParagraphs(lines, deadline), deadline)
  matchStranded(drafts, stranded, deadline)
  const owner = lineOwners(drafts)
  return drafts.map((draft) => {
    deadline.check()
    return buildStory(draft, all, owner)
  })
}
