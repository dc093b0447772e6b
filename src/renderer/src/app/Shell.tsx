import { useCallback, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ImportPickers } from '../features/import/ImportPickers'
import { ImportProgressBanner } from '../features/import/ImportProgressBanner'
import { IndexProgressBanner } from '../features/search/IndexProgressBanner'
import { DamagedLibraryBanner } from '../features/health/DamagedLibraryBanner'
import { ImportSummaryDialog } from '../features/import/ImportSummaryDialog'
import { DropOverlay } from '../features/import/DropOverlay'
import { useFileDrop } from '../features/import/useFileDrop'
import { useImport } from '../features/import/useImport'
import { LibraryPane } from '../features/library/LibraryPane'
import { viewQuery } from '../features/library/libraryView'
import type { LibraryView } from '../features/library/libraryView'
import { useLibraryInfo } from '../features/library/useLibraryInfo'
import { useSources } from '../features/library/useSources'
import { ReaderPane } from '../features/reader/ReaderPane'
import { readerSearch } from '../features/reader/ReaderSearch'
import { usePrefetchNeighbours } from '../features/reader/usePrefetchNeighbours'
import { useSearch } from '../features/search/useSearch'
import { useStoryIds } from '../features/stories/useStoryIds'
import { SettingsDialog } from '../features/settings/SettingsDialog'
import { nextTheme } from '../features/settings/nextTheme'
import { useSettings } from '../features/settings/useSettings'
import { ShortcutsDialog } from '../features/shortcuts/ShortcutsDialog'
import { MountOnceOpen } from '../ui/MountOnceOpen'
import { Splitter } from '../ui/Splitter'
import { useCollections } from '../features/collections/useCollections'
import { useCheckedStories } from '../features/stories/useCheckedStories'
import { useTags } from '../features/tags/useTags'
import { TransferDialogs } from '../features/export/TransferDialogs'
import { useFileCommands } from '../features/export/useFileCommands'
import { PrintStory } from '../features/print/PrintStory'
import { isDesktop } from '../data/api'
import { UndoToast } from '../features/undo/UndoToast'
import { ListPane } from './ListPane'
import { restoredSession } from './readerSession'
import { useMissingViewFallback } from './useMissingViewFallback'
import { useSessionSaver } from './useSessionSaver'
import { TopBar } from './TopBar'
import { useAppShortcuts } from './useAppShortcuts'
import { useMenuCommands } from './useMenuCommands'
import { PaneSlot } from './PaneSlot'
import { usePaneLayout } from './usePaneLayout'
import { requestReaderFocus, requestReaderFocusFromKeyboard } from '../features/reader/readerFocus'
import { useStorySelection } from './useStorySelection'
import type { StoryId } from '../../../shared/ids'
import type { StorySort } from '../features/stories/SortSelect'

