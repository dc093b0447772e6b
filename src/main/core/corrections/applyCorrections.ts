import type { SplitStory } from '../split/types'
import { paragraphsOf } from '../../../shared/text/paragraphs'
import { findStory, mergeStoryText, splitStoryText } from './storyText'
import type { Correction } from './types'

/**
 * The index of the story a deletion names: the one that opens as the deleted one did, with its
 * headline first (an empty opening matches every story, so then only the headline can find
 * it); -1 when none.
 */
export const findDeleted = (
  stories: Array<{ title: string; body: string }>,
  { storyOpening, title }: { storyOpening: string; title: string },
): number => {
  const opensAlike = (story: { body: string }) => story.body.trim().startsWith(storyOpening)
  const named = stories.findIndex((story) => opensAlike(story) && story.title === title)
  if (named >= 0 || storyOpening === '') return named
  return findStory(stories, storyOpening)
}

const applyOne = (stories: SplitStory[], correction: Correction): SplitStory[] => {
  if (correction.kind === 'title') {
    const at = findStory(stories, correction.storyOpening)
    if (at < 0) return stories
    const next = stories.slice()
    next[at] = { ...next[at], title: correction.title, isTitleDerived: false }
    return next
  }
  if (correction.kind === 'delete') {
    const at = findDeleted(stories, correction)
    return at < 0 ? stories : [...stories.slice(0, at), ...stories.slice(at + 1)]
  }
  if (correction.kind === 'split') {
    const at = findStory(stories, correction.storyOpening)
    if (at < 0) return stories
    const index = paragraphsOf(stories[at].body).findIndex(
      (paragraph, i) => i > 0 && paragraph.startsWith(correction.paragraphOpening),
    )
    if (index < 1) return stories
    return [
      ...stories.slice(0, at),
      ...splitStoryText(stories[at], index),
      ...stories.slice(at + 1),
    ]
  }
  const at = findStory(stories, correction.firstOpening)
  const second = stories[at + 1]
  if (at < 0 || !second || !second.body.trim().startsWith(correction.secondOpening)) return stories
  return [...stories.slice(0, at), mergeStoryText(stories[at], second), ...stories.slice(at + 2)]
}

/**
 * Replays the reader's corrections, in the order they were made, on a freshly split page. A
 * correction whose stories are no longer there (the page changed) is passed over, not lost.
 */
export function applyCorrections(stories: SplitStory[], corrections: Correction[]): SplitStory[] {
  return corrections.reduce(applyOne, stories)
}
