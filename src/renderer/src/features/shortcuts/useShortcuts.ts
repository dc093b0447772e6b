import { useEffect, useRef } from 'react'
import { isShortcutBlocked, keyChord } from './keyChord'

/** Handlers by chord (see keyChord); a handler returning false lets the key through. */
export type ShortcutMap = Record<string, (event: KeyboardEvent) => boolean | void>

/** Listens for document-wide shortcuts while mounted; the latest handlers always run. */
export const useShortcuts = (bindings: ShortcutMap): void => {
  const latest = useRef(bindings)
  useEffect(() => {
    latest.current = bindings
  })

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const chord = keyChord(event)
      const handler = latest.current[chord]
      if (!handler || isShortcutBlocked(event, chord)) return
      if (handler(event) === false) return
      event.preventDefault()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])
}
