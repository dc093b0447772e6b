import { useCallback, useEffect, useState } from 'react'
import type { RefObject } from 'react'
import type { BodyOffsets } from './bodyOffsets'
import { selectionSpan, type BodySpan } from './selectionSpan'

/** Where the selection toolbar floats, and what it would highlight. */
export interface SelectionState {
  span: BodySpan
  top: number
  left: number
}

/** Follows the text selection inside the story and places the toolbar above it. */
export const useSelectionToolbar = (
  scrollRef: RefObject<HTMLElement | null>,
  body: string,
  offsets: BodyOffsets,
) => {
  const [state, setState] = useState<SelectionState | null>(null)

  const update = useCallback(() => {
    const container = scrollRef.current
    if (!container) return
    const span = selectionSpan(container, body, offsets)
    if (!span) return setState(null)
    const box = container.getBoundingClientRect()
    setState({
      span,
      top: Math.max(0, span.rect.top - box.top + container.scrollTop - 48),
      left: Math.max(8, Math.min(span.rect.left - box.left, box.width - 300)),
    })
  }, [scrollRef, body, offsets])

  useEffect(() => {
    // selectionchange covers mouse, keyboard (Shift+arrows) and touch selections alike.
    let frame = 0
    const onChange = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(update)
    }
    document.addEventListener('selectionchange', onChange)
    return () => {
      cancelAnimationFrame(frame)
      document.removeEventListener('selectionchange', onChange)
    }
  }, [update])

  const clear = useCallback(() => {
    window.getSelection()?.removeAllRanges()
    setState(null)
  }, [])
  return { selection: state, clear }
}
