import { useEffect } from 'react'
import type { StoryId } from '../../../../shared/ids'
import { prefetchStory } from './prefetchStory'

/**
 * While a story is open, asks for the stories before and after it in the list shown, once the
 * page is idle (after the open story has painted): reading on with j/k and Enter, or the next
 * row, opens a story already in the cache. The cache keeps only the last few idle answers.
 */
export const usePrefetchNeighbours = (ids: readonly StoryId[], openId: StoryId | null): void => {
  useEffect(() => {
    if (openId === null) return
    const handle = requestIdleCallback(
      () => {
        const index = ids.indexOf(openId)
        if (index < 0) return
        if (index + 1 < ids.length) prefetchStory(ids[index + 1])
        if (index > 0) prefetchStory(ids[index - 1])
      },
      { timeout: 1_000 },
    )
    return () => cancelIdleCallback(handle)
  }, [ids, openId])
}
