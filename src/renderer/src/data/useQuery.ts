import { useCallback, useRef, useSyncExternalStore } from 'react'
import type { Failure, Result } from '../../../shared/contract'
import './libraryChanges'
import { querySnapshot, refetchQuery, subscribeQuery, type Topic } from './queryCache'

/** What a data hook hands to components. */
export interface QueryState<T> {
  data: T | undefined
  error: Failure | null
  isLoading: boolean
  reload: () => void
}

const IDLE = { data: undefined, error: null, isLoading: false }
const STARTING = { data: undefined, error: null, isLoading: true }

/**
 * Loads one thing from the api through the shared cache: one request per `key` however many
 * components show it, fetched again when a change touches one of `topics`. While a new key
 * loads, the previous key's data stays visible, so lists do not flash empty.
 */
export const useQuery = <T>(
  key: string | null,
  topics: readonly Topic[],
  load: () => Promise<Result<T>>,
): QueryState<T> => {
  const latestLoad = useRef(load)
  latestLoad.current = load
  const subscribe = useCallback(
    (listener: () => void) =>
      key === null ? () => {} : subscribeQuery(key, topics, () => latestLoad.current(), listener),
    // Topics are fixed per call site; the key alone decides what is subscribed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  )
  const snapshot = useSyncExternalStore(subscribe, () =>
    key === null ? IDLE : (querySnapshot(key) ?? STARTING),
  )
  const shown = useRef<T | undefined>(undefined)
  if (key === null) shown.current = undefined
  else if (snapshot.data !== undefined) shown.current = snapshot.data as T
  const reload = useCallback(() => {
    if (key !== null) refetchQuery(key)
  }, [key])
  return {
    data: snapshot.data === undefined ? shown.current : (snapshot.data as T),
    error: snapshot.error,
    isLoading: key !== null && snapshot.isLoading,
    reload,
  }
}
