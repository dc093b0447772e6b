import { useCallback, useState } from 'react'
import type { StoryId } from '../../../../shared/ids'

/** Stories picked for a batch action (tag, collect, mark read), apart from the one that is open. */
export interface CheckedStories {
  ids: ReadonlySet<StoryId>
  toggle: (id: StoryId) => void
  /**
   * Ctrl/Cmd+click: checks or unchecks `id`. The first one also checks `current` (the story a
   * plain click had chosen), as in every file list: a plain click then a Ctrl+click picks two.
   */
  toggleFrom: (id: StoryId, current: StoryId | null) => void
  /**
   * Shift+click: checks every story from the last toggled one (or `current`, when nothing is
   * checked yet) to `id`.
   */
  extendTo: (id: StoryId, order: readonly StoryId[], current?: StoryId | null) => void
  setAll: (ids: readonly StoryId[]) => void
  clear: () => void
}

/** The ids from `from` to `to` in `order` (either way round); null when one is not there. */
export const rangeOf = (
  order: readonly StoryId[],
  from: StoryId,
  to: StoryId,
): StoryId[] | null => {
  const start = order.indexOf(from)
  const end = order.indexOf(to)
  if (start < 0 || end < 0) return null
  return order.slice(Math.min(start, end), Math.max(start, end) + 1)
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
  const toggleFrom = useCallback(
    (id: StoryId, current: StoryId | null) => {
      if (ids.size > 0 || current === null || current === id) return toggle(id)
      setAnchor(id)
      setIds(new Set([current, id]))
    },
    [ids, toggle],
  )
  const extendTo = useCallback(
    (id: StoryId, order: readonly StoryId[], current: StoryId | null = null) => {
      // With nothing checked, an old anchor means nothing: the range starts at the chosen story.
      const from = ids.size > 0 && anchor !== null ? anchor : current
      const range = from === null ? null : rangeOf(order, from, id)
      if (range === null) return toggle(id)
      setIds((checked) => new Set([...checked, ...range]))
    },
    [anchor, ids, toggle],
  )
  const setAll = useCallback((all: readonly StoryId[]) => setIds(new Set(all)), [])
  const clear = useCallback(() => setIds(new Set()), [])
  return { ids, toggle, toggleFrom, extendTo, setAll, clear }
}
