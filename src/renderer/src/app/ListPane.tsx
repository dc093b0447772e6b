import type { RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { Source } from '../../../shared/types'
import type { StoryId } from '../../../shared/ids'
import type { PickKind } from '../features/import/useImport'
import { pageName } from '../../../shared/pageName'
import type { LibraryView } from '../features/library/libraryView'
import { SearchResultsPane } from '../features/search/SearchResultsPane'
import type { SearchState } from '../features/search/useSearch'
import type { StorySort } from '../features/stories/SortSelect'
import { StoryListPane } from '../features/stories/StoryListPane'
import { Icon } from '../ui/Icon'
import type { Collection, TagSummary } from '../../../shared/annotations'
import { HighlightsView } from '../features/highlights/HighlightsView'
import type { CheckedStories } from '../features/stories/useCheckedStories'
import type { QueryState } from '../data/useQuery'
import type { StorySelection } from './useStorySelection'

interface ListPaneProps {
  paneRef: RefObject<HTMLElement | null>
  view: LibraryView
  sort: StorySort
  onSortChange: (sort: StorySort) => void
  sources: Source[] | undefined
  storyIds: QueryState<StoryId[]>
  search: SearchState | null
  selection: StorySelection
  isLibraryEmpty: boolean
  onImport: (kind: PickKind) => void
  checked: CheckedStories
  tags: TagSummary[] | undefined
  collections: Collection[] | undefined
}

/** The middle pane: search results while a query is typed, otherwise the selected view's stories. */
export const ListPane = (props: ListPaneProps) => {
  const { t } = useTranslation()
  const { view, selection } = props
  const source =
    view.kind === 'source' ? props.sources?.find((item) => item.id === view.sourceId) : undefined
  const titles: Partial<Record<LibraryView['kind'], string | undefined>> = {
    unread: t('library.unread'),
    favorites: t('annotate.favorites'),
    source: source && pageName(source),
    tag: view.kind === 'tag' ? props.tags?.find((tag) => tag.id === view.tagId)?.name : undefined,
    collection:
      view.kind === 'collection'
        ? props.collections?.find((c) => c.id === view.collectionId)?.name
        : undefined,
  }
  const title = titles[view.kind] ?? t('library.allStories')

  const importActions = (
    <>
      <button
        type="button"
        className="button button--primary"
        onClick={() => props.onImport('files')}
      >
        <Icon name="file" size={16} />
        {t('import.files')}
      </button>
      <button type="button" className="button" onClick={() => props.onImport('folder')}>
        <Icon name="folder" size={16} />
        {t('import.folder')}
      </button>
    </>
  )

  return (
    <section
      className="pane pane--list"
      aria-label={t('stories.label')}
      id="pane-list"
      ref={props.paneRef}
    >
      {props.search ? (
        <SearchResultsPane
          search={props.search}
          activeId={selection.activeId}
          openId={selection.openId}
          onActiveChange={selection.setActiveId}
          onOpen={selection.open}
        />
      ) : view.kind === 'highlights' ? (
        <HighlightsView sources={props.sources} onOpen={(storyId) => selection.open(storyId)} />
      ) : (
        <StoryListPane
          checked={props.checked}
          view={view}
          title={title}
          sort={props.sort}
          onSortChange={props.onSortChange}
          storyIds={props.storyIds}
          isLibraryEmpty={props.isLibraryEmpty}
          importActions={importActions}
          activeId={selection.activeId}
          openId={selection.openId}
          onActiveChange={selection.setActiveId}
          onOpen={selection.open}
        />
      )}
    </section>
  )
}
