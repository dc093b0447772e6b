import type { TFunction } from 'i18next'
import type { TagSummary } from '../../../../shared/annotations'
import { api } from '../../data/api'
import type { ContextMenuItem } from '../../ui/ContextMenu'
import { requestExport } from '../export/exportBus'
import type { LibraryView } from '../library/libraryView'
import { runUndoable } from '../undo/runAction'

// Past this many tags a menu of merges would be longer than the window: rename onto a name
// merges just as well.
const MAX_MERGE_ITEMS = 8

/** What a tag's context menu offers: the tag's stories, rename (onto another name merges), export, delete. */
export function tagMenuItems(
  t: TFunction,
  tag: TagSummary,
  view: LibraryView,
  onViewChange: (view: LibraryView) => void,
  onRename: () => void,
  allTags: readonly TagSummary[] = [],
): ContextMenuItem[] {
  const others = allTags.filter((other) => other.id !== tag.id)
  const merges: ContextMenuItem[] =
    others.length > MAX_MERGE_ITEMS
      ? []
      : others.map((other, index) => ({
          id: `merge-tag-${other.id}`,
          label: t('manage.menu.mergeInto', { name: other.name }),
          isGroupStart: index === 0,
          onSelect: () => {
            if (view.kind === 'tag' && view.tagId === tag.id) {
              onViewChange({ kind: 'tag', tagId: other.id })
            }
            void runUndoable(api.tagsMerge([tag.id], other.id))
          },
        }))
  return [
    {
      id: 'show-tag',
      label: t('manage.menu.showTag'),
      onSelect: () => onViewChange({ kind: 'tag', tagId: tag.id }),
    },
    { id: 'rename-tag', label: t('manage.menu.renameTag'), onSelect: onRename },
    ...merges,
    {
      id: 'export-tag',
      isGroupStart: merges.length > 0,
      label: t('manage.menu.exportTo'),
      onSelect: () => requestExport({ scope: { kind: 'tag', id: tag.id }, name: tag.name }),
    },
    {
      id: 'delete-tag',
      label: t('manage.menu.deleteTag'),
      isDanger: true,
      isGroupStart: true,
      onSelect: () => {
        if (view.kind === 'tag' && view.tagId === tag.id) onViewChange({ kind: 'all' })
        void runUndoable(api.tagsDelete(tag.id))
      },
    },
  ]
}
