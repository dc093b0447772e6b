import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { StoryId } from '../../../../shared/ids'
import type { StorySummary } from '../../../../shared/types'
import type { QueryState } from '../../app/useApiQuery'
import { EmptyState } from '../../ui/EmptyState'
import { ErrorState } from '../../ui/ErrorState'
import { LoadingState } from '../../ui/LoadingState'
import { VirtualListbox } from '../../ui/VirtualListbox'
import type { LibraryView } from '../library/libraryView'
import { SortSelect } from './SortSelect'
import type { StorySort } from './SortSelect'
import { StoryRow } from './StoryRow'
import './stories.css'

interface StoryListPaneProps {
  view: LibraryView
  title: string
  sort: StorySort
  onSortChange: (sort: StorySort) => void
  stories: QueryState<StorySummary[]>
  isLibraryEmpty: boolean
  importActions: ReactNode
  activeId: StoryId | null
  openId: StoryId | null
  onActiveChange: (id: StoryId) => void
  onOpen: (id: StoryId) => void
}

/** The middle pane outside search: the selected view's stories, sortable. */
export const StoryListPane = (props: StoryListPaneProps) => {
  const { t } = useTranslation()
  const { data, error, reload } = props.stories

  const body = () => {
    if (error) return <ErrorState title={t('stories.loadError')} message={error} onRetry={reload} />
    if (!data) return <LoadingState label={t('stories.loading')} />
    if (data.length === 0) return emptyState()
    return (
      <VirtualListbox
        items={data}
        getId={(story) => story.id}
        label={props.title}
        testId="story-list"
        activeId={props.activeId}
        openId={props.openId}
        renderItem={(story) => (
          <StoryRow story={story} isSourceShown={props.view.kind !== 'source'} />
        )}
        onActiveChange={(id) => props.onActiveChange(id as StoryId)}
        onOpen={(id) => props.onOpen(id as StoryId)}
      />
    )
  }

  const emptyState = () => {
    if (props.isLibraryEmpty) {
      return (
        <EmptyState
          icon="inbox"
          title={t('stories.emptyLibraryTitle')}
          body={t('stories.emptyLibraryBody')}
          actions={props.importActions}
          testId="empty-library"
        />
      )
    }
    if (props.view.kind === 'unread') {
      return (
        <EmptyState
          icon="check"
          title={t('stories.emptyUnreadTitle')}
          body={t('stories.emptyUnreadBody')}
        />
      )
    }
    return (
      <EmptyState
        icon="file"
        title={t('stories.emptySourceTitle')}
        body={t('stories.emptySourceBody')}
      />
    )
  }

  return (
    <>
      <div className="pane-header">
        <div className="pane-heading">
          <h2 className="pane-title" title={props.title}>
            {props.title}
          </h2>
          {data && (
            <span className="pane-count" data-testid="story-count">
              {t('stories.count', { count: data.length })}
            </span>
          )}
        </div>
        <SortSelect value={props.sort} onChange={props.onSortChange} />
      </div>
      <div className="pane-body">{body()}</div>
    </>
  )
}
