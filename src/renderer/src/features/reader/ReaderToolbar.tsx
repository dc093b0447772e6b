import { useTranslation } from 'react-i18next'
import { isDesktop } from '../../data/api'
import { Icon } from '../../ui/Icon'
import { IconButton } from '../../ui/IconButton'
import { MenuButton } from '../../ui/MenuButton'
import { requestExport } from '../export/exportBus'
import { requestPrint } from '../print/printBus'
import '../export/transfer.css'
import { FONT_SIZE_RANGE } from '../settings/settingsContext'
import { MatchNavigator } from './MatchNavigator'
import type { MatchNavigation } from './useMatchNavigation'
import type { FocusMode } from './ReaderView'

interface ReaderToolbarProps {
  isRead: boolean
  onToggleRead: () => void
  fontSize: number
  onFontSize: (size: number) => void
  navigation: MatchNavigation | null
  isPanelOpen: boolean
  onTogglePanel: () => void
  onMergeNext: () => void
  onEditTitle: () => void
  focusMode: FocusMode
}

/** The reader's controls: search matches, text size, read state, and print or export. */
export const ReaderToolbar = ({
  isRead,
  onToggleRead,
  fontSize,
  onFontSize,
  navigation,
  isPanelOpen,
  onTogglePanel,
  onMergeNext,
  onEditTitle,
  focusMode,
}: ReaderToolbarProps) => {
  const { t } = useTranslation()
  return (
    <div className="reader-toolbar" role="toolbar" aria-label={t('reader.label')}>
      {navigation && <MatchNavigator navigation={navigation} />}
      <div className="reader-toolbar-spacer" />
      <IconButton
        icon="pencil"
        label={t('annotate.editTitle')}
        onClick={onEditTitle}
        data-testid="edit-title"
      />
      <IconButton
        icon="merge"
        label={t('annotate.mergeNext')}
        onClick={onMergeNext}
        data-testid="merge-next"
      />
      <IconButton
        icon="note"
        label={t('annotate.togglePanel')}
        isPressed={isPanelOpen}
        onClick={onTogglePanel}
        data-testid="toggle-panel"
      />
      <IconButton
        icon="article"
        label={t('reading.focusMode')}
        isPressed={focusMode.isOn}
        onClick={focusMode.toggle}
        data-testid="focus-mode"
      />
      <IconButton
        icon="textSmaller"
        label={t('reader.fontSmaller')}
        disabled={fontSize <= FONT_SIZE_RANGE.min}
        onClick={() => onFontSize(fontSize - 1)}
      />
      <IconButton
        icon="textLarger"
        label={t('reader.fontLarger')}
        disabled={fontSize >= FONT_SIZE_RANGE.max}
        onClick={() => onFontSize(fontSize + 1)}
      />
      <MenuButton
        className="icon-button"
        testId="reader-more"
        label={
          <>
            <span className="more-glyph" aria-hidden="true">
              ⋯
            </span>
            <span className="visually-hidden">{t('transfer.more')}</span>
          </>
        }
        items={[
          { id: 'print', label: t('transfer.print.button'), onSelect: () => requestPrint('print') },
          ...(isDesktop
            ? [
                {
                  id: 'save-pdf',
                  label: t('transfer.print.savePdf'),
                  onSelect: () => requestPrint('save-pdf'),
                },
              ]
            : []),
          {
            id: 'export',
            label: t('transfer.exportStory'),
            onSelect: () => requestExport('openStory'),
          },
        ]}
      />
      <button
        type="button"
        className={`button button--quiet read-toggle ${isRead ? 'is-read' : ''}`}
        onClick={onToggleRead}
        data-testid="read-toggle"
      >
        <Icon name={isRead ? 'circle' : 'check'} size={16} />
        {isRead ? t('reader.markUnread') : t('reader.markRead')}
      </button>
    </div>
  )
}
