import { useTranslation } from 'react-i18next'
import { ProgressBar } from '../../ui/ProgressBar'
import type { ImportStatus } from './useImport'
import './import.css'

const fileName = (path: string): string => path.split(/[\\/]/).pop() ?? path

/**
 * A slim strip under the toolbar while an import or a re-split runs: what runs, how far it has
 * got and the file at hand. It takes its own row (the panes move down by it), so it never lies
 * over a control.
 */
export const ImportProgressBanner = ({ status }: { status: ImportStatus }) => {
  const { t } = useTranslation()
  if (status.phase !== 'running') return null
  const { progress, task } = status
  const isResplit = task === 'resplit'
  let label: string
  if (!progress) label = isResplit ? t('feedback.resplitStarting') : t('import.starting')
  else if (isResplit)
    label = t('feedback.resplitRunning', { done: progress.done, total: progress.total })
  else label = t('import.running', { done: progress.done, total: progress.total })
  return (
    <div className="import-banner" role="status" data-testid="import-banner">
      <span className="spinner" aria-hidden="true" />
      <span className="import-banner-label">{label}</span>
      {progress?.path && (
        <span className="import-banner-file">
          {t('feedback.currentFile', { name: fileName(progress.path) })}
        </span>
      )}
      <ProgressBar done={progress?.done ?? 0} total={progress?.total ?? 0} label={label} />
    </div>
  )
}
