import { useEffect, useRef } from 'react'
import type { StoryId } from '../../../../shared/ids'
import { prefetchStory } from './prefetchStory'

/**
 * When a story is opened, asks for the stories before and after it in the list shown, once the
 * page is idle (after the open story has painted): reading on with j/k and Enter, or the next
 * row, opens a story already in the cache. Only on opening: a list fetched again after an edit
 * does not ask again (an edit forgets the neighbours, and one write stays a few requests). The
 * cache keeps only the last few idle answers.
 */
export const usePrefetchNeighbours = (ids: readonly StoryId[], openId: StoryId | null): void => {
  const latestIds = useRef(ids)
  latestIds.current = ids
  useEffect(() => {
    if (openId === null) return
    const handle = requestIdleCallback(
      () => {
        const list = latestIds.current
        const index = list.indexOf(openId)
        if (index < 0) return
        if (index + 1 < list.length) prefetchStory(list[index + 1])
        if (index > 0) prefetchStory(list[index - 1])
      },
      { timeout: 1_000 },
    )
    return () => cancelIdleCallback(handle)
  }, [openId])
}
