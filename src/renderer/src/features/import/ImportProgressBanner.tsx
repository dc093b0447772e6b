import { useTranslation } from 'react-i18next'
import { ProgressBar } from '../../ui/ProgressBar'
import type { ImportStatus } from './useImport'
import './import.css'

/** A thin bar under the toolbar with the file count while an import runs. */
export const ImportProgressBanner = ({ status }: { status: ImportStatus }) => {
  const { t } = useTranslation()
  if (status.phase !== 'running') return null
  const progress = status.progress
  const label = progress
    ? t('import.running', { done: progress.done, total: progress.total })
    : t('import.starting')
  return (
    <div className="import-banner" role="status">
      <ProgressBar done={progress?.done ?? 0} total={progress?.total ?? 0} label={label} />
      <span className="import-banner-label">{label}</span>
    </div>
  )
}
