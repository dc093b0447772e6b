import { useEffect, useState } from 'react'
import type { LibraryHealth } from '../../../../shared/health'
import { api } from '../../data/api'
import { useLibraryInfo } from '../library/useLibraryInfo'

/**
 * What the check of the library file at start found: from the library's info (a page opened
 * after the check), or from the event the host sends when it finds damage.
 */
export const useLibraryHealth = (): LibraryHealth => {
  const info = useLibraryInfo()
  const [heard, setHeard] = useState<LibraryHealth | null>(null)
  useEffect(() => api.onLibraryHealth(setHeard), [])
  return heard ?? info.data?.health ?? { status: 'ok' }
}
