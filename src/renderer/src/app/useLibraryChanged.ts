import { useEffect, useRef } from 'react'
import { subscribeLibraryChanges } from './libraryChanges'

/** Runs `refresh` whenever the library changes (import, read state, removal). */
export const useLibraryChanged = (refresh: () => void): void => {
  const latest = useRef(refresh)
  useEffect(() => {
    latest.current = refresh
  })
  useEffect(() => subscribeLibraryChanges(() => latest.current()), [])
}
