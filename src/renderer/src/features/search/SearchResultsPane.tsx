import { useTranslation } from 'react-i18next'
import type { StoryId } from '../../../../shared/ids'
import { EmptyState } from '../../ui/EmptyState'
import { ErrorState } from '../../ui/ErrorState'
import { LoadingState } from '../../ui/LoadingState'
import { IconButton } from '../../ui/IconButton'
import { VirtualListbox } from '../../ui/VirtualListbox'
import { requestExport } from '../export/exportBus'
import { prefetchStory } from '../reader/prefetchStory'
import { SearchHitRow } from './SearchHitRow'
import type { SearchState } from './useSearch'

interface SearchResultsPaneProps {
  search: SearchState
  activeId: StoryId | null
  openId: StoryId | null
  onActiveChange: (id: StoryId) => void
  onOpen: (id: StoryId) => void
}

/** The middle pane while searching: ranked hits with snippets, or why there are none. */
export const SearchResultsPane = ({
  search,
  activeId,
  openId,
  onActiveChange,
  onOpen,
}: SearchResultsPaneProps) => {
  const { t } = useTranslation()
  const { data: hits, total, error, reload, settledQuery, isPending } = search

  const body = () => {
    if (error) return <ErrorState title={t('search.error')} failure={error} onRetry={reload} />
    if (!hits) return <LoadingState label={t('search.searching')} />
    if (hits.length === 0 && !isPending) {
      return (
        <EmptyState
          icon="search"
          title={t('search.noResultsTitle', { query: settledQuery })}
          body={t('search.noResultsBody')}
          testId="no-results"
        />
      )
    }
    return (
      <VirtualListbox
        items={hits}
        getId={(hit) => hit.id}
        label={t('search.results', { count: total })}
        testId="search-results"
        activeId={activeId}
        openId={openId}
        renderItem={(hit) => <SearchHitRow hit={hit} />}
        onActiveChange={(id) => onActiveChange(id as StoryId)}
        onOpen={(id) => onOpen(id as StoryId)}
        onItemPress={(id) => prefetchStory(id as StoryId)}
        onItemIntent={(id) => prefetchStory(id as StoryId)}
        onEndReached={search.loadMore}
      />
    )
  }

  return (
    <>
      <div className="pane-header">
        <div className="pane-heading">
          <h2 className="pane-title" aria-live="polite" data-testid="search-summary">
            {hits ? t('search.results', { count: total }) : t('search.searching')}
            <span className="pane-title-query">
              {' '}
              {t('search.resultsFor', { query: settledQuery })}
            </span>
          </h2>
        </div>
        {isPending && <span className="spinner" aria-hidden="true" />}
        {!isPending && total > 0 && (
          <IconButton
            icon="article"
            label={t('transfer.exportResults')}
            onClick={() => requestExport({ scope: { kind: 'query', text: settledQuery } })}
            data-testid="export-results"
          />
        )}
      </div>
      <div className="pane-body">{body()}</div>
    </>
  )
}
