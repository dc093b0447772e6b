import { memo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Source } from '../../../../shared/types'
import { LibraryNavItem } from './LibraryNavItem'
import { PagesSection } from './PagesSection'
import type { LibraryView } from './libraryView'
import { CollectionsSection } from '../collections/CollectionsSection'
import { TagsSection } from '../tags/TagsSection'
import '../tags/tags.css'
import './library.css'

interface LibraryPaneProps {
  view: LibraryView
  onViewChange: (view: LibraryView) => void
  sources: Source[] | undefined
  storyCount: number | undefined
}

/**
 * The left pane: the whole library, unread stories, and every imported page. Memoised: it
 * does not change when a story is selected or opened, which re-renders the shell.
 */
export const LibraryPane = memo(function LibraryPane({
  view,
  onViewChange,
  sources,
  storyCount,
}: LibraryPaneProps) {
  const { t } = useTranslation()
  const countLabel = (count: number) => t('library.storyCount', { count })
  const pages = sources ?? []
  // The pane scrolls; the page list renders only the rows in sight of it.
  const [pane, setPane] = useState<HTMLElement | null>(null)

  return (
    <nav
      className="pane pane--library"
      aria-label={t('library.label')}
      id="pane-library"
      ref={setPane}
    >
      <div className="library-section">
        <ul className="nav-list">
          <LibraryNavItem
            icon="books"
            label={t('library.allStories')}
            count={storyCount}
            countLabel={storyCount === undefined ? undefined : countLabel(storyCount)}
            isCurrent={view.kind === 'all'}
            onSelect={() => onViewChange({ kind: 'all' })}
            testId="nav-all"
          />
          <LibraryNavItem
            icon="circle"
            label={t('library.unread')}
            isCurrent={view.kind === 'unread'}
            onSelect={() => onViewChange({ kind: 'unread' })}
            testId="nav-unread"
          />
          <LibraryNavItem
            icon="star"
            label={t('annotate.favorites')}
            isCurrent={view.kind === 'favorites'}
            onSelect={() => onViewChange({ kind: 'favorites' })}
            testId="nav-favorites"
          />
          <LibraryNavItem
            icon="highlight"
            label={t('annotate.highlights')}
            isCurrent={view.kind === 'highlights'}
            onSelect={() => onViewChange({ kind: 'highlights' })}
            testId="nav-highlights"
          />
        </ul>
      </div>
      <TagsSection view={view} onViewChange={onViewChange} />
      <CollectionsSection view={view} onViewChange={onViewChange} />
      <PagesSection pages={pages} view={view} onViewChange={onViewChange} scrollParent={pane} />
    </nav>
  )
})
