import { useState } from 'react'
import type { DragEvent, KeyboardEvent } from 'react'
import type { CollectionId, StoryId } from '../../../../shared/ids'
import { api } from '../../data/api'
import { runUndoable } from '../undo/runAction'
import { moveInOrder } from './moveInOrder'

/** Which side of a row a dragged story would land on. */
export type DropSide = 'before' | 'after'

/** Drag handlers for a row of a collection. */
export interface RowDrag {
  onStart: (event: DragEvent<HTMLDivElement>, id: StoryId) => void
  onOver: (event: DragEvent<HTMLDivElement>, id: StoryId) => void
  onDrop: (event: DragEvent<HTMLDivElement>, id: StoryId) => void
  onEnd: () => void
}

/** Where a dragged story would drop now: the insertion marker's row and side. */
export interface DropAt {
  id: StoryId
  side: DropSide
}

const DRAG_TYPE = 'application/x-inkstone-story'

/** The side of the row under the pointer: its upper half is before it. */
const sideOf = (event: DragEvent<HTMLDivElement>): DropSide => {
  const box = event.currentTarget.getBoundingClientRect()
  return event.clientY < box.top + box.height / 2 ? 'before' : 'after'
}

/** The index `id` takes when dropped on `side` of `target` (indexes once `id` is taken out). */
export const dropIndex = (
  ids: readonly StoryId[],
  id: StoryId,
  target: StoryId,
  side: DropSide,
): number => {
  const rest = ids.filter((item) => item !== id)
  const at = rest.indexOf(target)
  return side === 'before' ? at : at + 1
}

/**
 * Reordering a collection by dragging rows (a marker line shows where the story will land) or
 * with Alt+Up/Down on the active row.
 */
export const useCollectionOrder = (collectionId: CollectionId | null, ids: readonly StoryId[]) => {
  const [dragged, setDragged] = useState<StoryId | null>(null)
  const [dropAt, setDropAt] = useState<DropAt | null>(null)
  const save = (order: StoryId[]) => {
    if (collectionId !== null) void runUndoable(api.collectionsReorder(collectionId, order))
  }
  const end = () => {
    setDragged(null)
    setDropAt(null)
  }
  const drag: RowDrag | undefined =
    collectionId === null
      ? undefined
      : {
          onStart: (event, id) => {
            event.dataTransfer.setData(DRAG_TYPE, id)
            event.dataTransfer.effectAllowed = 'move'
            setDragged(id)
          },
          onOver: (event, target) => {
            if (dragged === null) return
            event.preventDefault()
            event.dataTransfer.dropEffect = 'move'
            // Over the dragged row itself, or where it already stands, nothing would move.
            const side = sideOf(event)
            const isNoMove =
              target === dragged ||
              moveInOrder(ids, dragged, dropIndex(ids, dragged, target, side)).every(
                (id, index) => id === ids[index],
              )
            const next = isNoMove ? null : { id: target, side }
            setDropAt((current) =>
              current?.id === next?.id && current?.side === next?.side ? current : next,
            )
          },
          onDrop: (event, target) => {
            const id = (event.dataTransfer.getData(DRAG_TYPE) || dragged) as StoryId | null
            const side = sideOf(event)
            end()
            if (!id || id === target) return
            event.preventDefault()
            save(moveInOrder(ids, id, dropIndex(ids, id, target, side)))
          },
          onEnd: end,
        }
  const onKey = (event: KeyboardEvent<HTMLDivElement>, activeId: string | null): boolean => {
    if (collectionId === null || !event.altKey || activeId === null) return false
    const delta = event.key === 'ArrowUp' ? -1 : event.key === 'ArrowDown' ? 1 : 0
    if (delta === 0) return false
    const id = activeId as StoryId
    save(moveInOrder(ids, id, ids.indexOf(id) + delta))
    return true
  }
  return { drag, onKey, dragged, dropAt }
}
