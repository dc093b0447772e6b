import { useEffect } from 'react'
import type { RefObject } from 'react'

/**
 * Moves focus to the dialog's `[data-autofocus]` control whenever a multi-step dialog changes
 * step: the control that had focus (Export, Merge) has just been disabled or replaced, and a
 * keyboard reader would otherwise be left on nothing.
 */
export const useFocusOnPhase = (inside: RefObject<HTMLElement | null>, phase: string): void => {
  useEffect(() => {
    const dialog = inside.current?.closest('dialog')
    dialog?.querySelector<HTMLElement>('[data-autofocus]')?.focus()
  }, [inside, phase])
}
