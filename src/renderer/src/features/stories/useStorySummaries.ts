import { useCallback, useMemo, useRef, useState } from 'react'
import type { StoryId } from '../../../../shared/ids'
import type { StorySummary } from '../../../../shared/types'
import { api } from '../../data/api'
import { useQueryPages, type PageRequest } from '../../data/useQueryPages'

/** Summaries per request (the contract takes up to 500). */
export const SUMMARY_PAGE_SIZE = 100
// Rows fetched beyond those rendered, so a steady scroll finds them loaded.
const OVERSCAN = 60
// Rows assumed shown before the list reports its first range.
const FIRST_ROWS = 40
// Summaries remembered from earlier pages, shown while a re-ordered page loads.
const KEPT_SUMMARIES = 2_000

/** The summaries the list can show now, and where to tell it which rows are rendered. */
export interface StorySummaries {
  get: (id: StoryId) => StorySummary | undefined
  onRangeChange: (range: { startIndex: number; endIndex: number }) => void
}

const forgetOldest = <K, V>(map: Map<K, V>, keep: number): void => {
  let excess = map.size - keep
  for (const key of map.keys()) {
    if (excess-- <= 0) break
    map.delete(key)
  }
}

type PageSpan = readonly [first: number, last: number]

/**
 * The pages of summaries a list asks for before it reports which rows it renders: rows 0 to
 * FIRST_ROWS - 1 and their overscan, counted as onRangeChange counts (its endIndex is the last
 * row, not one past it). Counted one past, this was two pages, and the first screen waited for
 * a second 100 summaries (~58 kB of JSON at 10,000 stories) that it does not show.
 */
export const FIRST_PAGES: PageSpan = [
  0,
  Math.floor((FIRST_ROWS - 1 + OVERSCAN) / SUMMARY_PAGE_SIZE),
]

/** The requests for pages `span` of `ids`' summaries (shared with the first screen's preload). */
export const summaryPages = (
  ids: readonly StoryId[],
  [first, last]: PageSpan,
): PageRequest<StorySummary[]>[] => {
  const lastPage = Math.min(last, Math.ceil(ids.length / SUMMARY_PAGE_SIZE) - 1)
  const pages = []
  for (let page = first; page <= lastPage; page += 1) {
    const pageIds = ids.slice(page * SUMMARY_PAGE_SIZE, (page + 1) * SUMMARY_PAGE_SIZE)
    // The key is the ids themselves: a page that holds other stories after a change is
    // another request, and the same ids in another view share one.
    pages.push({ key: `summaries:${pageIds.join(',')}`, load: () => api.storiesSummaries(pageIds) })
  }
  return pages
}

/** What invalidates a page of summaries. */
export const SUMMARY_TOPICS = ['storyRows'] as const

/**
 * Fetches the summaries of the rendered rows (plus some overscan) by page of ids, through the
 * shared cache: pages refresh on the 'storyRows' topic and the ones scrolled past are forgotten.
 */
export const useStorySummaries = (ids: readonly StoryId[] | undefined): StorySummaries => {
  const [pageSpan, setPageSpan] = useState<PageSpan>(FIRST_PAGES)
  const onRangeChange = useCallback(
    ({ startIndex, endIndex }: { startIndex: number; endIndex: number }) => {
      const first = Math.floor(Math.max(startIndex - OVERSCAN, 0) / SUMMARY_PAGE_SIZE)
      const last = Math.floor((endIndex + OVERSCAN) / SUMMARY_PAGE_SIZE)
      setPageSpan((span) => (span[0] === first && span[1] === last ? span : [first, last]))
    },
    [],
  )

  const requests = useMemo(() => (ids ? summaryPages(ids, pageSpan) : []), [ids, pageSpan])
  const snapshots = useQueryPages<StorySummary[]>(requests, SUMMARY_TOPICS)

  // Every answer goes into one map, newest last: a row whose page is fetched again under
  // another key (a new order, an import) shows its last summary meanwhile, not a skeleton.
  const known = useRef(new Map<StoryId, StorySummary>())
  const merged = useRef(new WeakSet<StorySummary[]>())
  const version = useRef(0)
  let isChanged = false
  for (const snapshot of snapshots) {
    const data = snapshot?.data
    if (!data || merged.current.has(data)) continue
    merged.current.add(data)
    isChanged = true
    for (const story of data) {
      known.current.delete(story.id)
      known.current.set(story.id, story)
    }
  }
  if (isChanged) {
    forgetOldest(known.current, KEPT_SUMMARIES)
    version.current += 1
  }
  // A new answer must re-render the rows, so the getter changes with it.
  const get = useMemo(
    () => (id: StoryId) => known.current.get(id),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [version.current],
  )
  return { get, onRangeChange }
}
