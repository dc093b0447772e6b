import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Collection } from '../../../../shared/annotations'
import type { CollectionId } from '../../../../shared/ids'
import { api } from '../../data/api'
import { Icon } from '../../ui/Icon'
import { useContextMenu, type ContextMenuItem } from '../../ui/ContextMenu'
import { InlineRename } from '../library/InlineRename'
import { requestExport } from '../export/exportBus'
import { NavItemActions } from '../library/NavItemActions'
import type { LibraryView } from '../library/libraryView'
import { runUndoable, runUndoableValue } from '../undo/runAction'
import { useCollections } from './useCollections'

/** The left pane's collections: open one as a list, create, rename, delete (with undo). */
export const CollectionsSection = ({
  view,
  onViewChange,
}: {
  view: LibraryView
  onViewChange: (view: LibraryView) => void
}) => {
  const { t } = useTranslation()
  const collections = useCollections()
  const [renaming, setRenaming] = useState<CollectionId | null>(null)
  const [name, setName] = useState('')
  const menu = useContextMenu(t('manage.menu.collection'))

  const open = (collection: Collection) =>
    onViewChange({ kind: 'collection', collectionId: collection.id })
  const exportIt = (collection: Collection) =>
    requestExport({ scope: { kind: 'collection', id: collection.id }, name: collection.name })
  const remove = (collection: Collection) => {
    if (view.kind === 'collection' && view.collectionId === collection.id) {
      onViewChange({ kind: 'all' })
    }
    void runUndoable(api.collectionsDelete(collection.id))
  }
  const itemsFor = (collection: Collection): ContextMenuItem[] => [
    {
      id: 'open-collection',
      label: t('manage.menu.showCollection'),
      onSelect: () => open(collection),
    },
    {
      id: 'rename-collection',
      label: t('manage.menu.renameCollection'),
      onSelect: () => setRenaming(collection.id),
    },
    {
      id: 'export-collection',
      label: t('manage.menu.exportTo'),
      onSelect: () => exportIt(collection),
    },
    {
      id: 'delete-collection',
      label: t('manage.menu.deleteCollection'),
      isDanger: true,
      isGroupStart: true,
      onSelect: () => remove(collection),
    },
  ]

  const create = async (event: FormEvent) => {
    event.preventDefault()
    if (!name.trim()) return
    const created = await runUndoableValue(api.collectionsCreate(name.trim()))
    if (created) {
      setName('')
      onViewChange({ kind: 'collection', collectionId: created.id })
    }
  }

  return (
    <div className="library-section" data-testid="collections-section">
      <h2 className="library-section-title">{t('annotate.collections')}</h2>
      {collections.data?.length === 0 && (
        <p className="library-section-empty">{t('annotate.noCollections')}</p>
      )}
      <ul className="nav-list">
        {collections.data?.map((collection) => {
          const isCurrent = view.kind === 'collection' && view.collectionId === collection.id
          return (
            <li key={collection.id} className="nav-row" data-testid="collection-nav">
              {renaming === collection.id ? (
                <InlineRename
                  initial={collection.name}
                  label={t('annotate.renameCollectionPrompt')}
                  onDone={(next) => {
                    setRenaming(null)
                    if (next) void runUndoableValue(api.collectionsRename(collection.id, next))
                  }}
                />
              ) : (
                <button
                  type="button"
                  className={`nav-item ${isCurrent ? 'is-current' : ''}`}
                  aria-current={isCurrent ? 'page' : undefined}
                  onClick={() => open(collection)}
                  {...menu.trigger(() => itemsFor(collection))}
                >
                  <Icon name="collection" size={16} />
                  <span className="nav-item-label">{collection.name}</span>
                  <span className="nav-item-count">{collection.storyCount}</span>
                </button>
              )}
              <NavItemActions
                renameLabel={`${t('annotate.rename')} ${collection.name}`}
                deleteLabel={`${t('annotate.delete')} ${collection.name}`}
                onRename={() => setRenaming(collection.id)}
                exportLabel={t('transfer.exportCollection', { name: collection.name })}
                onExport={() => exportIt(collection)}
                onDelete={() => remove(collection)}
              />
            </li>
          )
        })}
      </ul>
      {menu.menu}
      <form className="new-collection" onSubmit={(event) => void create(event)}>
        <input
          className="tag-input"
          value={name}
          placeholder={t('annotate.newCollection')}
          aria-label={t('annotate.collectionName')}
          onChange={(event) => setName(event.target.value)}
          data-testid="new-collection"
        />
        <button type="submit" className="button button--quiet">
          {t('annotate.create')}
        </button>
      </form>
    </div>
  )
}
