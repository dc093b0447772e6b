import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TagSummary } from '../../../../shared/annotations'
import type { TagId } from '../../../../shared/ids'
import { api } from '../../data/api'
import { InlineRename } from '../library/InlineRename'
import { requestExport } from '../export/exportBus'
import { NavItemActions } from '../library/NavItemActions'
import type { LibraryView } from '../library/libraryView'
import { runUndoable } from '../undo/runAction'
import { TagColorPicker } from './TagColorPicker'
import { useTags } from './useTags'
import { useContextMenu } from '../../ui/ContextMenu'
import { tagMenuItems } from './tagMenuItems'

/** The left pane's tags: choose one to filter, click its dot to pick a colour, rename (onto another tag merges), delete. */
export const TagsSection = ({
  view,
  onViewChange,
}: {
  view: LibraryView
  onViewChange: (view: LibraryView) => void
}) => {
  const { t } = useTranslation()
  const tags = useTags()
  const [renaming, setRenaming] = useState<TagId | null>(null)
  const menu = useContextMenu(t('manage.menu.tag'))

  const rename = (tag: TagSummary, name: string | null) => {
    setRenaming(null)
    if (!name) return
    const other = tags.data?.find(
      (item) => item.id !== tag.id && item.name.toLowerCase() === name.toLowerCase(),
    )
    void runUndoable(other ? api.tagsMerge([tag.id], other.id) : api.tagsUpdate(tag.id, { name }))
  }

  return (
    <div className="library-section" data-testid="tags-section">
      <h2 className="library-section-title">{t('annotate.tags')}</h2>
      {tags.data?.length === 0 && <p className="library-section-empty">{t('annotate.noTags')}</p>}
      <ul className="nav-list">
        {tags.data?.map((tag) => {
          const isCurrent = view.kind === 'tag' && view.tagId === tag.id
          return (
            <li key={tag.id} className="nav-row" data-testid="tag-nav">
              <TagColorPicker tag={tag} />
              {renaming === tag.id ? (
                <InlineRename
                  initial={tag.name}
                  label={t('annotate.renameTagPrompt')}
                  onDone={(name) => rename(tag, name)}
                />
              ) : (
                <button
                  type="button"
                  className={`nav-item ${isCurrent ? 'is-current' : ''}`}
                  aria-current={isCurrent ? 'page' : undefined}
                  onClick={() => onViewChange({ kind: 'tag', tagId: tag.id })}
                  {...menu.trigger(() =>
                    tagMenuItems(t, tag, view, onViewChange, () => setRenaming(tag.id), tags.data),
                  )}
                >
                  <span className="nav-item-label">{tag.name}</span>
                  <span className="nav-item-count">{tag.storyCount + tag.highlightCount}</span>
                </button>
              )}
              <NavItemActions
                renameLabel={`${t('annotate.rename')} ${tag.name}`}
                deleteLabel={`${t('annotate.delete')} ${tag.name}`}
                onRename={() => setRenaming(tag.id)}
                exportLabel={t('transfer.exportTag', { name: tag.name })}
                onExport={() =>
                  requestExport({ scope: { kind: 'tag', id: tag.id }, name: tag.name })
                }
                onDelete={() => {
                  if (isCurrent) onViewChange({ kind: 'all' })
                  void runUndoable(api.tagsDelete(tag.id))
                }}
              />
            </li>
          )
        })}
      </ul>
      {menu.menu}
    </div>
  )
}
