import { nearest, type AnchorTarget } from '../anchor/placeHighlights'
import { paragraphsOf } from '../../../shared/text/paragraphs'

// Pieces short enough to survive an edit or a re-wrap nearby, long enough not to occur by chance.
const PIECE_LENGTH = 16

const piecesOf = (paragraph: string): string[] => {
  const chars = Array.from(paragraph)
  const pieces: string[] = []
  for (let at = 0; at + PIECE_LENGTH <= chars.length; at += PIECE_LENGTH)
    pieces.push(chars.slice(at, at + PIECE_LENGTH).join(''))
  return pieces.length > 0 ? pieces : [paragraph]
}

/**
 * The new story that took most of a removed story's text (counted in pieces of its paragraphs
 * found again), so its tags, note, collections and read state follow the text; the story nearest
 * in position when none of its text survived. Undefined only when the page has no story at all.
 */
export function heirOf(
  oldBody: string,
  oldPosition: number,
  targets: AnchorTarget[],
): AnchorTarget | undefined {
  const taken = new Map<AnchorTarget, number>()
  for (const paragraph of paragraphsOf(oldBody)) {
    for (const piece of piecesOf(paragraph)) {
      const target = targets.find((t) => t.body.includes(piece))
      if (target) taken.set(target, (taken.get(target) ?? 0) + 1)
    }
  }
  let best: AnchorTarget | undefined
  for (const [target, count] of taken) if (!best || count > taken.get(best)!) best = target
  return best ?? nearest(targets, oldPosition)
}
