import { nearest, type AnchorTarget } from '../anchor/placeHighlights'
import { paragraphsOf } from '../corrections/storyText'

// A paragraph re-wrapped or lightly edited still opens the same way.
const PROBE_LENGTH = 16

const probeOf = (paragraph: string): string => Array.from(paragraph).slice(0, PROBE_LENGTH).join('')

/**
 * The new story that took most of a removed story's text (by paragraphs found in it), so its
 * tags, note, collections and read state follow the text; the story nearest in position when
 * none of its text survived. Undefined only when the page has no story at all.
 */
export function heirOf(
  oldBody: string,
  oldPosition: number,
  targets: AnchorTarget[],
): AnchorTarget | undefined {
  const taken = new Map<AnchorTarget, number>()
  for (const paragraph of paragraphsOf(oldBody)) {
    const probe = probeOf(paragraph)
    const target =
      targets.find((t) => t.body.includes(paragraph)) ??
      targets.find((t) => t.body.includes(probe))
    if (target) taken.set(target, (taken.get(target) ?? 0) + paragraph.length)
  }
  let best: AnchorTarget | undefined
  for (const [target, size] of taken) if (!best || size > taken.get(best)!) best = target
  return best ?? nearest(targets, oldPosition)
}
