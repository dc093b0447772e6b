import { useEffect, useLayoutEffect, useRef } from 'react'
import type { RefObject } from 'react'
import { api } from '../../data/api'
import { announceChange } from '../../data/libraryChanges'
import { invalidateTopics } from '../../data/queryCache'
import type { Story } from '../../../../shared/types'
import { setStoryRead } from '../stories/setStoryRead'
import { afterPaint } from '../../ui/afterPaint'

/** How long the end of a story must stay in view before it counts as read. */
const READ_DWELL_MS = 1000
/** Slack at the bottom, so a story counts as finished when its last line is in view. */
const END_SLACK_PX = 32

const progressOf = (element: HTMLElement): number => {
  const max = element.scrollHeight - element.clientHeight
  return max <= 0 ? 1 : Math.min(Math.max(element.scrollTop / max, 0), 1)
}

const isAtEnd = (element: HTMLElement): boolean =>
  element.scrollTop + element.clientHeight >= element.scrollHeight - END_SLACK_PX

/** Stops and restarts the tracking of one story (while it is split, its text changes). */
export interface ReadingProgressControl {
  pause: () => void
  resume: () => void
}

/**
 * Remembers how far a story was read and returns there when it is opened again; reaching the
 * end (and staying a moment) marks the story read.
 */
export const useReadingProgress = (
  scrollRef: RefObject<HTMLElement | null>,
  story: Story,
  shouldRestore: boolean,
): ReadingProgressControl => {
  const { id } = story
  // A split cuts the story under the reader: the scroll then lands "at the end" of a shorter
  // text, which must neither mark the first half read nor save its position.
  const isPaused = useRef(false)

  useLayoutEffect(() => {
    const element = scrollRef.current
    // A story not begun, or finished, opens at the top (re-reading starts from the headline),
    // where its scroller already is (ReaderPane mounts a new one per story): nothing to
    // measure, so no layout is forced in the middle of the commit.
    const isPartRead = story.progress > 0 && story.progress < 0.99
    if (!element || !shouldRestore || !isPartRead) return
    const max = element.scrollHeight - element.clientHeight
    element.scrollTop = story.progress * max
    // Only on opening: later refreshes of the same story must not move the reader.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id])

  useEffect(() => {
    const element = scrollRef.current
    if (!element) return
    let latest = story.progress
    let saved = story.progress
    let isMarked = story.isRead
    let saveTimer: ReturnType<typeof setTimeout> | undefined
    let readTimer: ReturnType<typeof setTimeout> | undefined

    const save = () => {
      if (isPaused.current) return
      if (Math.abs(latest - saved) < 0.005) return
      saved = latest
      // The screen shows this position already; the story is fetched afresh when next opened.
      // The list's rows show the new progress now (their bar), without a reload.
      void api.storiesSaveProgress(id, latest).then(() => {
        invalidateTopics(['story'], true)
        announceChange(['storyRows'])
      })
    }
    const checkEnd = () => {
      if (isMarked || isPaused.current) {
        clearTimeout(readTimer)
        readTimer = undefined
        return
      }
      if (!isAtEnd(element)) {
        clearTimeout(readTimer)
        readTimer = undefined
      } else if (readTimer === undefined) {
        readTimer = setTimeout(() => {
          isMarked = true
          void setStoryRead(id, true)
        }, READ_DWELL_MS)
      }
    }
    // Where the last scroll event saw the story: a scroll just before the page goes away may
    // not have had its event yet.
    let seenTop = element.scrollTop
    const onScroll = () => {
      seenTop = element.scrollTop
      latest = progressOf(element)
      clearTimeout(saveTimer)
      saveTimer = setTimeout(save, 400)
      checkEnd()
    }

    // The page going away (a reload, a closed tab or window) unmounts nothing: save the last
    // scroll now rather than lose it with the pending timer. The api sends it so that it
    // outlives the page (keepalive in web mode). Hidden counts too: a closed tab may never
    // get its pagehide (a mobile browser, a killed process).
    const flush = () => {
      clearTimeout(saveTimer)
      save()
    }
    const onLeave = () => {
      if (element.scrollTop !== seenTop) latest = progressOf(element)
      flush()
    }
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') onLeave()
    }

    element.addEventListener('scroll', onScroll, { passive: true })
    window.addEventListener('pagehide', onLeave)
    document.addEventListener('visibilitychange', onVisibility)
    // A story shown whole (no scroll to come) starts its dwell too, checked once the story has
    // painted: measured here, in the opening commit, it forced the new story's layout before
    // the browser's own frame.
    const cancelFirstCheck = afterPaint(checkEnd)
    return () => {
      cancelFirstCheck()
      element.removeEventListener('scroll', onScroll)
      window.removeEventListener('pagehide', onLeave)
      document.removeEventListener('visibilitychange', onVisibility)
      clearTimeout(readTimer)
      flush()
    }
    // A new subscription per story; read state changes during reading must not reset the timers.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id])

  return {
    pause: () => {
      isPaused.current = true
      scrollRef.current?.dispatchEvent(new Event('scroll'))
    },
    resume: () => {
      isPaused.current = false
    },
  }
}
