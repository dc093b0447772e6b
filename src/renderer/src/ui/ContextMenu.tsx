import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { KeyboardEvent, MouseEvent, ReactNode } from 'react'
import { createPortal } from 'react-dom'
import './menu.css'
import './contextMenu.css'

/** One entry of a context menu. */
export interface ContextMenuItem {
  id: string
  label: string
  onSelect: () => void
  /** Shown in the danger colour (delete). */
  isDanger?: boolean
  /** Starts a new group: a separator is drawn above it. */
  isGroupStart?: boolean
}

interface MenuAt {
  x: number
  y: number
  items: ContextMenuItem[]
  label: string
  /** Where focus goes back to when the menu closes. */
  returnTo: HTMLElement | null
}

// The menu never touches the window's edges.
const MARGIN = 4

/** True for the keys that open a context menu from the keyboard (Shift+F10, the Menu key). */
export const isContextMenuKey = (event: KeyboardEvent): boolean =>
  (event.key === 'F10' && event.shiftKey) || event.key === 'ContextMenu'

/**
 * A context menu: `onContextMenu` (right-click) and `onKeyDown` (Shift+F10 or the Menu key)
 * open it, at the pointer or under the focused element; `openAt` opens it for a row a list
 * knows about. Render `menu` once. Arrow keys, Home and End move, Enter picks, Escape closes
 * and gives focus back to where it was.
 */
export function useContextMenu(label: string) {
  const [at, setAt] = useState<MenuAt | null>(null)

  const openAt = useCallback(
    (x: number, y: number, items: ContextMenuItem[], returnTo: HTMLElement | null) => {
      if (items.length > 0) setAt({ x, y, items, label, returnTo })
    },
    [label],
  )

  /** Opens under an element (a keyboard's context menu has no pointer). */
  const openBelow = useCallback(
    (element: HTMLElement, items: ContextMenuItem[], returnTo: HTMLElement | null = element) => {
      const rect = element.getBoundingClientRect()
      openAt(rect.left + Math.min(24, rect.width / 2), rect.top + rect.height / 2, items, returnTo)
    },
    [openAt],
  )

  /** Props for an element that has a context menu of its own. */
  const trigger = useCallback(
    (items: () => ContextMenuItem[]) => ({
      onContextMenu: (event: MouseEvent<HTMLElement>) => {
        event.preventDefault()
        // Focus goes back where it was, or to the element clicked when nothing had it.
        const focused = document.activeElement
        const isSomewhere = focused instanceof HTMLElement && focused !== document.body
        openAt(event.clientX, event.clientY, items(), isSomewhere ? focused : event.currentTarget)
      },
      onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
        if (!isContextMenuKey(event)) return
        event.preventDefault()
        event.stopPropagation()
        openBelow(event.currentTarget, items())
      },
    }),
    [openAt, openBelow],
  )

  const menu = at ? <ContextMenu at={at} onClose={() => setAt(null)} /> : null
  return { menu, trigger, openAt, openBelow, isOpen: at !== null }
}

/** The open menu itself, in a layer over the page, kept inside the window. */
function ContextMenu({ at, onClose }: { at: MenuAt; onClose: () => void }) {
  const root = useRef<HTMLDivElement>(null)
  const [place, setPlace] = useState({ left: at.x, top: at.y, isPlaced: false })

  useLayoutEffect(() => {
    const menu = root.current
    if (!menu) return
    const { width, height } = menu.getBoundingClientRect()
    const maxLeft = window.innerWidth - width - MARGIN
    const maxTop = window.innerHeight - height - MARGIN
    // Flipped to the other side of the point when it would overflow, then clamped.
    const left = at.x > maxLeft ? at.x - width : at.x
    const top = at.y > maxTop ? at.y - height : at.y
    setPlace({
      left: Math.max(MARGIN, Math.min(left, maxLeft)),
      top: Math.max(MARGIN, Math.min(top, maxTop)),
      isPlaced: true,
    })
  }, [at])

  // Focus moves in once the menu is placed (a hidden element cannot take focus).
  useEffect(() => {
    if (place.isPlaced) root.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus()
  }, [place.isPlaced, at])

  const close = useCallback(
    (isFocusReturned: boolean) => {
      onClose()
      if (isFocusReturned && at.returnTo?.isConnected) at.returnTo.focus()
    },
    [at, onClose],
  )

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) close(false)
    }
    const onAway = () => close(false)
    document.addEventListener('pointerdown', onPointerDown, true)
    window.addEventListener('resize', onAway)
    window.addEventListener('blur', onAway)
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true)
      window.removeEventListener('resize', onAway)
      window.removeEventListener('blur', onAway)
    }
  }, [close])

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const entries = Array.from(
      root.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [],
    )
    const index = entries.indexOf(document.activeElement as HTMLElement)
    const moves: Record<string, number> = {
      ArrowDown: (index + 1) % entries.length,
      ArrowUp: (index - 1 + entries.length) % entries.length,
      Home: 0,
      End: entries.length - 1,
    }
    // Keys never reach the page under the menu (the list's own arrows, shortcuts).
    event.stopPropagation()
    if (event.key in moves) {
      event.preventDefault()
      entries[moves[event.key]]?.focus()
    } else if (event.key === 'Escape' || isContextMenuKey(event)) {
      event.preventDefault()
      close(true)
    } else if (event.key === 'Tab') {
      event.preventDefault()
      close(true)
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey) {
      // Typing a letter moves to the next entry that starts with it.
      const key = event.key.toLowerCase()
      const next = [...entries.slice(index + 1), ...entries.slice(0, index + 1)].find((entry) =>
        entry.textContent?.trim().toLowerCase().startsWith(key),
      )
      next?.focus()
    }
  }

  const items: ReactNode[] = at.items.map((item) => (
    <button
      key={item.id}
      type="button"
      role="menuitem"
      tabIndex={-1}
      className={`menu-item${item.isDanger ? ' menu-item--danger' : ''}${item.isGroupStart ? ' menu-item--group' : ''}`}
      data-testid={`menu-${item.id}`}
      onClick={() => {
        close(true)
        item.onSelect()
      }}
    >
      {item.label}
    </button>
  ))

  return createPortal(
    <div
      ref={root}
      className="context-menu"
      role="menu"
      aria-label={at.label}
      data-testid="context-menu"
      style={{
        left: place.left,
        top: place.top,
        visibility: place.isPlaced ? 'visible' : 'hidden',
      }}
      onKeyDown={onKeyDown}
      onContextMenu={(event) => event.preventDefault()}
    >
      {items}
    </div>,
    document.body,
  )
}
