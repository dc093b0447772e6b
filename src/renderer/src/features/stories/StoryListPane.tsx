import { useCallback, useRef } from 'react'
import type { KeyboardEvent, MouseEvent, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { StoryId } from '../../../../shared/ids'
import type { QueryState } from '../../data/useQuery'
import { ErrorState } from '../../ui/ErrorState'
import { LoadingState } from '../../ui/LoadingState'
import { VirtualListbox } from '../../ui/VirtualListbox'
import { isContextMenuKey, useContextMenu } from '../../ui/ContextMenu'
import type { LibraryView } from '../library/libraryView'
import { prefetchStory } from '../reader/prefetchStory'
import { SortSelect } from './SortSelect'
import type { StorySort } from './SortSelect'
import { SelectionActions } from './SelectionActions'
import { StoryRow } from './StoryRow'
import { StoryRowSkeleton } from './StoryRowSkeleton'
import {
  deleteStory,
  removeFromCollection,
  storyMenuItems,
  type ShownCollection,
} from './storyMenuItems'
import type { CheckedStories } from './useCheckedStories'
import { useCollectionOrder } from './useCollectionOrder'
import { useStorySummaries } from './useStorySummaries'
import { ViewEmptyState } from './ViewEmptyState'
import './stories.css'

const NO_IDS: readonly StoryId[] = []

interface StoryListPaneProps {
  view: LibraryView
  title: string
  sort: StorySort
  onSortChange: (sort: StorySort) => void
  /** The view's stories in order, ids only; rows load their summaries as they are shown. */
  storyIds: QueryState<StoryId[]>
  isLibraryEmpty: boolean
  importActions: ReactNode
  activeId: StoryId | null
  openId: StoryId | null
  onActiveChange: (id: StoryId) => void
  onOpen: (id: StoryId) => void
  checked: CheckedStories
}

/** The middle pane outside search: the selected view's stories, sortable. */
export const StoryListPane = (props: StoryListPaneProps) => {
  const { t } = useTranslation()
  const { data, error, reload } = props.storyIds
  const { checked } = props
  const collectionId = props.view.kind === 'collection' ? props.view.collectionId : null
  const ids = data ?? NO_IDS
  const order = useCollectionOrder(collectionId, ids)
  const summaries = useStorySummaries(data)
  const menu = useContextMenu(t('manage.menu.story'))
  const collection: ShownCollection | null =
    collectionId === null ? null : { id: collectionId, name: props.title }

  // A story's context menu, at the pointer or (from the keyboard) under its row.
  const openMenu = (id: StoryId, at: { x: number; y: number } | null) => {
    const story = summaries.get(id)
    if (!story) return
    const items = storyMenuItems(t, story, collection, props.onOpen)
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const row = document.getElementById(`story-list-option-${id}`)
    if (at) menu.openAt(at.x, at.y, items, focused)
    else if (row) menu.openBelow(row, items, focused)
  }
  // Rows are memoised: they get one callback that always reaches this render's menu.
  const latestOpenMenu = useRef(openMenu)
  latestOpenMenu.current = openMenu
  const { onActiveChange } = props
  const onRowMenu = useCallback(
    (event: MouseEvent, id: StoryId) => {
      onActiveChange(id)
      latestOpenMenu.current(id, { x: event.clientX, y: event.clientY })
    },
    [onActiveChange],
  )
  // In a collection, Delete (or the header's button) takes stories out of it; elsewhere
  // Delete deletes the story (both undoable).
  const removeShown = (activeId: StoryId) => {
    if (collection)
      removeFromCollection(collection, checked.ids.size > 0 ? [...checked.ids] : [activeId])
    else deleteStory(activeId)
  }

  // Ctrl/Cmd+click checks a row, Shift+click a range; a plain click opens it. Both count the
  // story a plain click chose before, so click then Ctrl+click checks two.
  const onItemClick = (id: string, event: MouseEvent) => {
    const current = props.activeId ?? props.openId
    if (event.shiftKey) checked.extendTo(id as StoryId, ids, current)
    else if (event.ctrlKey || event.metaKey) checked.toggleFrom(id as StoryId, current)
    else return false
    return true
  }
  const onExtraKey = (event: KeyboardEvent<HTMLDivElement>, activeId: string | null) => {
    if (order.onKey(event, activeId)) return true
    if (isContextMenuKey(event) && activeId !== null) {
      openMenu(activeId as StoryId, null)
      return true
    }
    if (event.key === 'Delete' && activeId !== null && !event.ctrlKey && !event.metaKey) {
      removeShown(activeId as StoryId)
      return true
    }
    if (event.key === ' ' && activeId !== null) {
      checked.toggle(activeId as StoryId)
      return true
    }
    if (event.key === 'a' && (event.ctrlKey || event.metaKey)) {
      checked.setAll(ids)
      return true
    }
    if (event.key === 'Escape' && checked.ids.size > 0) {
      checked.clear()
      return true
    }
    return false
  }

  const body = () => {
    if (error) return <ErrorState title={t('stories.loadError')} failure={error} onRetry={reload} />
    if (!data) return <LoadingState label={t('stories.loading')} />
    if (data.length === 0) {
      return (
        <ViewEmptyState
          view={props.view}
          isLibraryEmpty={props.isLibraryEmpty}
          importActions={props.importActions}
        />
      )
    }
    return (
      <VirtualListbox
        items={data}
        getId={(id) => id}
        label={props.title}
        testId="story-list"
        activeId={props.activeId}
        openId={props.openId}
        isChecked={(id) => checked.ids.has(id as StoryId)}
        renderItem={(id) => {
          const story = summaries.get(id)
          if (!story) return <StoryRowSkeleton />
          return (
            <StoryRow
              story={story}
              isSourceShown={props.view.kind !== 'source'}
              isChecked={checked.ids.has(id)}
              onToggleCheck={checked.toggle}
              drag={order.drag}
              dropSide={order.dropAt?.id === id ? order.dropAt.side : null}
              onContextMenu={onRowMenu}
            />
          )
        }}
        onRangeChange={summaries.onRangeChange}
        onItemClick={onItemClick}
        onItemPress={(id) => prefetchStory(id as StoryId)}
        onItemIntent={(id) => prefetchStory(id as StoryId)}
        onExtraKey={onExtraKey}
        onActiveChange={(id) => props.onActiveChange(id as StoryId)}
        onOpen={(id) => props.onOpen(id as StoryId)}
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
        {collectionId === null && <SortSelect value={props.sort} onChange={props.onSortChange} />}
        {collection && props.activeId !== null && (data?.length ?? 0) > 0 && (
          <button
            type="button"
            className="button button--quiet"
            title={t('manage.removeShortcut')}
            onClick={() => props.activeId && removeShown(props.activeId)}
            data-testid="remove-from-collection"
          >
            {t('annotate.removeFromCollection')}
          </button>
        )}
      </div>
      {checked.ids.size > 0 && <SelectionActions checked={checked} />}
      <div className={`pane-body ${checked.ids.size > 0 ? 'has-checked' : ''}`}>{body()}</div>
      {menu.menu}
    </>
  )
}
