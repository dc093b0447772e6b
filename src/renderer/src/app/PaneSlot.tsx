import type { ReactNode } from 'react'

/**
 * A side pane (and its splitter) in the grid, or floating over the reader when the window has
 * no room to dock it beside a readable column.
 */
export const PaneSlot = ({
  isFloating,
  width,
  children,
}: {
  isFloating: boolean
  width: number
  children: ReactNode
}) =>
  isFloating ? (
    <div className="pane-drawer" style={{ width }} data-testid="pane-drawer">
      {children}
    </div>
  ) : (
    <>{children}</>
  )
