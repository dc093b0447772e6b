import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SourceId } from '../../../../shared/ids'
import { filterPages, sortPages, type PageSort } from '../../../../shared/pageName'
import type { Source } from '../../../../shared/types'
import { api } from '../../data/api'
import { useContextMenu, type ContextMenuItem } from '../../ui/ContextMenu'
import { ACCEPT_PAGES } from '../import/ImportPickers'
import { runUndoable } from '../undo/runAction'
import { DeletePageDialog } from './DeletePageDialog'
import { SourceNavList } from './SourceNavList'
import { isSameView, type LibraryView } from './libraryView'
import { usePageSort } from './usePageSort'
import { ReplaceStatus } from './ReplaceStatus'
import { useReplacePage } from './useReplacePage'

interface PagesSectionProps {
  pages: Source[]
  view: LibraryView
  onViewChange: (view: LibraryView) => void
  /** The library pane, which scrolls; only the pages in sight are rendered. */
  scrollParent: HTMLElement | null
}

/**
 * The library's pages by the names they give themselves: sorted (newest first, oldest first,
 * by name), filtered as one types, each with a menu to rename, replace or delete it.
 */
export const PagesSection = ({ pages, view, onViewChange, scrollParent }: PagesSectionProps) => {
  const { t } = useTranslation()
  const [sort, setSort] = usePageSort()
  const [filter, setFilter] = useState('')
  const [renaming, setRenaming] = useState<SourceId | null>(null)
  const [deleting, setDeleting] = useState<Source | null>(null)
  const replace = useReplacePage()
  const menu = useContextMenu(t('manage.menu.page'))
  const shown = useMemo(() => sortPages(filterPages(pages, filter), sort), [pages, filter, sort])

  const itemsFor = (source: Source): ContextMenuItem[] => [
    {
      id: 'show-page',
      label: t('manage.menu.showPage'),
      onSelect: () => onViewChange({ kind: 'source', sourceId: source.id }),
    },
    {
      id: 'rename-page',
      label: t('manage.menu.renamePage'),
      onSelect: () => setRenaming(source.id),
    },
    ...(source.customName
      ? [
          {
            id: 'reset-page-name',
            label: t('manage.menu.resetPageName'),
            onSelect: () => void runUndoable(api.sourcesRename(source.id, '')),
          },
        ]
      : []),
    // One replace at a time: while one runs, the menu does not offer another.
    ...(replace.running
      ? []
      : [
          {
            id: 'replace-page',
            label: t('manage.menu.replacePage'),
            onSelect: () => replace.pick(source.id),
          },
        ]),
    {
      id: 'delete-page',
      label: t('manage.menu.deletePage'),
      isDanger: true,
      isGroupStart: true,
      onSelect: () => setDeleting(source),
    },
  ]

  const remove = (source: Source) => {
    setDeleting(null)
    if (isSameView(view, { kind: 'source', sourceId: source.id })) onViewChange({ kind: 'all' })
    void runUndoable(api.sourcesDelete(source.id))
  }

  const rename = (source: Source, name: string | null) => {
    setRenaming(null)
    if (name) void runUndoable(api.sourcesRename(source.id, name))
  }

  return (
    <div className="library-section library-section--pages" data-testid="pages-section">
      <div className="library-section-head">
        <h2 className="library-section-title">{t('library.pages')}</h2>
        {pages.length > 1 && (
          <select
            className="select select--small"
            aria-label={t('manage.pages.sortLabel')}
            title={t('manage.pages.sortLabel')}
            value={sort}
            onChange={(event) => setSort(event.target.value as PageSort)}
            data-testid="page-sort"
          >
            <option value="newest">{t('manage.pages.sortNewest')}</option>
            <option value="oldest">{t('manage.pages.sortOldest')}</option>
            <option value="name">{t('manage.pages.sortName')}</option>
          </select>
        )}
      </div>
      <ReplaceStatus running={replace.running} pages={pages} />
      {pages.length > 1 && (
        <input
          type="search"
          className="page-filter"
          value={filter}
          placeholder={t('manage.pages.filterPlaceholder')}
          aria-label={t('manage.pages.filterLabel')}
          onChange={(event) => setFilter(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && filter !== '') {
              event.stopPropagation()
              setFilter('')
            }
          }}
          data-testid="page-filter"
        />
      )}
      {pages.length === 0 ? (
        <p className="library-section-empty">{t('library.noPages')}</p>
      ) : shown.length === 0 ? (
        <p className="library-section-empty">
          {t('manage.pages.noMatch', { text: filter.trim() })}
        </p>
      ) : (
        <SourceNavList
          pages={shown}
          view={view}
          onViewChange={onViewChange}
          onReplace={(sourceId) => replace.pick(sourceId)}
          replacingId={replace.running?.id ?? null}
          renamingId={renaming}
          onRenameDone={rename}
          menuProps={(source) => menu.trigger(() => itemsFor(source))}
          scrollParent={scrollParent}
        />
      )}
      <input
        ref={replace.input}
        type="file"
        accept={ACCEPT_PAGES}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="replace-page-input"
        onChange={(event) => void replace.onChange(event)}
      />
      {menu.menu}
      <DeletePageDialog page={deleting} onCancel={() => setDeleting(null)} onConfirm={remove} />
    </div>
  )
}
