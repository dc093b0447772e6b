import type { SourceFormat, StoryKind } from '../../../shared/types'
import type { Deadline } from '../text/deadline'

/** One story as the splitter finds it in a page, before it is stored. */
export interface SplitStory {
  /** Headline as printed (kicker and main line joined; subtitle kept after a space), or derived. */
  title: string
  /** True when no headline was found and the title was taken from the first sentence. */
  isTitleDerived: boolean
  /** Names of the writers/photographers as printed, without brackets; null when none. */
  byline: string | null
  kind: StoryKind
  /** The story's lines exactly as decoded from the page (may be gathered from several places). */
  originalText: string
  /** The cleaned body: hard wraps joined, paragraphs separated by "\n\n", no headline or byline. */
  body: string
}

/** Splits one decoded page into stories, giving up (throwing) when the deadline passes. */
export type SplitDocument = (
  text: string,
  format: SourceFormat,
  deadline?: Deadline,
) => SplitStory[]
