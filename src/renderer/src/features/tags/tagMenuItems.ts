import type { TFunction } from 'i18next'
import type { TagSummary } from '../../../../shared/annotations'
import { api } from '../../data/api'
import type { ContextMenuItem } from '../../ui/ContextMenu'
import { requestExport } from '../export/exportBus'
import type { LibraryView } from '../library/libraryView'
import { runUndoable } from '../undo/runAction'

/** What a tag's context menu offers: the tag's stories, rename (onto another name merges), export, delete. */
export function tagMenuItems(
  t: TFunction,
  tag: TagSummary,
  view: LibraryView,
  onViewChange: (view: LibraryView) => void,
  onRename: () => void,
): ContextMenuItem[] {
  return [
    {
      id: 'show-tag',
      label: t('manage.menu.showTag'),
      onSelect: () => onViewChange({ kind: 'tag', tagId: tag.id }),
    },
    { id: 'rename-tag', label: t('manage.menu.renameTag'), onSelect: onRename },
    {
      id: 'export-tag',
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
