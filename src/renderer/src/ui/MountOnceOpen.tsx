import { useState } from 'react'
import type { ReactNode } from 'react'

/**
 * Renders a dialog from the first time it opens on. The shell holds several dialogs that are
 * closed nearly always, and rendering each on every change of the shell (a click on a row)
 * cost more than the row itself. Once opened it stays mounted, so a later close still goes
 * through <dialog>.close() and the browser returns focus to the opener.
 */
export const MountOnceOpen = ({ isOpen, children }: { isOpen: boolean; children: ReactNode }) => {
  const [hasOpened, setHasOpened] = useState(isOpen)
  if (isOpen && !hasOpened) setHasOpened(true)
  return hasOpened || isOpen ? children : null
}
