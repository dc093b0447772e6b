import { useTranslation } from 'react-i18next'
import { ProgressBar } from '../../ui/ProgressBar'
import { useIndexProgress } from './useIndexProgress'
import '../import/import.css'

/** A slim strip under the toolbar while the search index is rebuilt; search works meanwhile. */
export const IndexProgressBanner = () => {
  const { t } = useTranslation()
  const progress = useIndexProgress()
  if (progress === null) return null
  const label = t('search.indexing', { done: progress.done, total: progress.total })
  return (
    <div className="import-banner" role="status" data-testid="index-progress">
      <span className="spinner" aria-hidden="true" />
      <span className="import-banner-label">{label}</span>
      <ProgressBar done={progress.done} total={progress.total} label={label} />
    </div>
  )
}
