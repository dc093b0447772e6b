import type { StoryKind } from '../../../shared/types'
import type { Paragraph } from '../text/buildParagraphs'
import type { Line } from '../text/readLines'

/** A story while the page is being split: which paragraphs and lines it owns. */
export interface Draft {
  /** Headline lines printed above the story, in page order. */
  headline: Line[]
  /** Headline lines found stranded elsewhere on the page and matched back to this story. */
  strandedHeadline: Line[]
  /** Body paragraphs in order; subheads are paragraphs with role "heading". */
  paragraphs: Paragraph[]
  bylines: string[]
  kind: StoryKind
  /** Every line of the page that belongs to the story (headline, body, credits). */
  lines: Line[]
  /** A byline or credit closed the story; what follows starts another unless it is a subhead. */
  isEnded: boolean
}

/** A new, empty draft, optionally under a headline. */
export const newDraft = (headline: Line[] = []): Draft => ({
  headline,
  strandedHeadline: [],
  paragraphs: [],
  bylines: [],
  kind: 'article',
  lines: [...headline],
  isEnded: false,
})
