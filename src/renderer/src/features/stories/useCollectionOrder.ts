import type { DragEvent, KeyboardEvent } from 'react'
import type { CollectionId, StoryId } from '../../../../shared/ids'
import { api } from '../../data/api'
import { runAction } from '../undo/runAction'
import { moveInOrder } from './moveInOrder'

/** Drag handlers for a row of a collection. */
export interface RowDrag {
  onStart: (event: DragEvent<HTMLDivElement>, id: StoryId) => void
  onDrop: (event: DragEvent<HTMLDivElement>, id: StoryId) => void
}

const DRAG_TYPE = 'application/x-inkstone-story'

/** Reordering a collection by dragging rows or with Alt+Up/Down on the active row. */
export const useCollectionOrder = (collectionId: CollectionId | null, ids: readonly StoryId[]) => {
  const save = (order: StoryId[]) => {
    if (collectionId !== null) void runAction(api.collectionsReorder(collectionId, order))
  }
  const drag: RowDrag | undefined =
    collectionId === null
      ? undefined
      : {
          onStart: (event, id) => {
            event.dataTransfer.setData(DRAG_TYPE, id)
            event.dataTransfer.effectAllowed = 'move'
          },
          onDrop: (event, target) => {
            const id = event.dataTransfer.getData(DRAG_TYPE) as StoryId
            if (!id || id === target) return
            event.preventDefault()
            save(moveInOrder(ids, id, ids.indexOf(target)))
          },
        }
  const onKey = (event: KeyboardEvent<HTMLDivElement>, activeId: string | null): boolean => {
    if (collectionId === null || !event.altKey || activeId === null) return false
    const delta = event.key === 'ArrowUp' ? -1 : event.key === 'ArrowDown' ? 1 : 0
    if (delta === 0) return false
    const id = activeId as StoryId
    save(moveInOrder(ids, id, ids.indexOf(id) + delta))
    return true
  }
  return { drag, onKey }
}
