import { useTranslation } from 'react-i18next'
import type { MenuCommand } from '../../../../shared/contract'
import { Icon } from '../../ui/Icon'
import { MenuButton } from '../../ui/MenuButton'

/** What the top bar's File menu does: the desktop File menu's commands of the same names. */
export const FILE_COMMANDS = [
  'export',
  'print',
  'save-pdf',
  'import-annotations',
  'backup',
  'restore',
] as const satisfies readonly MenuCommand[]
/** One of the File menu's commands. */
export type FileCommand = (typeof FILE_COMMANDS)[number]

/** The top bar's File menu: export, print, import annotations, back up and restore. */
export const FileMenu = ({
  onCommand,
  isDesktop,
}: {
  onCommand: (command: FileCommand) => void
  isDesktop: boolean
}) => {
  const { t } = useTranslation()
  const item = (id: FileCommand, label: string, icon: Parameters<typeof Icon>[0]['name']) => ({
    id,
    label,
    icon: <Icon name={icon} size={16} />,
    onSelect: () => onCommand(id),
  })
  return (
    <MenuButton
      className="button button--quiet"
      testId="file-menu"
      label={
        <>
          <Icon name="folder" size={16} />
          {t('transfer.fileMenu')}
        </>
      }
      items={[
        item('export', t('transfer.menu.export'), 'article'),
        item('print', t('transfer.menu.print'), 'file'),
        ...(isDesktop ? [item('save-pdf', t('transfer.menu.savePdf'), 'file')] : []),
        item('import-annotations', t('transfer.menu.importAnnotations'), 'highlight'),
        item('backup', t('transfer.menu.backup'), 'books'),
        item('restore', t('transfer.menu.restore'), 'replace'),
      ]}
    />
  )
}
