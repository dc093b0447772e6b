import { useEffect, useRef } from 'react'
import type { ReaderSession } from '../../../shared/session'
import { api } from '../data/api'
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
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  // The save a pause in typing would make: made at once if the page goes away first.
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
    clearTimeout(timer.current)
    pending.current = null
    if (isTypingOnly) {
      pending.current = save
      timer.current = setTimeout(() => {
        pending.current = null
        save()
      }, QUERY_SAVE_DELAY_MS)
    } else save()
  }, [session])

  useEffect(() => {
    const flush = () => {
      clearTimeout(timer.current)
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
      clearTimeout(timer.current)
    }
  }, [])
}
