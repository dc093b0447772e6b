import { useCallback, useEffect, useRef, useState } from 'react'
import type { Result } from '../../../shared/contract'
import { useLibraryChanged } from './useLibraryChanged'

/** What a data hook hands to components. */
export interface QueryState<T> {
  data: T | undefined
  error: string | null
  isLoading: boolean
  reload: () => void
}

/**
 * Loads one thing from the api whenever `key` changes, and again after library changes.
 * The previous data stays visible while a reload runs, so lists do not flash empty.
 */
export const useApiQuery = <T>(
  key: string | null,
  load: () => Promise<Result<T>>,
): QueryState<T> => {
  const [data, setData] = useState<T | undefined>(undefined)
  const [error, setError] = useState<string | null>(null)
  const [isLoading, setIsLoading] = useState(key !== null)
  const [generation, setGeneration] = useState(0)
  const latestLoad = useRef(load)
  useEffect(() => {
    latestLoad.current = load
  })

  useEffect(() => {
    if (key === null) {
      setData(undefined)
      setError(null)
      setIsLoading(false)
      return
    }
    let isCurrent = true
    setIsLoading(true)
    latestLoad.current().then((result) => {
      if (!isCurrent) return
      if (result.ok) {
        setData(result.value)
        setError(null)
      } else {
        setError(result.error.message || result.error.code)
      }
      setIsLoading(false)
    })
    return () => {
      isCurrent = false
    }
  }, [key, generation])

  const reload = useCallback(() => setGeneration((value) => value + 1), [])
  useLibraryChanged(reload)
  return { data, error, isLoading, reload }
}
