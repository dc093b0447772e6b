import { api } from '../../data/api'
import { useQuery } from '../../data/useQuery'
import type { QueryState } from '../../data/useQuery'
import { useDebouncedValue } from '../../ui/useDebouncedValue'
import type { SearchHit } from '../../../../shared/types'

/** How many hits one query asks for; the list is virtualised, so this only bounds the payload. */
const RESULT_LIMIT = 500

/** Search as you type: the query settles for 150 ms before it is sent. */
export interface SearchState extends QueryState<SearchHit[]> {
  /** The query the current hits answer (trimmed, settled). */
  settledQuery: string
  /** True while typing has not settled or a request is running. */
  isPending: boolean
}

/** Runs `query` against the library's full-text index, debounced, refreshed after imports. */
export const useSearch = (query: string): SearchState => {
  const trimmed = query.trim()
  const settledQuery = useDebouncedValue(trimmed, 150)
  const state = useQuery(settledQuery === '' ? null : `search:${settledQuery}`, ['search'], () =>
    api.searchQuery(settledQuery, RESULT_LIMIT),
  )
  return { ...state, settledQuery, isPending: trimmed !== settledQuery || state.isLoading }
}
