import type { SplitStory } from '../split/types'
import { deriveTitle } from '../split/deriveTitle'
import { PARAGRAPH_BREAK, paragraphsOf } from '../../../shared/text/paragraphs'

// Long enough to tell stories apart, short enough to survive an edit further down the story.
const OPENING_LENGTH = 40

/** The text a correction uses to find a story or paragraph again (never past its first paragraph). */
export const openingOf = (text: string): string =>
  Array.from(text.trim().split(PARAGRAPH_BREAK)[0]).slice(0, OPENING_LENGTH).join('')

/** The index of the story whose body opens with `opening`; -1 when none does. */
export const findStory = (stories: Array<{ body: string }>, opening: string): number =>
  stories.findIndex((story) => story.body.trim().startsWith(opening))

// The original text is hard-wrapped, so only a short run of the paragraph is looked for in it.
const splitOriginal = (original: string, paragraph: string): [string, string] => {
  const probe = Array.from(paragraph).slice(0, 6).join('')
  const at = probe.length > 0 ? original.indexOf(probe) : -1
  if (at <= 0) return [original, paragraph]
  return [original.slice(0, at).trimEnd(), original.slice(at)]
}

/** Splits a story before paragraph `index` (>= 1); the second part gets a derived title. */
export function splitStoryText(story: SplitStory, index: number): [SplitStory, SplitStory] {
  const paragraphs = paragraphsOf(story.body)
  const firstBody = paragraphs.slice(0, index).join('\n\n')
  const secondBody = paragraphs.slice(index).join('\n\n')
  const [firstOriginal, secondOriginal] = splitOriginal(story.originalText, paragraphs[index])
  return [
    { ...story, body: firstBody, originalText: firstOriginal },
    {
      title: deriveTitle(secondBody),
      isTitleDerived: true,
      byline: null,
      kind: 'article',
      originalText: secondOriginal,
      body: secondBody,
    },
  ]
}

/** Joins a story with the one after it, keeping the first one's headline. */
export function mergeStoryText(first: SplitStory, second: SplitStory): SplitStory {
  return {
    ...first,
    byline: first.byline ?? second.byline,
    originalText: `${first.originalText}\n\n${second.originalText}`,
    body: `${first.body}\n\n${second.body}`,
  }
}
