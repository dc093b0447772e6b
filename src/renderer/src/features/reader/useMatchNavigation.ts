import { useCallback, useEffect, useState } from 'react'
import type { RefObject } from 'react'

/** Where the reader stands among the marked matches, and how to step between them. */
export interface MatchNavigation {
  current: number
  total: number
  next: () => void
  previous: () => void
}

/** Steps through the story's <mark data-match> elements, scrolling each into view. */
export const useMatchNavigation = (
  scrollRef: RefObject<HTMLElement | null>,
  total: number,
  resetKey: string,
): MatchNavigation => {
  const [position, setPosition] = useState({ key: resetKey, current: 0 })
  // A new story or query starts again at the first match.
  const current = position.key === resetKey ? position.current : 0

  useEffect(() => {
    if (total === 0) return
    const mark = scrollRef.current?.querySelector(`mark[data-match="${current}"]`)
    mark?.scrollIntoView({ block: 'center', inline: 'nearest' })
  }, [scrollRef, current, total, resetKey])

  const step = useCallback(
    (delta: number) => {
      if (total === 0) return
      setPosition((value) => {
        const from = value.key === resetKey ? value.current : 0
        return { key: resetKey, current: (from + delta + total) % total }
      })
    },
    [total, resetKey],
  )

  return {
    current,
    total,
    next: useCallback(() => step(1), [step]),
    previous: useCallback(() => step(-1), [step]),
  }
}
