import { useCallback, useState } from 'react'
import type { StoryId } from '../../../../shared/ids'

/** Stories picked for a batch action (tag, collect, mark read), apart from the one that is open. */
export interface CheckedStories {
  ids: ReadonlySet<StoryId>
  toggle: (id: StoryId) => void
  /** Checks every story from the last toggled one to `id` (Shift+click). */
  extendTo: (id: StoryId, order: readonly StoryId[]) => void
  setAll: (ids: readonly StoryId[]) => void
  clear: () => void
}

/** Multi-selection for the story list. */
export const useCheckedStories = (): CheckedStories => {
  const [ids, setIds] = useState<ReadonlySet<StoryId>>(new Set())
  const [anchor, setAnchor] = useState<StoryId | null>(null)

  const toggle = useCallback((id: StoryId) => {
    setAnchor(id)
    setIds((current) => {
      const next = new Set(current)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  }, [])
  const extendTo = useCallback(
    (id: StoryId, order: readonly StoryId[]) => {
      const from = anchor === null ? -1 : order.indexOf(anchor)
      const to = order.indexOf(id)
      if (from < 0 || to < 0) return toggle(id)
      const [start, end] = from < to ? [from, to] : [to, from]
      setIds((current) => new Set([...current, ...order.slice(start, end + 1)]))
    },
    [anchor, toggle],
  )
  const setAll = useCallback((all: readonly StoryId[]) => setIds(new Set(all)), [])
  const clear = useCallback(() => setIds(new Set()), [])
  return { ids, toggle, extendTo, setAll, clear }
}
