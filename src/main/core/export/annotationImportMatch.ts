import type { Highlight } from '../../../shared/annotations'
import { asStoryId, type SourceId, type StoryId } from '../../../shared/ids'
import { codePointText } from '../../../shared/text/codePoints'
import type { Source, StorySummary } from '../../../shared/types'
import { describeSpan } from '../anchor/describeSpan'
import { commonPrefix, commonSuffix, reanchor, type Placement } from '../anchor/reanchor'
import { sha256 } from '../import/sha256'
import type { Library } from '../library/types'
import type { StoryRef, TargetRef } from './annotationImportRead'

/** The stories a file's story may be in this library: its page's, the likeliest first. */
export interface StoryCandidates {
  /** The story the file means when it can be told (its id, else its text, else its headline). */
  likeliest: StoryId | null
  /** True when the likeliest was found by the file's own story id. */
  isById: boolean
  stories: StorySummary[]
}

/** Where a passage was placed. */
export interface PlacedPassage {
  storyId: StoryId
  start: number
  end: number
}

// Past this many characters a quote is only looked for exactly: a fuzzy search costs its
// length times the story's, and a quote this long that was edited is a different passage.
const FUZZY_LIMIT = 5_000

/**
 * Looks stories up for an import, reading each page's stories, text and highlights once:
 * a file holds many annotations on the same few stories.
 */
export function importLookup(library: Library) {
  let sources: Source[] | null = null
  const storiesOfSource = new Map<SourceId, StorySummary[]>()
  const bodies = new Map<StoryId, string>()
  const textHashes = new Map<StoryId, string>()
  const highlights = new Map<StoryId, Highlight[]>()

  const storiesOf = (id: SourceId): StorySummary[] => {
    let stories = storiesOfSource.get(id)
    if (!stories) storiesOfSource.set(id, (stories = library.listStories({ sourceId: id })))
    return stories
  }
  const body = (id: StoryId): string => {
    let text = bodies.get(id)
    if (text === undefined) bodies.set(id, (text = library.getStory(id)?.body ?? ''))
    return text
  }
  const textHash = (id: StoryId): string => {
    let hash = textHashes.get(id)
    if (hash === undefined) textHashes.set(id, (hash = sha256(body(id))))
    return hash
  }

  /** The story among the page's the file means, by text, then headline and place, then headline. */
  const likeliestOf = (stories: StorySummary[], ref: StoryRef): StoryId | null => {
    const byText = ref.textHash && stories.find((story) => textHash(story.id) === ref.textHash)
    if (byText) return byText.id
    const titled = stories.filter((story) => ref.title !== null && story.title === ref.title)
    const placed = titled.find((story) => story.position === ref.position)
    return (placed ?? (titled.length === 1 ? titled[0] : null))?.id ?? null
  }

  const findCandidates = (ref: StoryRef): StoryCandidates => {
    const own = ref.storyId === null ? null : library.getStory(asStoryId(ref.storyId))
    if (own) {
      bodies.set(own.id, own.body)
      return { likeliest: own.id, isById: true, stories: storiesOf(own.sourceId) }
    }
    sources ??= library.listSources()
    const byHash = sources.filter(
      (source) => ref.pageHash !== null && source.contentHash === ref.pageHash,
    )
    const pages =
      byHash.length > 0 ? byHash : sources.filter((source) => source.name === ref.pageName)
    const stories = pages.flatMap((page) => storiesOf(page.id))
    return { likeliest: likeliestOf(stories, ref), isById: false, stories }
  }

  // Every highlight of a story names it the same way: look each story up once.
  const lookedUp = new Map<string, StoryCandidates>()
  const candidates = (ref: StoryRef): StoryCandidates => {
    const key = JSON.stringify(ref)
    let result = lookedUp.get(key)
    if (!result) lookedUp.set(key, (result = findCandidates(ref)))
    return result
  }

  /** How well the text around a placement agrees with the quote's prefix and suffix. */
  const contextAgreement = (id: StoryId, at: Placement, target: TargetRef): number => {
    if (!target.quote) return 0
    const { quote } = describeSpan(body(id), at.position.start, at.position.end)
    return (
      commonSuffix(quote.prefix, target.quote.prefix) +
      commonPrefix(quote.suffix, target.quote.suffix)
    )
  }

  /**
   * Finds a target's passage with the re-anchoring re-import uses: in the likeliest story
   * first, else in whichever of the page's stories holds it with the fewest edits, the best
   * agreeing context, then the nearest place; null when no story holds it (an orphan).
   */
  const place = (target: TargetRef, found: StoryCandidates): PlacedPassage | null => {
    const ordered = [
      ...found.stories.filter((story) => story.id === found.likeliest),
      ...found.stories.filter((story) => story.id !== found.likeliest),
    ]
    if (!target.quote) {
      // A position alone is trusted only in the very story the file names.
      const at = target.position
      if (!at || !found.isById || found.likeliest === null) return null
      return at.end <= codePointText(body(found.likeliest)).length
        ? { storyId: found.likeliest, ...at }
        : null
    }
    const anchor = { quote: target.quote, position: target.position ?? { start: 0, end: 0 } }
    const { exact } = target.quote
    let best: { id: StoryId; at: Placement; agreement: number; distance: number } | null = null
    for (const story of ordered) {
      const text = body(story.id)
      if (exact.length > text.length + 32) continue
      if (exact.length > FUZZY_LIMIT && !text.includes(exact)) continue
      const at = reanchor(text, anchor)
      if (!at) continue
      const candidate = {
        id: story.id,
        at,
        agreement: contextAgreement(story.id, at, target),
        distance: Math.abs(story.position - (target.story.position ?? story.position)),
      }
      const isBetter =
        !best ||
        at.errors < best.at.errors ||
        (at.errors === best.at.errors &&
          best.id !== found.likeliest &&
          (candidate.agreement > best.agreement ||
            (candidate.agreement === best.agreement && candidate.distance < best.distance)))
      if (isBetter) best = candidate
      if (story.id === found.likeliest && at.errors === 0) break
    }
    return best && { storyId: best.id, ...best.at.position }
  }

  return {
    candidates,
    place,
    /** The story's highlights, kept current as the import adds and changes them. */
    highlightsOf: (id: StoryId): Highlight[] => {
      let list = highlights.get(id)
      if (!list) highlights.set(id, (list = library.listHighlights({ storyId: id })))
      return list
    },
  }
}

/** The lookup one import uses. */
export type ImportLookup = ReturnType<typeof importLookup>