/** The three-pane reader: library | story list or search results | story. */
export const Shell = () => {
  const { t } = useTranslation()
  const { settings, update } = useSettings()
  const info = useLibraryInfo()
  const sources = useSources()
  // Where the reader left off (view, order, search, open story), saved as it changes.
  const [restored] = useState(restoredSession)
  const [view, setView] = useState<LibraryView>(restored.view)
  const [sort, setSort] = useState<StorySort>(restored.sort)
  const [query, setQuery] = useState(restored.query)
  const [dialog, setDialog] = useState<'settings' | 'shortcuts' | null>(null)
  const storyIds = useStoryIds(viewQuery(view, sort))
  const search = useSearch(query)
  const selection = useStorySelection(restored.openStoryId)
  useSessionSaver(
    useMemo(
      () => ({ view, sort, query, openStoryId: selection.openId }),
      [view, sort, query, selection.openId],
    ),
  )
  const layout = usePaneLayout({ hasStory: selection.openId !== null })
  const isHighlightsView = view.kind === 'highlights'
  const checked = useCheckedStories()
  const tags = useTags()
  const collections = useCollections()
  const importer = useImport(info.data?.mode)
  const files = useFileCommands(selection.openId)
  const isDesktopMode = (info.data?.mode ?? (isDesktop ? 'desktop' : 'web')) === 'desktop'
  const isDragging = useFileDrop(importer.importFiles)
  const searchRef = useRef<HTMLInputElement>(null)
  const listPaneRef = useRef<HTMLElement>(null)
  const isSearching = query.trim() !== ''
  const listIds = useMemo<readonly StoryId[]>(
    () => (isSearching ? search.data?.map((hit) => hit.id) : storyIds.data) ?? [],
    [isSearching, search.data, storyIds.data],
  )
  usePrefetchNeighbours(listIds, selection.openId)

  // The reader marks what search matched in the open story: its hit's ranges, not a re-parse.
  const openSearch = useMemo(
    () => (isSearching ? readerSearch(search.settledQuery, search.data, selection.openId) : null),
    [isSearching, search.settledQuery, search.data, selection.openId],
  )

  const { clear: clearChecked } = checked
  const { closeOverlay } = layout
  const changeView = useCallback(
    (next: LibraryView) => {
      setView(next)
      setQuery('')
      clearChecked()
      // A view picked in the floating library is shown at once: the library gives way.
      closeOverlay()
    },
    [clearChecked, closeOverlay],
  )
  useMissingViewFallback(
    view,
    { sources: sources.data, tags: tags.data, collections: collections.data },
    changeView,
  )

  const focusList = () => {
    if (layout.collapsed.list) layout.toggle('list')
    requestAnimationFrame(() =>
      listPaneRef.current?.querySelector<HTMLElement>('[role="listbox"]')?.focus(),
    )
  }
  const clearSearch = () => {
    setQuery('')
    focusList()
  }
  const focusSearch = () => {
    searchRef.current?.focus()
    searchRef.current?.select()
  }

  // A story opened from the list by keyboard takes the keys; a floating pane gives way to it.
  const listSelection = {
    ...selection,
    open: (id: StoryId) => {
      layout.closeOverlay()
      selection.open(id)
      requestReaderFocusFromKeyboard(id)
    },
  }
  const toggleFocusMode = () => {
    layout.setFocusMode(!layout.isFocusMode)
    if (selection.openId !== null) requestReaderFocus(selection.openId)
  }
  // One object while focus mode stays as it is, so the memoised reader keeps the open story up
  // untouched while a click on another row re-renders the shell (it re-rendered it in full).
  const latestToggleFocusMode = useRef(toggleFocusMode)
  latestToggleFocusMode.current = toggleFocusMode
  const focusMode = useMemo(
    () => ({ isOn: layout.isFocusMode, toggle: () => latestToggleFocusMode.current() }),
    [layout.isFocusMode],
  )

  useAppShortcuts({
    // The highlights view moves and opens its own rows (a highlight's story, not the list's).
    isListView: !isHighlightsView,
    move: (delta) => selection.move(listIds, delta),
    openActive: () => {
      if (selection.activeId === null) return false
      listSelection.open(selection.activeId)
      requestReaderFocus(selection.activeId)
      return true
    },
    back: () => {
      if (layout.isFocusMode) return toggleFocusMode()
      if (layout.overlay !== null) return layout.closeOverlay()
      return isSearching ? clearSearch() : focusList()
    },
    toggleFocusMode,
    focusSearch,
    showShortcuts: () => setDialog('shortcuts'),
    togglePane: layout.toggle,
    print: () => files.run('print'),
  })

  useMenuCommands({
    'import-files': () => importer.pick('files'),
    'import-folder': () => importer.pick('folder'),
    resplit: () => importer.pick('resplit'),
    'toggle-theme': () => update({ theme: nextTheme(settings.theme) }),
    find: focusSearch,
    shortcuts: () => setDialog('shortcuts'),
    ...files.menuCommands,
  })

  return (
    <div className={`app ${layout.isFocusMode ? 'is-focus-mode' : ''}`}>
      {!layout.isFocusMode && (
        <TopBar
          layout={layout}
          query={query}
          onQueryChange={setQuery}
          onSearchClear={clearSearch}
          onSearchSubmit={() => {
            if (search.data?.[0]) selection.setActiveId(search.data[0].id)
            focusList()
          }}
          isSearchBusy={isSearching && search.isPending}
          searchRef={searchRef}
          onImport={importer.pick}
          isImporting={importer.status.phase === 'running'}
          onOpenSettings={() => setDialog('settings')}
          onOpenShortcuts={() => setDialog('shortcuts')}
          onFileCommand={files.run}
          isDesktop={isDesktopMode}
        />
      )}
      <ImportProgressBanner status={importer.status} />
      <IndexProgressBanner />
      <DamagedLibraryBanner />
      <div
        className="workspace"
        style={{ gridTemplateColumns: layout.gridTemplate }}
        onPointerDown={(event) => {
          const target = event.target as Element
          if (layout.overlay && !target.closest('.pane-drawer')) layout.closeOverlay()
        }}
      >
        {!layout.collapsed.library && (
          <PaneSlot isFloating={layout.overlay === 'library'} width={layout.widths.library}>
            <LibraryPane
              view={view}
              onViewChange={changeView}
              sources={sources.data}
              storyCount={info.data?.storyCount}
            />
            <Splitter
              label={t('panes.resizeLibrary')}
              controls="pane-library"
              value={layout.widths.library}
              {...layout.limits.library}
              onResize={(width) => layout.resize('library', width)}
              onResizeEnd={(width) => layout.commit('library', width)}
            />
          </PaneSlot>
        )}
        {!layout.collapsed.list && (
          <PaneSlot isFloating={layout.overlay === 'list'} width={layout.widths.list}>
            <ListPane
              paneRef={listPaneRef}
              view={view}
              sort={sort}
              onSortChange={setSort}
              sources={sources.data}
              storyIds={storyIds}
              search={isSearching ? search : null}
              selection={listSelection}
              isLibraryEmpty={info.data?.storyCount === 0}
              onImport={importer.pick}
              checked={checked}
              tags={tags.data}
              collections={collections.data}
            />
            <Splitter
              label={t('panes.resizeList')}
              controls="pane-list"
              value={layout.widths.list}
              {...layout.limits.list}
              onResize={(width) => layout.resize('list', width)}
              onResizeEnd={(width) => layout.commit('list', width)}
            />
          </PaneSlot>
        )}
        <ReaderPane
          storyId={selection.openId}
          search={openSearch}
          onOpenStory={selection.open}
          focusMode={focusMode}
        />
      </div>
      <ImportPickers controller={importer} />
      {isDragging && <DropOverlay />}
      <ImportSummaryDialog status={importer.status} onClose={importer.dismiss} />
      <MountOnceOpen isOpen={dialog === 'settings'}>
        <SettingsDialog isOpen={dialog === 'settings'} onClose={() => setDialog(null)} />
      </MountOnceOpen>
      <UndoToast />
      <MountOnceOpen isOpen={dialog === 'shortcuts'}>
        <ShortcutsDialog isOpen={dialog === 'shortcuts'} onClose={() => setDialog(null)} />
      </MountOnceOpen>
      <TransferDialogs files={files} isDesktop={isDesktopMode} />
      {files.printingId !== null && <PrintStory storyId={files.printingId} />}
    </div>
  )
}
