import { useTranslation } from 'react-i18next'
import { Icon } from '../../ui/Icon'
import { MenuButton } from '../../ui/MenuButton'
import type { PickKind } from './useImport'

/** The toolbar's Import button: a small menu of files or a folder. */
export const ImportMenu = ({
  onPick,
  isBusy,
}: {
  onPick: (kind: PickKind) => void
  isBusy: boolean
}) => {
  const { t } = useTranslation()
  return (
    <MenuButton
      className={`button button--primary ${isBusy ? 'is-busy' : ''}`}
      testId="import-button"
      label={
        <>
          <Icon name="import" size={16} />
          {t('import.button')}
        </>
      }
      items={[
        {
          id: 'files',
          label: t('import.files'),
          icon: <Icon name="file" size={16} />,
          onSelect: () => onPick('files'),
        },
        {
          id: 'folder',
          label: t('import.folder'),
          icon: <Icon name="folder" size={16} />,
          onSelect: () => onPick('folder'),
        },
        {
          id: 'resplit',
          label: t('import.resplit'),
          icon: <Icon name="scissors" size={16} />,
          onSelect: () => onPick('resplit'),
        },
      ]}
    />
  )
}
