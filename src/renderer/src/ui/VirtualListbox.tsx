import { useEffect, useRef, useState } from 'react'
import type { KeyboardEvent, MouseEvent, ReactNode } from 'react'
import { Virtuoso } from 'react-virtuoso'
import type { VirtuosoHandle } from 'react-virtuoso'
import type { ListboxContext } from './listboxContext'
import { ListboxOption } from './ListboxOption'
import { ListboxScroller } from './ListboxScroller'
import { createIntentTimer } from './intentTimer'
import './listbox.css'

// Rows rendered with the list itself, before Virtuoso has measured its viewport, so the first
// rows are shown by the list's first render, not a frame or two later. Enough to fill a tall
// window (a story row is ~110 px); any more are built only to be dropped once measured.
const FIRST_ROWS = 10

interface VirtualListboxProps<T> {
  items: readonly T[]
  getId: (item: T) => string
  label: string
  testId: string
  activeId: string | null
  openId: string | null
  /**
   * For lists whose rows can be checked as well as chosen: the check is the row's aria-checked
   * (an option holds no control of its own), and aria-selected stays the row the keys move.
   */
  isChecked?: (id: string) => boolean
  renderItem: (item: T) => ReactNode
  onActiveChange: (id: string) => void
  onOpen: (id: string) => void
  /** A plain press on a row (the click that opens it follows on release). */
  onItemPress?: (id: string) => void
  /**
   * A row the reader seems about to open: the pointer rested on it, or the keys made it active
   * and stayed there, for INTENT_DELAY_MS. Lists may start loading what it opens.
   */
  onItemIntent?: (id: string) => void
  /** Takes a click first (Ctrl/Shift+click to select); true when it handled it. */
  onItemClick?: (id: string, event: MouseEvent<HTMLDivElement>) => boolean
  /** Takes a key the list does not know (Space to select, Alt+arrows to reorder); true when handled. */
  onExtraKey?: (event: KeyboardEvent<HTMLDivElement>, activeId: string | null) => boolean
  /** The rows rendered now (visible plus Virtuoso's margin), for lists that load by page. */
  onRangeChange?: (range: { startIndex: number; endIndex: number }) => void
  /** The last row was rendered: lists that load by page ask for the next. */
  onEndReached?: () => void
}

/** A keyboard-driven, virtualised single-select list that stays smooth at 10,000 rows. */
export const VirtualListbox = <T,>(props: VirtualListboxProps<T>) => {
  const { items, getId, activeId, onActiveChange, onOpen } = props
  const virtuoso = useRef<VirtuosoHandle>(null)
  const activeIndex = activeId === null ? -1 : items.findIndex((item) => getId(item) === activeId)

  useEffect(() => {
    if (activeIndex >= 0) virtuoso.current?.scrollIntoView({ index: activeIndex })
  }, [activeIndex])

  // One timer for the pointer and one for the keys, so neither cancels the other's wait.
  const latestIntent = useRef(props.onItemIntent)
  latestIntent.current = props.onItemIntent
  const [intent] = useState(() => {
    const onIntent = (id: string) => latestIntent.current?.(id)
    return { hover: createIntentTimer(onIntent), keys: createIntentTimer(onIntent) }
  })
  useEffect(() => {
    if (activeId === null) intent.keys.cancel()
    else intent.keys.start(activeId)
  }, [activeId, intent])
  useEffect(
    () => () => {
      intent.hover.cancel()
      intent.keys.cancel()
    },
    [intent],
  )

  const moveTo = (index: number) => {
    const clamped = Math.min(Math.max(index, 0), items.length - 1)
    if (clamped >= 0) onActiveChange(getId(items[clamped]))
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const page = 10
    const steps: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: Math.max(activeIndex - 1, 0),
      PageDown: activeIndex + page,
      PageUp: activeIndex - page,
      Home: 0,
      End: items.length - 1,
    }
    if (props.onExtraKey?.(event, activeId)) {
      event.preventDefault()
    } else if (event.key in steps) {
      event.preventDefault()
      moveTo(steps[event.key])
    } else if (event.key === 'Enter' && activeId !== null) {
      event.preventDefault()
      onOpen(activeId)
    }
  }

  const context: ListboxContext = {
    label: props.label,
    activeId,
    openId: props.openId,
    isChecked: props.isChecked,
    count: items.length,
    testId: props.testId,
    optionDomId: (id) => `${props.testId}-option-${id}`,
    getId: getId as (item: unknown) => string,
    onKeyDown,
    // Keyboard focus with nothing active would announce nothing: start on the first row. Not on
    // a click, which picks its own row (and must not see the list jump to the top first).
    onFocus: (event) => {
      const isKeyboard =
        event.target === event.currentTarget && event.currentTarget.matches(':focus-visible')
      if (isKeyboard && activeIndex < 0 && items.length > 0) onActiveChange(getId(items[0]))
    },
    onPressItem: props.onItemPress,
    onHoverItem: (id) => (id === null ? intent.hover.cancel() : intent.hover.start(id)),
    onClickItem: (id, event) => {
      if (props.onItemClick?.(id, event)) return
      onActiveChange(id)
      onOpen(id)
    },
  }

  return (
    <Virtuoso<T, ListboxContext>
      ref={virtuoso}
      className="virtual-list"
      data={items}
      context={context}
      computeItemKey={(_index, item) => getId(item)}
      itemContent={(_index, item) => props.renderItem(item)}
      components={{ Scroller: ListboxScroller, Item: ListboxOption }}
      increaseViewportBy={240}
      initialItemCount={Math.min(items.length, FIRST_ROWS)}
      rangeChanged={props.onRangeChange}
      endReached={props.onEndReached}
    />
  )
}
