import { useEffect } from 'react'
import type { Collection, TagSummary } from '../../../shared/annotations'
import type { Source } from '../../../shared/types'
import type { LibraryView } from '../features/library/libraryView'

interface Lists {
  sources: readonly Source[] | undefined
  tags: readonly TagSummary[] | undefined
  collections: readonly Collection[] | undefined
}

/** False only when the view names a page, tag or collection its (loaded) list no longer has. */
export const doesViewExist = (view: LibraryView, lists: Lists): boolean => {
  switch (view.kind) {
    case 'source':
      return lists.sources?.some((item) => item.id === view.sourceId) ?? true
    case 'tag':
      return lists.tags?.some((item) => item.id === view.tagId) ?? true
    case 'collection':
      return lists.collections?.some((item) => item.id === view.collectionId) ?? true
    default:
      return true
  }
}

/**
 * Goes back to All stories when the selected page, tag or collection is gone: one kept from
 * last time and deleted since (from the command line, another window), or deleted now.
 */
export const useMissingViewFallback = (
  view: LibraryView,
  lists: Lists,
  changeView: (next: LibraryView) => void,
): void => {
  const isMissing = !doesViewExist(view, lists)
  useEffect(() => {
    if (isMissing) changeView({ kind: 'all' })
  }, [isMissing, changeView])
}
