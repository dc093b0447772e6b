import { forwardRef, type HTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import { Virtuoso } from 'react-virtuoso'
import { fileLabel, pageName } from '../../../../shared/pageName'
import type { Source } from '../../../../shared/types'
import { InlineRename } from './InlineRename'
import { LibraryNavItemContent, type NavItemMenuProps } from './LibraryNavItem'
import { isSameView, type LibraryView } from './libraryView'
import { ReplaceButton } from './ReplaceButton'

interface SourceNavListProps {
  pages: Source[]
  view: LibraryView
  onViewChange: (view: LibraryView) => void
  onReplace: (sourceId: Source['id']) => void
  /** The page being replaced with a file now, if any: its button spins, every one waits. */
  replacingId: Source['id'] | null
  /** The page whose name is being edited in place, if any. */
  renamingId: Source['id'] | null
  onRenameDone: (source: Source, name: string | null) => void
  /** The page's context menu (right-click, Shift+F10). */
  menuProps: (source: Source) => NavItemMenuProps
  /** The library pane, which scrolls; only the pages in sight are rendered. */
  scrollParent: HTMLElement | null
}

// Virtuoso renders its list and items as these, so the pages stay a real list for a screen
// reader (and for the tests that look for the page rows); it measures the rows it is given.
const List = forwardRef<HTMLUListElement, HTMLAttributes<HTMLUListElement>>((props, ref) => (
  <ul {...props} ref={ref} className="nav-list" data-testid="source-list" />
))
List.displayName = 'SourceNavListList'

const Item = ({
  item: _item,
  context: _context,
  ...props
}: HTMLAttributes<HTMLLIElement> & { item?: unknown; context?: unknown }) => (
  <li {...props} className="nav-row" data-testid="source-nav" />
)

/**
 * Every imported page, a row each, by its name (the file name in its tooltip). A library of
 * years holds thousands of pages: only the rows in sight are rendered, inside the library
 * pane's own scroll.
 */
export const SourceNavList = ({
  pages,
  view,
  onViewChange,
  onReplace,
  replacingId,
  renamingId,
  onRenameDone,
  menuProps,
  scrollParent,
}: SourceNavListProps) => {
  const { t } = useTranslation()
  if (scrollParent === null) return null
  return (
    <Virtuoso
      customScrollParent={scrollParent}
      data={pages}
      components={{ List, Item }}
      computeItemKey={(_, source) => source.id}
      itemContent={(_, source) => {
        const sourceView: LibraryView = { kind: 'source', sourceId: source.id }
        const name = pageName(source)
        if (renamingId === source.id) {
          return (
            <InlineRename
              initial={name}
              label={t('manage.pages.renamePrompt')}
              onDone={(next) => onRenameDone(source, next)}
            />
          )
        }
        return (
          <LibraryNavItemContent
            icon="file"
            label={name}
            subLabel={name === fileLabel(source.name) ? undefined : fileLabel(source.name)}
            title={t('manage.pages.fileName', { name: source.path || source.name })}
            count={source.storyCount}
            countLabel={t('library.storyCount', { count: source.storyCount })}
            isCurrent={isSameView(view, sourceView)}
            onSelect={() => onViewChange(sourceView)}
            menuProps={menuProps(source)}
            actions={
              <ReplaceButton
                label={t('library.replaceWithFile')}
                busyLabel={t('replacePage.busyButton')}
                isBusy={replacingId === source.id}
                isWaiting={replacingId !== null}
                onClick={() => onReplace(source.id)}
              />
            }
          />
        )
      }}
    />
  )
}
