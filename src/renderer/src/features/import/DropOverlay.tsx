import { useTranslation } from 'react-i18next'
import { Icon } from '../../ui/Icon'
import './import.css'

/** Shown over the whole window while files are dragged over it. */
export const DropOverlay = () => {
  const { t } = useTranslation()
  return (
    <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
      <div className="drop-overlay-card">
        <Icon name="import" size={36} />
        <p className="drop-overlay-title">{t('import.dropTitle')}</p>
        <p className="drop-overlay-body">{t('import.dropBody')}</p>
      </div>
    </div>
  )
}
