import type { Paragraph } from '../text/buildParagraphs'
import { normaliseSpacing } from '../text/normaliseSpacing'
import type { SplitStory } from './types'
import type { Draft } from './draft'
import { composeTitle } from './composeTitle'
import { deriveTitle } from './deriveTitle'
import { headlineTexts } from './headlineRows'

const bodyText = (paragraph: Paragraph): string =>
  normaliseSpacing(paragraph.trailing ? paragraph.trailing.text : paragraph.text)

/** Body paragraphs, a subhead printed over two lines read as one (围绕产业强市 让职工建功立业). */
function bodyParagraphs(paragraphs: Paragraph[]): string[] {
  const texts: string[] = []
  paragraphs.forEach((paragraph, at) => {
    const isMoreSubhead = paragraph.role === 'heading' && paragraphs[at - 1]?.role === 'heading'
    if (isMoreSubhead)
      texts[texts.length - 1] = composeTitle([texts.at(-1) as string, paragraph.text])
    else texts.push(bodyText(paragraph))
  })
  return texts.filter((text) => text !== '')
}

/**
 * The story's own lines as decoded, from its first line to its last, leaving out lines that
 * belong to other stories or to nothing (labels, dropped headlines); stranded headline lines
 * matched to it come first.
 */
function originalText(draft: Draft, all: string[], owner: Map<number, Draft>): string {
  let first = Infinity
  let last = -Infinity
  for (const line of draft.lines) {
    first = Math.min(first, line.index)
    last = Math.max(last, line.index)
  }
  const kept: string[] = draft.strandedHeadline.map((line) => line.raw)
  for (let index = first; index <= last; index++) {
    const isBlank = all[index].trim() === ''
    if (owner.get(index) === draft || (isBlank && owner.get(index) === undefined))
      kept.push(all[index])
  }
  while (kept.length > 0 && (kept.at(-1) as string).trim() === '') kept.pop()
  return kept.join('\n')
}

/** Which story owns each line of the page. */
export function lineOwners(drafts: Draft[]): Map<number, Draft> {
  const owner = new Map<number, Draft>()
  for (const draft of drafts) for (const line of draft.lines) owner.set(line.index, draft)
  return owner
}

/** Turns a finished draft into the stored shape: title, byline, cleaned body, original lines. */
export function buildStory(draft: Draft, all: string[], owner: Map<number, Draft>): SplitStory {
  const body = bodyParagraphs(draft.paragraphs).join('\n\n')
  const headline = [...headlineTexts(draft.headline), ...headlineTexts(draft.strandedHeadline)]
  const isTitleDerived = headline.length === 0
  return {
    title: isTitleDerived ? deriveTitle(body) : composeTitle(headline),
    isTitleDerived,
    byline: draft.bylines[0] ?? null,
    kind: draft.kind,
    originalText: originalText(draft, all, owner),
    body,
  }
}
