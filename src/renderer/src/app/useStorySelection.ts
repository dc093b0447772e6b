import { useCallback, useState } from 'react'
import type { StoryId } from '../../../shared/ids'
import { whenIdle } from '../data/whenIdle'
import { prefetchStory } from '../features/reader/prefetchStory'
import { markStoryOpened } from '../features/stories/useStoryIds'

/** Which row the keyboard is on (active) and which story the reader shows (open). */
export interface StorySelection {
  activeId: StoryId | null
  openId: StoryId | null
  setActiveId: (id: StoryId | null) => void
  open: (id: StoryId) => void
  /** Moves the active row by `delta` within `ids` (j/k); from nothing, starts at the first row. */
  move: (ids: readonly StoryId[], delta: number) => void
}

/**
 * Keeps list selection and the open story apart, so j/k browse without replacing the reader.
 * Starts on the story left open last time (restored, not opened: its Last opened time stays).
 */
export const useStorySelection = (restoredId: StoryId | null = null): StorySelection => {
  const [activeId, setActiveId] = useState<StoryId | null>(restoredId)
  const [openId, setOpenId] = useState<StoryId | null>(restoredId)

  const open = useCallback((id: StoryId) => {
    prefetchStory(id)
    // Its "Last opened" time waits until the story is up (a request sent in the press's own
    // task delayed the story's answer and its paint).
    whenIdle(() => markStoryOpened(id))
    setActiveId(id)
    setOpenId(id)
  }, [])

  const move = useCallback((ids: readonly StoryId[], delta: number) => {
    if (ids.length === 0) return
    setActiveId((current) => {
      const index = current === null ? -1 : ids.indexOf(current)
      if (index < 0) return ids[0]
      return ids[Math.min(Math.max(index + delta, 0), ids.length - 1)]
    })
  }, [])

  return { activeId, openId, setActiveId, open, move }
}
