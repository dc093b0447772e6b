import { useTranslation } from 'react-i18next'
import { Dialog } from '../../ui/Dialog'
import { keyLabel } from './keyLabel'
import { SHORTCUT_ROWS } from './shortcutRows'
import './shortcuts.css'

/** The list of keyboard shortcuts, opened with `?`. */
export const ShortcutsDialog = ({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) => {
  const { t } = useTranslation()
  return (
    <Dialog
      isOpen={isOpen}
      title={t('shortcuts.title')}
      onClose={onClose}
      testId="shortcuts-dialog"
    >
      <table className="shortcuts-table">
        <tbody>
          {SHORTCUT_ROWS.map((row) => (
            <tr key={row.action}>
              <td className="shortcuts-keys">
                {row.keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 && <span className="shortcuts-or">{t('shortcuts.or')}</span>}
                    <kbd>{keyLabel(key, t)}</kbd>
                  </span>
                ))}
              </td>
              <td>{t(row.action)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  )
}
