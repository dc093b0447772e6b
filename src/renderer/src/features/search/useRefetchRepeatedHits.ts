import { useEffect, useRef } from 'react'

/**
 * Asks for a query's pages again, once per query and number of pages, when they repeat hits:
 * hits tied in rank can come back in another order once the index has merged its segments
 * (as it does just after an import), so a page asked for later repeats hits of the pages
 * before it (shown once) and misses others, and the list would stop short of its total.
 */
export const useRefetchRepeatedHits = (options: {
  /** The query and how many pages of it are shown: one retry for each. */
  retryKey: string
  /** Hits the answered pages hold, and how many of them are distinct. */
  returned: number
  distinct: number
  isLoading: boolean
  reload: () => void
}): void => {
  const { retryKey, returned, distinct, isLoading, reload } = options
  const retried = useRef('')
  const isRepeated = !isLoading && distinct < returned
  useEffect(() => {
    if (!isRepeated || retried.current === retryKey) return
    retried.current = retryKey
    reload()
  }, [isRepeated, retryKey, reload])
}
