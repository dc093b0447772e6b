import { useEffect, useState } from 'react'
import type { Events } from '../../../../shared/contract'
import { api } from '../../data/api'

/** The search index's background rebuild while it runs; null when none is running. */
export const useIndexProgress = (): Events['index:progress'] | null => {
  const [progress, setProgress] = useState<Events['index:progress'] | null>(null)
  useEffect(
    () => api.onIndexProgress((next) => setProgress(next.done >= next.total ? null : next)),
    [],
  )
  return progress
}
