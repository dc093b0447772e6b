import { useEffect, useMemo, useState } from 'react'
import type { RefObject } from 'react'
import type { HighlightColor } from '../../../../shared/annotations'
import type { HighlightId } from '../../../../shared/ids'
import type { Story } from '../../../../shared/types'
import { api } from '../../data/api'
import { runUndoableValue } from '../undo/runAction'
import type { ArticleBlocks } from '../reader/articleBlocks'
import { bodyOffsets } from './bodyOffsets'
import { paragraphHighlights } from './paragraphHighlights'
import { takeHighlightFocus } from './pendingFocus'
import { useSelectionToolbar } from './useSelectionToolbar'
import { useStoryHighlights } from './useStoryHighlights'

/** An open highlight popover. */
export interface PopoverState {
  id: HighlightId
  top: number
  left: number
  isNoteFocused: boolean
}

/** Everything the reader needs to show and make highlights in one story. */
export const useReaderAnnotations = (
  story: Story,
  blocks: ArticleBlocks,
  scrollRef: RefObject<HTMLDivElement | null>,
) => {
  const highlights = useStoryHighlights(story.id)
  const offsets = useMemo(() => bodyOffsets(story.body), [story.body])
  const local = useMemo(
    () => paragraphHighlights(highlights.data ?? [], blocks.paragraphs, offsets),
    [highlights.data, blocks.paragraphs, offsets],
  )
  const { selection, clear } = useSelectionToolbar(scrollRef, story.body, offsets)
  const [popover, setPopover] = useState<PopoverState | null>(null)
  const [reattachId, setReattachId] = useState<HighlightId | null>(null)
  const [lastColor, setLastColor] = useState<HighlightColor>('yellow')

  const placeAt = (element: HTMLElement) => {
    const container = scrollRef.current!
    const box = container.getBoundingClientRect()
    const rect = element.getBoundingClientRect()
    return {
      top: rect.bottom - box.top + container.scrollTop + 6,
      left: Math.max(8, Math.min(rect.left - box.left, box.width - 300)),
    }
  }

  const jumpTo = (id: HighlightId) => {
    const mark = scrollRef.current?.querySelector<HTMLElement>(`mark[data-highlight-id="${id}"]`)
    if (!mark) return false
    mark.scrollIntoView({ block: 'center' })
    mark.classList.add('is-flashing')
    setTimeout(() => mark.classList.remove('is-flashing'), 1600)
    return true
  }
  useEffect(() => {
    const id = takeHighlightFocus(
      (wanted) => scrollRef.current?.querySelector(`mark[data-highlight-id="${wanted}"]`) !== null,
    )
    if (id) jumpTo(id)
  })

  const highlight = async (color: HighlightColor, withNote: boolean) => {
    if (!selection) return
    const { span } = selection
    const position = { top: selection.top + 56, left: selection.left }
    clear()
    setLastColor(color)
    const made = await runUndoableValue(
      api.highlightsCreate(story.id, { start: span.start, end: span.end, color }),
    )
    if (made && withNote) setPopover({ id: made.id, ...position, isNoteFocused: true })
  }
  const reattach = async () => {
    if (!selection || !reattachId) return
    await runUndoableValue(
      api.highlightsReattach(reattachId, { start: selection.span.start, end: selection.span.end }),
    )
    setReattachId(null)
    clear()
  }

  return {
    highlights: highlights.data ?? [],
    local,
    selection,
    popover,
    reattachId,
    setReattachId,
    lastColor,
    highlight,
    reattach,
    jumpTo,
    openPopover: (id: string, element: HTMLElement) =>
      setPopover({ id: id as HighlightId, ...placeAt(element), isNoteFocused: false }),
    closePopover: () => setPopover(null),
  }
}
