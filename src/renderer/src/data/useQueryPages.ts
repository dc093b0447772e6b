import { useEffect, useReducer, useRef } from 'react'
import type { Result } from '../../../shared/contract'
import './libraryChanges'
import { querySnapshot, subscribeQuery, type QuerySnapshot, type Topic } from './queryCache'

/** One request of a paged list: its cache key and how to load it. */
export interface PageRequest<T> {
  key: string
  load: () => Promise<Result<T>>
}

/**
 * Subscribes to a changing set of pages through the shared cache (one request per key,
 * refetched when a change touches `topics`) and returns each page's latest snapshot, in order.
 * Pages no longer asked for go idle and are soon forgotten by the cache.
 */
export const useQueryPages = <T>(
  requests: readonly PageRequest<T>[],
  topics: readonly Topic[],
): Array<QuerySnapshot<T> | undefined> => {
  const [, bump] = useReducer((count: number) => count + 1, 0)
  const keys = requests.map((request) => request.key).join('\n')
  const held = useRef<Array<() => void>>([])
  useEffect(() => {
    // Subscribe to the new set before letting go of the old one, so a page in both is never
    // idle for an instant (the cache may forget idle pages).
    const previous = held.current
    // A fresh listener per subscription: the cache keeps listeners in a set, and letting go of
    // the old subscription must not remove the new one's.
    held.current = requests.map((request) =>
      subscribeQuery(request.key, topics, request.load as () => Promise<Result<unknown>>, () =>
        bump(),
      ),
    )
    previous.forEach((unsubscribe) => unsubscribe())
    // The first answers may have come before the subscriptions: show whatever is there now.
    bump()
    // The keys alone decide what is subscribed; topics are fixed per call site.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [keys])
  useEffect(
    () => () => {
      held.current.forEach((unsubscribe) => unsubscribe())
      held.current = []
    },
    [],
  )
  return requests.map((request) => querySnapshot(request.key) as QuerySnapshot<T> | undefined)
}
