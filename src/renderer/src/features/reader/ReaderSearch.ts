import type { StoryId } from '../../../../shared/ids'
import type { SearchHit, StoryMatches } from '../../../../shared/types'

/** The search a story is read under: the query and what core matched in this story. */
export interface ReaderSearch {
  query: string
  matches: StoryMatches
}

const NO_MATCHES: StoryMatches = { titleMatches: [], bylineMatches: [], bodyMatches: [] }

/**
 * What the reader marks for the open story: the matches of its hit, as core found them (the
 * renderer has no query grammar of its own). A story the hits do not hold has none.
 */
export const readerSearch = (
  query: string,
  hits: readonly SearchHit[] | undefined,
  storyId: StoryId | null,
): ReaderSearch => {
  const hit = hits?.find((item) => item.id === storyId)
  return { query, matches: hit ?? NO_MATCHES }
}
