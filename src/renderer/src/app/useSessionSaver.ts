import { useEffect, useRef } from 'react'
import type { ReaderSession } from '../../../shared/session'
import { api } from '../data/api'
import { whenIdle } from '../data/whenIdle'
import { isSameSession, writeSessionHint } from './readerSession'

// Typing a search changes the session on every key; one save once the typing pauses.
const QUERY_SAVE_DELAY_MS = 400

/**
 * Saves where the reader is (view, order, search, open story) with the library as it changes,
 * so a reload or restart opens the same screen. Written straight to the library rather than
 * through the settings store: nothing on screen reads it back, so nothing re-renders for it.
 */
export const useSessionSaver = (session: ReaderSession): void => {
  const saved = useRef(session)
  const cancelScheduled = useRef<(() => void) | undefined>(undefined)
  // The save a pause in typing (or idle time) would make: made at once if the page goes away first.
  const pending = useRef<(() => void) | null>(null)

  useEffect(() => {
    if (isSameSession(session, saved.current)) return
    const isTypingOnly =
      session.query !== saved.current.query &&
      isSameSession({ ...session, query: saved.current.query }, saved.current)
    const save = () => {
      saved.current = session
      writeSessionHint(session)
      void api.settingsUpdate({ session })
    }
    cancelScheduled.current?.()
    const saveNow = () => {
      pending.current = null
      save()
    }
    pending.current = save
    if (isTypingOnly) {
      const timer = setTimeout(saveNow, QUERY_SAVE_DELAY_MS)
      cancelScheduled.current = () => clearTimeout(timer)
    } else {
      // Saved once the page is idle: a story opened by a click paints first.
      cancelScheduled.current = whenIdle(saveNow)
    }
  }, [session])

  useEffect(() => {
    const flush = () => {
      cancelScheduled.current?.()
      pending.current?.()
      pending.current = null
    }
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush()
    }
    window.addEventListener('pagehide', flush)
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      window.removeEventListener('pagehide', flush)
      document.removeEventListener('visibilitychange', onVisibility)
      cancelScheduled.current?.()
    }
  }, [])
}
