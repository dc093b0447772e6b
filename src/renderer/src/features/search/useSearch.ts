import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useJoinedHits, type JoinedHits } from './useJoinedHits'
import { useRefetchRepeatedHits } from './useRefetchRepeatedHits'
import type { Failure } from '../../../../shared/contract'
import type { SearchHit, SearchPage } from '../../../../shared/types'
import { api } from '../../data/api'
import { refetchQuery } from '../../data/queryCache'
import { useQueryPages } from '../../data/useQueryPages'
import { useDebouncedValue } from '../../ui/useDebouncedValue'

/** Hits per request: the first page answers as you type, the rest as the list is scrolled. */
export const SEARCH_PAGE_SIZE = 50

/** Search as you type: the query settles for 150 ms before it is sent. */
export interface SearchState {
  /** The hits loaded so far, best first (undefined before the first answer). */
  data: SearchHit[] | undefined
  /** How many stories match in all (exact), of which `data` holds the first pages. */
  total: number
  error: Failure | null
  isLoading: boolean
  reload: () => void
  /** The query the current hits answer (trimmed, settled). */
  settledQuery: string
  /** True while typing has not settled or the first page is being fetched. */
  isPending: boolean
  /** Asks for the next page when more stories match than are loaded. */
  loadMore: () => void
}

const pageKey = (query: string, page: number) => `search:${page}:${query}`

/** Runs `query` against the library's full-text index, debounced, refreshed after imports. */
export const useSearch = (query: string): SearchState => {
  const trimmed = query.trim()
  const settledQuery = useDebouncedValue(trimmed, 150)
  // How many pages the list has asked for, per query (a new query starts at one page).
  const [wanted, setWanted] = useState({ query: '', pages: 1 })
  const pageCount = wanted.query === settledQuery ? wanted.pages : 1
  const requests = useMemo(
    () =>
      settledQuery === ''
        ? []
        : Array.from({ length: pageCount }, (_, page) => ({
            key: pageKey(settledQuery, page),
            load: () =>
              api.searchQuery(settledQuery, {
                offset: page * SEARCH_PAGE_SIZE,
                limit: SEARCH_PAGE_SIZE,
              }),
          })),
    [settledQuery, pageCount],
  )
  const pages = useQueryPages<SearchPage>(requests, ['search'])

  const current = useJoinedHits(pages.map((page) => page?.data))

  // While a new query's first page loads, the previous hits stay, so the list does not flash.
  const shown = useRef<JoinedHits | null>(null)
  if (settledQuery === '') shown.current = null
  else if (current) shown.current = current
  const visible = current ?? shown.current

  const isLoadingMore = pages.some((page) => page === undefined || page.isLoading)
  const loaded = current?.hits.length ?? 0
  // The list asks when it shows its last row, once: an ask while a page loads (a page asked
  // for again, say) is kept for when it has answered, or the list would stop short.
  const moreWantedFor = useRef<string | null>(null)
  const loadMore = useCallback(() => {
    if (!current || loaded >= current.total) return
    if (isLoadingMore) {
      moreWantedFor.current = settledQuery
      return
    }
    moreWantedFor.current = null
    setWanted({ query: settledQuery, pages: pageCount + 1 })
  }, [current, isLoadingMore, loaded, settledQuery, pageCount])
  useEffect(() => {
    if (!isLoadingMore && moreWantedFor.current === settledQuery) loadMore()
  }, [isLoadingMore, settledQuery, loadMore])

  const error = pages.find((page) => page?.error)?.error ?? null
  const isLoading = settledQuery !== '' && (pages[0] === undefined || pages[0].isLoading)
  const reload = useCallback(
    () => requests.forEach((request) => refetchQuery(request.key)),
    [requests],
  )
  useRefetchRepeatedHits({
    retryKey: `${settledQuery}\u0000${pageCount}`,
    returned: pages.reduce((sum, page) => sum + (page?.data?.hits.length ?? 0), 0),
    distinct: loaded,
    isLoading: isLoadingMore,
    reload,
  })
  return {
    data: visible?.hits,
    total: visible?.total ?? 0,
    error,
    isLoading,
    reload,
    settledQuery,
    isPending: trimmed !== settledQuery || isLoading,
    loadMore,
  }
}
