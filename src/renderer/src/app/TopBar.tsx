import type { Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { FileMenu, type FileCommand } from '../features/export/FileMenu'
import { ImportMenu } from '../features/import/ImportMenu'
import type { PickKind } from '../features/import/useImport'
import { SearchBox } from '../features/search/SearchBox'
import { IconButton } from '../ui/IconButton'
import type { PaneLayout } from './usePaneLayout'

interface TopBarProps {
  layout: PaneLayout
  query: string
  onQueryChange: (query: string) => void
  onSearchClear: () => void
  onSearchSubmit: () => void
  isSearchBusy: boolean
  searchRef: Ref<HTMLInputElement>
  onImport: (kind: PickKind) => void
  isImporting: boolean
  onOpenSettings: () => void
  onOpenShortcuts: () => void
  onFileCommand: (command: FileCommand) => void
  isDesktop: boolean
}

/** The window's toolbar: pane toggles, search, import, the File menu, settings and help. */
export const TopBar = (props: TopBarProps) => {
  const { t } = useTranslation()
  const { layout } = props
  return (
    <header className="top-bar">
      <div className="top-bar-start">
        <IconButton
          icon="sidebar"
          label={t('app.toggleLibrary')}
          isPressed={!layout.collapsed.library}
          onClick={() => layout.toggle('library')}
          data-testid="toggle-library"
        />
        <IconButton
          icon="list"
          label={t('app.toggleList')}
          isPressed={!layout.collapsed.list}
          onClick={() => layout.toggle('list')}
          data-testid="toggle-list"
        />
        <span className="brand" aria-hidden="true">
          <span className="brand-mark">砚</span>
          <span className="brand-name">Inkstone</span>
        </span>
      </div>
      <div className="top-bar-center">
        <SearchBox
          value={props.query}
          onChange={props.onQueryChange}
          onClear={props.onSearchClear}
          onSubmit={props.onSearchSubmit}
          isBusy={props.isSearchBusy}
          inputRef={props.searchRef}
        />
      </div>
      <div className="top-bar-end">
        <FileMenu onCommand={props.onFileCommand} isDesktop={props.isDesktop} />
        <ImportMenu onPick={props.onImport} isBusy={props.isImporting} />
        <IconButton
          icon="settings"
          label={t('app.openSettings')}
          onClick={props.onOpenSettings}
          data-testid="open-settings"
        />
        <IconButton
          icon="keyboard"
          label={t('app.openShortcuts')}
          onClick={props.onOpenShortcuts}
        />
      </div>
    </header>
  )
}
