import { useRef } from 'react'
import type { SearchHit, SearchPage } from '../../../../shared/types'

/** The loaded pages of one query as one list. */
export interface JoinedHits {
  hits: SearchHit[]
  total: number
}

const join = (pages: ReadonlyArray<SearchPage | undefined>): JoinedHits | null => {
  const first = pages[0]
  if (!first) return null
  // Pages are asked for by offset: a change between two pages may repeat a hit; show it once.
  const seen = new Set<string>()
  const hits: SearchHit[] = []
  for (const page of pages) {
    if (!page) break
    for (const hit of page.hits) {
      if (seen.has(hit.id)) continue
      seen.add(hit.id)
      hits.push(hit)
    }
  }
  return { hits, total: first.total }
}

/**
 * Joins the pages loaded so far (stopping at the first one not yet answered), keeping the same
 * object while no page changed, so the reader's marks are not recomputed on every render.
 */
export const useJoinedHits = (pages: ReadonlyArray<SearchPage | undefined>): JoinedHits | null => {
  const last = useRef<{ pages: ReadonlyArray<SearchPage | undefined>; joined: JoinedHits | null }>({
    pages: [],
    joined: null,
  })
  const isSame =
    last.current.pages.length === pages.length &&
    pages.every((page, index) => page === last.current.pages[index])
  if (!isSame) last.current = { pages, joined: join(pages) }
  return last.current.joined
}
