import { useTranslation } from 'react-i18next'
import type { ImportReport } from '../../../../shared/types'
import { Dialog } from '../../ui/Dialog'
import { Icon } from '../../ui/Icon'
import { sayFailure, saySkip } from '../../i18n/sayMessage'
import type { ImportStatus } from './useImport'
import { RepairedFiles } from './RepairedFiles'
import './import.css'

// Stories kept under their ids but with new text: a changed page, or one split again.
const updatedCount = (report: ImportReport): number =>
  report.stories - report.added - report.unchanged

/** After an import: how many stories came in, and each file passed over with its reason. */
export const ImportSummaryDialog = ({
  status,
  onClose,
}: {
  status: ImportStatus
  onClose: () => void
}) => {
  const { t } = useTranslation()
  const isOpen = status.phase === 'done' || status.phase === 'failed'
  const title = status.phase === 'failed' ? t('import.failedTitle') : t('import.summaryTitle')
  const footer = (
    <button type="button" className="button button--primary" onClick={onClose} data-autofocus>
      {t('import.done')}
    </button>
  )

  return (
    <Dialog isOpen={isOpen} title={title} onClose={onClose} footer={footer} testId="import-summary">
      {status.phase === 'failed' && (
        <p className="import-error" role="alert">
          {sayFailure(t, status.failure)}
        </p>
      )}
      {status.phase === 'done' && (
        <>
          <p className="import-headline" data-testid="import-added">
            <Icon name="check" size={20} />
            <span>
              {t('import.summaryAdded', { count: status.report.added })}{' '}
              <span className="import-files">
                {t('import.summaryFiles', { count: status.report.files })}
              </span>
            </span>
          </p>
          {updatedCount(status.report) > 0 && (
            <p className="import-note" data-testid="import-updated">
              {t('messages.importSummary.updated', { count: updatedCount(status.report) })}
            </p>
          )}
          {status.report.unchanged > 0 && (
            <p className="import-note">
              {t('import.summaryUnchanged', { count: status.report.unchanged })}
            </p>
          )}
          {status.report.removed > 0 && (
            <p className="import-note">
              {t('import.summaryRemoved', { count: status.report.removed })}
            </p>
          )}
          {status.report.orphaned > 0 && (
            <p className="import-note" role="alert" data-testid="import-orphaned">
              {t('import.summaryOrphaned', { count: status.report.orphaned })}
            </p>
          )}
          {status.report.namesakes.length > 0 && (
            <p className="import-note" data-testid="import-namesakes">
              {t('import.summaryNamesakes', {
                count: status.report.namesakes.length,
                names: status.report.namesakes.join(', '),
              })}
            </p>
          )}
          <RepairedFiles files={status.report.repaired} />
          {status.report.skipped.length > 0 && (
            <section
              className="import-skipped"
              aria-label={t('import.skippedTitle', { count: status.report.skipped.length })}
            >
              <h3>{t('import.skippedTitle', { count: status.report.skipped.length })}</h3>
              <ul>
                {status.report.skipped.map((file, index) => (
                  <li key={`${file.path}-${index}`}>
                    <span className="import-skipped-path">{file.path}</span>
                    <span className="import-skipped-reason">{saySkip(t, file.reason)}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </Dialog>
  )
}
