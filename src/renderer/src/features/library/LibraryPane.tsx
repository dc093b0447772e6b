import { useTranslation } from 'react-i18next'
import type { Source } from '../../../../shared/types'
import type { QueryState } from '../../app/useApiQuery'
import { displaySourceName } from './displaySourceName'
import { LibraryNavItem } from './LibraryNavItem'
import { isSameView } from './libraryView'
import type { LibraryView } from './libraryView'
import './library.css'

interface LibraryPaneProps {
  view: LibraryView
  onViewChange: (view: LibraryView) => void
  sources: QueryState<Source[]>
  storyCount: number | undefined
}

/** The left pane: the whole library, unread stories, and every imported page. */
export const LibraryPane = ({ view, onViewChange, sources, storyCount }: LibraryPaneProps) => {
  const { t } = useTranslation()
  const countLabel = (count: number) => t('library.storyCount', { count })
  const pages = sources.data ?? []

  return (
    <nav className="pane pane--library" aria-label={t('library.label')} id="pane-library">
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
        </ul>
      </div>
      {/* Tags and Collections join here as sections of their own, above the pages. */}
      <div className="library-section library-section--pages">
        <h2 className="library-section-title">{t('library.pages')}</h2>
        {pages.length === 0 ? (
          <p className="library-section-empty">{t('library.noPages')}</p>
        ) : (
          <ul className="nav-list" data-testid="source-list">
            {pages.map((source) => {
              const sourceView: LibraryView = { kind: 'source', sourceId: source.id }
              return (
                <LibraryNavItem
                  key={source.id}
                  icon="file"
                  label={displaySourceName(source.name)}
                  title={source.path || source.name}
                  count={source.storyCount}
                  countLabel={countLabel(source.storyCount)}
                  isCurrent={isSameView(view, sourceView)}
                  onSelect={() => onViewChange(sourceView)}
                />
              )
            })}
          </ul>
        )}
      </div>
    </nav>
  )
}
